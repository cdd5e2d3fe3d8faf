import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useStaffTexts } from '../i18n';

interface ChoiceSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  onChange(value: string | undefined): void;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  /** Offers to clear the choice (a filter), rather than requiring one. */
  clearable?: boolean;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** A labelled select of the design system. */
export function ChoiceSelect({ name, label, value, choices, onChange, placeholder, clearable, hint, error, required }: ChoiceSelectProps) {
  const { t } = useStaffTexts();
  return (
    <Field.Root name={name} id={`back-office-${name}`} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={value ?? null}
        placeholder={placeholder}
        onChange={(next) => onChange(String(next))}
        {...(clearable ? { onClear: () => onChange(undefined), clearLabel: t('workspace.clear', { label }) } : {})}
      >
        {choices.map((choice) => (
          <SingleSelectOption key={choice.value} value={choice.value}>
            {choice.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
