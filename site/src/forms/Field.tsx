import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { fieldInputId, kindOf, optionInputId, type FieldControl, type FieldLayout, type IntakeForm } from '@cb/domain/intake';
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

/** Pages the field is about (the code of conduct), opened in a new window so that nothing typed is lost. */
export function FieldLinks({ links }: { links?: { text: string; href: string }[] }) {
  return links && links.length > 0 ? (
    <ul className="field-links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} target="_blank" rel="noopener">
            {link.text}
          </a>
        </li>
      ))}
    </ul>
  ) : null;
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p className="field-error" id={`${id}-error`}>
      {text}
    </p>
  ) : null;
}

/** What every control's renderer gets: the field, its id, copy and error, and the ARIA that ties them together. */
interface ControlProps extends FieldProps {
  id: string;
  copy: { label: string; hint?: string; links?: { text: string; href: string }[] };
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

/** One field of a form, from its layout: a labelled input, or a fieldset of choices. Labels say when a field may stay empty (fieldLabel, at build time). */
export function Field(props: FieldProps) {
  const { form, text, field, error } = props;
  const id = fieldInputId(form, field.name);
  const copy = text.fields[field.name] ?? { label: field.name };
  const aria = { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy(id, Boolean(copy.hint), Boolean(error)) };
  return CONTROLS[kindOf(field).control]({ ...props, id, copy, aria });
}

/** One renderer per control of the shared form description: a control added there fails here until it is drawn. */
const CONTROLS: Record<FieldControl, (props: ControlProps) => ReactNode> = {
  input: ({ field, register, error, id, copy, aria }) => (
    <Labelled id={id} label={copy.label} hint={copy.hint} error={error}>
      <input
        type={kindOf(field).inputType}
        id={id}
        required={field.required}
        maxLength={field.maxLength}
        autoComplete={field.autocomplete}
        inputMode={kindOf(field).inputMode}
        {...aria}
        {...register(field.name)}
      />
    </Labelled>
  ),
  textarea: ({ field, register, error, id, copy, aria }) => (
    <Labelled id={id} label={copy.label} hint={copy.hint} error={error}>
      <textarea id={id} rows={5} required={field.required} {...aria} {...register(field.name)} />
    </Labelled>
  ),
  choices: ({ form, text, field, register, error, id, copy, aria }) => (
    <fieldset className="field choices" aria-describedby={aria['aria-describedby']}>
      <legend>{copy.label}</legend>
      <FieldHint id={id} text={copy.hint} />
      <FieldError id={id} text={error} />
      {(text.options[field.name] ?? []).map(([code, label]) => (
        <div className="choice" key={code}>
          <input
            type={kindOf(field).choiceType}
            id={optionInputId(form, field.name, code)}
            value={code}
            required={field.required && kindOf(field).choiceType === 'radio'}
            aria-invalid={aria['aria-invalid']}
            {...register(field.name)}
          />
          <label htmlFor={optionInputId(form, field.name, code)}>{label}</label>
        </div>
      ))}
    </fieldset>
  ),
  select: ({ text, field, register, error, id, copy, aria }) => (
    <Labelled id={id} label={copy.label} hint={copy.hint} error={error}>
      <select id={id} required={field.required} {...aria} {...register(field.name)}>
        <option value="">{text.common.chooseOne}</option>
        {(text.options[field.name] ?? []).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
    </Labelled>
  ),
  box: ({ field, register, error, id, copy, aria }) => (
    <div className="field choice single">
      <input type="checkbox" id={id} required={field.required} {...aria} {...register(field.name)} />
      <label htmlFor={id}>{copy.label}</label>
      <FieldHint id={id} text={copy.hint} />
      <FieldLinks links={copy.links} />
      <FieldError id={id} text={error} />
    </div>
  ),
  files: ({ field, register, error, id, copy, aria }) => (
    <Labelled id={id} label={copy.label} hint={copy.hint} error={error}>
      <input type="file" id={id} multiple={field.multiple} accept={field.accept} {...aria} {...register(field.name)} />
    </Labelled>
  ),
  // The island draws these two itself: the budget lines with the lines it holds, the project call's input with its value.
  'budget-lines': () => null,
  hidden: () => null,
};

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
