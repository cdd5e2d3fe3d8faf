import {
  FORM_LAYOUTS,
  budgetLineInputsOf,
  filesFieldOf,
  isShown,
  layoutFields,
  parseAmount,
  valueRulesOf,
  type BudgetLineInput,
  type FieldLayout,
  type IntakeForm,
} from '@cb/domain/intake';

/**
 * What the island's inputs hold (strings, ticked boxes, lists of codes) and what the shared schema
 * reads: each kind of field converts as FIELD_VALUES in @cb/domain/intake says, beside how it reads
 * a post without JavaScript, so both ways of sending are judged alike.
 */

export type { BudgetLineInput };

export type FormInput = Record<string, string | boolean | string[] | BudgetLineInput[] | FileList | null | undefined>;

export function emptyInput(form: IntakeForm, preset: Record<string, string> = {}): FormInput {
  const input: FormInput = {};
  for (const field of layoutFields(form)) {
    const empty = valueRulesOf(field).emptyInput();
    if (empty !== undefined) input[field.name] = empty;
  }
  return { ...input, ...preset };
}

/** The fields on screen for what was typed so far (a hidden conditional field is not sent). */
export function shownFields(form: IntakeForm, input: FormInput): FieldLayout[] {
  return layoutFields(form).filter((field) => isShown(field, input));
}

export function toSchemaValues(form: IntakeForm, input: FormInput): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of layoutFields(form)) {
    const value = valueRulesOf(field).fromInput(input[field.name], isShown(field, input));
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

export function budgetTotal(input: FormInput): number {
  const lines = budgetLineInputsOf(input.budgetLines);
  const cents = lines.reduce((sum, line) => {
    const amount = parseAmount(line.amount);
    return sum + (typeof amount === 'number' ? Math.round(amount * 100) : 0);
  }, 0);
  return cents / 100;
}

/** Whether the form sends files, and so must go as multipart. */
export const sendsFiles = (form: IntakeForm): boolean => FORM_LAYOUTS[form].encoding === 'multipart/form-data';

/** The fields as a browser posts them without JavaScript (fromPostedFields reads them), with the files. */
export function toFormData(form: IntakeForm, input: FormInput, extra: Record<string, string>): FormData {
  const data = new FormData();
  for (const field of layoutFields(form)) {
    for (const [name, value] of valueRulesOf(field).toPosted(field.name, input[field.name], isShown(field, input))) data.append(name, value);
  }
  const filesField = filesFieldOf(form);
  const files = filesField && input[filesField.name];
  if (filesField && typeof FileList !== 'undefined' && files instanceof FileList) for (const file of files) data.append(filesField.name, file);
  for (const [name, value] of Object.entries(extra)) data.append(name, value);
  return data;
}
