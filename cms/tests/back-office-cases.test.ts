import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { winston } from '@strapi/logger';
import * as z from 'zod';
import { BACK_OFFICE_PERMISSION, REQUEST_CLOSE_REASONS } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { SCREENED_TODAY } from './helpers/records';
import { customRoleToken } from './helpers/admin-roles';
import { backOfficeError, readJson, strapiDocument } from './helpers/http';
import { MATCH_DEFAULTS, OFFER_DEFAULTS, REQUEST_DEFAULTS, type RecordInput } from './helpers/records';
import { taxonomyIndex } from '../src/bootstrap/taxonomies';
import { moveOldNotesIntoTimeline } from '../src/matching/timeline';
import { applyRetention } from '../src/privacy/retention';

/**
 * A working day in the back office, through the workspace's API with real roles: notes on a case's
 * timeline, the actions on a request and an offer, finding a case by what a caller quotes, and
 * suggestions that weigh an initiative's audience and name it in the request's language.
 */

/** A line of a case's timeline, with the fields this file reads. */
const timelineEntry = z.looseObject({
  kind: z.string(),
  text: z.string().nullable(),
  toStatus: z.string().nullable(),
  closeReason: z.string().nullable(),
  author: z.looseObject({ name: z.string() }).nullable(),
  writtenAt: z.string(),
});
const requestDetailsBody = z.looseObject({
  caseStatus: z.string(),
  urgency: z.string(),
  audiences: z.array(z.string()),
  matches: z.array(z.looseObject({ documentId: z.string() })),
  timeline: z.array(timelineEntry),
});
const offerDetailsBody = z.looseObject({ caseStatus: z.string(), timeline: z.array(timelineEntry) });
const caseHits = z.array(z.looseObject({ documentId: z.string(), matchedBy: z.array(z.string()) }));
const caseSearchResults = z.looseObject({ requests: caseHits, offers: caseHits });
type CaseSearchResults = z.output<typeof caseSearchResults>;
const initiativeSuggestions = z.looseObject({
  initiatives: z.array(z.looseObject({ documentId: z.string(), title: z.string(), score: z.number(), reasons: z.array(z.looseObject({ code: z.string() })) })),
});

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let terms: Record<string, Map<string, string>>;
let counter = 0;
const logged: string[] = [];

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

const ids = (taxonomy: string, codes: string[]) => codes.map((code) => terms[taxonomy]!.get(code)!);

/** A request's fields, with its municipality and categories by their codes. */
type RequestFields = Partial<Omit<RecordInput<typeof REQUEST>, 'municipality' | 'categories'>> & { municipality?: string; categories?: string[] };

async function helpRequest(fields: RequestFields = {}) {
  counter += 1;
  const { municipality = 'jette', categories = ['chat'], ...rest } = fields;
  return cms.strapi.documents(REQUEST).create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-WD${String(counter).padStart(4, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: `Requester ${counter}`,
      description: 'Would like company',
      categories: ids('help-category', categories),
      municipality: ids('municipality', [municipality])[0],
      languages: ids('spoken-language', ['nl']),
      ...rest,
    },
  });
}

async function helpOffer(fields: Partial<RecordInput<typeof OFFER>> = {}) {
  counter += 1;
  return cms.strapi.documents(OFFER).create({
    data: {
      ...OFFER_DEFAULTS,
      reference: `CB-WD${String(counter).padStart(4, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      ...SCREENED_TODAY,
      contactName: `Volunteer ${counter}`,
      description: 'Happy to help',
      caseStatus: 'available',
      categories: ids('help-category', ['chat']),
      municipalities: ids('municipality', ['jette']),
      languages: ids('spoken-language', ['nl']),
      ...fields,
    },
  });
}

const details = async (documentId: string) => readJson(await asBackOffice(`/back-office/requests/${documentId}`), requestDetailsBody);
const offerDetails = async (documentId: string) => readJson(await asBackOffice(`/back-office/offers/${documentId}`), offerDetailsBody);
const post = (path: string, body: unknown, headers?: Record<string, string>) => asBackOffice(path, { method: 'POST', body, ...(headers ? { headers } : {}) });
const act = (documentId: string, body: unknown, headers?: Record<string, string>) => post(`/back-office/requests/${documentId}/actions`, body, headers);
const actOnOffer = (documentId: string, body: unknown) => post(`/back-office/offers/${documentId}/actions`, body);
const find = async (term: string) => readJson(await post('/back-office/cases/find', { term }), caseSearchResults);
const errorOf = async (response: Response) => (await readJson(response, backOfficeError)).error;

beforeAll(async () => {
  cms = await startCms({ LOG_LEVEL: 'http' });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  cms.strapi.log.add(new winston.transports.Stream({ stream: sink, level: 'silly' }));
  terms = await taxonomyIndex(cms.strapi);
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});

afterAll(async () => {
  await cms?.stop();
});

describe('notes: a timeline per case', () => {
  it('adds notes one after the other, never replacing one, with who wrote them and when, and shows them after a reload', async () => {
    const request = await helpRequest();
    const before = Date.now();
    expect((await post(`/back-office/requests/${request.documentId}/notes`, { text: 'Called her, no answer.' })).status).toBe(201);
    expect((await post(`/back-office/requests/${request.documentId}/notes`, { text: 'Reached her daughter.' })).status).toBe(201);

    const { timeline } = await details(request.documentId);
    expect(timeline.map((entry) => [entry.kind, entry.text])).toEqual([
      ['note', 'Reached her daughter.'],
      ['note', 'Called her, no answer.'],
    ]);
    for (const entry of timeline) {
      expect(entry.author?.name).toBe('backOffice Test');
      expect(Date.parse(entry.writtenAt)).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('keeps the notes typed when making a match and when it moves on, on the request and on the offer', async () => {
    const request = await helpRequest();
    const offer = await helpOffer();
    const created = await post('/back-office/matches', { helpRequest: request.documentId, helpOffer: offer.documentId, notes: 'Both like chess.' });
    expect(created.status).toBe(201);
    const match = await readJson(created, strapiDocument);
    const moved = await asBackOffice(`/back-office/matches/${match.documentId}`, {
      method: 'PUT',
      body: { status: 'contacted', notes: 'First call went well.' },
    });
    expect(moved.status).toBe(200);
    await asBackOffice(`/back-office/matches/${match.documentId}`, { method: 'PUT', body: { status: 'contacted', notes: 'Second visit planned.' } });

    const onRequest = (await details(request.documentId)).timeline;
    expect(onRequest.map((entry) => [entry.kind, entry.toStatus, entry.text])).toEqual([
      ['note', null, 'Second visit planned.'],
      ['match-moved', 'contacted', 'First call went well.'],
      ['match-created', null, 'Both like chess.'],
    ]);
    expect((await offerDetails(offer.documentId)).timeline.map((entry) => entry.text)).toEqual(onRequest.map((entry) => entry.text));
  });

  it('moves a note kept the old way (one field per record) into the timeline once, without an author', async () => {
    const request = await helpRequest({ staffNotes: 'Old note on the request' });
    const offer = await helpOffer();
    const match = await cms.strapi.documents(MATCH).create({
      data: { ...MATCH_DEFAULTS, caseStatus: 'ended', helpRequest: request.documentId, helpOffer: offer.documentId, notes: 'Old note on the match' },
    });
    expect(await moveOldNotesIntoTimeline(cms.strapi)).toBeGreaterThanOrEqual(2);
    expect(await moveOldNotesIntoTimeline(cms.strapi)).toBe(0);

    const { timeline } = await details(request.documentId);
    expect(timeline.map((entry) => entry.text).sort()).toEqual(['Old note on the match', 'Old note on the request']);
    expect(timeline.every((entry) => entry.author === null)).toBe(true);
    const stored = await cms.strapi.db.query(MATCH).findOne({ where: { documentId: match.documentId } });
    expect(stored.notes || null).toBeNull();
  });

  it('refuses an empty or too long note in the staff member’s language, and stores nothing', async () => {
    const request = await helpRequest();
    const empty = await post(`/back-office/requests/${request.documentId}/notes`, { text: '   ' }, { 'accept-language': 'nl-BE' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).fields).toEqual({ text: 'Vul dit in.' });
    const long = await post(`/back-office/requests/${request.documentId}/notes`, { text: 'x'.repeat(10_001) }, { 'accept-language': 'fr' });
    expect((await errorOf(long)).fields).toEqual({ text: 'C’est trop long\u00a0: 10000 caractères au maximum.' });
    expect((await details(request.documentId)).timeline).toEqual([]);
    expect((await post('/back-office/requests/nosuchrequest000000000000/notes', { text: 'Hello' })).status).toBe(404);
  });

  it('never exports a note, and wipes its text with the case (erasure and retention)', async () => {
    const email = `timeline-${counter}@example.org`;
    const request = await helpRequest({ email });
    await post(`/back-office/requests/${request.documentId}/notes`, { text: 'Her neighbour Marc says she moved.' });
    const exported = JSON.stringify(await readJson(await post('/back-office/people/export', { email })));
    expect(exported).toContain(request.reference);
    expect(exported).not.toContain('neighbour Marc');

    expect((await post('/back-office/people/erase', { email })).status).toBe(200);
    const [wiped] = (await details(request.documentId)).timeline;
    expect(wiped).toMatchObject({ kind: 'note', text: null, wiped: true });

    const closed = await helpRequest({ caseStatus: 'closed' });
    await post(`/back-office/requests/${closed.documentId}/notes`, { text: 'Moved to Ghent.' });
    const inTwoYears = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000);
    await applyRetention(cms.strapi, inTwoYears, 12);
    expect((await details(closed.documentId)).timeline[0]).toMatchObject({ text: null, wiped: true });
  });
});

describe('acting on a request', () => {
  it('changes the status, marks and unmarks urgent, closes with a reason and reopens, each on the timeline', async () => {
    const request = await helpRequest();
    const id = request.documentId;
    expect((await act(id, { action: 'set-status', status: 'in-progress' })).status).toBe(200);
    expect((await act(id, { action: 'mark-urgent' })).status).toBe(200);
    expect((await details(id)).urgency).toBe('urgent');
    expect((await act(id, { action: 'unmark-urgent' })).status).toBe(200);
    const closed = await act(id, { action: 'close', reason: 'solved-elsewhere', note: 'Her son helps now.' });
    expect(await readJson(closed)).toMatchObject({ caseStatus: 'closed' });
    expect((await details(id)).caseStatus).toBe('closed');
    expect((await act(id, { action: 'reopen' })).status).toBe(200);

    const { caseStatus, urgency, timeline } = await details(id);
    expect({ caseStatus, urgency }).toEqual({ caseStatus: 'in-progress', urgency: 'normal' });
    expect(timeline.map((entry) => [entry.kind, entry.toStatus, entry.closeReason, entry.text, entry.author?.name])).toEqual([
      ['reopened', 'in-progress', null, null, 'backOffice Test'],
      ['closed', 'closed', 'solved-elsewhere', 'Her son helps now.', 'backOffice Test'],
      ['unmarked-urgent', null, null, null, 'backOffice Test'],
      ['marked-urgent', null, null, null, 'backOffice Test'],
      ['status-changed', 'in-progress', null, null, 'backOffice Test'],
    ]);
  });

  it.each(REQUEST_CLOSE_REASONS)('closes with the reason %s', async (reason) => {
    const request = await helpRequest();
    expect((await act(request.documentId, { action: 'close', reason })).status).toBe(200);
    expect((await details(request.documentId)).timeline[0]).toMatchObject({ kind: 'closed', closeReason: reason });
  });

  it('refuses changes the rules do not allow, in words, and changes nothing', async () => {
    const request = await helpRequest();
    const id = request.documentId;
    const refused = async (body: unknown, message: string, headers?: Record<string, string>) => {
      const response = await act(id, body, headers);
      expect(response.status).toBe(409);
      expect((await errorOf(response)).fields).toEqual({ action: message });
    };
    await refused({ action: 'set-status', status: 'new' }, 'The case already has this status.');
    await refused({ action: 'unmark-urgent' }, 'This request is not marked urgent.');
    await refused({ action: 'reopen' }, 'Dit dossier is niet afgesloten.', { 'accept-language': 'nl' });

    const offer = await helpOffer();
    await post('/back-office/matches', { helpRequest: id, helpOffer: offer.documentId });
    await refused(
      { action: 'close', reason: 'unreachable' },
      'Une mise en relation de ce dossier est encore en cours\u00a0: terminez-la ou notez d’abord comment elle s’est passée.',
      {
        'accept-language': 'fr-BE,fr;q=0.9',
      },
    );

    const closed = await helpRequest({ caseStatus: 'closed' });
    for (const body of [{ action: 'mark-urgent' }, { action: 'set-status', status: 'in-progress' }, { action: 'close', reason: 'unreachable' }]) {
      const response = await act(closed.documentId, body);
      expect(response.status).toBe(409);
      expect((await errorOf(response)).fields?.action).toBe('This case is closed: reopen it first.');
    }
    expect((await details(closed.documentId)).timeline).toEqual([]);
    expect((await details(id)).timeline.map((entry) => entry.kind)).toEqual(['match-created']);
  });

  it('answers a wrong action field by field, in the staff member’s language, never echoing it', async () => {
    const request = await helpRequest();
    const cases: [unknown, string][] = [
      [{ action: 'close' }, 'reason'],
      [{ action: 'close', reason: '<script>' }, 'reason'],
      [{ action: 'set-status', status: 'matched' }, 'status'],
      [{ action: 'explode' }, 'action'],
      [{}, 'action'],
    ];
    for (const [body, field] of cases) {
      const response = await act(request.documentId, body, { 'accept-language': 'nl' });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(JSON.stringify(error)).not.toContain('script');
      expect(JSON.stringify(error)).not.toContain('explode');
    }
    expect((await details(request.documentId)).caseStatus).toBe('new');
  });
});

describe('acting on an offer', () => {
  it('pauses, resumes and closes an offer, each on its timeline, and refuses what the rules do not allow', async () => {
    const offer = await helpOffer();
    const id = offer.documentId;
    expect((await actOnOffer(id, { action: 'resume' })).status).toBe(409);
    expect((await actOnOffer(id, { action: 'pause', note: 'On holiday until March.' })).status).toBe(200);
    expect((await offerDetails(id)).caseStatus).toBe('paused');
    expect((await errorOf(await actOnOffer(id, { action: 'pause' }))).fields).toEqual({ action: 'This offer is already paused.' });
    expect(await readJson(await actOnOffer(id, { action: 'resume' }))).toMatchObject({ caseStatus: 'available' });

    const request = await helpRequest();
    await post('/back-office/matches', { helpRequest: request.documentId, helpOffer: id });
    expect((await errorOf(await actOnOffer(id, { action: 'close' }))).fields).toEqual({
      action: 'A match of this case is still open: end it or record how it went first.',
    });
    const [match] = (await details(request.documentId)).matches;
    await asBackOffice(`/back-office/matches/${match!.documentId}`, { method: 'PUT', body: { status: 'ended' } });
    expect((await actOnOffer(id, { action: 'close' })).status).toBe(200);
    expect((await actOnOffer(id, { action: 'resume' })).status).toBe(409);

    const { caseStatus, timeline } = await offerDetails(id);
    expect(caseStatus).toBe('closed');
    expect(timeline.map((entry) => [entry.kind, entry.toStatus])).toEqual([
      ['closed', 'closed'],
      ['match-moved', 'ended'],
      ['match-created', null],
      ['resumed', 'available'],
      ['paused', 'paused'],
    ]);
    expect(timeline.at(-1)?.text).toBe('On holiday until March.');
    expect((await actOnOffer(id, { action: 'delete' })).status).toBe(400);
  });

  it('adds notes to an offer', async () => {
    const offer = await helpOffer();
    await post(`/back-office/offers/${offer.documentId}/notes`, { text: 'Has a car.' });
    await post(`/back-office/offers/${offer.documentId}/notes`, { text: 'Prefers mornings.' });
    expect((await offerDetails(offer.documentId)).timeline.map((entry) => entry.text)).toEqual(['Prefers mornings.', 'Has a car.']);
  });
});

describe('finding a case', () => {
  it('finds requests and offers by reference, name, email and phone in any spelling', async () => {
    const request = await helpRequest({ contactName: 'Godelieve Vanderstraeten', email: 'godelieve.v@example.org', phone: '+32 470 12 34 56' });
    const offer = await helpOffer({ contactName: 'Kobe Vanderstraeten', phone: '02 555 01 23' });

    const requestIds = (results: CaseSearchResults) => results.requests.map((hit) => hit.documentId);
    expect(requestIds(await find(request.reference!.toLowerCase()))).toEqual([request.documentId]);
    expect((await find(request.reference!)).requests[0]).toMatchObject({
      reference: request.reference,
      contactName: 'Godelieve Vanderstraeten',
      matchedBy: ['reference'],
    });
    expect(requestIds(await find('godelieve.v@example'))).toEqual([request.documentId]);
    for (const phone of ['0470 12 34 56', '0470/12.34.56', '+32470123456', '0032 470 123 456', '470 12 34 56']) {
      const found = await find(phone);
      expect(requestIds(found), phone).toEqual([request.documentId]);
      expect(found.requests[0]?.matchedBy).toEqual(['phone']);
    }
    expect((await find('+32 2 555 01 23')).offers.map((hit) => hit.documentId)).toEqual([offer.documentId]);

    const byName = await find('vanderstraeten');
    expect(requestIds(byName)).toEqual([request.documentId]);
    expect(byName.offers.map((hit) => hit.documentId)).toEqual([offer.documentId]);
    expect(await find('0470 99 99 99')).toEqual({ requests: [], offers: [] });
  });

  it('is for the back office only: editors and roles that may not read cases whole get 403, anonymous callers 401', async () => {
    const body = { term: 'Vanderstraeten' };
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor('/back-office/cases/find', { method: 'POST', body })).status).toBe(403);
    const partial = staffFetch(
      cms,
      await customRoleToken(cms, 'cases-without-contacts', [{ uid: REQUEST, fields: ['reference', 'caseStatus'] }], [BACK_OFFICE_PERMISSION]),
    );
    expect((await partial('/back-office/cases/find', { method: 'POST', body })).status).toBe(403);
    expect((await partial(`/back-office/requests/${(await helpRequest()).documentId}/notes`, { method: 'POST', body: { text: 'x' } })).status).toBe(403);
    expect((await asEditor(`/back-office/offers/${(await helpOffer()).documentId}`)).status).toBe(403);
    expect(
      (await fetch(`${cms.url}/back-office/cases/find`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(401);
  });

  it('writes nothing of what was searched, nor of a note, to any log line', async () => {
    const secrets = ['Wilhelmina Desmedt-Oosterlinck', '0499 87 65 43', 'wilhelmina.do@example.org', 'Desmedt'];
    const request = await helpRequest({ contactName: secrets[0], phone: secrets[1], email: secrets[2] });
    logged.length = 0;
    for (const term of secrets) expect((await find(term)).requests.map((hit) => hit.documentId)).toEqual([request.documentId]);
    await post(`/back-office/requests/${request.documentId}/notes`, { text: 'Desmedt prefers afternoons' });
    expect((await post('/back-office/cases/find', { term: 'x'.repeat(101) })).status).toBe(400);
    const lines = logged.join('\n');
    expect(lines).toContain('POST /back-office/cases/find');
    for (const secret of [...secrets, '87 65 43', 'wilhelmina', 'afternoons', 'xxxxxxxxxx']) expect(lines).not.toContain(secret);
  });
});

describe('suggestions that make sense', () => {
  /** A 78-year-old man in Brussels who lives alone and would like to walk or do things with others. */
  const lonelyOlderMan = () => helpRequest({ municipality: 'brussels', categories: ['walking', 'activities', 'chat'], formLocale: 'nl' });
  const suggestionsFor = async (documentId: string) => readJson(await asBackOffice(`/back-office/requests/${documentId}/suggestions`), initiativeSuggestions);
  const WOMENS_WALK = 'Vrouwenwandeling langs het kanaal';
  const STUDENT_BUDDY = 'Buddyproject voor nieuwe studenten in Elsene';

  it('ranks initiatives meant for others (a women’s walk, a students’ scheme) below every one that may fit, or leaves them out', async () => {
    const request = await lonelyOlderMan();
    const isMeantForOthers = (title: string) => title === WOMENS_WALK || title === STUDENT_BUDDY;
    const before = await suggestionsFor(request.documentId);
    expect(before.initiatives.filter((initiative) => isMeantForOthers(initiative.title)).length).toBeGreaterThanOrEqual(2);

    const set = await asBackOffice(`/back-office/requests/${request.documentId}/audiences`, {
      method: 'PUT',
      body: { audiences: ['seniors', 'living-alone'] },
    });
    expect(set.status).toBe(200);
    expect((await details(request.documentId)).audiences.sort()).toEqual(['living-alone', 'seniors']);

    const { initiatives } = await suggestionsFor(request.documentId);
    expect(initiatives.length).toBeGreaterThan(3);
    const mismatched = initiatives.filter((initiative) => initiative.reasons.some((reason) => reason.code === 'audience-mismatch'));
    for (const initiative of initiatives.filter((candidate) => isMeantForOthers(candidate.title))) expect(mismatched).toContain(initiative);
    const firstMismatch = initiatives.findIndex((initiative) => mismatched.includes(initiative));
    if (firstMismatch >= 0) expect(initiatives.slice(firstMismatch).every((initiative) => mismatched.includes(initiative))).toBe(true);
    for (const initiative of mismatched) expect(initiative.score).toBeLessThanOrEqual(30);
    expect(
      initiatives
        .slice(0, 3)
        .every((initiative) => initiative.reasons.some((reason) => reason.code === 'shared-audience' || reason.code === 'open-to-everyone')),
    ).toBe(true);
  });

  it('says an initiative’s audience is to be checked while staff have not said who the person is', async () => {
    const { initiatives } = await suggestionsFor((await lonelyOlderMan()).documentId);
    const walk = initiatives.find((initiative) => initiative.title === WOMENS_WALK);
    expect(walk?.reasons).toContainEqual({ code: 'audience-unknown', terms: ['women', 'newcomers'] });
    expect(initiatives.flatMap((initiative) => initiative.reasons).some((reason) => reason.code === 'audience-mismatch')).toBe(false);
  });

  it('refuses an audience that is not one of ours', async () => {
    const request = await lonelyOlderMan();
    const response = await asBackOffice(`/back-office/requests/${request.documentId}/audiences`, { method: 'PUT', body: { audiences: ['martians'] } });
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toEqual(['audiences']);
  });

  it.each(['nl', 'fr', 'en'] as const)('names initiatives in the request’s language (%s), suggestions and referrals alike', async (formLocale) => {
    const request = await helpRequest({ municipality: 'brussels', categories: ['walking', 'activities', 'chat'], formLocale });
    const { initiatives } = await suggestionsFor(request.documentId);
    expect(initiatives.length).toBeGreaterThan(3);
    for (const initiative of initiatives) {
      const translation = await cms.strapi
        .documents('api::initiative.initiative')
        .findOne({ documentId: initiative.documentId, locale: formLocale, status: 'published' });
      expect(initiative.title).toBe(translation?.title);
    }
    const [first] = initiatives;
    expect((await post('/back-office/referrals', { helpRequest: request.documentId, initiativeDocumentId: first!.documentId })).status).toBe(201);
    expect((await details(request.documentId)).matches[0]).toMatchObject({ kind: 'referral', referredTo: first!.title });
  });
});
