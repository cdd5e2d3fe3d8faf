import type * as React from 'react';
import { Box, Checkbox, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { fieldCopy, fieldOptions, kindOf, type FieldControl, type FieldLayout, type IntakeForm } from '@cb/domain/intake';
import { ChoiceSelect } from './ChoiceSelect';
import { TextField } from './TextField';

export type IntakeValue = string | boolean | string[] | undefined;

interface IntakeFieldProps {
  form: IntakeForm;
  field: FieldLayout;
  value: IntakeValue;
  error: string | undefined;
  onChange(value: IntakeValue): void;
}

/** Staff read the public form's questions (English copy) and type what the caller says. */
const STAFF_LABELS: Record<string, { label: string; hint?: string }> = {
  consent: { label: 'The person agrees that we keep and use their details', hint: 'Read them the consent text: ' },
};

function copyOf(form: IntakeForm, name: string) {
  const copy = fieldCopy(form, name, 'en');
  const staff = STAFF_LABELS[name];
  return staff ? { label: staff.label, hint: `${staff.hint ?? ''}“${copy.label}”` } : copy;
}

interface ControlProps extends IntakeFieldProps {
  name: string;
  label: string;
  hint: string | undefined;
  options: { value: string; label: string }[];
}

/** One field of a public intake form, drawn from the shared form layout with design-system inputs. */
export function IntakeField(props: IntakeFieldProps) {
  const { form, field } = props;
  const { label, hint } = copyOf(form, field.name);
  const options = fieldOptions(field, 'en').map(([code, optionText]) => ({ value: code, label: optionText }));
  return CONTROLS[kindOf(field).control]({ ...props, name: `${form}-${field.name}`, label, hint, options });
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
  select: ({ field, value, error, onChange, name, label, hint, options }) => (
    <ChoiceSelect
      name={name}
      label={label}
      hint={hint}
      error={error}
      required={field.required}
      value={typeof value === 'string' ? value : undefined}
      choices={options}
      placeholder="Choose"
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
