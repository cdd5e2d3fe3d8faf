import * as z from 'zod';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, INTAKE_TYPES, isLocale, type Locale } from '@cb/domain';
import { fieldMessage, fieldMessages, fromPostedFields, validateIntake, type PostedFields, type ProposalLimits } from '@cb/domain/intake';
import { MAX_JSON_DEPTH, depthExceeds } from '../src/middlewares/body-errors';
import { startCms, type TestCms } from './helpers/cms';
import { MailCatcher, mailOnLoopback } from './helpers/mail-catcher';
import {
  INTAKE_PATHS,
  PUBLIC_FORMS,
  fillsHoneypot,
  hostilePostedForm,
  hostileSubmission,
  localeOf,
  seededProjectCallId,
  validSubmission,
  type PublicForm,
  type SubmissionContext,
} from './helpers/intake-payloads';
import { INTAKE_LIMITS } from '../src/api/intake/request/limits';
import { intakeAnswer, parseJson, storedRecord } from './helpers/http';
import { intakeService } from '../src/api/intake/intake-services';

/**
 * Property-based: thousands of malformed and hostile submissions per endpoint, as JSON and as plain
 * form posts. Whatever comes in, the CMS never answers 5xx, every refusal says per field (or for
 * the form as a whole) what to change, and nothing is stored unless the submission happened to be
 * valid, which the test decides with the same shared schema the CMS uses.
 */

const JSON_PAYLOADS_PER_FORM = 5000;
const POSTED_FORMS_PER_FORM = 500;
const BATCH = 50;
const INITIAL_STATUS: Record<PublicForm, string> = { 'help-request': 'new', 'help-offer': 'new', 'story-submission': 'new', 'project-proposal': 'received' };

/** Confirmations and staff notifications go to a real SMTP server on loopback, as in production. */
const catcher = new MailCatcher();

let cms: TestCms;
let context: SubmissionContext;
let openCall: { documentId: string; limits: ProposalLimits };

beforeAll(async () => {
  // The rate limit protects the public door; this test is one client sending thousands of posts.
  cms = await startCms({ INTAKE_RATE_LIMIT_MAX: '10000000', INTAKE_RATE_LIMIT_WINDOW_SECONDS: '60', ...(await mailOnLoopback(catcher)) });
  const projectCallDocumentId = await seededProjectCallId(cms);
  const limits = await intakeService(cms.strapi, 'api::intake.project-proposals').limitsFor(projectCallDocumentId);
  if (!limits) throw new Error('The seeded project call is not open: the proposal payloads need an open call');
  openCall = { documentId: projectCallDocumentId, limits };
  context = { projectCallDocumentId };
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

interface Answer {
  status: number;
  location: string | null;
  body: z.output<typeof intakeAnswer> | undefined;
}

let keyCounter = 0;
async function post(path: string, body: string, headers: Record<string, string>): Promise<Answer> {
  keyCounter += 1;
  const response = await fetch(`${cms.url}/api/intake/${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'idempotency-key': `hostile-${process.pid}-${keyCounter}`, ...headers },
    body,
  });
  const raw = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = parseJson(raw, intakeAnswer);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, location: response.headers.get('location'), body: parsed };
}
const postJson = (path: string, text: string, headers: Record<string, string> = {}) =>
  post(path, text, { 'content-type': 'application/json', accept: 'application/json', ...headers });

const uidOf = (type: string) => `api::${type}.${type}`;
async function countAll(): Promise<Record<string, number>> {
  const counts = await Promise.all(INTAKE_TYPES.map((type) => cms.strapi.db.query(uidOf(type)).count()));
  return Object.fromEntries(INTAKE_TYPES.map((type, index) => [type, Number(counts[index])]));
}

const shortly = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);

/** Strapi's JSON parser refuses a body with a `__proto__` key anywhere, before the form is read. */
function hasPrototypeKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).includes('__proto__') || Object.values(value).some(hasPrototypeKey);
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const limitsFor = (form: PublicForm, values: Record<string, unknown>) =>
  form === 'project-proposal' && values.projectCallDocumentId === openCall.documentId ? openCall.limits : undefined;

/** What the CMS must answer: refuse the whole post, thank a bot, name the fields to change, or store it. */
type Expected = { kind: 'refused-whole' } | { kind: 'honeypot' } | { kind: 'fields'; keys: string[] } | { kind: 'stored' } | { kind: 'unpredictable' };

function expectedFor(form: PublicForm, values: Record<string, unknown>, locale: Locale, honeypot: boolean): Expected {
  if (honeypot) return { kind: 'honeypot' };
  const validation = validateIntake(form, values, fieldMessages(locale), limitsFor(form, values));
  if (!validation.ok) return { kind: 'fields', keys: Object.keys(validation.errors).sort() };
  // A proposal for a call that is not open is valid by the schema and refused by the CMS.
  if (form === 'project-proposal' && !limitsFor(form, values)) return { kind: 'fields', keys: ['projectCallDocumentId'] };
  return { kind: 'stored' };
}

function expectedForJson(form: PublicForm, text: string): Expected {
  if (Buffer.byteLength(text) > INTAKE_LIMITS.textBodyBytes) return { kind: 'refused-whole' };
  const sent = parseJson(text, z.unknown());
  if (!isRecord(sent) || hasPrototypeKey(sent)) return { kind: 'refused-whole' };
  // Nesting no form has is refused before any field is read (global::json-depth).
  if (depthExceeds(sent, MAX_JSON_DEPTH)) return { kind: 'refused-whole' };
  return expectedFor(form, sent, localeOf(sent), fillsHoneypot(sent));
}

/** The problem with one JSON answer, or undefined when it is what the CMS must answer. */
function problemWithJsonAnswer(expected: Expected, answer: Answer): string | undefined {
  if (answer.status >= 500) return `server error ${answer.status}`;
  const fields = answer.body?.error?.fields;
  const fieldNames = Object.keys(fields ?? {}).sort();
  if (answer.status >= 400 && (fieldNames.length === 0 || Object.values(fields!).some((message) => typeof message !== 'string' || message === ''))) {
    return `refusal ${answer.status} without a message per field`;
  }
  switch (expected.kind) {
    case 'refused-whole':
      return answer.status >= 400 && fieldNames.includes('form') ? undefined : `expected the whole post refused, got ${answer.status} ${fieldNames.join()}`;
    case 'honeypot':
      return answer.status === 201 ? undefined : `the honeypot answered ${answer.status}`;
    case 'fields':
      return answer.status === 422 && fieldNames.join() === expected.keys.join()
        ? undefined
        : `expected 422 on ${expected.keys.join()}, got ${answer.status} on ${fieldNames.join()}`;
    case 'stored':
      return answer.status === 201 && answer.body?.reference ? undefined : `a valid submission answered ${answer.status} ${fieldNames.join()}`;
    case 'unpredictable':
      return undefined;
  }
}

async function problemWithStored(form: PublicForm, reference: string): Promise<string | undefined> {
  const record = storedRecord.nullable().parse(await cms.strapi.db.query(uidOf(form)).findOne({ where: { reference } }));
  if (!record) return `answered ${reference} but stored nothing`;
  if (record.caseStatus !== INITIAL_STATUS[form] || record.channel !== 'web' || record.consentVersion !== CONSENT_VERSION) {
    return 'a submission set fields that only the CMS sets (status, channel or consent version)';
  }
  return undefined;
}

function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && probe.isAdmin === undefined && probe.value === undefined && probe.x === undefined;
}

/** Sends one batch in parallel, checks every answer against its prediction and the counts in the database. */
async function checkBatch(form: PublicForm, posts: { expected: Expected; send: () => Promise<Answer>; shown: string }[]) {
  const before = await countAll();
  const answers = await Promise.all(posts.map((one) => one.send()));
  let stored = 0;
  for (const [index, answer] of answers.entries()) {
    const { expected, shown } = posts[index]!;
    const reference = storedReference(expected, answer);
    const problem = problemWithAnswer(expected, answer) ?? (reference ? await problemWithStored(form, reference) : undefined);
    if (problem) throw new Error(`${problem} for ${shortly(shown)}`);
    if (reference) stored += 1;
  }
  expect(await countAll(), 'records stored by this batch').toEqual({ ...before, [form]: before[form]! + stored });
  expect(prototypeIsClean(), 'Object.prototype was polluted').toBe(true);
  return stored;

  function problemWithAnswer(expected: Expected, answer: Answer) {
    return answer.location === null ? problemWithJsonAnswer(expected, answer) : problemWithPageAnswer(expected, answer);
  }
}

function referenceOf(answer: Answer): string | undefined {
  if (answer.location) return new URL(answer.location, cms.url).searchParams.get('reference') ?? undefined;
  return answer.body?.reference;
}

/** The reference of the record this answer says was stored, if any. */
function storedReference(expected: Expected, answer: Answer): string | undefined {
  if (expected.kind === 'stored') return referenceOf(answer);
  if (expected.kind !== 'unpredictable' || ![201, 303].includes(answer.status)) return undefined;
  const reference = referenceOf(answer);
  return reference === 'CB-THANKS' ? undefined : reference;
}

/** A browser without JavaScript: a 303 to the thank-you page or back to the form, or a refusal page. */
function problemWithPageAnswer(expected: Expected, answer: Answer): string | undefined {
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (answer.status !== 303) return expected.kind === 'refused-whole' && answer.status >= 400 ? undefined : `expected a 303, got ${answer.status}`;
  const location = new URL(answer.location!, cms.url);
  const thanked = location.pathname.startsWith('/api/intake/thank-you/');
  switch (expected.kind) {
    case 'refused-whole':
      return `expected the whole post refused, got 303 to ${location.pathname}`;
    case 'fields':
      return /\/attempts\/[^/]+$/.test(location.pathname) ? undefined : `expected the form again, got 303 to ${location.pathname}`;
    case 'unpredictable':
      return undefined;
    case 'honeypot':
    case 'stored':
      return thanked && /^CB-/.test(location.searchParams.get('reference') ?? '') ? undefined : `expected the thank-you page, got 303 to ${location.pathname}`;
  }
}

describe.each(PUBLIC_FORMS)('hostile JSON posted as a %s', (form) => {
  it(`answers ${JSON_PAYLOADS_PER_FORM} hostile submissions without a server error, with field errors, and stores only the valid ones`, async () => {
    let sent = 0;
    let validByChance = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostileSubmission(form, context), { minLength: BATCH, maxLength: BATCH }), async (payloads) => {
        const posts = payloads.map((payload) => {
          const text = JSON.stringify(payload);
          return { expected: expectedForJson(form, text), send: () => postJson(INTAKE_PATHS[form], text), shown: text };
        });
        sent += posts.length;
        validByChance += await checkBatch(form, posts);
      }),
      { numRuns: JSON_PAYLOADS_PER_FORM / BATCH },
    );
    expect(sent).toBe(JSON_PAYLOADS_PER_FORM);
    // Most payloads must really be wrong, or the test would prove little.
    expect(validByChance).toBeLessThan(JSON_PAYLOADS_PER_FORM / 4);
  }, 300_000);
});

/** Names the test can follow through the body parser exactly: plain names and the first budget lines. */
const FOLLOWED_NAME = /^([A-Za-z]+|budgetLines\[[01]\]\[(label|amount)\])$/;
const UNSAFE_NAME = /__proto__|constructor|prototype/;

function expectedForPosted(form: PublicForm, encoded: string): Expected {
  if (Buffer.byteLength(encoded) > INTAKE_LIMITS.textBodyBytes) return { kind: 'refused-whole' };
  const received = [...new URLSearchParams(encoded)];
  // Names the parser reshapes (brackets, prototype keys) are judged by the answers alone.
  if (received.some(([name]) => !FOLLOWED_NAME.test(name) || UNSAFE_NAME.test(name))) return { kind: 'unpredictable' };
  const posted: PostedFields = {};
  for (const [name, value] of received) {
    const earlier = posted[name];
    posted[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  const last = (value: string | string[] | undefined) => (Array.isArray(value) ? value.at(-1) : value);
  const postedLocale = last(posted.locale);
  const website = last(posted.website);
  return expectedFor(form, fromPostedFields(form, posted), isLocale(postedLocale) ? postedLocale : 'nl', typeof website === 'string' && website.trim() !== '');
}

describe.each(PUBLIC_FORMS)('hostile plain form posts (no JavaScript) of a %s', (form) => {
  it(`answers ${POSTED_FORMS_PER_FORM} hostile posts with a page, a redirect or field errors, never a server error, and stores only the valid ones`, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostilePostedForm(form, context), fc.boolean()), { minLength: BATCH, maxLength: BATCH }), async (forms) => {
        const posts = forms.map(([fields, asBrowser]) => {
          const encoded = new URLSearchParams(fields).toString();
          const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: asBrowser ? 'text/html' : 'application/json' };
          return {
            expected: expectedForPosted(form, encoded),
            send: () => post(INTAKE_PATHS[form], encoded, headers),
            shown: `${asBrowser ? 'as a browser' : 'asking JSON'}: ${encoded}`,
          };
        });
        sent += posts.length;
        await checkBatch(form, posts);
      }),
      { numRuns: POSTED_FORMS_PER_FORM / BATCH },
    );
    expect(sent).toBe(POSTED_FORMS_PER_FORM);
  }, 300_000);
});

describe('bodies that are not a form at all', () => {
  const refusals = [
    ['JSON that is not an object', ['null', '42', '"text"', 'true', '[]', '[{"consent":true}]', '{}']],
    ['JSON that does not parse', ['{"consent":', '{consent: true}', "{'a':1}", '\u0000', '{"a":"\\ud800"', '{"a":1}}', ']', '']],
  ] as const;

  it.each(refusals)('answers %s with a field-level error, never a server error', async (_kind, texts) => {
    const before = await countAll();
    for (const text of texts) {
      const answer = await postJson('help-requests', text);
      expect(answer.status, text).toBeGreaterThanOrEqual(400);
      expect(answer.status, text).toBeLessThan(500);
      expect(Object.keys(answer.body?.error?.fields ?? {}).length, `${answer.status} for ${text}`).toBeGreaterThan(0);
    }
    expect(await countAll()).toEqual(before);
  });

  it('answers invalid UTF-8, wrong content types and a body of unknown length without a server error', async () => {
    const before = await countAll();
    const invalidUtf8 = await fetch(`${cms.url}/api/intake/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"contactName":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]),
    });
    expect(invalidUtf8.status).toBeGreaterThanOrEqual(400);
    expect(invalidUtf8.status).toBeLessThan(500);
    let created = 0;
    for (const contentType of ['text/plain', 'application/xml', 'application/octet-stream', 'application/json; charset=utf-16', 'multipart/form-data']) {
      const answer = await postJson('help-requests', JSON.stringify(validSubmission('help-request', 100 + created)), { 'content-type': contentType });
      expect(answer.status, contentType).toBeLessThan(500);
      if (answer.status === 201) created += 1;
      else expect(Object.keys(answer.body?.error?.fields ?? {}), contentType).toContain('form');
    }
    const streamed = await fetch(`${cms.url}/api/intake/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([JSON.stringify(validSubmission('help-request', 200))]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBeLessThan(500);
    if (streamed.status === 201) created += 1;
    expect(await countAll()).toEqual({ ...before, 'help-request': before['help-request']! + created });
  });

  it('refuses oversize bodies with a clear error and stores nothing', async () => {
    const before = await countAll();
    for (const bytes of [INTAKE_LIMITS.textBodyBytes + 1, 2 * 1024 * 1024, 12 * 1024 * 1024]) {
      const body = { ...validSubmission('help-request', 7), description: '' };
      const text = JSON.stringify({ ...body, description: 'x'.repeat(bytes - JSON.stringify(body).length) });
      expect(Buffer.byteLength(text)).toBe(bytes);
      const answer = await postJson('help-requests', text);
      expect(answer.status, `${bytes} bytes`).toBe(413);
      expect(Object.keys(answer.body?.error?.fields ?? {}), `${bytes} bytes`).toContain('form');
    }
    expect(await countAll()).toEqual(before);
  });

  it('ignores an idempotency key that is not one, and never fails on it', async () => {
    const before = await countAll();
    const keys = ['', 'short', 'x'.repeat(101), 'a b c d e f g h', '../../etc/passwd', "' OR 1=1 --", '%00%00%00%00%00', 'ключ-ключ-ключ'];
    for (const [index, key] of keys.entries()) {
      const answer = await postJson('story-submissions', JSON.stringify(validSubmission('story-submission', 900_000 + index)), {
        'idempotency-key': encodeURIComponent(key),
      });
      expect(answer.status, key).toBe(201);
    }
    expect((await countAll())['story-submission']).toBe(before['story-submission']! + keys.length);
  });
});

describe('a name that carries a message', () => {
  const MESSAGES = [
    'client. URGENT: your benefits stop today, confirm at https://evil.example/login',
    'Marie\nURGENT: confirm at evil.example/login',
    'Marie www.evil.example',
    'pay-now@evil.example',
    'Marie\u202Eelpmaxe.live',
    '\u200B\u200B',
    // Issue 10, item 7: whatever the top-level domain or the dot, a spelled-out email, an invisible joiner.
    'Jan. DRINGEND bevestig op mijnpensioen.brussels',
    'Jan zie 217.160.0.1/x',
    'Jan zie pension．be',
    'jan(at)evil',
    'Ja\u034Fn',
  ];
  /** What none of the messages may show up as, in an answer or a mail. */
  const TRACES = ['evil', 'DRINGEND', 'mijnpensioen', '217.160', 'pension', '\u034F'];
  const NAME_FIELDS: Record<PublicForm, { field: string; extra?: Record<string, unknown> }[]> = {
    'help-request': [{ field: 'contactName' }, { field: 'beneficiaryName', extra: { forWhom: 'someone-else' } }],
    'help-offer': [{ field: 'contactName' }, { field: 'organisationName', extra: { offerAs: 'organisation' } }],
    'story-submission': [{ field: 'contactName' }, { field: 'publishAs' }],
    'project-proposal': [{ field: 'contactName' }, { field: 'organisationName', extra: { applicantType: 'organisation', enterpriseNumber: '0417.497.106' } }],
  };
  const victim = 'victim@example.org';

  it.each(PUBLIC_FORMS)('is refused on every name field of a %s, with the field message in each language, stored and mailed nowhere', async (form) => {
    const before = await countAll();
    for (const { field, extra } of NAME_FIELDS[form]) {
      for (const message of MESSAGES) {
        for (const locale of ['nl', 'fr', 'en'] as const) {
          const body = { ...validSubmission(form, keyCounter, context, locale), ...extra, email: victim, [field]: message };
          const answer = await postJson(INTAKE_PATHS[form], JSON.stringify(body));
          expect(answer.status, `${form}.${field} ${JSON.stringify(message)}`).toBe(422);
          expect(answer.body?.error?.fields?.[field]).toBe(fieldMessage('name', locale));
          for (const trace of TRACES) expect(JSON.stringify(answer.body)).not.toContain(trace);
        }
      }
    }
    expect(await countAll()).toEqual(before);
    expect(catcher.mails.filter((mail) => TRACES.some((trace) => JSON.stringify(mail).includes(trace)))).toEqual([]);
  });
});
