import * as z from 'zod/mini';
import { APPLICANT_TYPES, AVAILABLE_TIMES, OFFER_AS, OFFER_FREQUENCIES, REQUEST_FOR_WHOM, type AvailableTime } from '../intake.js';
import { CAPACITY_CHOICES } from '../cases.js';
import { INTEREST_CODES } from '../interests.js';
import { LONELINESS_ANSWERS, LONELINESS_CONSENT_FIELD, LONELINESS_FIELDS, type LonelinessAnswer } from '../loneliness.js';
import { HELP_CATEGORY_CODES, MUNICIPALITY_CODES, SPOKEN_LANGUAGE_CODES } from '../taxonomies.js';
import { consentGiven, emailAddress, optionalName, optionalText, phoneNumber, requiredName, requiredText, termCode, termCodes } from './fields.js';
import { INTAKE_TEXT_LIMITS } from './limits.js';

/**
 * The schemas of the four public forms. The form islands validate with them in the browser and
 * the CMS validates every submission with the very same ones. Field names are the CMS's.
 * Rules that span fields (a way to reach the person, sums, dates) are in `crossFieldRules`.
 */

/** Moments of the week; optional, at most each once. */
const availableTimes = z.optional(
  z.pipe(
    z.array(z.enum(AVAILABLE_TIMES)).check(z.maxLength(AVAILABLE_TIMES.length)),
    z.transform((times: AvailableTime[]) => [...new Set(times)]),
  ),
);

/** What the person likes to do (INTEREST_CODES); optional, each at most once. */
const interests = z.optional(termCodes(INTEREST_CODES, 0));

/** How many people a volunteer can help at once (one of CAPACITY_CHOICES, as a form posts it); empty: not said. */
const capacity = z.optional(
  z.pipe(
    z.union([z.literal(''), z.enum(CAPACITY_CHOICES)]),
    z.transform((chosen: '' | (typeof CAPACITY_CHOICES)[number]) => (chosen === '' ? undefined : Number(chosen))),
  ),
);

/**
 * The De Jong Gierveld scale (loneliness.ts), optional: a consent box of its own and the six items, each
 * one of the answers or left empty. Only with the box ticked are the answers read (see `crossFieldRules`).
 */
const lonelinessAnswer = z.optional(
  z.pipe(
    z.union([z.literal(''), z.enum(LONELINESS_ANSWERS)]),
    z.transform((answer: '' | LonelinessAnswer) => (answer === '' ? undefined : answer)),
  ),
);
export const lonelinessFields = {
  [LONELINESS_CONSENT_FIELD]: z.optional(z.boolean()),
  ...(Object.fromEntries(LONELINESS_FIELDS.map((name) => [name, lonelinessAnswer])) as Record<(typeof LONELINESS_FIELDS)[number], typeof lonelinessAnswer>),
};

const REQUEST = INTAKE_TEXT_LIMITS['help-request'];
const OFFER = INTAKE_TEXT_LIMITS['help-offer'];
const STORY = INTAKE_TEXT_LIMITS['story-submission'];
const PROPOSAL = INTAKE_TEXT_LIMITS['project-proposal'];

const contact = {
  contactName: requiredName(REQUEST.contactName),
  phone: phoneNumber,
  email: emailAddress,
};

export const helpRequestSchema = z.object({
  forWhom: z.enum(REQUEST_FOR_WHOM),
  ...contact,
  beneficiaryName: optionalName(REQUEST.beneficiaryName),
  relationToBeneficiary: optionalText(REQUEST.relationToBeneficiary),
  categories: termCodes(HELP_CATEGORY_CODES),
  description: requiredText(REQUEST.description),
  interests,
  municipality: termCode(MUNICIPALITY_CODES),
  languages: termCodes(SPOKEN_LANGUAGE_CODES),
  availableTimes,
  availability: optionalText(REQUEST.availability),
  ...lonelinessFields,
  consent: consentGiven,
});

export const helpOfferSchema = z.object({
  offerAs: z.enum(OFFER_AS),
  organisationName: optionalName(OFFER.organisationName),
  ...contact,
  categories: termCodes(HELP_CATEGORY_CODES),
  description: requiredText(OFFER.description),
  interests,
  anywhereInBrussels: z.boolean(),
  municipalities: termCodes(MUNICIPALITY_CODES, 0),
  languages: termCodes(SPOKEN_LANGUAGE_CODES),
  availableTimes,
  availability: optionalText(OFFER.availability),
  frequency: z.enum(OFFER_FREQUENCIES),
  capacity,
  /** The volunteer accepts the code of conduct (CODE_OF_CONDUCT_VERSION, stored with the offer). */
  codeOfConduct: consentGiven,
  consent: consentGiven,
});

export const storySubmissionSchema = z.object({
  title: requiredText(STORY.title),
  text: requiredText(STORY.text),
  mayPublish: z.boolean(),
  publishAs: optionalName(STORY.publishAs),
  ...contact,
  consent: consentGiven,
});

/** Belgian enterprise number: 0123.456.789, BE 0123 456 789 or 0123456789. */
const enterpriseNumber = optionalText(PROPOSAL.enterpriseNumber);
const isoDate = z.iso.date();
const amount = z.number().check(z.gte(0), z.lte(10_000_000));

export const projectProposalSchema = z.object({
  projectCallDocumentId: requiredText(PROPOSAL.projectCallDocumentId),
  applicantType: z.enum(APPLICANT_TYPES),
  organisationName: optionalName(PROPOSAL.organisationName),
  enterpriseNumber,
  ...contact,
  projectTitle: requiredText(PROPOSAL.projectTitle),
  description: requiredText(PROPOSAL.description),
  targetGroup: requiredText(PROPOSAL.targetGroup),
  municipalities: termCodes(MUNICIPALITY_CODES),
  startDate: isoDate,
  endDate: isoDate,
  requestedAmount: amount,
  budgetLines: z.array(z.object({ label: requiredText(PROPOSAL.budgetLineLabel), amount })).check(z.minLength(1), z.maxLength(30)),
  consent: consentGiven,
});

export const INTAKE_SCHEMAS = {
  'help-request': helpRequestSchema,
  'help-offer': helpOfferSchema,
  'story-submission': storySubmissionSchema,
  'project-proposal': projectProposalSchema,
} as const;
export type IntakeForm = keyof typeof INTAKE_SCHEMAS;
export type IntakeData<Form extends IntakeForm> = z.output<(typeof INTAKE_SCHEMAS)[Form]>;

/** What a rule that spans fields reports: the field (or group) it concerns and the problem. */
export interface CrossFieldIssue {
  path: string;
  problem:
    | 'contact-missing'
    | 'loneliness-unanswered'
    | 'organisation-missing'
    | 'enterprise-number-invalid'
    | 'municipality-missing'
    | 'end-before-start'
    | 'budget-mismatch'
    | 'over-maximum';
  params?: Record<string, number | string>;
}

export interface ProposalLimits {
  /** The call's maximum per project; a proposal may not ask more. */
  maxPerProject: number;
}

type Values = Record<string, unknown>;

const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const cents = (value: unknown) => (typeof value === 'number' ? Math.round(value * 100) : Number.NaN);

function reachable(values: Values): CrossFieldIssue[] {
  return given(values.phone) || given(values.email) ? [] : [{ path: 'contact', problem: 'contact-missing' }];
}

function organisationNamed(values: Values, asField: 'offerAs' | 'applicantType'): CrossFieldIssue[] {
  return values[asField] === 'organisation' && !given(values.organisationName) ? [{ path: 'organisationName', problem: 'organisation-missing' }] : [];
}

/** With the scale's box ticked, every item is answered: a questionnaire with a gap gets no score. */
export function lonelinessAnswered(values: Values): CrossFieldIssue[] {
  if (values[LONELINESS_CONSENT_FIELD] !== true) return [];
  return LONELINESS_FIELDS.filter((name) => !(LONELINESS_ANSWERS as readonly unknown[]).includes(values[name])).map((path) => ({
    path,
    problem: 'loneliness-unanswered' as const,
  }));
}

/** The ten digits of a Belgian enterprise number start with 0 or 1 and end with a mod-97 check. */
export function isBelgianEnterpriseNumber(raw: string): boolean {
  const digits = raw.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Rules that span fields, by form; they run on the raw values, so they report even when other fields fail. */
export function crossFieldRules(form: IntakeForm, values: Values, limits?: ProposalLimits): CrossFieldIssue[] {
  switch (form) {
    case 'help-request':
      return [...reachable(values), ...lonelinessAnswered(values)];
    case 'story-submission':
      return reachable(values);
    case 'help-offer':
      return [
        ...reachable(values),
        ...organisationNamed(values, 'offerAs'),
        ...(values.anywhereInBrussels !== true && !(Array.isArray(values.municipalities) && values.municipalities.length > 0)
          ? [{ path: 'municipalities', problem: 'municipality-missing' } as const]
          : []),
      ];
    case 'project-proposal':
      return proposalRules(values, limits);
  }
}

function proposalRules(values: Values, limits?: ProposalLimits): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [...reachable(values), ...organisationNamed(values, 'applicantType')];
  if (values.applicantType === 'organisation' && !(typeof values.enterpriseNumber === 'string' && isBelgianEnterpriseNumber(values.enterpriseNumber))) {
    issues.push({ path: 'enterpriseNumber', problem: 'enterprise-number-invalid' });
  }
  if (typeof values.startDate === 'string' && typeof values.endDate === 'string' && values.endDate < values.startDate) {
    issues.push({ path: 'endDate', problem: 'end-before-start' });
  }
  const requested = cents(values.requestedAmount);
  if (limits && requested > Math.round(limits.maxPerProject * 100)) {
    issues.push({ path: 'requestedAmount', problem: 'over-maximum', params: { max: limits.maxPerProject } });
  }
  const lines = Array.isArray(values.budgetLines) ? (values.budgetLines as Values[]) : [];
  const total = lines.reduce((sum, line) => sum + cents(line?.amount), 0);
  if (lines.length > 0 && Number.isFinite(requested) && Number.isFinite(total) && total !== requested) {
    issues.push({ path: 'budgetLines', problem: 'budget-mismatch', params: { total: total / 100, requested: requested / 100 } });
  }
  return issues;
}
