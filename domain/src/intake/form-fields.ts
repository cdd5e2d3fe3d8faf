import type { IntakeForm } from './schemas.js';

/**
 * A form posted without JavaScript arrives as text fields (urlencoded or multipart). This turns them
 * into the values the schemas expect, so both ways of sending are validated by one schema:
 * repeated fields become lists, ticked boxes become booleans, amounts become numbers (Belgian
 * notation included), and `budgetLines[0][label]` becomes a list of lines.
 */

export type PostedFields = Record<string, string | string[] | undefined>;

const LIST_FIELDS = new Set(['categories', 'languages', 'municipalities', 'availableTimes']);
const BOOLEAN_FIELDS = new Set(['consent', 'mayPublish', 'anywhereInBrussels']);
const AMOUNT_FIELDS = new Set(['requestedAmount']);
const BUDGET_LINE = /^budgetLines\[(\d{1,2})\]\[(label|amount)\]$/;

/** Fields a form sends that are not data: the honeypot and the idempotency key are read apart. */
const NOT_DATA = new Set(['website', 'idempotencyKey', 'locale']);

export function fromPostedFields(form: IntakeForm, fields: PostedFields): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const lines: Record<string, string>[] = [];

  for (const [name, raw] of Object.entries(fields)) {
    if (raw === undefined || NOT_DATA.has(name)) continue;
    const line = BUDGET_LINE.exec(name);
    if (line && form === 'project-proposal') {
      const index = Number(line[1]);
      lines[index] = { ...lines[index], [line[2]!]: last(raw) };
    } else if (LIST_FIELDS.has(name)) {
      values[name] = (Array.isArray(raw) ? raw : [raw]).filter((item) => item !== '');
    } else if (BOOLEAN_FIELDS.has(name)) {
      values[name] = isTicked(last(raw));
    } else if (AMOUNT_FIELDS.has(name)) {
      values[name] = parseAmount(last(raw));
    } else {
      values[name] = last(raw);
    }
  }

  for (const name of BOOLEAN_FIELDS) if (!(name in values)) values[name] = false;
  for (const name of LIST_FIELDS) if (!(name in values)) values[name] = [];
  if (form === 'project-proposal') {
    values.budgetLines = lines
      .filter((entry): entry is Record<string, string> => entry !== undefined && (Boolean(entry.label?.trim()) || Boolean(entry.amount?.trim())))
      .map((entry) => ({ label: entry.label ?? '', amount: parseAmount(entry.amount ?? '') }));
  }
  return values;
}

function last(raw: string | string[]): string {
  return Array.isArray(raw) ? (raw.at(-1) ?? '') : raw;
}

function isTicked(value: string): boolean {
  return ['on', 'true', '1', 'yes'].includes(value.trim().toLowerCase());
}

/**
 * "1250", "1 250", "1.250,50", "1250,5", "1250.50" → a number; anything else is kept as text,
 * so the schema reports it as an amount to correct rather than silently reading it as 0.
 */
export function parseAmount(text: string): number | string {
  const compact = text.replace(/[\s\u00a0€]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  if (/^\d+([.,]\d{1,2})?$/.test(compact)) return Number(compact.replace(',', '.'));
  return text;
}
