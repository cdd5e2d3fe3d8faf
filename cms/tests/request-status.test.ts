import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { colon, HELP_REQUEST_STATUSES, LOCALES, requestStatusText, routes, type Locale, type RequestStatus } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { captureOutput } from './helpers/output';
import { rawRequest, type RawAnswer } from './helpers/raw-http';
import { REQUEST_DEFAULTS } from './helpers/records';
import { STATUS_REFERENCE_WINDOWS_TABLE } from '../src/api/intake/request/state-tables';
import { confirmation } from '../src/notifications/templates/confirmation';

/**
 * Status by reference, without an account (issue 14): a plain form post with a reference and the
 * last four digits of a phone number (or the part of an email address before the @) is answered
 * with the request's state in plain words, and with one and the same page for every look-up that
 * cannot be answered (a wrong pair, an unknown reference, an anonymised request, a reference whose
 * tries are spent). Real Strapi, real HTTP, each client a loopback address of its own.
 */

const PER_CLIENT = 40;
const PER_REFERENCE = 5;

let cms: TestCms;
let output: ReturnType<typeof captureOutput>;
let logged: string[];

beforeAll(async () => {
  cms = await startCms({
    LOG_LEVEL: 'http',
    STAFF_NOTIFICATION_EMAIL: '',
    STATUS_LOOKUP_RATE_LIMIT_MAX: String(PER_CLIENT),
    STATUS_LOOKUP_TRIES_PER_REFERENCE: String(PER_REFERENCE),
    SITE_URL: 'http://127.0.0.1:4321',
  });
  output = captureOutput(cms.strapi);
  logged = output.lines;
}, 120_000);
afterAll(async () => {
  output?.restore();
  await cms?.stop();
});

/** A fresh client address for each use: the per-client limit is tested on its own. */
let nextClient = 0;
const freshClient = () => {
  nextClient += 1;
  return `127.0.${2 + Math.floor(nextClient / 250)}.${1 + (nextClient % 250)}`;
};

function lookUp(fields: Record<string, string>, { locale = 'en', from = freshClient(), headers = {} as Record<string, string> } = {}): Promise<RawAnswer> {
  const body = new URLSearchParams({ locale, ...fields }).toString();
  return rawRequest(cms.url, {
    method: 'POST',
    path: `/api/request-status?locale=${locale}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), accept: 'text/html', ...headers },
    body,
    from,
  });
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const randomReference = () => `CB-${Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('')}`;

interface Person {
  reference: string;
  phone: string;
  email: string;
  contactName: string;
}

async function storeRequest(overrides: Partial<Person> & { caseStatus?: RequestStatus; anonymisedAt?: string } = {}): Promise<Person> {
  const person: Person = {
    reference: randomReference(),
    phone: '02 555 44 33',
    email: 'Josiane.Leclercq@example.org',
    contactName: 'Josiane Leclercq',
    ...overrides,
  };
  await cms.strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      ...person,
      caseStatus: overrides.caseStatus ?? 'new',
      description: 'Ik zou graag wekelijks samen wandelen.',
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      ...(overrides.anonymisedAt ? { anonymisedAt: overrides.anonymisedAt } : {}),
    },
  });
  return person;
}

async function setStatus(reference: string, caseStatus: RequestStatus): Promise<void> {
  await cms.strapi.db.query('api::help-request.help-request').update({ where: { reference }, data: { caseStatus } });
}

/** Headers that may differ between two answers of the same content: the time they were sent. */
const headersApartFromDate = (answer: RawAnswer) => Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'date'));

async function platformPhone(locale: Locale): Promise<string | undefined> {
  const global = await cms.strapi.documents('api::global.global').findFirst({ locale, status: 'published', fields: ['phoneNumber'] });
  return global?.phoneNumber || undefined;
}

describe('the status page’s look-up', () => {
  it('tells the state of a request in plain words, in each locale and for each state, to its reference with the phone’s last 4 digits or the email before the @', async () => {
    const person = await storeRequest();
    const stateOf: Record<RequestStatus, string> = {
      new: 'received',
      'in-progress': 'being-looked-at',
      matched: 'someone-found',
      referred: 'initiative-suggested',
      closed: 'closed',
    };
    for (const status of HELP_REQUEST_STATUSES) {
      await setStatus(person.reference, status);
      for (const locale of LOCALES) {
        const t = requestStatusText(locale);
        const state = t.states[stateOf[status] as keyof typeof t.states];
        // As people type it: lower case, without the dash; and the email part in another case.
        const typedReference = person.reference.toLowerCase().replace('-', ' ');
        for (const check of ['4433', ' 44 33 ', 'josiane.leclercq', 'JOSIANE.Leclercq@example.org']) {
          const answer = await lookUp({ reference: typedReference, check }, { locale });
          expect(answer.status, `${status} ${locale} ${check}`).toBe(200);
          expect(answer.headers['content-type']).toMatch(/^text\/html/);
          expect(answer.headers['cache-control']).toBe('no-store');
          expect(answer.text).toContain(`<html lang="${locale === 'en' ? 'en' : `${locale}-BE`}">`);
          expect(answer.text).toContain(`data-state="${stateOf[status]}"`);
          expect(answer.text).toContain(`<p class="state">${escapeText(state.label)}</p>`);
          expect(answer.text).toContain(escapeText(state.body));
          const phone = await platformPhone(locale);
          if (phone) expect(answer.text).toContain(phone);
          // Nothing personal, not even the reference typed.
          for (const secret of [person.contactName, 'Leclercq', 'josiane', '555 44 33', '4433', person.reference, person.reference.slice(3)])
            expect(answer.text.toLowerCase()).not.toContain(secret.toLowerCase());
          expect(answer.text).not.toMatch(/<script|<link|src=/);
        }
      }
    }
  });

  it('gives a wrong pair, an unknown reference and an anonymised request the same answer: same status, same bytes, same headers but the date', async () => {
    const person = await storeRequest();
    const anonymised = await storeRequest({ anonymisedAt: new Date().toISOString() });
    const emailOnly = await storeRequest({ phone: '' });
    for (const locale of LOCALES) {
      const answers = [
        await lookUp({ reference: person.reference, check: '4434' }, { locale }),
        await lookUp({ reference: person.reference, check: 'josiane' }, { locale }),
        await lookUp({ reference: randomReference(), check: '4433' }, { locale }),
        await lookUp({ reference: randomReference(), check: 'josiane.leclercq' }, { locale }),
        await lookUp({ reference: anonymised.reference, check: '4433' }, { locale }),
        // No phone on record: no four digits open it, not even those of an empty number.
        await lookUp({ reference: emailOnly.reference, check: '0000' }, { locale }),
      ];
      const [first, ...rest] = answers;
      expect(first!.status).toBe(200);
      expect(first!.text).toContain(escapeText(requestStatusText(locale).unknownTitle));
      expect(first!.text).not.toContain('data-state=');
      for (const answer of rest) {
        expect(answer.status).toBe(first!.status);
        expect(answer.text).toBe(first!.text);
        expect(headersApartFromDate(answer)).toEqual(headersApartFromDate(first!));
      }
    }
  });

  /**
   * Timing: a wrong pair and an unknown reference must cost the same. Absolute times are never
   * asserted (the machine is shared and its speed varies); the two kinds are sent alternately, after
   * a warm-up, so that whatever slows the machine down slows both alike, and compared by their
   * distributions. The medians (robust to the outliers a shared machine produces) must differ by
   * less than the interquartile range of either kind: the difference is inside the spread that
   * each kind shows on its own, i.e. within noise. A path that skipped the query or the
   * comparison for unknown references would shift one distribution as a whole rather than
   * widen it; the same check also bounds the difference of the means of the middle halves.
   */
  it('takes as long for a wrong pair as for an unknown reference: the difference of the medians is within the spread of either', async () => {
    const tries = 160;
    const triesPerReference = PER_REFERENCE - 1;
    const known: Person[] = [];
    for (let index = 0; index <= Math.ceil(tries / triesPerReference); index++) known.push(await storeRequest());
    const clients = Array.from({ length: Math.ceil((tries * 2 + 40) / (PER_CLIENT - 5)) + 1 }, () => freshClient());
    const timed = async (index: number, fields: Record<string, string>): Promise<number> => {
      const started = process.hrtime.bigint();
      const answer = await lookUp(fields, { from: clients[index % clients.length]! });
      const took = Number(process.hrtime.bigint() - started) / 1e6;
      expect(answer.status).toBe(200);
      return took;
    };
    const wrongPair = (index: number) => ({ reference: known[Math.floor(index / triesPerReference)]!.reference, check: String(1000 + (index % 9000)) });
    const unknown = () => ({ reference: randomReference(), check: '4433' });

    for (let index = 0; index < 20; index++) await timed(index, index % 2 === 0 ? unknown() : { reference: known.at(-1)!.reference, check: '4433' });
    const wrong: number[] = [];
    const absent: number[] = [];
    for (let index = 0; index < tries; index++) {
      // Alternate, and swap which kind goes first every other pair.
      const order = index % 2 === 0 ? (['wrong', 'absent'] as const) : (['absent', 'wrong'] as const);
      for (const kind of order) {
        if (kind === 'wrong') wrong.push(await timed(index * 2, wrongPair(index)));
        else absent.push(await timed(index * 2 + 1, unknown()));
      }
    }
    const a = summary(wrong);
    const b = summary(absent);
    const spread = Math.max(a.iqr, b.iqr);
    const report = `wrong pair: median ${a.median.toFixed(2)} ms, IQR ${a.iqr.toFixed(2)}; unknown: median ${b.median.toFixed(2)} ms, IQR ${b.iqr.toFixed(2)}`;
    console.info(`Status look-up timing, ${tries} of each kind: ${report}`);
    expect(Math.abs(a.median - b.median), report).toBeLessThan(spread);
    expect(Math.abs(a.midMean - b.midMean), report).toBeLessThan(spread);
  }, 120_000);

  it('takes at most 5 wrong tries per reference across all clients, then answers nothing even to the right pair until the window ends; right tries use up nothing', async () => {
    const person = await storeRequest({ caseStatus: 'in-progress' });
    const right = { reference: person.reference, check: '4433' };
    for (let index = 0; index < PER_REFERENCE + 2; index++) expect((await lookUp(right)).text).toContain('data-state="being-looked-at"');

    const unknownPage = (await lookUp({ reference: randomReference(), check: '1111' })).text;
    // Sent at once from different clients: each is counted, none slips through uncounted.
    const wrongTries = await Promise.all(
      Array.from({ length: PER_REFERENCE + 3 }, (_, index) => lookUp({ reference: person.reference, check: `${1000 + index}` })),
    );
    for (const answer of wrongTries) expect(answer.text).toBe(unknownPage);
    const locked = await lookUp(right);
    expect(locked.status).toBe(200);
    expect(locked.text).toBe(unknownPage);

    // The reference is not kept in the counter's table, only a digest of it.
    const rows = z
      .array(z.object({ client_key: z.string(), posts: z.coerce.number() }))
      .parse(await cms.strapi.db.connection(STATUS_REFERENCE_WINDOWS_TABLE).select('client_key', 'posts'));
    expect(rows.some((row) => row.client_key.includes(person.reference) || row.client_key.includes(person.reference.slice(3)))).toBe(false);
    expect(rows.some((row) => Number(row.posts) >= PER_REFERENCE + 3)).toBe(true);

    // Once the window has ended (made to end here, rather than waiting an hour), the person gets their answer again.
    await cms.strapi.db.connection(STATUS_REFERENCE_WINDOWS_TABLE).update({ window_ends_at: Date.now() - 1 });
    expect((await lookUp(right)).text).toContain('data-state="being-looked-at"');
    // Another reference was never held up by this one's tries.
    const other = await storeRequest({ caseStatus: 'matched' });
    expect((await lookUp({ reference: other.reference, check: 'josiane.leclercq' })).text).toContain('data-state="someone-found"');
  });

  it('limits look-ups per client address with a localized page and Retry-After; other addresses go on', async () => {
    const person = await storeRequest();
    const from = freshClient();
    for (let index = 0; index < PER_CLIENT; index++)
      expect((await lookUp({ reference: randomReference(), check: '1234' }, { from })).status, `look-up ${index + 1}`).toBe(200);
    for (const locale of LOCALES) {
      const limited = await lookUp({ reference: person.reference, check: '4433' }, { from, locale });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.text).toContain(escapeText(requestStatusText(locale).waitTitle));
      expect(limited.text).not.toContain('data-state=');
    }
    expect((await lookUp({ reference: person.reference, check: '4433' })).text).toContain('data-state="received"');
  });

  it('answers a malformed reference or a missing or ill-formed check value with the form again, a localized message on that field, and nothing typed echoed', async () => {
    const cases: { fields: Record<string, string>; problems: Partial<Record<'reference' | 'check', string>> }[] = [
      { fields: { reference: '', check: '' }, problems: { reference: 'reference-missing', check: 'check-missing' } },
      // (Values that the page's own hints do not contain: the hints show CB-7KQ4M2 and 4433 as examples.)
      { fields: { reference: 'XQ-<script>zz', check: '5817' }, problems: { reference: 'reference-malformed' } },
      { fields: { reference: 'CB-9ZZ9ZZ', check: '12' }, problems: { check: 'check-malformed' } },
      { fields: { reference: 'CB-9ZZ9ZZ', check: 'a b"><img>' }, problems: { check: 'check-malformed' } },
      { fields: { reference: 'CB-0OIL11', check: '' }, problems: { reference: 'reference-malformed', check: 'check-missing' } },
    ];
    for (const locale of LOCALES) {
      const t = requestStatusText(locale);
      for (const { fields, problems } of cases) {
        const answer = await lookUp(fields, { locale });
        expect(answer.status, JSON.stringify(fields)).toBe(422);
        for (const field of ['reference', 'check'] as const) {
          const problem = problems[field] as keyof typeof t.problems | undefined;
          const input = new RegExp(`<input type="text" id="status-${field}"[^>]*>`).exec(answer.text)?.[0] ?? '';
          expect(input).not.toContain('value=');
          if (problem) {
            expect(answer.text).toContain(`<p class="error" id="status-${field}-error">${escapeText(t.problems[problem])}</p>`);
            expect(input).toContain('aria-invalid="true"');
            expect(input).toContain(`aria-describedby="status-${field}-hint status-${field}-error"`);
          } else {
            expect(input).not.toContain('aria-invalid');
          }
        }
        // The page's own style sheet is left out: its figures are no echo.
        const shown = answer.text.replace(/<style>[\s\S]*?<\/style>/, '');
        for (const typed of Object.values(fields).filter(Boolean)) expect(shown).not.toContain(typed);
        expect(answer.text).not.toContain('<script>');
      }
    }
  });

  it('refuses a look-up posted from a page on another site', async () => {
    const answer = await lookUp(
      { reference: 'CB-7KQ4M2', check: '4433' },
      { locale: 'fr', headers: { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' } },
    );
    expect(answer.status).toBe(403);
    expect(answer.text).toContain(escapeText(requestStatusText('fr').otherSiteTitle));
  });

  it('leaves neither the reference nor the check value in any log line', async () => {
    const person = await storeRequest({ phone: '0470 98 71 62', email: 'griselda.vdb@example.org' });
    logged.length = 0;
    await lookUp({ reference: person.reference, check: '7162' });
    await lookUp({ reference: person.reference, check: 'griselda.vdb' });
    await lookUp({ reference: person.reference, check: '9999' });
    await lookUp({ reference: `x${person.reference}`, check: 'griselda.vdb@@' });
    const text = logged.join('\n');
    expect(text).toContain('POST /api/request-status');
    for (const secret of [person.reference, person.reference.slice(3), '7162', 'griselda', '9999', '98 71 62']) expect(text).not.toContain(secret);
  });
});

describe('where the reference is given, the status page is offered', () => {
  it('on the help request’s thank-you page without JavaScript, in each locale', async () => {
    for (const locale of LOCALES) {
      const page = await fetch(`${cms.url}/api/intake/thank-you/help-requests?locale=${locale}&reference=CB-7KQ4M2`);
      expect(await page.text()).toContain(`<a href="${routes.requestStatus(locale)}">${escapeText(requestStatusText(locale).followRequest)}</a>`);
    }
  });

  it('in the help request’s confirmation mail, with the site’s address of the page in the person’s language', () => {
    const mail = confirmation(
      {
        form: 'help-request',
        documentId: 'x',
        reference: 'CB-7KQ4M2',
        channel: 'web',
        formLocale: 'fr',
        contactName: 'Josiane',
        hasPhone: true,
        facts: {},
        categories: [],
        municipalities: [],
        languages: [],
        anywhereInBrussels: false,
      },
      {},
      'http://127.0.0.1:4321',
    );
    expect(mail.text).toContain(`${requestStatusText('fr').followRequest}${colon('fr')}\nhttp://127.0.0.1:4321${routes.requestStatus('fr')}`);
  });
});

function summary(samples: readonly number[]): { median: number; iqr: number; midMean: number } {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low]! + (sorted[Math.ceil(position)]! - sorted[low]!) * (position - low);
  };
  const middle = sorted.slice(Math.floor(sorted.length / 4), Math.ceil((sorted.length * 3) / 4));
  return { median: at(0.5), iqr: at(0.75) - at(0.25), midMean: middle.reduce((sum, value) => sum + value, 0) / middle.length };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
