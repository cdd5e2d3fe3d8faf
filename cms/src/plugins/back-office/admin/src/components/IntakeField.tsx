import type * as React from 'react';
import { Box, Checkbox, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { fieldCopy, fieldOptions, kindOf, type FieldControl, type FieldLayout, type IntakeForm } from '@cb/domain/intake';
import { ChoiceSelect } from './ChoiceSelect';
import { TextField } from './TextField';
import { useStaffTexts } from '../i18n';
import type { Locale } from '@cb/domain';

export type IntakeValue = string | boolean | string[] | undefined;

interface IntakeFieldProps {
  form: IntakeForm;
  /** The caller's language: the consent text staff read out to them is in it. */
  personLocale: Locale;
  field: FieldLayout;
  value: IntakeValue;
  error: string | undefined;
  onChange(value: IntakeValue): void;
}

type StaffTexts = ReturnType<typeof useStaffTexts>;

/**
 * Staff read the public form's questions in their own language and type what the caller says; the
 * consent is theirs to confirm, reading the person the public form's consent text in the person's language.
 */
function copyOf({ t, locale }: StaffTexts, form: IntakeForm, name: string, personLocale: Locale): { label: string; hint?: string | undefined } {
  if (name === 'consent') return { label: t('intake.consent'), hint: t('intake.consent-hint', { text: fieldCopy(form, name, personLocale).label }) };
  return fieldCopy(form, name, locale);
}

interface ControlProps extends IntakeFieldProps {
  name: string;
  label: string;
  hint: string | undefined;
  options: { value: string; label: string }[];
  /** The select's placeholder. */
  choose: string;
}

/** One field of a public intake form, drawn from the shared form layout with design-system inputs. */
export function IntakeField(props: IntakeFieldProps) {
  const staffTexts = useStaffTexts();
  const { form, field } = props;
  const { label, hint } = copyOf(staffTexts, form, field.name, props.personLocale);
  const options = fieldOptions(field, staffTexts.locale).map(([code, optionText]) => ({ value: code, label: optionText }));
  const choose = staffTexts.t('workspace.choose');
  return CONTROLS[kindOf(field).control]({ ...props, name: `${form}-${field.name}`, label, hint, options, choose });
}

/** One renderer per control of the shared form description: a control added there fails here until it is drawn. */
const CONTROLS: Record<FieldControl, (props: ControlProps) => React.ReactNode> = {
  choices: ({ field, value, error, onChange, name, label, hint, options }) => {
    if (kindOf(field).choiceType === 'radio') {
      return (
        <Choices name={name} label={label} hint={hint} error={error} required={field.required}>
          <Radio.Group
            required={field.required}
            aria-labelledby={`${name}-legend`}
            value={typeof value === 'string' ? value : ''}
            onValueChange={(next: string) => onChange(next)}
            name={field.name}
          >
            {options.map((option) => (
              <Radio.Item key={option.value} value={option.value}>
                {option.label}
              </Radio.Item>
            ))}
          </Radio.Group>
        </Choices>
      );
    }
    const chosen = Array.isArray(value) ? value : [];
    return (
      <Choices name={name} label={label} hint={hint} error={error} required={field.required}>
        <Flex wrap="wrap" gap={3}>
          {options.map((option) => (
            <Checkbox
              key={option.value}
              name={field.name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onCheckedChange={(checked: boolean | 'indeterminate') =>
                onChange(checked === true ? [...chosen, option.value] : chosen.filter((code) => code !== option.value))
              }
            >
              {option.label}
            </Checkbox>
          ))}
        </Flex>
      </Choices>
    );
  },
  select: ({ field, value, error, onChange, name, label, hint, options, choose }) => (
    <ChoiceSelect
      name={name}
      label={label}
      hint={hint}
      error={error}
      required={field.required}
      value={typeof value === 'string' ? value : undefined}
      choices={options}
      placeholder={choose}
      onChange={onChange}
    />
  ),
  box: ({ field, value, error, onChange, name, label, hint }) => (
    <Field.Root name={name} id={`back-office-${name}`} hint={hint} error={error}>
      <Checkbox
        name={field.name}
        required={field.required}
        checked={value === true}
        onCheckedChange={(checked: boolean | 'indeterminate') => onChange(checked === true)}
      >
        {label}
      </Checkbox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  ),
  input: (props) => <IntakeTextField {...props} />,
  textarea: (props) => <IntakeTextField {...props} />,
  // Staff never type these: the phone intake registers requests and offers, which have none.
  'budget-lines': () => null,
  files: () => null,
  hidden: () => null,
};

function IntakeTextField({ field, value, error, onChange, name, label, hint }: ControlProps) {
  const { control, inputType } = kindOf(field);
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      error={error}
      required={field.required}
      multiline={control === 'textarea'}
      type={inputType}
      maxLength={field.maxLength}
      autoComplete="off"
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
    />
  );
}

/** A group of radios or boxes: a fieldset whose legend names the question. */
function Choices({
  name,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required: boolean;
  children: React.ReactNode;
}) {
  return (
    <Box tag="fieldset" aria-describedby={error ? `${name}-error` : undefined} style={{ border: 0, padding: 0, margin: 0 }}>
      <Typography tag="legend" id={`${name}-legend`} variant="pi" fontWeight="bold">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Typography>
      {hint && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
      <Box paddingTop={2}>{children}</Box>
      {error && (
        <Typography tag="p" id={`${name}-error`} variant="pi" textColor="danger600">
          {error}
        </Typography>
      )}
    </Box>
  );
}
