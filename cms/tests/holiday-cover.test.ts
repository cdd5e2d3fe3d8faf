import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { AWAY_MAX_DAYS, CONSENT_VERSION, addDays, brusselsDay } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { backOfficeError, parseJson, readJson } from './helpers/http';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { timelineOf } from '../src/matching/timeline';

/**
 * Holiday cover (issue #14): staff set a volunteer's away days and capacity on the offer's page; the
 * API checks them field by field in the staff member's language and stores nothing wrong.
 */

const OFFER = 'api::help-offer.help-offer';
const HOSTILE = '<script>alert("x")</script>';

let cms: TestCms;
let strapi: Core.Strapi;
let staff: ReturnType<typeof staffFetch>;
let counter = 0;

beforeAll(async () => {
  cms = await startCms();
  strapi = cms.strapi;
  staff = staffFetch(cms, await staffToken(cms, 'backOffice'));
});
afterAll(async () => {
  await cms?.stop();
});

const today = () => brusselsDay(new Date());
const created = z.looseObject({ documentId: z.string(), reference: z.string() });
const basics = (prefix: string) => ({
  reference: `CB-${prefix}${String(++counter).padStart(3, '0')}`,
  channel: 'phone' as const,
  consentVersion: CONSENT_VERSION,
  consentedAt: new Date().toISOString(),
  description: 'Wandelen op dinsdag.',
  contactName: 'Vrijwilliger',
  formLocale: 'nl' as const,
  phone: '+32470000000',
});

async function helpOffer() {
  return created.parse(await strapi.documents(OFFER).create({ data: { ...OFFER_DEFAULTS, ...SCREENED_TODAY, ...basics('HO'), caseStatus: 'available' } }));
}
async function helpRequest() {
  return created.parse(
    await strapi
      .documents('api::help-request.help-request')
      .create({ data: { ...REQUEST_DEFAULTS, ...basics('HR'), urgency: 'normal', caseStatus: 'in-progress' } }),
  );
}
const stored = (documentId: string) =>
  strapi.db.query(OFFER).findOne({ where: { documentId }, select: ['awayFrom', 'awayUntil', 'capacity', 'caseStatus'] }) as Promise<Record<string, unknown>>;

const availability = (documentId: string, body: unknown, headers: Record<string, string> = {}) =>
  staff(`/back-office/offers/${documentId}/availability`, { method: 'PUT', body, headers });

async function refused(response: Response, fields: string[]) {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  expect(text).not.toContain('alert');
  const { error } = parseJson(text, backOfficeError);
  for (const field of fields) expect(error.fields?.[field], `${field} in ${text}`).toEqual(expect.any(String));
  return error.fields ?? {};
}

const offerPage = z.looseObject({
  awayFrom: z.string().nullable(),
  awayUntil: z.string().nullable(),
  capacity: z.number(),
  capacityGiven: z.number().nullable(),
});

describe('staff set and clear an offer’s away days and capacity', () => {
  it('saves the days and the capacity, shows them on the offer’s page and writes a line on its timeline', async () => {
    const offer = await helpOffer();
    const from = addDays(today(), 3);
    const until = addDays(today(), 10);
    const saved = await availability(offer.documentId, { awayFrom: from, awayUntil: until, capacity: 3 });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: from, awayUntil: until, capacity: 3, caseStatus: 'available' });
    const page = await readJson(await staff(`/back-office/offers/${offer.documentId}`), offerPage);
    expect(page).toMatchObject({ awayFrom: from, awayUntil: until, capacity: 3, capacityGiven: 3 });
    const timeline = await timelineOf(strapi, { helpOffer: offer.documentId });
    expect(timeline.map((entry) => entry.kind)).toContain('availability-changed');

    const cleared = await availability(offer.documentId, { awayFrom: '', awayUntil: '', capacity: null });
    expect(cleared.status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null, capacity: null });
    expect(await readJson(await staff(`/back-office/offers/${offer.documentId}`), offerPage)).toMatchObject({
      awayFrom: null,
      capacity: 1,
      capacityGiven: null,
    });
  });

  it('keeps the capacity when left out, and a lower capacity makes an offer with as many open matches busy', async () => {
    const offer = await helpOffer();
    expect((await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 2 })).status).toBe(200);
    const request = await helpRequest();
    const made = await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } });
    expect(made.status, await made.clone().text()).toBe(201);
    expect(await stored(offer.documentId)).toMatchObject({ capacity: 2, caseStatus: 'available' });
    expect((await availability(offer.documentId, { awayFrom: addDays(today(), 1), awayUntil: addDays(today(), 2) })).status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ capacity: 2, caseStatus: 'available' });
    expect((await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 1 })).status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, capacity: 1, caseStatus: 'busy' });
  });

  it('an offer away today is not suggested or matched, with the reason in words', async () => {
    const offer = await helpOffer();
    expect((await availability(offer.documentId, { awayFrom: today(), awayUntil: addDays(today(), 5) })).status).toBe(200);
    const request = await helpRequest();
    const made = await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } });
    expect(made.status).toBe(409);
  });
});

describe('wrong away days and capacities: 400 field by field in the staff language, nothing stored', () => {
  it('refuses half a period, days that are no days, a last day before the first or past, too long, and capacities outside 1 to 10', async () => {
    const offer = await helpOffer();
    const before = await stored(offer.documentId);
    const cases: [unknown, string[]][] = [
      [{ awayFrom: addDays(today(), 1), awayUntil: '' }, ['awayUntil']],
      [{ awayFrom: '2027-02-30', awayUntil: HOSTILE }, ['awayFrom', 'awayUntil']],
      [{ awayFrom: addDays(today(), 5), awayUntil: addDays(today(), 4) }, ['awayUntil']],
      [{ awayFrom: addDays(today(), -5), awayUntil: addDays(today(), -1) }, ['awayUntil']],
      [{ awayFrom: today(), awayUntil: addDays(today(), AWAY_MAX_DAYS) }, ['awayUntil']],
      [{ awayFrom: null, awayUntil: null, capacity: 11 }, ['capacity']],
      [{ awayFrom: null, awayUntil: null, capacity: 0 }, ['capacity']],
      [{ awayFrom: null, awayUntil: null, capacity: 2.5 }, ['capacity']],
      [{ awayFrom: { $ne: null }, awayUntil: null }, ['awayFrom']],
    ];
    for (const [body, fields] of cases) await refused(await availability(offer.documentId, body), fields);
    expect(await stored(offer.documentId)).toEqual(before);
  });

  it('says what is wrong in Dutch, French and English', async () => {
    const offer = await helpOffer();
    const backwards = { awayFrom: addDays(today(), 5), awayUntil: addDays(today(), 4) };
    expect((await refused(await availability(offer.documentId, backwards, { 'accept-language': 'nl' }), ['awayUntil'])).awayUntil).toBe(
      'De laatste dag valt vóór de eerste. Geef een laatste dag op of na de eerste.',
    );
    const past = { awayFrom: addDays(today(), -5), awayUntil: addDays(today(), -1) };
    expect((await refused(await availability(offer.documentId, past, { 'accept-language': 'fr-BE' }), ['awayUntil'])).awayUntil).toBe(
      'Ce jour est passé. Indiquez aujourd’hui ou un jour plus tard.',
    );
    const long = { awayFrom: today(), awayUntil: addDays(today(), AWAY_MAX_DAYS) };
    expect((await refused(await availability(offer.documentId, long), ['awayUntil'])).awayUntil).toBe(
      `This is longer than ${AWAY_MAX_DAYS} days. For a longer absence, pause the offer instead.`,
    );
    expect(
      (await refused(await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 11 }, { 'accept-language': 'nl' }), ['capacity']))
        .capacity,
    ).toBe('Geef een geheel getal van hoogstens 10.');
  });

  it('answers 404 for an unknown offer and refuses a hostile id', async () => {
    expect((await availability('zz0000000000000000000000', { awayFrom: null, awayUntil: null })).status).toBe(404);
    const hostile = await availability(encodeURIComponent("x' OR 1=1"), { awayFrom: null, awayUntil: null });
    expect([400, 404]).toContain(hostile.status);
  });
});
