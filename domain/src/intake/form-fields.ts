import { budgetLineFieldName, layoutFields, maxLengthOf, type FieldKind, type FieldLayout } from './form-layout.js';
import { INTAKE_SCHEMAS, type IntakeForm } from './schemas.js';

/**
 * What each kind of field does with its values, beside how it is drawn (FIELD_KINDS in
 * form-layout.ts). A form posted without JavaScript arrives as text fields (urlencoded or
 * multipart); the island holds strings, ticked boxes and lists; an unfinished post is kept for the
 * person to correct. Each kind says once how it reads and keeps its values, so both ways of sending
 * are validated by one schema, and a new kind fails the typecheck until it says so.
 */

export type PostedFields = Record<string, string | string[] | undefined>;

/** One line of the budget as the island's inputs hold it (both parts as typed). */
export interface BudgetLineInput {
  label: string;
  amount: string;
}

/** What a field's inputs hold in the island before anything is typed. */
export type EmptyInput = '' | false | [] | BudgetLineInput[];

export interface FieldValueRules {
  /** The value the schema reads, from the fields posted without JavaScript; undefined when the field sends none. */
  fromPosted(posted: PostedFields, name: string): unknown;
  /**
   * What an unfinished post keeps of the field, to show it again: only the field's own posted names,
   * a choice only if it is one of the field's options, a text cut to the schema's maximum. A post
   * full of junk names or huge values costs no more than the form filled in to its limits.
   */
  keep(posted: PostedFields, field: FieldLayout, form: IntakeForm): PostedFields;
  /** The island's input before anything is typed; undefined for inputs the island keeps apart (files). */
  emptyInput(): EmptyInput | undefined;
  /** The value the schema reads from the island's input; undefined when the field sends nothing. */
  fromInput(raw: unknown, shown: boolean): unknown;
  /** The text fields the island's input posts as, as a browser without JavaScript would send them. */
  toPosted(name: string, raw: unknown, shown: boolean): [string, string][];
}

/** A value with no schema maximum of its own (a date, an amount, a ticked box) is kept this short. */
export const SHORT_VALUE = 40;

const lastOf = (raw: string | string[] | undefined): string | undefined => (Array.isArray(raw) ? raw.at(-1) : raw);
const textOf = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/** At most `max` characters, never through the middle of one. */
function cut(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return value.length <= max ? value : Array.from(value).slice(0, max).join('');
}

const keptAs = (name: string, value: string | string[] | undefined): PostedFields => (value === undefined ? {} : { [name]: value });

function schemaMaxOf(form: IntakeForm, name: string): number | undefined {
  const schema = (INTAKE_SCHEMAS[form]._zod.def.shape as Partial<Record<string, Parameters<typeof maxLengthOf>[0]>>)[name];
  return schema && maxLengthOf(schema);
}

/** A text: the last value posted, cut to the schema's maximum when kept. */
const TEXT: FieldValueRules = {
  fromPosted: (posted, name) => (posted[name] === undefined ? undefined : (lastOf(posted[name]) ?? '')),
  keep: (posted, field, form) => keptAs(field.name, cut(lastOf(posted[field.name]), schemaMaxOf(form, field.name) ?? SHORT_VALUE)),
  emptyInput: () => '',
  fromInput: (raw, shown) => (shown ? textOf(raw) : undefined),
  toPosted: (name, raw, shown) => (shown ? [[name, textOf(raw)]] : []),
};

/** One of the field's options. */
const ONE_CHOICE: FieldValueRules = {
  ...TEXT,
  keep: (posted, field) => {
    const value = lastOf(posted[field.name]);
    return keptAs(field.name, value !== undefined && field.options?.includes(value) ? value : undefined);
  },
};

/** Any number of the field's options: a repeated name, none when nothing is ticked. */
const CHOICES: FieldValueRules = {
  fromPosted: (posted, name) => [posted[name] ?? []].flat().filter((item) => item !== ''),
  keep: (posted, field) => {
    const chosen = [...new Set([posted[field.name] ?? []].flat().filter((value) => field.options?.includes(value)))];
    return keptAs(field.name, chosen.length > 0 ? chosen : undefined);
  },
  emptyInput: () => [],
  fromInput: (raw, shown) => (shown ? listOf(raw) : []),
  toPosted: (name, raw, shown) => (shown ? listOf(raw).map((code): [string, string] => [name, code]) : []),
};

/** A box: ticked or not (a box not ticked is not posted at all). */
const BOX: FieldValueRules = {
  fromPosted: (posted, name) => isTicked(lastOf(posted[name]) ?? ''),
  keep: TEXT.keep,
  emptyInput: () => false,
  fromInput: (raw, shown) => shown && raw === true,
  toPosted: (name, raw, shown) => (shown && raw === true ? [[name, 'on']] : []),
};

/** An amount of euros, in Belgian notation or not. */
const AMOUNT: FieldValueRules = {
  ...TEXT,
  fromPosted: (posted, name) => (posted[name] === undefined ? undefined : parseAmount(lastOf(posted[name]) ?? '')),
  fromInput: (raw, shown) => (shown ? parseAmount(textOf(raw)) : undefined),
};

/** `budgetLines[0][label]`, `budgetLines[0][amount]`, ...: a list of lines, those left empty dropped. */
const BUDGET_LINES: FieldValueRules = {
  fromPosted: (posted) => {
    const lines: Partial<BudgetLineInput>[] = [];
    for (const [name, raw] of Object.entries(posted)) {
      const line = BUDGET_LINE.exec(name);
      if (!line || raw === undefined) continue;
      const index = Number(line[1]);
      lines[index] = { ...lines[index], [line[2]!]: lastOf(raw) ?? '' };
    }
    return linesOf(lines.filter((entry) => entry !== undefined).map((entry) => ({ label: entry.label ?? '', amount: entry.amount ?? '' })));
  },
  keep: (posted) => {
    const kept: PostedFields = {};
    for (let index = 0; index < maxBudgetLines(); index++) {
      for (const [part, max] of [
        ['label', budgetLabelMax()],
        ['amount', SHORT_VALUE],
      ] as const) {
        const name = budgetLineFieldName(index, part);
        Object.assign(kept, keptAs(name, cut(lastOf(posted[name]), max)));
      }
    }
    return kept;
  },
  emptyInput: () => [{ label: '', amount: '' }],
  fromInput: (raw, shown) => (shown ? linesOf(budgetLineInputsOf(raw)) : undefined),
  toPosted: (_name, raw, shown) =>
    shown
      ? budgetLineInputsOf(raw).flatMap((line, index): [string, string][] => [
          [budgetLineFieldName(index, 'label'), line.label],
          [budgetLineFieldName(index, 'amount'), line.amount],
        ])
      : [],
};

/** Files come apart from the text fields (multipart); no text of theirs is read or kept. */
const FILES: FieldValueRules = {
  fromPosted: () => undefined,
  keep: () => ({}),
  emptyInput: () => undefined,
  fromInput: () => undefined,
  toPosted: () => [],
};

/** How each kind of field reads and keeps its values. */
export const FIELD_VALUES = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  tel: TEXT,
  date: TEXT,
  amount: AMOUNT,
  radio: ONE_CHOICE,
  checkboxes: CHOICES,
  select: ONE_CHOICE,
  checkbox: BOX,
  'budget-lines': BUDGET_LINES,
  files: FILES,
  hidden: TEXT,
} as const satisfies Record<FieldKind, FieldValueRules>;

export const valueRulesOf = (field: Pick<FieldLayout, 'kind'>): FieldValueRules => FIELD_VALUES[field.kind];

/** Reads a form posted without JavaScript into the values its schema reads; names that are no field of the form are dropped. */
export function fromPostedFields(form: IntakeForm, fields: PostedFields): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of layoutFields(form)) {
    const value = valueRulesOf(field).fromPosted(fields, field.name);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

/** What an unfinished post keeps of a form (see FieldValueRules.keep). */
export function keptPostedFields(form: IntakeForm, posted: PostedFields): PostedFields {
  return Object.assign({}, ...layoutFields(form).map((field) => valueRulesOf(field).keep(posted, field, form)));
}

const BUDGET_LINE = /^budgetLines\[(\d{1,2})\]\[(label|amount)\]$/;

function isTicked(value: string): boolean {
  return ['on', 'true', '1', 'yes'].includes(value.trim().toLowerCase());
}

function listOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((item): item is string => typeof item === 'string');
  return typeof raw === 'string' && raw !== '' ? [raw] : [];
}

/** The budget lines an island input holds (anything else in it is not a line). */
export function budgetLineInputsOf(raw: unknown): BudgetLineInput[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((line: unknown) =>
    line !== null && typeof line === 'object' && 'label' in line && 'amount' in line && typeof line.label === 'string' && typeof line.amount === 'string'
      ? [{ label: line.label, amount: line.amount }]
      : [],
  );
}

/** Lines left entirely empty are not lines; amounts are read as numbers where they can be. */
function linesOf(lines: BudgetLineInput[]): { label: string; amount: number | string }[] {
  return lines.filter((line) => line.label.trim() !== '' || line.amount.trim() !== '').map((line) => ({ label: line.label, amount: parseAmount(line.amount) }));
}

type BudgetLinesSchema = (typeof INTAKE_SCHEMAS)['project-proposal']['_zod']['def']['shape']['budgetLines'];
const budgetLinesSchema = (): BudgetLinesSchema => INTAKE_SCHEMAS['project-proposal']._zod.def.shape.budgetLines;
const maxBudgetLines = (): number => maxLengthOf(budgetLinesSchema()) ?? 30;
const budgetLabelMax = (): number => maxLengthOf(budgetLinesSchema()._zod.def.element._zod.def.shape.label) ?? SHORT_VALUE;

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
