import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { sharedCms, type TestCms } from '../helpers/cms';
import { backOfficeError, intakeRefusal, readJson, referenceAnswer, strapiDocument } from '../helpers/http';
import { validSubmission } from '../helpers/intake-payloads';
import { staffFetch, staffToken } from '../helpers/staff';
import { POINTS } from '../../src/matching/scoring';
import { staffText } from '../../src/staff-texts';

/**
 * Matching that fits people (issue 14): the offer form asks for interests and how many people the
 * volunteer can help at once, the ask-for-help form for interests (optional). Shared interests count
 * in the score, with their reason; the capacity a volunteer gave decides when they are full (no more
 * fixed "one open match"). Real Strapi, real HTTP: the public forms, the back office's API.
 */

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let counter = 0;

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const today = () => new Date().toISOString().slice(0, 10);

const postJson = (path: string, body: unknown) =>
  fetch(`${cms.url}/api/intake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Each test works in a municipality of its own, so that other tests' offers do not crowd its suggestions. */
async function askForHelp(municipality: string, interests: string[] | undefined) {
  counter += 1;
  const contactName = `Asker ${counter}`;
  const submission = { ...validSubmission('help-request', 900 + counter, {}, 'nl'), contactName, categories: ['chat'], municipality, languages: ['nl'] };
  const stored = await postJson('help-requests', interests ? { ...submission, interests } : submission);
  expect(stored.status).toBe(201);
  const { reference } = await readJson(stored, referenceAnswer);
  const [row] = await cms.strapi.documents(REQUEST).findMany({ filters: { reference: { $eq: reference } }, fields: ['interests'] });
  return row!;
}

/** A volunteer's offer through the offer form, then screened by staff. */
async function offerHelp(municipality: string, fields: { interests?: string[]; capacity?: string }) {
  counter += 1;
  const submission = {
    ...validSubmission('help-offer', 900 + counter, {}, 'fr'),
    contactName: `Volunteer ${counter}`,
    categories: ['chat'],
    anywhereInBrussels: false,
    municipalities: [municipality],
    languages: ['nl'],
    ...fields,
  };
  const stored = await postJson('help-offers', submission);
  expect(stored.status).toBe(201);
  const { reference } = await readJson(stored, referenceAnswer);
  const [row] = await cms.strapi.documents(OFFER).findMany({ filters: { reference: { $eq: reference } }, fields: ['interests', 'capacity'] });
  const screened = await asBackOffice(`/back-office/offers/${row!.documentId}/screening`, {
    method: 'POST',
    body: { conversationOn: today(), references: 'checked', codeOfConductAccepted: true, informationNoteLocale: 'fr' },
  });
  expect(screened.status).toBe(200);
  return row!;
}

const reason = z.looseObject({ code: z.string(), terms: z.array(z.string()).optional() });
const suggestionsSchema = z.looseObject({ offers: z.array(z.looseObject({ documentId: z.string(), score: z.number(), reasons: z.array(reason) })) });
const suggestionsFor = async (requestId: string) =>
  (await readJson(await asBackOffice(`/back-office/requests/${requestId}/suggestions`), suggestionsSchema)).offers;

const match = (helpRequest: string, helpOffer: string, locale: Locale = 'en') =>
  asBackOffice('/back-office/matches', { method: 'POST', body: { helpRequest, helpOffer }, headers: { 'accept-language': locale } });

beforeAll(async () => {
  // More posts than one person sends in ten minutes: the intake's rate limit is not what this file tests.
  cms = await sharedCms();
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});

afterAll(async () => {
  await cms?.stop();
});

describe('the forms ask for interests and capacity', () => {
  it('store what was chosen: interests on both forms, the capacity as a number, nothing when left out', async () => {
    const request = await askForHelp('ganshoren', ['music', 'reading', 'music']);
    expect(request.interests).toEqual(['music', 'reading']);
    expect((await askForHelp('ganshoren', undefined)).interests ?? []).toEqual([]);
    const offer = await offerHelp('ganshoren', { interests: ['gardening'], capacity: '3' });
    expect(offer).toMatchObject({ interests: ['gardening'], capacity: 3 });
    expect((await offerHelp('ganshoren', { capacity: '' })).capacity ?? null).toBeNull();
  });

  it.each(LOCALES)('refuse an unknown interest or capacity on its own field, in the form’s language, and store nothing (%s)', async (locale) => {
    for (const [form, path] of [
      ['help-request', 'help-requests'],
      ['help-offer', 'help-offers'],
    ] as const) {
      const contactName = `Refused ${form} ${locale}`;
      const refused = await postJson(path, { ...validSubmission(form, 990, {}, locale), contactName, interests: ['poker', 'music'] });
      expect(refused.status).toBe(422);
      expect((await readJson(refused, intakeRefusal)).error.fields).toEqual({ interests: fieldMessage('choose-valid', locale) });
      const uid = form === 'help-request' ? REQUEST : OFFER;
      expect(await cms.strapi.documents(uid).count({ filters: { contactName: { $eq: contactName } } })).toBe(0);
    }
    const tooMany = await postJson('help-offers', { ...validSubmission('help-offer', 991, {}, locale), capacity: '50' });
    expect(tooMany.status).toBe(422);
    expect((await readJson(tooMany, intakeRefusal)).error.fields).toEqual({ capacity: fieldMessage('choose-valid', locale) });
  });

  it('take interests and capacity from the form posted without JavaScript too', async () => {
    const posted = new URLSearchParams([
      ['offerAs', 'person'],
      ['contactName', 'Sans JS Jardinier'],
      ['phone', '02 555 44 33'],
      ['categories', 'chat'],
      ['description', 'Je jardine volontiers avec quelqu’un.'],
      ['interests', 'gardening'],
      ['interests', 'cooking'],
      ['municipalities', 'uccle'],
      ['languages', 'fr'],
      ['frequency', 'weekly'],
      ['capacity', '2'],
      ['codeOfConduct', 'on'],
      ['consent', 'on'],
      ['website', ''],
    ]);
    const post = (body: URLSearchParams) =>
      fetch(`${cms.url}/api/intake/help-offers?locale=fr`, { method: 'POST', headers: { accept: 'text/html' }, body, redirect: 'manual' });
    expect((await post(posted)).status).toBe(303);
    const [stored] = await cms.strapi.documents(OFFER).findMany({ filters: { contactName: { $eq: 'Sans JS Jardinier' } }, fields: ['interests', 'capacity'] });
    expect(stored).toMatchObject({ interests: ['gardening', 'cooking'], capacity: 2 });

    const wrong = new URLSearchParams([...[...posted].filter(([name]) => name !== 'contactName'), ['contactName', 'Sans JS Erreur'], ['interests', 'poker']]);
    const refused = await post(wrong);
    expect(refused.status).toBe(303);
    const page = await fetch(`${cms.url}${refused.headers.get('location')}`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain(fieldMessage('choose-valid', 'fr'));
    expect(html).not.toContain('poker');
    expect(await cms.strapi.documents(OFFER).count({ filters: { contactName: { $eq: 'Sans JS Erreur' } } })).toBe(0);
  });
});

describe('suggestions weigh shared interests', () => {
  it('ranks the volunteer who shares the person’s interests first, with the interests named, and counts them as written down', async () => {
    const request = await askForHelp('koekelberg', ['music', 'games', 'cooking']);
    const sharesTwo = await offerHelp('koekelberg', { interests: ['games', 'music', 'sport'] });
    const sharesOne = await offerHelp('koekelberg', { interests: ['cooking'] });
    const sharesNone = await offerHelp('koekelberg', { interests: ['sport'] });
    const saysNothing = await offerHelp('koekelberg', {});

    const offers = await suggestionsFor(request.documentId);
    const order = offers.map((offer) => offer.documentId);
    expect(order.slice(0, 2)).toEqual([sharesTwo.documentId, sharesOne.documentId]);
    const byId = new Map(offers.map((offer) => [offer.documentId, offer]));
    const base = byId.get(saysNothing.documentId)!.score;
    expect(byId.get(sharesTwo.documentId)!.score).toBe(base + 2 * POINTS.perSharedInterest);
    expect(byId.get(sharesOne.documentId)!.score).toBe(base + POINTS.perSharedInterest);
    expect(byId.get(sharesNone.documentId)!.score).toBe(base);
    expect(byId.get(sharesTwo.documentId)!.reasons).toContainEqual({ code: 'shared-interest', terms: ['music', 'games'] });
    expect(byId.get(sharesNone.documentId)!.reasons).toContainEqual({ code: 'no-shared-interest' });
    expect(byId.get(saysNothing.documentId)!.reasons.map((entry) => entry.code)).not.toContain('no-shared-interest');
  });
});

describe('capacity per volunteer', () => {
  it('matches up to the capacity the volunteer gave; at capacity they are not suggested and the match API says why in the staff member’s language', async () => {
    const offer = await offerHelp('berchem-sainte-agathe', { capacity: '2' });
    const requests = [];
    for (let index = 0; index < 3; index++) requests.push(await askForHelp('berchem-sainte-agathe', undefined));
    const [first, second, third] = requests;

    const matches = [];
    for (const request of [first!, second!]) {
      expect((await suggestionsFor(request.documentId)).map((suggestion) => suggestion.documentId)).toContain(offer.documentId);
      const created = await match(request.documentId, offer.documentId);
      expect(created.status).toBe(201);
      matches.push((await readJson(created, strapiDocument)).documentId);
    }
    const status = async () => (await cms.strapi.documents(OFFER).findOne({ documentId: offer.documentId, fields: ['caseStatus'] }))?.caseStatus;
    expect(await status()).toBe('busy');

    expect((await suggestionsFor(third!.documentId)).map((suggestion) => suggestion.documentId)).not.toContain(offer.documentId);
    for (const locale of LOCALES) {
      const refused = await match(third!.documentId, offer.documentId, locale);
      expect(refused.status).toBe(409);
      const body = await readJson(refused, backOfficeError);
      expect(body.error.message).toBe(staffText(locale, 'screening.match.at-capacity'));
      expect(body.error.fields).toEqual({ helpOffer: staffText(locale, 'screening.match.at-capacity') });
    }
    expect(await cms.strapi.db.query('api::match.match').count({ where: { helpRequest: { documentId: third!.documentId } } })).toBe(0);

    const ended = await asBackOffice(`/back-office/matches/${matches[0]}`, { method: 'PUT', body: { status: 'did-not-work-out' } });
    expect(ended.status).toBe(200);
    expect(await status()).toBe('available');
    expect((await suggestionsFor(third!.documentId)).map((suggestion) => suggestion.documentId)).toContain(offer.documentId);
    expect((await match(third!.documentId, offer.documentId)).status).toBe(201);
  });

  it('never matches a volunteer twice with the same request: not suggested again, and the match API says why, while room is left for others', async () => {
    const offer = await offerHelp('ganshoren', { capacity: '3' });
    const request = await askForHelp('ganshoren', undefined);
    expect((await match(request.documentId, offer.documentId)).status).toBe(201);
    expect((await suggestionsFor(request.documentId)).map((suggestion) => suggestion.documentId)).not.toContain(offer.documentId);
    for (const locale of LOCALES) {
      const refused = await match(request.documentId, offer.documentId, locale);
      expect(refused.status).toBe(409);
      expect((await readJson(refused, backOfficeError)).error.fields).toEqual({ helpOffer: staffText(locale, 'screening.match.already-matched') });
    }
    expect(await cms.strapi.db.query('api::match.match').count({ where: { helpRequest: { documentId: request.documentId } } })).toBe(1);
    const other = await askForHelp('ganshoren', undefined);
    expect((await suggestionsFor(other.documentId)).map((suggestion) => suggestion.documentId)).toContain(offer.documentId);
  });

  it('a volunteer who said nothing still helps one person at a time', async () => {
    const offer = await offerHelp('evere', {});
    const first = await askForHelp('evere', undefined);
    const second = await askForHelp('evere', undefined);
    expect((await match(first.documentId, offer.documentId)).status).toBe(201);
    const refused = await match(second.documentId, offer.documentId, 'nl');
    expect(refused.status).toBe(409);
    expect((await readJson(refused, backOfficeError)).error.message).toBe(staffText('nl', 'screening.match.at-capacity'));
  });
});
