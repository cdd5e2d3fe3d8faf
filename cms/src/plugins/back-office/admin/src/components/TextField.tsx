import type * as React from 'react';
import { Field, Textarea, TextInput } from '@strapi/design-system';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'search';
  maxLength?: number;
  autoComplete?: string;
}

/** A labelled text input or text area of the design system, with its hint and error. */
export function TextField({ name, label, value, onChange, hint, error, required, multiline, type = 'text', maxLength, autoComplete }: TextFieldProps) {
  const id = `back-office-${name}`;
  return (
    <Field.Root name={name} id={id} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      {multiline ? (
        <Textarea value={value} maxLength={maxLength} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
      ) : (
        <TextInput
          type={type}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
