import * as z from 'zod/mini';
import { lonelinessMeasureOf } from '../loneliness.js';
import type { LonelinessScores } from '../outcomes.js';
import { messageOf, type FieldMessages } from './field-messages.js';
import type { FieldProblem } from './messages.js';
import { INTAKE_SCHEMAS, crossFieldRules, lonelinessAnswered, lonelinessFields, type IntakeData, type IntakeForm, type ProposalLimits } from './schemas.js';

export type IntakeValidation<Form extends IntakeForm> =
  | { ok: true; data: IntakeData<Form> }
  /** One message per field, keyed by its path (`email`, `budgetLines.1.amount`, `contact`). */
  | { ok: false; errors: Record<string, string> };

/**
 * Validates a submission of one of the public forms, as the form island and the CMS both do,
 * and says what to do about each field that needs another look, in the language of `messages`
 * (`fieldMessages(locale)`; a form island is handed its page's).
 */
export function validateIntake<Form extends IntakeForm>(form: Form, values: unknown, messages: FieldMessages, limits?: ProposalLimits): IntakeValidation<Form> {
  const input = values !== null && typeof values === 'object' && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
  const parsed = INTAKE_SCHEMAS[form].safeParse(input);
  const errors: Record<string, string> = {};

  addSchemaErrors(errors, parsed.success ? [] : parsed.error.issues, messages);
  for (const issue of crossFieldRules(form, input, limits)) {
    errors[issue.path] ??= messageOf(messages, issue.problem, issue.params);
  }

  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data as IntakeData<Form> };
  return { ok: false, errors };
}

const lonelinessSchema = z.object(lonelinessFields);

/**
 * The loneliness scale asked on its own (the six-week check-in's page), by the same rules and with the
 * same messages as on the ask-for-help form: the three scores with consent and every item answered,
 * nothing without consent, or one message per field that needs another look.
 */
export function validateLonelinessAnswers(
  values: Record<string, unknown>,
  messages: FieldMessages,
): { ok: true; measure: LonelinessScores | undefined } | { ok: false; errors: Record<string, string> } {
  const parsed = lonelinessSchema.safeParse(values);
  const errors: Record<string, string> = {};
  addSchemaErrors(errors, parsed.success ? [] : parsed.error.issues, messages);
  for (const issue of lonelinessAnswered(values)) errors[issue.path] ??= messageOf(messages, issue.problem, issue.params);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, measure: lonelinessMeasureOf(parsed.data) };
  return { ok: false, errors };
}

function addSchemaErrors(errors: Record<string, string>, issues: readonly z.core.$ZodIssue[], messages: FieldMessages): void {
  for (const issue of issues) {
    const path = fieldPath(issue.path);
    errors[path] ??= messageOf(messages, problemOf(issue, path), paramsOf(issue));
  }
}

/** `categories.2` is about the categories as a whole; `budgetLines.1.amount` is about one line. */
function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  while (parts.length > 1 && /^\d+$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('.') || 'form';
}

const DATE_FIELDS = new Set(['startDate', 'endDate']);
const AMOUNT_FIELD = /(^requestedAmount$|\.amount$)/;

function problemOf(issue: z.core.$ZodIssue, path: string): FieldProblem {
  if (path === 'consent') return 'consent';
  if (path === 'codeOfConduct') return 'code-of-conduct';
  if (path === 'phone') return 'phone';
  if (DATE_FIELDS.has(path)) return 'date';
  if (AMOUNT_FIELD.test(path)) return 'amount';
  switch (issue.code) {
    case 'custom':
      return issue.params?.problem === 'name' ? 'name' : 'choose-valid';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : 'choose-valid';
    case 'too_small':
      return issue.origin === 'array' ? 'choose-one' : 'required';
    case 'invalid_format':
      return issue.format === 'email' ? 'email' : 'choose-valid';
    case 'invalid_value':
      return 'choose-valid';
    case 'invalid_type':
      return issue.expected === 'array' ? 'choose-one' : issue.expected === 'string' ? 'required' : 'choose-valid';
    default:
      return 'choose-valid';
  }
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, number> {
  return issue.code === 'too_big' ? { max: Number(issue.maximum) } : {};
}
