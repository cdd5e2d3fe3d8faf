import { FORM_LAYOUTS, isShown, layoutFields, parseAmount, type FieldLayout, type IntakeForm } from '@cb/domain/intake';

/**
 * What the island's inputs hold (strings, ticked boxes, lists of codes) and what the shared schema
 * reads: the same conversion as fromPostedFields does for a post without JavaScript, so both ways of
 * sending are judged alike.
 */

export interface BudgetLineInput {
  label: string;
  amount: string;
}

export type FormInput = Record<string, string | boolean | string[] | BudgetLineInput[] | FileList | null | undefined>;

export function emptyInput(form: IntakeForm, preset: Record<string, string> = {}): FormInput {
  const input: FormInput = {};
  for (const field of layoutFields(form)) {
    if (field.kind === 'files') continue;
    input[field.name] = field.kind === 'checkboxes' ? [] : field.kind === 'checkbox' ? false : field.kind === 'budget-lines' ? [{ label: '', amount: '' }] : '';
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
    if (field.kind === 'files') continue;
    const shown = isShown(field, input);
    const raw = input[field.name];
    if (field.kind === 'checkboxes') values[field.name] = shown ? listOf(raw) : [];
    else if (field.kind === 'checkbox') values[field.name] = shown && raw === true;
    else if (!shown) continue;
    else if (field.kind === 'amount') values[field.name] = parseAmount(textOf(raw));
    else if (field.kind === 'budget-lines') values[field.name] = budgetLinesOf(raw);
    else values[field.name] = textOf(raw);
  }
  return values;
}

function listOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((item): item is string => typeof item === 'string');
  return typeof raw === 'string' && raw !== '' ? [raw] : [];
}

function textOf(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

/** Lines left entirely empty are not lines (as fromPostedFields reads them). */
function budgetLinesOf(raw: unknown): { label: string; amount: number | string }[] {
  const lines = Array.isArray(raw) ? (raw as BudgetLineInput[]) : [];
  return lines.filter((line) => line.label.trim() !== '' || line.amount.trim() !== '').map((line) => ({ label: line.label, amount: parseAmount(line.amount) }));
}

export function budgetTotal(input: FormInput): number {
  const lines = Array.isArray(input.budgetLines) ? (input.budgetLines as BudgetLineInput[]) : [];
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
  const values = toSchemaValues(form, input);
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value) && name === 'budgetLines') {
      (input.budgetLines as BudgetLineInput[]).forEach((line, index) => {
        data.append(`budgetLines[${index}][label]`, line.label);
        data.append(`budgetLines[${index}][amount]`, line.amount);
      });
    } else if (Array.isArray(value)) for (const code of value) data.append(name, String(code));
    else if (typeof value === 'boolean') {
      if (value) data.append(name, 'on');
    } else if (name === 'requestedAmount') data.append(name, typeof input[name] === 'string' ? input[name] : '');
    else if (value !== undefined) data.append(name, String(value));
  }
  for (const field of layoutFields(form).filter((candidate) => candidate.kind === 'files')) {
    const files = input[field.name];
    if (typeof FileList !== 'undefined' && files instanceof FileList) for (const file of files) data.append(field.name, file);
  }
  for (const [name, value] of Object.entries(extra)) data.append(name, value);
  return data;
}
