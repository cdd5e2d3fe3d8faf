import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONSENT_VERSION, type LonelinessScores } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { intakeRefusal, readJson, referenceAnswer } from './helpers/http';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { signLink } from '../src/check-ins/links';
import { configOf } from '../src/config';
import { ANONYMISED, anonymise } from '../src/privacy/personal-data';

/**
 * Issue #14, outcomes: the loneliness scale asked with consent at intake (the web form with and without
 * JavaScript, phone intake) and again at the six-week check-in, its scores kept on the request and read
 * by back-office staff only; the dashboard's change per month and outcome (groups under 5 hidden) and
 * its unmet demand. One CMS for the whole file.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

let cms: TestCms;
let strapi: Core.Strapi;
let backOffice: ReturnType<typeof staffFetch>;
let counter = 0;

beforeAll(async () => {
  cms = await startCms({ CHECK_IN_DAYS: '7,42', INTAKE_RATE_LIMIT_MAX: '10000' });
  strapi = cms.strapi;
  backOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});
afterAll(async () => {
  await cms?.stop();
});

/** Answers to the six items scoring overall 4: emotional 2 (yes, more or less, no), social 2 (no, yes, more or less). */
const ANSWERS = { loneliness1: 'yes', loneliness2: 'more-or-less', loneliness3: 'no', loneliness4: 'no', loneliness5: 'yes', loneliness6: 'more-or-less' };
const ANSWERS_SCORE = { overall: 4, emotional: 2, social: 2 };

const askForHelp = (contactName: string) => ({
  forWhom: 'self',
  contactName,
  phone: '02 555 01 23',
  categories: ['chat'],
  description: 'Iemand om af en toe mee te praten.',
  municipality: 'anderlecht',
  languages: ['nl'],
  consent: true,
});

const storedScale = z.looseObject({
  lonelinessConsentedAt: z.unknown(),
  lonelinessAtIntake: z.unknown(),
  lonelinessAtFollowUp: z.unknown(),
});

async function requestNamed(contactName: string) {
  const row: unknown = await strapi.db.query(REQUEST).findOne({ where: { contactName } });
  return row === null ? undefined : storedScale.parse(row);
}

const requestCount = async () => strapi.db.query(REQUEST).count({});

describe('the loneliness scale at intake', () => {
  it('keeps the three scores and when consent was given, from the form posted without JavaScript', async () => {
    const body = new URLSearchParams({ locale: 'nl', forWhom: 'self', contactName: 'Jozef Scale', phone: '02 555 01 23', description: 'Een babbel.' });
    for (const [name, value] of Object.entries({
      categories: 'chat',
      municipality: 'anderlecht',
      languages: 'nl',
      consent: 'on',
      lonelinessConsent: 'on',
      ...ANSWERS,
    })) {
      body.append(name, value);
    }
    const response = await fetch(`${cms.url}/api/intake/help-requests?locale=nl`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(303);
    const stored = await requestNamed('Jozef Scale');
    expect(stored?.lonelinessAtIntake).toEqual(ANSWERS_SCORE);
    expect(stored?.lonelinessConsentedAt).toBeTruthy();
    // The scores, never the answers themselves.
    expect(JSON.stringify(stored)).not.toContain('more-or-less');
  });

  it('keeps them from phone intake too, where staff ask the same questions', async () => {
    const response = await backOffice('/back-office/intake/help-request', {
      method: 'POST',
      body: { channel: 'phone', locale: 'fr', values: { ...askForHelp('Simone Telephone'), lonelinessConsent: true, ...ANSWERS } },
    });
    expect(response.status).toBe(201);
    expect((await requestNamed('Simone Telephone'))?.lonelinessAtIntake).toEqual(ANSWERS_SCORE);
  });

  it('keeps nothing of the scale without its own consent, even with every item answered', async () => {
    const response = await fetch(`${cms.url}/api/intake/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', ...askForHelp('Noah Noconsent'), ...ANSWERS }),
    });
    await readJson(response, referenceAnswer);
    const stored = await requestNamed('Noah Noconsent');
    expect(stored).toBeDefined();
    expect(stored?.lonelinessAtIntake ?? null).toBeNull();
    expect(stored?.lonelinessConsentedAt ?? null).toBeNull();
  });

  it('refuses an answer that is not one of the three, field by field in the form’s language, and stores nothing', async () => {
    const before = await requestCount();
    const post = (locale: string, extra: Record<string, unknown>) =>
      fetch(`${cms.url}/api/intake/help-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale, ...askForHelp('Bad Value'), lonelinessConsent: true, ...ANSWERS, ...extra }),
      });
    const badValue = await post('fr', { loneliness3: 'parfois' });
    expect(badValue.status).toBe(422);
    const refusal = await readJson(badValue, intakeRefusal);
    expect(refusal.error.fields).toEqual({ loneliness3: fieldMessage('choose-valid', 'fr') });
    expect(JSON.stringify(refusal)).not.toContain('parfois');

    const unanswered = await post('nl', { loneliness5: '', loneliness6: undefined });
    expect(unanswered.status).toBe(422);
    const fields = (await readJson(unanswered, intakeRefusal)).error.fields;
    expect(fields).toEqual({ loneliness5: fieldMessage('loneliness-unanswered', 'nl'), loneliness6: fieldMessage('loneliness-unanswered', 'nl') });

    expect(await requestCount()).toBe(before);
    expect(await requestNamed('Bad Value')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

const reference = () => `CB-OUT${String(++counter).padStart(3, '0')}`;
const intakeBasics = (contactName: string) => ({
  reference: reference(),
  channel: 'phone' as const,
  consentVersion: CONSENT_VERSION,
  consentedAt: new Date().toISOString(),
  description: 'Wandelen op dinsdag.',
  contactName,
  phone: '02 555 66 77',
});

async function termId(uid: 'api::municipality.municipality' | 'api::spoken-language.spoken-language' | 'api::help-category.help-category', code: string) {
  const row = await strapi.documents(uid).findFirst({ filters: { code }, fields: ['documentId'] });
  if (!row) throw new Error(`no term ${code}`);
  return row.documentId;
}

interface RequestSetup {
  municipality: string;
  languages?: string[];
  category?: string;
  before?: LonelinessScores;
  after?: LonelinessScores;
}

async function helpRequest(setup: RequestSetup): Promise<string> {
  const created = await strapi.documents(REQUEST).create({
    data: {
      ...REQUEST_DEFAULTS,
      ...intakeBasics(`Persoon ${counter}`),
      caseStatus: 'in-progress',
      municipality: await termId('api::municipality.municipality', setup.municipality),
      languages: await Promise.all((setup.languages ?? ['fr']).map((code) => termId('api::spoken-language.spoken-language', code))),
      categories: [await termId('api::help-category.help-category', setup.category ?? 'chat')],
      ...(setup.before ? { lonelinessConsentedAt: new Date().toISOString(), lonelinessAtIntake: setup.before } : {}),
      ...(setup.after ? { lonelinessAtFollowUp: setup.after, lonelinessFollowUpAt: new Date().toISOString() } : {}),
    },
  });
  return created.documentId;
}

interface OfferSetup {
  languages: string[];
  municipalities?: string[];
  category?: string;
  screened: boolean;
}

async function helpOffer(setup: OfferSetup): Promise<string> {
  const created = await strapi.documents(OFFER).create({
    data: {
      ...OFFER_DEFAULTS,
      ...(setup.screened ? SCREENED_TODAY : {}),
      ...intakeBasics(`Vrijwilliger ${counter}`),
      caseStatus: 'available',
      anywhereInBrussels: setup.municipalities === undefined,
      municipalities: await Promise.all((setup.municipalities ?? []).map((code) => termId('api::municipality.municipality', code))),
      languages: await Promise.all(setup.languages.map((code) => termId('api::spoken-language.spoken-language', code))),
      categories: [await termId('api::help-category.help-category', setup.category ?? 'chat')],
    },
  });
  return created.documentId;
}

async function match(helpRequest: string, kind: 'match' | 'referral', caseStatus: 'contacted' | 'active' | 'ended' = 'active'): Promise<string> {
  const offer = kind === 'match' ? await helpOffer({ languages: ['de'], screened: true, category: 'letters' }) : undefined;
  const created = await strapi.documents(MATCH).create({
    data: { kind, caseStatus, confirmedAt: new Date().toISOString(), helpRequest, ...(offer ? { helpOffer: offer } : {}) },
  });
  return created.documentId;
}

const checkInLink = (matchId: string, person: 'requester' | 'volunteer', checkIn: number) =>
  `${cms.url}/api/check-ins/${signLink(
    { purpose: 'check-in', match: matchId, person, checkIn, expiresAt: Math.floor(Date.now() / 1000) + 3600 },
    configOf(strapi).checkIns.secret,
  )}?locale=fr`;

const postAnswer = (link: string, fields: Record<string, string>) =>
  fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  });

async function scalesOf(documentId: string) {
  return storedScale.parse(
    await strapi.documents(REQUEST).findOne({ documentId, fields: ['lonelinessConsentedAt', 'lonelinessAtIntake', 'lonelinessAtFollowUp'] }),
  );
}

describe('the loneliness scale at the six-week check-in', () => {
  it('is offered to the requester at the last check-in only, and stores the second measure with the answer', async () => {
    const request = await helpRequest({ municipality: 'uccle', before: { overall: 5, emotional: 3, social: 2 } });
    const matchId = await match(request, 'match');

    const sixWeeks = await (await fetch(checkInLink(matchId, 'requester', 42))).text();
    expect(sixWeeks).toContain('name="lonelinessConsent"');
    expect(sixWeeks).toContain('Je ressens un vide autour de moi.');
    expect(await (await fetch(checkInLink(matchId, 'requester', 7))).text()).not.toContain('name="lonelinessConsent"');
    expect(await (await fetch(checkInLink(matchId, 'volunteer', 42))).text()).not.toContain('name="lonelinessConsent"');

    const answered = await postAnswer(checkInLink(matchId, 'requester', 42), { locale: 'fr', answer: 'going-well', lonelinessConsent: 'on', ...ANSWERS });
    expect(answered.status).toBe(200);
    expect((await scalesOf(request)).lonelinessAtFollowUp).toEqual(ANSWERS_SCORE);
  });

  it('refuses a bad answer on the page in the person’s language and records neither the check-in nor the measure', async () => {
    const request = await helpRequest({ municipality: 'uccle', before: { overall: 5, emotional: 3, social: 2 } });
    const matchId = await match(request, 'match');
    const link = checkInLink(matchId, 'requester', 42);
    const refused = await postAnswer(link, { locale: 'fr', answer: 'going-well', lonelinessConsent: 'on', ...ANSWERS, loneliness2: 'jamais' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain(fieldMessage('choose-valid', 'fr'));
    expect(page).not.toContain('jamais');
    expect((await scalesOf(request)).lonelinessAtFollowUp ?? null).toBeNull();

    // Without its consent box the scale is not read: the check-in's answer is recorded, no measure.
    const withoutConsent = await postAnswer(link, { locale: 'fr', answer: 'going-well', ...ANSWERS });
    expect(withoutConsent.status).toBe(200);
    expect((await scalesOf(request)).lonelinessAtFollowUp ?? null).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------

const lonelinessGroup = z.object({
  month: z.string(),
  outcome: z.enum(['matched', 'referred', 'not-matched']),
  group: z.union([
    z.object({ shown: z.literal(true), count: z.number(), meanChange: z.object({ overall: z.number(), emotional: z.number(), social: z.number() }) }),
    z.object({ shown: z.literal(false), fewerThan: z.literal(5) }).strict(),
  ]),
});
const counts = z.record(z.string(), z.number());
const dashboard = z.looseObject({
  loneliness: z.array(lonelinessGroup),
  unmetDemand: z.object({ requests: z.number(), byLanguage: counts, byMunicipality: counts, byCategory: counts }),
});

describe('the dashboard', () => {
  it('shows per month and outcome how many were measured twice and the mean change, hiding a group of 4', async () => {
    const thisMonth = new Date().toISOString().slice(0, 7);
    // Five matched, each 2 points less lonely on the whole (emotional -1, social -1).
    for (let index = 0; index < 5; index++) {
      const request = await helpRequest({
        municipality: 'koekelberg',
        before: { overall: 4, emotional: 2, social: 2 },
        after: { overall: 2, emotional: 1, social: 1 },
      });
      await match(request, 'match');
    }
    // Four not matched: a group too small to show.
    for (let index = 0; index < 4; index++) {
      await helpRequest({ municipality: 'koekelberg', before: { overall: 3, emotional: 1, social: 2 }, after: { overall: 6, emotional: 3, social: 3 } });
    }
    // Measured once only: not counted.
    await helpRequest({ municipality: 'koekelberg', before: { overall: 3, emotional: 1, social: 2 } });

    const figures = await readJson(await backOffice('/back-office/dashboard?municipality=koekelberg'), dashboard);
    expect(figures.loneliness).toEqual([
      { month: thisMonth, outcome: 'matched', group: { shown: true, count: 5, meanChange: { overall: -2, emotional: -1, social: -1 } } },
      { month: thisMonth, outcome: 'not-matched', group: { shown: false, fewerThan: 5 } },
    ]);
  });

  it('counts as unmet the open requests no screened, available volunteer fits, by language (sign languages too), municipality and kind of help', async () => {
    await helpOffer({ languages: ['lsfb'], municipalities: ['ganshoren'], category: 'walking', screened: false });
    await helpOffer({ languages: ['nl'], category: 'walking', screened: true });
    // No volunteer signs VGT at all.
    await helpRequest({ municipality: 'ganshoren', languages: ['vgt'], category: 'walking' });
    // A volunteer signs LSFB in Ganshoren, but has not been screened yet.
    await helpRequest({ municipality: 'ganshoren', languages: ['lsfb', 'fr'], category: 'walking' });
    // A screened volunteer for anywhere in Brussels speaks Dutch and walks: met.
    await helpRequest({ municipality: 'ganshoren', languages: ['nl'], category: 'walking' });

    const { unmetDemand } = await readJson(await backOffice('/back-office/dashboard?municipality=ganshoren'), dashboard);
    expect(unmetDemand).toEqual({ requests: 2, byLanguage: { vgt: 1, lsfb: 1, fr: 1 }, byMunicipality: { ganshoren: 2 }, byCategory: { walking: 2 } });
  });
});

describe('anonymising a case', () => {
  it('keeps the two measures the figures need and drops their dates and everything that names the person', async () => {
    const documentId = await helpRequest({
      municipality: 'evere',
      before: { overall: 5, emotional: 3, social: 2 },
      after: { overall: 3, emotional: 2, social: 1 },
    });
    const row = z.object({ id: z.number() }).parse(await strapi.db.query(REQUEST).findOne({ where: { documentId }, select: ['id'] }));
    expect(await anonymise(strapi, REQUEST, [row.id])).toBe(1);
    const kept = storedScale
      .extend({ contactName: z.string(), phone: z.unknown(), createdAt: z.unknown(), lonelinessFollowUpAt: z.unknown() })
      .parse(await strapi.db.query(REQUEST).findOne({ where: { id: row.id } }));
    expect(kept).toMatchObject({
      contactName: ANONYMISED,
      lonelinessAtIntake: { overall: 5, emotional: 3, social: 2 },
      lonelinessAtFollowUp: { overall: 3, emotional: 2, social: 1 },
    });
    expect(kept.createdAt).toBeTruthy();
    expect(kept.phone ?? null).toBeNull();
    expect(kept.lonelinessConsentedAt ?? null).toBeNull();
    expect(kept.lonelinessFollowUpAt ?? null).toBeNull();
  });
});

describe('who may read the scores', () => {
  it('refuses editors and reviewers the scores: the dashboard, the request, the content manager', async () => {
    const request = await helpRequest({ municipality: 'uccle', before: { overall: 5, emotional: 3, social: 2 } });
    for (const role of ['editor', 'reviewer'] as const) {
      const other = staffFetch(cms, await staffToken(cms, role));
      expect((await other('/back-office/dashboard')).status, role).toBe(403);
      expect((await other(`/back-office/requests/${request}`)).status, role).toBe(403);
      expect((await other(`/content-manager/collection-types/${REQUEST}/${request}`)).status, role).toBe(403);
    }
    expect([403, 404]).toContain((await fetch(`${cms.url}/api/help-requests/${request}`)).status);
  });
});
