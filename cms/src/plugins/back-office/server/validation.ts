import * as z from 'zod';
import {
  AUDIENCES,
  HELP_CATEGORIES,
  OFFER_ACTIONS,
  REQUEST_CLOSE_REASONS,
  REQUEST_STATUSES_SET_BY_HAND,
  HELP_REQUEST_STATUSES,
  INTAKE_CHANNELS,
  LOCALES,
  MATCH_PEOPLE,
  MATCH_STATUSES,
  MUNICIPALITIES,
  PROJECT_PROPOSAL_STATUSES,
  REFERENCE_CHECKS,
  SPOKEN_LANGUAGES,
  type IntakeChannel,
  type Locale,
  MAX_MILESTONES,
  MILESTONE_WHAT_MAX_LENGTH,
  AWAY_MAX_DAYS,
  MAX_CAPACITY,
  awayPeriodProblems,
  type AwayProblem,
} from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';
import { staffText, type StaffTextId, type StaffTextValues } from '../../../staff-texts';
import { INPUT_LIMITS } from './contracts';

/**
 * Every input of the workspace's routes (path, query string, body), as zod schemas: what the
 * services receive is already the right type, and a wrong value is answered field by field in staff
 * words (`field.*` of the staff texts), in the staff member's language, never with the value.
 */

/** One of a taxonomy's codes (a help category, a municipality, a language). */
const termCode = (terms: readonly { code: string }[]) => {
  const codes = new Set(terms.map((term) => term.code));
  return z.string().refine((code) => codes.has(code), { params: { problem: 'field.chooseValid' } });
};

/** Strapi's document ids: 24 lowercase letters and digits today; anything else is no document of ours. */
const documentId = z.string().regex(/^[a-z0-9]{1,64}$/);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);
/** A calendar date as staff pick it: YYYY-MM-DD, and a real day. */
const calendarDate = z.iso.date();
/** An amount in euros as staff type it (a number or its text): above 0, a billion at most. */
const euroAmount = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.custom<number>((value) => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1_000_000_000, {
    params: { problem: 'field.amount' },
  }),
);
/** Empty form fields arrive as '' or not at all: both mean "not given". */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const DocumentParams = z.object({ documentId });

export const QueueQuery = z.object({
  status: z.enum(HELP_REQUEST_STATUSES).optional(),
  category: termCode(HELP_CATEGORIES).optional(),
  municipality: termCode(MUNICIPALITIES).optional(),
  language: termCode(SPOKEN_LANGUAGES).optional(),
  channel: z.enum(INTAKE_CHANNELS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type QueueFilters = z.infer<typeof QueueQuery>;

/** The offers to screen: one page of them. */
export const ScreeningQueueQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ScreeningQueueFilters = z.infer<typeof ScreeningQueueQuery>;

export const SearchQuery = z.object({ q: optionalText(INPUT_LIMITS.search) });

export const NewMatchBody = z.object({
  helpRequest: documentId,
  helpOffer: documentId,
  followUpOn: z.preprocess(blankAsMissing, calendarDate.optional()),
  sharedWithRequester: optionalText(INPUT_LIMITS.sharedText),
  sharedWithVolunteer: optionalText(INPUT_LIMITS.sharedText),
  notes: optionalText(INPUT_LIMITS.notes),
});

export const NewReferralBody = z
  .object({
    helpRequest: documentId,
    initiativeDocumentId: z.preprocess(blankAsMissing, documentId.optional()),
    organisationDocumentId: z.preprocess(blankAsMissing, documentId.optional()),
    followUpOn: z.preprocess(blankAsMissing, calendarDate.optional()),
    sharedWithRequester: optionalText(INPUT_LIMITS.sharedText),
    notes: optionalText(INPUT_LIMITS.notes),
  })
  .refine((body) => !body.initiativeDocumentId !== !body.organisationDocumentId, { path: ['initiativeDocumentId'], params: { problem: 'field.chooseOne' } });

export const MatchChangeBody = z.object({
  status: z.enum(MATCH_STATUSES),
  /** null clears the follow-up date; left out, the date stays. */
  followUpOn: z.preprocess((value) => (value === '' ? null : value), calendarDate.nullable().optional()),
  notes: optionalText(INPUT_LIMITS.notes),
});

/** A note on a case's timeline: some words, added to the others. */
export const NoteBody = z.object({ text: z.string().trim().min(1).max(INPUT_LIMITS.notes) });

/** A concern staff type in from a phone call: who raised it, what they said, whether to call back, whether to pause the match now. */
export const ConcernBody = z.object({
  person: z.enum(MATCH_PEOPLE),
  text: z.string().trim().min(1).max(INPUT_LIMITS.notes),
  callMe: z.boolean().default(false),
  pauseMatch: z.boolean().default(false),
});

export const PauseBody = z.object({ paused: z.boolean() });

const withNote = { note: optionalText(INPUT_LIMITS.notes) };

/** What staff do to a request besides matching (the rules that allow it are @cb/domain's `requestTransition`). */
export const RequestActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set-status'), status: z.enum(REQUEST_STATUSES_SET_BY_HAND), ...withNote }),
  z.object({ action: z.literal('mark-urgent'), ...withNote }),
  z.object({ action: z.literal('unmark-urgent'), ...withNote }),
  z.object({ action: z.literal('close'), reason: z.enum(REQUEST_CLOSE_REASONS), ...withNote }),
  z.object({ action: z.literal('reopen'), ...withNote }),
]);

export const OfferActionBody = z.object({ action: z.enum(OFFER_ACTIONS), ...withNote });

/** Today as staff in Brussels count days: a conversation held this morning is never "in the future". */
const todayInBrussels = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/**
 * A volunteer's screening as staff record it: the day of the conversation (not in the future), the
 * references checked or waived (then with a reason), the code of conduct accepted, and the language
 * the information note was given in. The staff member who records it is the one who held it.
 */
export const ScreeningBody = z
  .object({
    conversationOn: calendarDate.refine((day) => day <= todayInBrussels(), { params: { problem: 'field.dateNotFuture' } }),
    references: z.enum(REFERENCE_CHECKS),
    waiverReason: optionalText(INPUT_LIMITS.waiverReason),
    codeOfConductAccepted: z.boolean().refine((accepted) => accepted, { params: { problem: 'field.required' } }),
    informationNoteLocale: z.enum(LOCALES),
    ...withNote,
  })
  .refine((body) => body.references !== 'waived' || body.waiverReason, { path: ['waiverReason'], params: { problem: 'field.required' } });

/** Who the person is, as staff learn it: audience codes, none to clear. */
export const AudiencesBody = z.object({ audiences: z.array(termCode(AUDIENCES)).max(AUDIENCES.length) });

/** Find a case by reference, name, phone or email: in the body, so that no log line or URL holds it. */
export const CaseSearchBody = z.object({ term: z.string().trim().min(2).max(INPUT_LIMITS.caseSearch) });

/** What staff register for a caller or from a social-media message, and how the person reached us. */
const STAFF_FORMS = ['help-request', 'help-offer'] as const satisfies readonly IntakeForm[];
const STAFF_CHANNELS = ['phone', 'social'] as const satisfies readonly IntakeChannel[];
export const IntakeParams = z.object({ form: z.enum(STAFF_FORMS) });
/** The values themselves are the public form's, checked by `validateIntake` with the form's own messages. */
export const IntakeBody = z.object({
  channel: z.enum(STAFF_CHANNELS),
  locale: z.enum(LOCALES).default('nl'),
  values: z.unknown(),
});

export const DashboardQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(52).default(12),
  municipality: termCode(MUNICIPALITIES).optional(),
  category: termCode(HELP_CATEGORIES).optional(),
});
export type DashboardFilters = z.infer<typeof DashboardQuery>;

export const ReviewBody = z.object({
  scores: z
    .array(z.object({ criterion: z.number().int().min(0).max(100), score: z.number().int() }))
    .min(1)
    .max(100),
  comment: optionalText(INPUT_LIMITS.reviewComment),
});

/** A decision: the text for the applicant (mailed) and the internal note (never mailed) are separate fields. */
export const DecisionBody = z.object({
  status: z.enum(PROJECT_PROPOSAL_STATUSES),
  grantedAmount: z.preprocess((value) => (value === '' || value === null ? undefined : value), euroAmount.optional()),
  applicantText: optionalText(INPUT_LIMITS.decisionNote),
  internalNote: optionalText(INPUT_LIMITS.decisionInternalNote),
  overrideReason: optionalText(INPUT_LIMITS.overrideReason),
});

export const MilestonesBody = z.object({
  milestones: z
    .array(
      z.object({
        documentId: documentId.optional(),
        plannedOn: calendarDate,
        what: z.string().trim().min(1).max(MILESTONE_WHAT_MAX_LENGTH),
      }),
    )
    .max(MAX_MILESTONES),
});

export const ConflictBody = z.object({ note: optionalText(INPUT_LIMITS.conflictNote) });

const adminUserId = z.coerce.number().int().min(1).max(2_147_483_647);
export const AssignBody = z.object({ reviewerId: adminUserId });
export const AssignmentParams = z.object({ documentId, reviewerId: adminUserId });
export const SpreadBody = z.object({
  perProposal: z.number().int().min(1).max(20).optional(),
  reviewerIds: z.array(adminUserId).min(1).max(500).optional(),
});

/** The staff words for each problem of an away period (@cb/domain's `awayPeriodProblems`). */
const AWAY_PROBLEM_TEXTS = {
  missing: 'field.awayMissing',
  'not-a-day': 'field.date',
  'until-before-from': 'field.awayUntilBeforeFrom',
  'until-in-past': 'field.awayUntilInPast',
  'too-long': 'field.awayTooLong',
} as const satisfies Record<AwayProblem, StaffTextId>;

/** A day or nothing: an empty field clears it. */
const dayOrNone = z.preprocess((value) => (value === '' || value === undefined ? null : value), z.string().nullable());

/**
 * An offer's away days and capacity as staff set them: both days or neither (checked by @cb/domain's
 * `awayPeriodProblems`), and a capacity of 1 to MAX_CAPACITY (null: not said; left out: unchanged).
 */
export const AvailabilityBody = z
  .object({
    awayFrom: dayOrNone,
    awayUntil: dayOrNone,
    capacity: z.preprocess(
      (value) => (value === '' ? null : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
      z.number().int().min(1).max(MAX_CAPACITY).nullable().optional(),
    ),
  })
  .superRefine((body, context) => {
    for (const { field, problem } of awayPeriodProblems(body, new Date())) {
      context.addIssue({ code: 'custom', path: [field], params: { problem: AWAY_PROBLEM_TEXTS[problem] } });
    }
  });

export const PersonBody = z
  .object({ email: optionalText(INPUT_LIMITS.email), phone: optionalText(INPUT_LIMITS.phone) })
  .refine((person) => person.email || person.phone, { path: ['email'], params: { problem: 'field.contactMissing' } });

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

export function parse<Schema extends z.ZodType>(schema: Schema, input: unknown, locale: Locale): Parsed<z.output<Schema>> {
  // The input in each issue tells a missing value from a wrong one; it is read here, never answered.
  const result = schema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    fields[fieldPath(issue.path)] ??= messageFor(issue, locale);
  }
  return { ok: false, fields };
}

/**
 * Where a message goes: a list of choices is one field (`audiences`, not `audiences.0`); an item of a
 * list of records keeps its index (`milestones.0.what`), so a form can put it under that item's field.
 */
function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.filter((part) => typeof part !== 'symbol').map(String);
  while (parts.length > 0 && /^\d+$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('.') || 'form';
}

function messageFor(issue: z.core.$ZodIssue, locale: Locale): string {
  const { problem, values } = problemOf(issue);
  return staffText(locale, problem, values);
}

/** The problems the schemas above name in their own checks. */
const CUSTOM_PROBLEMS = [
  'field.chooseValid',
  'field.chooseOne',
  'field.contactMissing',
  'field.required',
  'field.dateNotFuture',
  'field.amount',
  ...Object.values(AWAY_PROBLEM_TEXTS),
] as const satisfies readonly StaffTextId[];

function problemOf(issue: z.core.$ZodIssue): { problem: StaffTextId; values?: StaffTextValues } {
  switch (issue.code) {
    case 'custom': {
      const problem = CUSTOM_PROBLEMS.find((known) => known === issue.params?.problem) ?? 'field.chooseValid';
      return problem === 'field.awayTooLong' ? { problem, values: { days: AWAY_MAX_DAYS } } : { problem };
    }
    case 'too_big':
      if (issue.origin === 'string') return { problem: 'field.tooLong', values: { max: Number(issue.maximum) } };
      return issue.origin === 'number' ? { problem: 'field.numberAtMost', values: { max: Number(issue.maximum) } } : { problem: 'field.chooseValid' };
    case 'too_small':
      if (issue.origin === 'number') return { problem: 'field.numberAtLeast', values: { min: Number(issue.minimum) } };
      return { problem: issue.origin === 'array' ? 'field.chooseOne' : 'field.required' };
    case 'invalid_format':
      return { problem: issue.format === 'date' ? 'field.date' : 'field.chooseValid' };
    case 'invalid_type':
      if (issue.input === undefined) return { problem: 'field.required' };
      return { problem: issue.expected === 'number' || issue.expected === 'int' ? 'field.wholeNumber' : 'field.chooseValid' };
    default:
      return { problem: 'field.chooseValid' };
  }
}

/** The language of the staff member's browser when it is one of ours, English otherwise. */
export function staffLocale(acceptLanguage: string | undefined): Locale {
  const wanted = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase());
  return LOCALES.find((locale) => wanted.includes(locale)) ?? 'en';
}
