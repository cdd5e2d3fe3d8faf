import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { fieldInputId, optionInputId, type FieldLayout, type IntakeForm } from '@cb/domain/intake';
import type { FormInput } from './form-values.ts';
import type { FormText } from './form-text.ts';

export interface FieldProps {
  form: IntakeForm;
  text: FormText;
  field: FieldLayout;
  register: UseFormRegister<FormInput>;
  /** The message to show on this field, if it needs another look. */
  error?: string;
}

/** Ids of the hint and the error under a field, as aria-describedby lists them. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p className="field-hint" id={`${id}-hint`}>
      {text}
    </p>
  ) : null;
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p className="field-error" id={`${id}-error`}>
      {text}
    </p>
  ) : null;
}

const INPUT_TYPES: Partial<Record<FieldLayout['kind'], string>> = { text: 'text', email: 'email', tel: 'tel', date: 'date', amount: 'text' };

/** One field of a form, from its layout: a labelled input, or a fieldset of choices. Labels say when a field may stay empty. */
export function Field({ form, text, field, register, error }: FieldProps) {
  const id = fieldInputId(form, field.name);
  const copy = text.fields[field.name] ?? { label: field.name };
  const optional = !field.required && field.kind !== 'checkbox' && field.kind !== 'files' ? ` ${text.common.optional}` : '';
  const options = text.options[field.name] ?? [];
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, Boolean(copy.hint), Boolean(error)) };

  switch (field.kind) {
    case 'radio':
    case 'checkboxes':
      return (
        <fieldset className="field choices" aria-describedby={aria['aria-describedby']}>
          <legend>
            {copy.label}
            {field.kind === 'checkboxes' ? optional : ''}
          </legend>
          <FieldHint id={id} text={copy.hint} />
          <FieldError id={id} text={error} />
          {options.map(([code, label]) => (
            <div className="choice" key={code}>
              <input
                type={field.kind === 'radio' ? 'radio' : 'checkbox'}
                id={optionInputId(form, field.name, code)}
                value={code}
                aria-invalid={aria['aria-invalid']}
                {...register(field.name)}
              />
              <label htmlFor={optionInputId(form, field.name, code)}>{label}</label>
            </div>
          ))}
        </fieldset>
      );
    case 'checkbox':
      return (
        <div className="field choice single">
          <input type="checkbox" id={id} required={field.required} {...aria} {...register(field.name)} />
          <label htmlFor={id}>{copy.label}</label>
          <FieldHint id={id} text={copy.hint} />
          <FieldError id={id} text={error} />
        </div>
      );
    case 'select':
      return (
        <Labelled id={id} label={copy.label + optional} hint={copy.hint} error={error}>
          <select id={id} required={field.required} {...aria} {...register(field.name)}>
            <option value="">{text.common.chooseOne}</option>
            {options.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </Labelled>
      );
    case 'textarea':
      return (
        <Labelled id={id} label={copy.label + optional} hint={copy.hint} error={error}>
          <textarea id={id} rows={5} required={field.required} {...aria} {...register(field.name)} />
        </Labelled>
      );
    case 'files':
      return (
        <Labelled id={id} label={copy.label} hint={copy.hint} error={error}>
          <input type="file" id={id} multiple={field.multiple} accept={field.accept} {...aria} {...register(field.name)} />
        </Labelled>
      );
    case 'hidden':
    case 'budget-lines':
      return null;
    default:
      return (
        <Labelled id={id} label={copy.label + optional} hint={copy.hint} error={error}>
          <input
            type={INPUT_TYPES[field.kind] ?? 'text'}
            id={id}
            required={field.required}
            maxLength={field.maxLength}
            autoComplete={field.autocomplete}
            inputMode={field.kind === 'amount' ? 'decimal' : undefined}
            {...aria}
            {...register(field.name)}
          />
        </Labelled>
      );
  }
}

function Labelled({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} text={hint} />
      <FieldError id={id} text={error} />
      {children}
    </div>
  );
}
