import fc from 'fast-check';
import { HELP_CATEGORIES, LOCALES, MUNICIPALITIES, SPOKEN_LANGUAGES, type Locale } from '@cb/domain';
import { validSubmission, type PublicForm, type SubmissionContext } from '../../testing/intake-submissions';
import type { TestCms } from './cms';
import { projectCalls } from '../../src/seed/content/project-calls';

export * from '../../testing/intake-submissions';

/** The seeded, published project call (found by its title, whatever calls other tests add): what a valid proposal applies to. */
export async function seededProjectCallId(cms: TestCms): Promise<string> {
  const title = projectCalls[0]?.title.nl;
  const call = await cms.strapi
    .documents('api::project-call.project-call')
    .findFirst({ status: 'published', locale: 'nl', filters: { title }, fields: ['documentId'] });
  if (!call) throw new Error('The seed publishes a project call');
  return call.documentId;
}

/**
 * fast-check arbitraries of malformed and hostile submissions for the intake endpoints, each made
 * from a valid one (testing/intake-submissions.ts) with a few things done wrong.
 */

const categoryCodes = HELP_CATEGORIES.map((term) => term.code);
const municipalityCodes = MUNICIPALITIES.map((term) => term.code);
const languageCodes = SPOKEN_LANGUAGES.map((term) => term.code);

/** Fields that carry data and may be replaced or removed, by form. */
const FIELDS: Record<PublicForm, string[]> = {
  'help-request': [
    'forWhom',
    'contactName',
    'phone',
    'email',
    'beneficiaryName',
    'relationToBeneficiary',
    'categories',
    'description',
    'municipality',
    'languages',
    'availability',
    'consent',
  ],
  'help-offer': [
    'offerAs',
    'organisationName',
    'contactName',
    'phone',
    'email',
    'categories',
    'description',
    'anywhereInBrussels',
    'municipalities',
    'languages',
    'availability',
    'frequency',
    'codeOfConduct',
    'consent',
  ],
  'story-submission': ['title', 'text', 'mayPublish', 'publishAs', 'contactName', 'phone', 'email', 'consent'],
  'project-proposal': [
    'projectCallDocumentId',
    'applicantType',
    'organisationName',
    'enterpriseNumber',
    'contactName',
    'phone',
    'email',
    'projectTitle',
    'description',
    'targetGroup',
    'municipalities',
    'startDate',
    'endDate',
    'requestedAmount',
    'budgetLines',
    'consent',
  ],
};

/** Keys that try to reach the prototype, Strapi's own fields, or query operators. */
const SNEAKY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'documentId',
  'reference',
  'caseStatus',
  'channel',
  'consentedAt',
  'consentVersion',
  'idempotencyKey',
  'publishedAt',
  'createdBy',
  'staffNotes',
  '$where',
  '$ne',
  'data',
  'toString',
  'hasOwnProperty',
];

const UNICODE_EDGES = [
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\u200B\u200C\u200D',
  '\uFEFF',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '\uFFFD\uFFFF',
  '\u2028\u2029',
  '\u00a0\u2003\u3000',
  '𝕳𝖊𝖑𝖑𝖔',
  'ﷺ',
  'İı',
  'ß'.repeat(50),
];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '<!--',
  ']]>',
];
const SQL_LIKE = [
  "'; DROP TABLE intake_help_requests; --",
  "' OR '1'='1",
  '1; SELECT * FROM admin_users',
  "%' UNION SELECT password FROM up_users --",
  '\\x27 OR 1=1',
  'NULL',
  "Robert'); DROP TABLE students;--",
];

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...UNICODE_EDGES, ...MARKUP, ...SQL_LIKE, '', ' ', '\t\n'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.tuple(fc.constantFrom('a', '\u200B', 'é', '<', "'", '\uD800'), fc.integer({ min: 100, max: 300_000 })).map(([unit, times]) => unit.repeat(times)),
  fc.constantFrom(...categoryCodes, ...municipalityCodes, ...languageCodes, 'self', 'person', 'organisation', 'weekly').map((code) => `${code} `.toUpperCase()),
);

/** JSON that is nested far deeper than any form: arrays or objects, a few thousand levels. */
const deeplyNested: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, asArrays]) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = asArrays ? [value] : { a: value };
  return value;
});

/** An object with a key the parser could mistake for the prototype (an own property after JSON.parse). */
const protoObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify({ polluted: true, isAdmin: true, value })}}`));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  fc.constantFrom(null, true, false, 0, -1, -0, 1e308, -1e308, 0.1, Number.MAX_SAFE_INTEGER + 2),
  fc.array(hostileText, { maxLength: 5 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 40 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom({ $ne: null }, { $gt: '' }, { $in: ['walking'] }, { $containsi: '' }, { connect: [{ id: 1 }] }, { set: [1, 2, 3] }),
  protoObject,
  deeplyNested,
);

type Mutation = (body: Record<string, unknown>) => void;

const amountValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, min: -1e7, max: 1e8 }),
  fc.constantFrom(0, 0.001, 0.005, 0.01, 7500, 7500.01, 10_000_000.01, -0.01, '1250', '1.250,50', '', null, true, [1], { amount: 1 }),
);

/** Budgets that do not add up, exceed the call's maximum, or are not budgets at all. */
const budgetMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat({ max: 1 }), amountValue).map(([index, amount]): Mutation => (body) => {
    const line: unknown = Array.isArray(body.budgetLines) ? body.budgetLines[index] : undefined;
    if (line !== null && typeof line === 'object') Reflect.set(line, 'amount', amount);
  }),
  amountValue.map(
    (amount): Mutation =>
      (body) =>
        void (body.requestedAmount = amount),
  ),
  fc.constantFrom(0.01, -0.01, 1, 5000, 7500).map(
    (delta): Mutation =>
      (body) =>
        void (body.requestedAmount = Number(body.requestedAmount) + delta),
  ),
  fc.integer({ min: 7501, max: 1_000_000 }).map((total): Mutation => (body) => {
    body.requestedAmount = total;
    body.budgetLines = [{ label: 'Alles', amount: total }];
  }),
  fc.integer({ min: 0, max: 40 }).map(
    (count): Mutation =>
      (body) =>
        void (body.budgetLines = Array.from({ length: count }, () => ({ label: 'Lijn', amount: 0 }))),
  ),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).map(
    (lines): Mutation =>
      (body) =>
        void (body.budgetLines = lines),
  ),
  fc
    .tuple(
      fc.constantFrom('startDate', 'endDate'),
      fc.constantFrom('2027-02-30', '2027-13-01', '27-01-01', '2027-01-01T00:00:00Z', '2026-01-01', '9999-12-31', ''),
    )
    .map(
      ([field, date]): Mutation =>
        (body) =>
          void (body[field] = date),
    ),
  fc.constantFrom('organisation').map(
    (type): Mutation =>
      (body) =>
        void (body.applicantType = type),
  ),
  fc.constantFrom('0123.456.789', 'BE 0417 497 106', '0417497106', 'BE0000000000', '1'.repeat(10)).map((number): Mutation => (body) => {
    body.applicantType = 'organisation';
    body.organisationName = 'Vzw Test';
    body.enterpriseNumber = number;
  }),
);

const mutation = (form: PublicForm): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(fc.constantFrom(...FIELDS[form]), hostileValue).map(
        ([field, value]): Mutation =>
          (body) =>
            void Object.defineProperty(body, field, { value, enumerable: true, writable: true, configurable: true }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...FIELDS[form]).map(
        (field): Mutation =>
          (body) =>
            void delete body[field],
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...SNEAKY_KEYS), hostileValue).map(
        ([key, value]): Mutation =>
          (body) =>
            void Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('locale', 'website', 'idempotencyKey'), hostileValue).map(
        ([key, value]): Mutation =>
          (body) =>
            void (body[key] = value),
      ),
    },
    { weight: form === 'project-proposal' ? 5 : 0, arbitrary: budgetMutation },
  );

/** A valid submission with one to four things done wrong, or (now and then) no object at all. */
export function hostileSubmission(form: PublicForm, context: SubmissionContext = {}): fc.Arbitrary<unknown> {
  const mutated = fc.tuple(fc.nat(), fc.array(mutation(form), { minLength: 1, maxLength: 4 })).map(([n, mutations]) => {
    const body = validSubmission(form, n, context);
    for (const mutate of mutations) mutate(body);
    return body;
  });
  return fc.oneof({ weight: 12, arbitrary: mutated }, fc.constant({}), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }), deeplyNested, protoObject);
}

/** A field of a body that may be anything (an array, a string, null), as `body.name` reads it. */
const fieldOf = (body: unknown, name: string): unknown => (typeof body === 'object' && body !== null && name in body ? Reflect.get(body, name) : undefined);

/** The locale the CMS answers in for a JSON body: the body's own, else nl. */
export function localeOf(body: unknown): Locale {
  const locale = fieldOf(body, 'locale');
  return LOCALES.find((candidate) => candidate === locale) ?? 'nl';
}

/** The honeypot: a body that fills the hidden `website` field is thanked and dropped. */
export function fillsHoneypot(body: unknown): boolean {
  const website = fieldOf(body, 'website');
  return typeof website === 'string' && website.trim() !== '';
}

/** The text fields of a form posted without JavaScript, as the browser would send them. */
export function asPostedFields(body: Record<string, unknown>): [string, string][] {
  return Object.entries(body).flatMap(([name, value]): [string, string][] => {
    if (name === 'budgetLines' && Array.isArray(value)) {
      return value.flatMap((line: Record<string, unknown>, index) => [
        [`budgetLines[${index}][label]`, String(line.label)],
        [`budgetLines[${index}][amount]`, String(line.amount)],
      ]);
    }
    if (Array.isArray(value)) return value.map((item) => [name, String(item)]);
    if (typeof value === 'boolean') return value ? [[name, 'on']] : [];
    return [[name, String(value)]];
  });
}

const postedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileText.filter((text) => text.length < 5000) },
  fc.constantFrom('on', 'true', 'false', 'off', '0', '1', 'yes', '1 250', '1.250,50', '12,5', '€ 100', '-5', '1e9', 'Infinity', 'NaN'),
);

const postedMutation = (form: PublicForm): fc.Arbitrary<(fields: [string, string][]) => [string, string][]> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...FIELDS[form]), postedText)
      .map(([name, value]) => (fields: [string, string][]) => [...fields.filter(([field]) => field !== name), [name, value] as [string, string]]),
    fc.constantFrom(...FIELDS[form]).map((name) => (fields: [string, string][]) => fields.filter(([field]) => field !== name)),
    fc
      .tuple(fc.constantFrom(...FIELDS[form]), fc.array(postedText, { minLength: 2, maxLength: 5 }))
      .map(([name, values]) => (fields: [string, string][]) => [...fields, ...values.map((value): [string, string] => [name, value])]),
    fc
      .tuple(
        fc.constantFrom(
          '__proto__',
          '__proto__[polluted]',
          'constructor[prototype][isAdmin]',
          'categories[0][x]',
          'budgetLines[99][amount]',
          'budgetLines[0][label][x]',
          'a[b][c][d][e][f][g]',
          'website',
          'locale',
          'caseStatus',
          'budgetLines[0][amount]',
          'budgetLines[-1][label]',
        ),
        postedText,
      )
      .map(([name, value]) => (fields: [string, string][]) => [...fields, [name, value] as [string, string]]),
  );

/** A valid form as posted without JavaScript, with one to four things done wrong. */
export function hostilePostedForm(form: PublicForm, context: SubmissionContext = {}): fc.Arbitrary<[string, string][]> {
  return fc
    .tuple(fc.nat(), fc.array(postedMutation(form), { minLength: 1, maxLength: 4 }))
    .map(([n, mutations]) => mutations.reduce((fields, mutate) => mutate(fields), asPostedFields(validSubmission(form, n, context))));
}
