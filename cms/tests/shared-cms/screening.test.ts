import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSED_OFFER_STATUSES,
  CODE_OF_CONDUCT_VERSION,
  INFORMATION_NOTE_VERSION,
  VOLUNTEER_PAGE_KEYS,
  routes,
  screeningExpiresAt,
  screeningStateOf,
  type Locale,
} from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { sharedCms, type TestCms } from '../helpers/cms';
import { backOfficeError, intakeRefusal, readJson, referenceAnswer } from '../helpers/http';
import { validSubmission } from '../helpers/intake-payloads';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS } from '../helpers/records';
import { staffFetch, staffToken } from '../helpers/staff';
import { taxonomyIndex } from '../../src/bootstrap/taxonomies';
import { configOf } from '../../src/config';
import { staffText, type StaffTextId } from '../../src/staff-texts';
import { offerScreeningOf, SCREENING_FIELDS, SCREENING_POPULATE } from '../../src/matching/screening';
import { getService } from '../../src/plugins/back-office/server/get-service';

/**
 * Screening before any match (issue 14): an offer starts "to screen", staff record the screening in the
 * back office, and only then is it suggested or matchable; a screening holds SCREENING_VALID_MONTHS; an
 * organisation's offers count once staff checked the organisation. The offer form records the code of
 * conduct the volunteer accepted, by its version. Real Strapi, real roles, real HTTP.
 */

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let terms: Record<string, Map<string, string>>;
let counter = 0;

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const today = () => new Date().toISOString().slice(0, 10);
const ids = (taxonomy: string, codes: string[]) => codes.map((code) => terms[taxonomy]!.get(code)!);

/** Each test works in a municipality of its own, so that other tests' offers do not crowd its suggestions. */
async function helpRequest(municipality: string) {
  counter += 1;
  return cms.strapi.documents(REQUEST).create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-SCR${String(counter).padStart(3, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: `Requester ${counter}`,
      description: 'Would like a walk now and then',
      categories: ids('help-category', ['walking']),
      municipality: ids('municipality', [municipality])[0],
      languages: ids('spoken-language', ['nl']),
    },
  });
}

async function helpOffer(municipality: string, organisationName?: string) {
  counter += 1;
  return cms.strapi.documents(OFFER).create({
    data: {
      ...OFFER_DEFAULTS,
      ...(organisationName ? { offerAs: 'organisation' as const, organisationName } : {}),
      reference: `CB-SCR${String(counter).padStart(3, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: `Volunteer ${counter}`,
      description: 'Happy to walk',
      caseStatus: 'available',
      categories: ids('help-category', ['walking']),
      municipalities: ids('municipality', [municipality]),
      languages: ids('spoken-language', ['nl']),
    },
  });
}

const suggestionsSchema = z.looseObject({ offers: z.array(z.looseObject({ documentId: z.string() })) });
async function suggestedOffers(requestId: string): Promise<string[]> {
  const suggestions = await readJson(await asBackOffice(`/back-office/requests/${requestId}/suggestions`), suggestionsSchema);
  return suggestions.offers.map((offer) => offer.documentId);
}

const match = (helpRequest: string, helpOffer: string, locale: Locale = 'en') =>
  asBackOffice('/back-office/matches', { method: 'POST', body: { helpRequest, helpOffer }, headers: { 'accept-language': locale } });

const screeningBody = (overrides: Record<string, unknown> = {}) => ({
  conversationOn: today(),
  references: 'checked',
  codeOfConductAccepted: true,
  informationNoteLocale: 'fr',
  ...overrides,
});
const screen = (offerId: string, body: unknown = screeningBody(), locale: Locale = 'en') =>
  asBackOffice(`/back-office/offers/${offerId}/screening`, { method: 'POST', body, headers: { 'accept-language': locale } });

const screeningView = z.looseObject({
  state: z.enum(['screened', 'organisation-checked', 'to-screen', 'expired']),
  validUntil: z.string().nullable(),
  screening: z
    .looseObject({
      conversationOn: z.string(),
      conversationBy: z.string().nullable(),
      references: z.string().nullable(),
      waiverReason: z.string().nullable(),
      codeOfConductVersion: z.string().nullable(),
      informationNoteLocale: z.string().nullable(),
      informationNoteVersion: z.string().nullable(),
    })
    .nullable(),
  organisationCheck: z.looseObject({ name: z.string(), tiedToThisOffer: z.boolean() }).nullable(),
});
const stateOf = async (offerId: string) => readJson(await asBackOffice(`/back-office/offers/${offerId}/screening`), screeningView);

const timelineKinds = async (offerId: string) =>
  (
    await cms.strapi.documents('api::case-event.case-event').findMany({
      filters: { helpOffer: { documentId: { $eq: offerId } } },
      fields: ['kind', 'authorName'],
    })
  ).map((entry) => `${entry.kind} by ${entry.authorName}`);

beforeAll(async () => {
  cms = await sharedCms();
  terms = await taxonomyIndex(cms.strapi);
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});

afterAll(async () => {
  await cms?.stop();
});

describe('an offer from a person is screened before any match', () => {
  it('is "to screen" at first: never suggested, and the match API refuses it with the reason in the staff member’s language', async () => {
    const request = await helpRequest('jette');
    const offer = await helpOffer('jette');

    expect((await stateOf(offer.documentId)).state).toBe('to-screen');
    expect(await suggestedOffers(request.documentId)).not.toContain(offer.documentId);
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const refused = await match(request.documentId, offer.documentId, locale);
      expect(refused.status).toBe(409);
      const body = await readJson(refused, backOfficeError);
      expect(body.error.message).toBe(staffText(locale, 'screening.match.to-screen'));
      expect(body.error.fields).toEqual({ helpOffer: staffText(locale, 'screening.match.to-screen') });
    }
    expect(await cms.strapi.documents('api::match.match').count({ filters: { helpOffer: { documentId: { $eq: offer.documentId } } } })).toBe(0);
  });

  it('once screened it is suggested and matchable; the screening is kept on the offer and on its timeline', async () => {
    const request = await helpRequest('evere');
    const offer = await helpOffer('evere');

    const screened = await screen(
      offer.documentId,
      screeningBody({ references: 'waived', waiverReason: 'Known to our team for years', note: 'Met at Muntpunt' }),
    );
    expect(screened.status).toBe(200);
    const view = await readJson(screened, screeningView);
    expect(view.state).toBe('screened');
    expect(view.screening).toMatchObject({
      conversationOn: today(),
      conversationBy: expect.stringMatching(/\S/),
      references: 'waived',
      waiverReason: 'Known to our team for years',
      codeOfConductVersion: CODE_OF_CONDUCT_VERSION,
      informationNoteLocale: 'fr',
      informationNoteVersion: INFORMATION_NOTE_VERSION,
    });
    expect(view.validUntil).toBe(`${Number(today().slice(0, 4)) + 2}${today().slice(4)}`);
    expect(await timelineKinds(offer.documentId)).toEqual([`screened by ${view.screening?.conversationBy}`]);

    expect(await suggestedOffers(request.documentId)).toContain(offer.documentId);
    expect((await match(request.documentId, offer.documentId)).status).toBe(201);
  });

  it('holds for SCREENING_VALID_MONTHS (24 by default): a screening moved back past that is refused again, and screening again lets it through', async () => {
    expect(configOf(cms.strapi).screeningValidMonths).toBe(24);
    const request = await helpRequest('ganshoren');
    const offer = await helpOffer('ganshoren');
    expect((await screen(offer.documentId)).status).toBe(200);
    expect(await suggestedOffers(request.documentId)).toContain(offer.documentId);

    const longAgo = new Date();
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 25);
    await cms.strapi.db.query(OFFER).update({ where: { documentId: offer.documentId }, data: { screenedOn: longAgo.toISOString().slice(0, 10) } });

    expect((await stateOf(offer.documentId)).state).toBe('expired');
    expect(await suggestedOffers(request.documentId)).not.toContain(offer.documentId);
    const refused = await match(request.documentId, offer.documentId, 'fr');
    expect(refused.status).toBe(409);
    expect((await readJson(refused, backOfficeError)).error.message).toBe(staffText('fr', 'screening.match.screening-expired'));

    expect((await screen(offer.documentId)).status).toBe(200);
    expect((await match(request.documentId, offer.documentId)).status).toBe(201);
  });
});

describe('an organisation’s offers follow the organisation’s check', () => {
  it('counts once staff mark the organisation as checked; another offer of the same organisation is tied to that check by staff', async () => {
    const request = await helpRequest('berchem-sainte-agathe');
    const first = await helpOffer('berchem-sainte-agathe', 'Les Voisins asbl');
    const second = await helpOffer('berchem-sainte-agathe', ' les voisins  ASBL');
    const before = await suggestedOffers(request.documentId);
    expect(before).not.toContain(first.documentId);
    expect(before).not.toContain(second.documentId);
    expect((await match(request.documentId, first.documentId)).status).toBe(409);

    const checked = await asBackOffice(`/back-office/offers/${first.documentId}/organisation-check`, { method: 'POST', body: {} });
    expect(checked.status).toBe(200);
    expect(await readJson(checked, screeningView)).toMatchObject({
      state: 'organisation-checked',
      organisationCheck: { name: 'Les Voisins asbl', tiedToThisOffer: true },
    });
    expect(await timelineKinds(first.documentId)).toEqual([expect.stringMatching(/^organisation-checked by \S/)]);

    // A name typed on the form borrows nobody's check: the second offer waits until staff tie it.
    expect(await stateOf(second.documentId)).toMatchObject({ state: 'to-screen', organisationCheck: { name: 'Les Voisins asbl', tiedToThisOffer: false } });
    const suggested = await suggestedOffers(request.documentId);
    expect(suggested).toContain(first.documentId);
    expect(suggested).not.toContain(second.documentId);

    expect((await asBackOffice(`/back-office/offers/${second.documentId}/organisation-check`, { method: 'POST', body: {} })).status).toBe(200);
    expect(await cms.strapi.documents('api::organisation-check.organisation-check').count({})).toBe(1);
    expect(await suggestedOffers(request.documentId)).toEqual(expect.arrayContaining([first.documentId, second.documentId]));
    expect((await match(request.documentId, second.documentId)).status).toBe(201);
  });

  it('refuses to check an organisation for a person’s offer, in the staff member’s language', async () => {
    const offer = await helpOffer('koekelberg');
    const refused = await asBackOffice(`/back-office/offers/${offer.documentId}/organisation-check`, {
      method: 'POST',
      body: {},
      headers: { 'accept-language': 'nl' },
    });
    expect(refused.status).toBe(409);
    expect((await readJson(refused, backOfficeError)).error.message).toBe(staffText('nl', 'screening.refused.not-an-organisation'));
    expect((await stateOf(offer.documentId)).state).toBe('to-screen');
  });
});

describe('who may screen', () => {
  it('refuses editors (403) and anonymous callers (401), and stores nothing', async () => {
    const offer = await helpOffer('jette');
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor(`/back-office/offers/${offer.documentId}/screening`, { method: 'POST', body: screeningBody() })).status).toBe(403);
    expect((await asEditor(`/back-office/offers/${offer.documentId}/screening`)).status).toBe(403);
    expect((await asEditor(`/back-office/offers/${offer.documentId}/organisation-check`, { method: 'POST', body: {} })).status).toBe(403);
    const anonymous = await fetch(`${cms.url}/back-office/offers/${offer.documentId}/screening`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(screeningBody()),
    });
    expect(anonymous.status).toBe(401);
    expect((await stateOf(offer.documentId)).state).toBe('to-screen');
    expect(await timelineKinds(offer.documentId)).toEqual([]);
  });
});

describe('a screening staff get wrong', () => {
  it('is answered field by field in the staff member’s language, and stores nothing', async () => {
    const offer = await helpOffer('jette');
    const afterTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [unknown, Record<string, StaffTextId>][] = [
      [
        {},
        {
          conversationOn: 'field.required',
          references: 'field.chooseValid',
          codeOfConductAccepted: 'field.required',
          informationNoteLocale: 'field.chooseValid',
        },
      ],
      [screeningBody({ conversationOn: afterTomorrow }), { conversationOn: 'field.dateNotFuture' }],
      [screeningBody({ conversationOn: '2026-02-30' }), { conversationOn: 'field.date' }],
      [screeningBody({ codeOfConductAccepted: false }), { codeOfConductAccepted: 'field.required' }],
      [screeningBody({ references: 'waived' }), { waiverReason: 'field.required' }],
      [screeningBody({ references: 'waived', waiverReason: '   ' }), { waiverReason: 'field.required' }],
      [
        screeningBody({ references: { $ne: null }, informationNoteLocale: 'de' }),
        { references: 'field.chooseValid', informationNoteLocale: 'field.chooseValid' },
      ],
    ];
    for (const locale of ['nl', 'fr'] as const) {
      for (const [body, problems] of cases) {
        const refused = await screen(offer.documentId, body, locale);
        expect(refused.status, JSON.stringify(body)).toBe(400);
        const fields = (await readJson(refused, backOfficeError)).error.fields;
        expect(fields, JSON.stringify(body)).toEqual(
          Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, staffText(locale, problem)])),
        );
      }
    }
    const tooLong = await screen(offer.documentId, screeningBody({ references: 'waived', waiverReason: 'x'.repeat(2001) }), 'nl');
    expect((await readJson(tooLong, backOfficeError)).error.fields).toEqual({ waiverReason: staffText('nl', 'field.tooLong', { max: 2000 }) });
    expect((await screen('nosuchoffer0000000000000', screeningBody(), 'fr')).status).toBe(404);

    expect((await stateOf(offer.documentId)).state).toBe('to-screen');
    expect(await timelineKinds(offer.documentId)).toEqual([]);
  });
});

describe('the offer form and the code of conduct', () => {
  const offersNamed = (contactName: string) =>
    cms.strapi.documents(OFFER).findMany({ filters: { contactName: { $eq: contactName } }, fields: ['codeOfConductVersion', 'codeOfConductAcceptedAt'] });

  it('the island’s JSON post stores the accepted version, and refuses an offer without it on that field', async () => {
    const accepted = { ...validSubmission('help-offer', 701, {}, 'fr'), contactName: 'Island Volunteer' };
    const stored = await fetch(`${cms.url}/api/intake/help-offers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(accepted),
    });
    expect(stored.status).toBe(201);
    await readJson(stored, referenceAnswer);
    expect(await offersNamed('Island Volunteer')).toMatchObject([
      { codeOfConductVersion: CODE_OF_CONDUCT_VERSION, codeOfConductAcceptedAt: expect.any(String) },
    ]);

    const withoutCode: Record<string, unknown> = { ...validSubmission('help-offer', 702, {}, 'nl'), contactName: 'Island Refuser' };
    delete withoutCode.codeOfConduct;
    const refused = await fetch(`${cms.url}/api/intake/help-offers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(withoutCode),
    });
    expect(refused.status).toBe(422);
    expect((await readJson(refused, intakeRefusal)).error.fields).toEqual({ codeOfConduct: fieldMessage('code-of-conduct', 'nl') });
    expect(await offersNamed('Island Refuser')).toEqual([]);
  });

  it('the form without JavaScript stores the accepted version; without the box it comes back with the message and the links to both pages', async () => {
    const fields = (contactName: string, ticked: boolean) => {
      const posted: [string, string][] = [
        ['offerAs', 'person'],
        ['contactName', contactName],
        ['phone', '02 555 44 33'],
        ['categories', 'walking'],
        ['description', 'Je me promène volontiers.'],
        ['municipalities', 'uccle'],
        ['languages', 'fr'],
        ['frequency', 'weekly'],
        ['consent', 'on'],
        ['website', ''],
      ];
      return new URLSearchParams(ticked ? [...posted, ['codeOfConduct', 'on']] : posted);
    };
    const post = (body: URLSearchParams) =>
      fetch(`${cms.url}/api/intake/help-offers?locale=fr`, { method: 'POST', headers: { accept: 'text/html' }, body, redirect: 'manual' });

    const stored = await post(fields('Sans JS Bénévole', true));
    expect(stored.status).toBe(303);
    expect(stored.headers.get('location')).toMatch(/^\/api\/intake\/thank-you\/help-offers/);
    expect(await offersNamed('Sans JS Bénévole')).toMatchObject([{ codeOfConductVersion: CODE_OF_CONDUCT_VERSION }]);

    const refused = await post(fields('Sans JS Refus', false));
    expect(refused.status).toBe(303);
    const page = await fetch(`${cms.url}${refused.headers.get('location')}`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain(fieldMessage('code-of-conduct', 'fr'));
    for (const key of VOLUNTEER_PAGE_KEYS) expect(html).toContain(`href="${routes.page('fr', key)}"`);
    expect(await offersNamed('Sans JS Refus')).toEqual([]);
  });

  it('the code of conduct and the information note are seeded pages in NL, FR and EN that name their version', async () => {
    for (const [key, version] of [
      ['volunteer-code-of-conduct', CODE_OF_CONDUCT_VERSION],
      ['volunteer-information-note', INFORMATION_NOTE_VERSION],
    ] as const) {
      for (const locale of ['nl', 'fr', 'en']) {
        const page = await cms.strapi
          .documents('api::page.page')
          .findFirst({ locale, status: 'published', filters: { key: { $eq: key } }, fields: ['title', 'body'] });
        expect(page?.title, `${key} ${locale}`).toBeTruthy();
        expect(JSON.stringify(page?.body)).toContain(version);
      }
    }
  });
});

describe('the offers waiting for screening', () => {
  const queueRow = z.looseObject({
    documentId: z.string(),
    reference: z.string(),
    state: z.enum(['to-screen', 'expired']),
    waitingSince: z.string(),
    waitingDays: z.number(),
    contactName: z.string(),
    offerAs: z.string(),
    categories: z.array(z.string()),
    municipalities: z.array(z.string()),
    languages: z.array(z.string()),
  });
  const queue = z.looseObject({
    results: z.array(queueRow),
    counts: z.object({ toScreen: z.number(), expired: z.number(), total: z.number() }),
    pagination: z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number() }),
  });

  /** Every page of the list, as staff page through it. */
  async function wholeQueue(asStaff = asBackOffice) {
    const first = await readJson(await asStaff('/back-office/screening-queue'), queue);
    const rest = [];
    for (let page = 2; page <= first.pagination.pageCount; page += 1) {
      rest.push(...(await readJson(await asStaff(`/back-office/screening-queue?page=${page}`), queue)).results);
    }
    return { counts: first.counts, results: [...first.results, ...rest] };
  }

  it('lists the offers never screened and those whose screening expired, the longest waiting first, with what staff need to call', async () => {
    const waitingLong = await helpOffer('saint-josse');
    const fresh = await helpOffer('saint-josse');
    const expired = await helpOffer('saint-josse');
    const screened = await helpOffer('saint-josse');
    const closed = await helpOffer('saint-josse');
    const organisation = await helpOffer('saint-josse', 'Buren van Sint-Joost vzw');
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000 - 3_600_000);
    await cms.strapi.db.query(OFFER).update({ where: { documentId: waitingLong.documentId }, data: { createdAt: tenDaysAgo } });
    expect((await screen(screened.documentId)).status).toBe(200);
    expect((await screen(expired.documentId)).status).toBe(200);
    const longAgo = new Date();
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 25);
    const screenedOn = longAgo.toISOString().slice(0, 10);
    await cms.strapi.db.query(OFFER).update({ where: { documentId: expired.documentId }, data: { screenedOn } });
    await cms.strapi.db.query(OFFER).update({ where: { documentId: closed.documentId }, data: { caseStatus: 'closed' } });

    const { counts, results } = await wholeQueue();
    const mine = results.filter((row) => row.municipalities.includes('saint-josse'));
    expect(mine.map((row) => row.documentId)).toEqual([expired.documentId, waitingLong.documentId, fresh.documentId, organisation.documentId]);
    expect(mine[0]).toMatchObject({ state: 'expired', reference: expired.reference, contactName: expired.contactName });
    // It waits since its screening stopped holding: 24 months after the conversation, about a month ago.
    expect(mine[0]?.waitingSince.slice(0, 10)).toBe(`${Number(screenedOn.slice(0, 4)) + 2}${screenedOn.slice(4)}`);
    expect(mine[1]).toMatchObject({
      state: 'to-screen',
      reference: waitingLong.reference,
      contactName: waitingLong.contactName,
      waitingDays: 10,
      offerAs: 'person',
      categories: ['walking'],
      languages: ['nl'],
    });
    expect(mine[2]).toMatchObject({ state: 'to-screen', waitingDays: 0 });
    expect(mine[3]).toMatchObject({ state: 'to-screen', offerAs: 'organisation', organisationName: 'Buren van Sint-Joost vzw' });
    expect(counts.total).toBe(results.length);
    expect(counts.toScreen + counts.expired).toBe(counts.total);
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    // Each one agrees with the offer's own screening (the same rule of @cb/domain).
    for (const row of mine) expect((await stateOf(row.documentId)).state).toBe(row.state);

    // Screened again, the offer leaves the list.
    expect((await screen(expired.documentId)).status).toBe(200);
    expect((await wholeQueue()).results.map((row) => row.documentId)).not.toContain(expired.documentId);
  });

  /** The queue as the rule gives it when every open offer is read and judged in memory (as the queue once did): the reference for the database's paging. */
  async function queueByTheRule(now: Date) {
    const rows = await cms.strapi.documents(OFFER).findMany({
      filters: { caseStatus: { $notIn: [...CLOSED_OFFER_STATUSES] }, anonymisedAt: { $null: true } },
      fields: ['reference', 'createdAt', ...SCREENING_FIELDS],
      populate: SCREENING_POPULATE,
    });
    const policy = { now, validMonths: configOf(cms.strapi).screeningValidMonths };
    return rows
      .flatMap((row) => {
        const screening = offerScreeningOf(row);
        const state = screeningStateOf(screening, policy);
        if (state !== 'to-screen' && state !== 'expired') return [];
        const since = state === 'expired' ? screeningExpiresAt(screening.screenedOn ?? '', policy.validMonths).getTime() : Date.parse(String(row.createdAt));
        return [{ documentId: row.documentId, state, since, tie: `${state === 'expired' ? 1 : 0} ${screening.screenedOn ?? ''} ${row.reference ?? ''}` }];
      })
      .sort((first, second) => first.since - second.since || first.tie.localeCompare(second.tie));
  }

  it('pages in the database in the very order the rule gives, on the days a screening ends and across pages', async () => {
    // Screenings ending on a month's last day (29 February 2024 and the 28th both end on 28 February 2026), at the very moment, and a day either side.
    for (const screenedOn of ['2023-12-31', '2024-01-31', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-31', '2025-06-30']) {
      const offer = await helpOffer('evere');
      await cms.strapi.db.query(OFFER).update({ where: { documentId: offer.documentId }, data: { screenedOn } });
    }
    // Never screened offers that came in between and around those ends, so that the two kinds interleave over more than one page.
    for (let day = 0; day < 24; day += 1) {
      const offer = await helpOffer('evere');
      const createdAt = new Date(Date.parse('2026-01-20T12:00:00.000Z') + day * 3 * 86_400_000);
      await cms.strapi.db.query(OFFER).update({ where: { documentId: offer.documentId }, data: { createdAt } });
    }
    const screening = getService(cms.strapi, 'screening');
    for (const now of ['2026-02-28T00:00:00.000Z', '2026-02-27T23:59:59.999Z', '2026-03-31T12:00:00.000Z', '2026-12-04T10:00:00.000Z']) {
      const at = new Date(now);
      const first = await screening.queue({ page: 1 }, at);
      expect(first.pagination.pageCount, now).toBeGreaterThan(1);
      const paged = [...first.results];
      for (let page = 2; page <= first.pagination.pageCount; page += 1) paged.push(...(await screening.queue({ page }, at)).results);
      const expected = await queueByTheRule(at);
      expect(
        paged.map((row) => `${row.documentId} ${row.state}`),
        now,
      ).toEqual(expected.map((row) => `${row.documentId} ${row.state}`));
      const expired = expected.filter((row) => row.state === 'expired').length;
      expect(first.counts).toEqual({ toScreen: expected.length - expired, expired, total: expected.length });
      expect(await screening.counts(at)).toEqual(first.counts);
    }
  });

  it('gives the staff home its count from the database: the queue’s counts, without its rows', async () => {
    await helpOffer('jette');
    const counts = await readJson(
      await asBackOffice('/back-office/screening-queue/counts'),
      z.object({ toScreen: z.number(), expired: z.number(), total: z.number() }),
    );
    expect(counts).toEqual((await readJson(await asBackOffice('/back-office/screening-queue'), queue)).counts);
    expect(counts.total).toBeGreaterThan(0);
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor('/back-office/screening-queue/counts')).status).toBe(403);
    expect((await fetch(`${cms.url}/back-office/screening-queue/counts`)).status).toBe(401);
  });

  it('is read only by staff who may screen: editors and reviewers 403, anonymous callers 401; a wrong page is answered in words', async () => {
    for (const role of ['editor', 'reviewer'] as const) {
      const asOther = staffFetch(cms, await staffToken(cms, role));
      expect((await asOther('/back-office/screening-queue')).status, role).toBe(403);
    }
    expect((await fetch(`${cms.url}/back-office/screening-queue`)).status).toBe(401);
    const wrongPage = await asBackOffice('/back-office/screening-queue?page=0', { headers: { 'accept-language': 'fr' } });
    expect(wrongPage.status).toBe(400);
    expect((await readJson(wrongPage, backOfficeError)).error.fields).toEqual({ page: staffText('fr', 'field.numberAtLeast', { min: 1 }) });
  });
});
