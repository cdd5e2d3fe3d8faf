import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type TestCms } from '../helpers/cms';
import { backOfficeError, parseJson, readJson, strapiDocument } from '../helpers/http';
import { staffFetch, staffToken } from '../helpers/staff';
import { SCREENED_TODAY } from '../helpers/records';
import { taxonomyIndex } from '../../src/bootstrap/taxonomies';
import type { ErrorBody } from '../../src/plugins/back-office/server/contracts';

/**
 * Hostile and mistaken input to every kind of route of the workspace (path, query string, body):
 * a 400 that names each field in the staff member's language, never echoes the value, and stores nothing.
 */

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let terms: Record<string, Map<string, string>>;
let requestId: string;
let offerId: string;
let matchId: string;
let proposalId: string;

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';
const PROPOSAL = 'api::project-proposal.project-proposal';
const REVIEW = 'api::proposal-review.proposal-review';
const HOSTILE = '<script>alert("x")</script>';

const ids = (taxonomy: string, codes: string[]) => codes.map((code) => terms[taxonomy]!.get(code)!);
const consent = () => ({ consentVersion: 'test', consentedAt: new Date().toISOString() });
const onTheWeb = { channel: 'web', formLocale: 'nl' } as const;

async function refused(response: Response, fields: string[]): Promise<ErrorBody['error']> {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  expect(text).not.toContain(HOSTILE);
  expect(text).not.toContain('alert');
  const { error } = parseJson(text, backOfficeError);
  for (const field of fields) expect(error.fields?.[field], `${field} in ${text}`).toEqual(expect.any(String));
  return error;
}

/** A path that names nothing of ours: 404 in words, the path never echoed. */
async function notThere(response: Response): Promise<ErrorBody['error']> {
  const text = await response.text();
  expect(response.status, text).toBe(404);
  expect(text).not.toContain('alert');
  expect(text).not.toContain('OR 1=1');
  return parseJson(text, backOfficeError).error;
}

async function stored() {
  const count = (uid: typeof REQUEST | typeof OFFER | typeof MATCH | typeof PROPOSAL | typeof REVIEW) => cms.strapi.db.query(uid).count();
  const [requests, offers, matches, proposals, reviews] = await Promise.all([count(REQUEST), count(OFFER), count(MATCH), count(PROPOSAL), count(REVIEW)]);
  const match = await cms.strapi.db.query(MATCH).findOne({ where: { documentId: matchId }, select: ['caseStatus', 'followUpOn', 'notes'] });
  const proposal = await cms.strapi.db.query(PROPOSAL).findOne({ where: { documentId: proposalId }, select: ['caseStatus', 'grantedAmount'] });
  return { requests, offers, matches, proposals, reviews, match, proposal };
}

beforeAll(async () => {
  cms = await sharedCms();
  terms = await taxonomyIndex(cms.strapi);
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
  const request = await cms.strapi.documents(REQUEST).create({
    data: {
      reference: 'CB-VAL001',
      ...consent(),
      ...onTheWeb,
      forWhom: 'self',
      caseStatus: 'new',
      urgency: 'normal',
      contactName: 'Requester',
      description: 'Company',
      categories: ids('help-category', ['chat']),
      municipality: ids('municipality', ['jette'])[0],
    },
  });
  const offer = await cms.strapi.documents(OFFER).create({
    data: {
      reference: 'CB-VAL002',
      ...SCREENED_TODAY,
      ...consent(),
      ...onTheWeb,
      offerAs: 'person',
      frequency: 'flexible',
      contactName: 'Volunteer',
      description: 'Chats',
      caseStatus: 'available',
      categories: ids('help-category', ['chat']),
      municipalities: ids('municipality', ['jette']),
    },
  });
  requestId = request.documentId;
  offerId = offer.documentId;
  const created = await asBackOffice('/back-office/matches', {
    method: 'POST',
    body: { helpRequest: requestId, helpOffer: offerId, followUpOn: '2027-01-10' },
  });
  matchId = (await readJson(created, strapiDocument)).documentId;
  const [call] = await readJson(await asBackOffice('/back-office/project-calls'), z.array(strapiDocument));
  const proposal = await cms.strapi.documents(PROPOSAL).create({
    data: {
      reference: 'CB-VAL003',
      ...consent(),
      ...onTheWeb,
      caseStatus: 'received',
      projectCallDocumentId: call!.documentId,
      applicantType: 'person',
      contactName: 'Applicant',
      projectTitle: 'Soup',
      description: 'Soup on Sundays',
      targetGroup: 'Neighbours',
      startDate: '2027-02-01',
      endDate: '2027-12-31',
      requestedAmount: 1000,
    },
  });
  proposalId = proposal.documentId;
});

afterAll(async () => {
  await cms?.stop();
});

describe('hostile admin input: 400 with field errors, nothing stored', () => {
  it('refuses bodies of matches and referrals with wrong types, operators, impossible dates and overlong texts', async () => {
    const before = await stored();
    const bodies: [string, unknown, string[]][] = [
      ['/back-office/matches', { helpRequest: { $ne: null }, helpOffer: offerId }, ['helpRequest']],
      ['/back-office/matches', { helpRequest: requestId, helpOffer: [offerId] }, ['helpOffer']],
      ['/back-office/matches', { helpRequest: requestId, helpOffer: offerId, followUpOn: '2027-02-30' }, ['followUpOn']],
      ['/back-office/matches', { helpRequest: requestId, helpOffer: offerId, notes: 'x'.repeat(10_001) }, ['notes']],
      ['/back-office/matches', { helpRequest: requestId, helpOffer: offerId, sharedWithVolunteer: 42 }, ['sharedWithVolunteer']],
      ['/back-office/matches', [HOSTILE], ['form']],
      ['/back-office/referrals', { helpRequest: requestId, initiativeDocumentId: 'abc', organisationDocumentId: 'def' }, ['initiativeDocumentId']],
      ['/back-office/referrals', { helpRequest: HOSTILE, initiativeDocumentId: 'abc' }, ['helpRequest']],
    ];
    for (const [path, body, fields] of bodies) await refused(await asBackOffice(path, { method: 'POST', body }), fields);
    expect(await stored()).toEqual(before);
  });

  it('refuses a match change with an unknown status or a date that is not one, and finds nothing at a hostile id in the path', async () => {
    const before = await stored();
    await refused(await asBackOffice(`/back-office/matches/${matchId}`, { method: 'PUT', body: { status: HOSTILE } }), ['status']);
    await refused(await asBackOffice(`/back-office/matches/${matchId}`, { method: 'PUT', body: { status: 'active', followUpOn: 'tomorrow' } }), ['followUpOn']);
    await refused(await asBackOffice(`/back-office/matches/${matchId}`, { method: 'PUT', body: { status: 'active', notes: { toString: 'x' } } }), ['notes']);
    await notThere(await asBackOffice(`/back-office/matches/${encodeURIComponent("x' OR 1=1")}`, { method: 'PUT', body: { status: 'active' } }));
    expect(await stored()).toEqual(before);
  });

  it('refuses query strings with unknown statuses, codes, pages and operators instead of ignoring them', async () => {
    await refused(await asBackOffice(`/back-office/requests?status=${encodeURIComponent(HOSTILE)}`), ['status']);
    await refused(await asBackOffice('/back-office/requests?municipality=atlantis&category=chat'), ['municipality']);
    await refused(await asBackOffice('/back-office/requests?municipality[$ne]=jette'), ['municipality']);
    await refused(await asBackOffice('/back-office/requests?page=-1'), ['page']);
    await refused(await asBackOffice('/back-office/requests?channel=fax'), ['channel']);
    await refused(await asBackOffice(`/back-office/search?q=${'x'.repeat(101)}`), ['q']);
    await refused(await asBackOffice('/back-office/dashboard?weeks=1000'), ['weeks']);
    await refused(await asBackOffice('/back-office/dashboard?category=nonsense'), ['category']);
    await notThere(await asBackOffice(`/back-office/requests/${encodeURIComponent('../admin')}`));
  });

  it('refuses reviews, decisions, conflicts and assignments that are not numbers, text or a status, and keeps the proposal as it was', async () => {
    const before = await stored();
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/reviews`, { method: 'POST', body: { scores: 'all fives' } }), ['scores']);
    await refused(
      await asBackOffice(`/back-office/proposals/${proposalId}/reviews`, {
        method: 'POST',
        body: { scores: [{ criterion: 0, score: 5 }], comment: 'x'.repeat(4001) },
      }),
      ['comment'],
    );
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'approved', grantedAmount: 'lots' } }), [
      'grantedAmount',
    ]);
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'approved', grantedAmount: -5 } }), [
      'grantedAmount',
    ]);
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'granted' } }), ['status']);
    await refused(
      await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'rejected', overrideReason: 'x'.repeat(1001) } }),
      ['overrideReason'],
    );
    await refused(
      await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'rejected', internalNote: ['not', 'text'] } }),
      ['internalNote'],
    );
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/conflict`, { method: 'POST', body: { note: { $ne: '' } } }), ['note']);
    await refused(await asBackOffice(`/back-office/proposals/${proposalId}/assignments`, { method: 'POST', body: { reviewerId: 'anna' } }), ['reviewerId']);
    await notThere(await asBackOffice(`/back-office/proposals/${proposalId}/assignments/${encodeURIComponent('1 OR 1=1')}`, { method: 'DELETE' }));
    expect(await stored()).toEqual(before);
  });

  it("refuses a person's lookup without an email or phone, or with something else than text", async () => {
    await refused(await asBackOffice('/back-office/people/export', { method: 'POST', body: { email: ['a@example.be'] } }), ['email']);
    await refused(await asBackOffice('/back-office/people/erase', { method: 'POST', body: { phone: { $ne: '' } } }), ['phone']);
    await refused(await asBackOffice('/back-office/people/erase', { method: 'POST', body: {} }), ['email']);
  });

  it('refuses phone intake in an unknown channel or language, before reading the form', async () => {
    const before = await stored();
    await refused(await asBackOffice('/back-office/intake/help-request', { method: 'POST', body: { channel: 'web', values: {} } }), ['channel']);
    await refused(await asBackOffice('/back-office/intake/help-request', { method: 'POST', body: { channel: 'phone', locale: 'de', values: {} } }), ['locale']);
    await notThere(await asBackOffice('/back-office/intake/story-submission', { method: 'POST', body: { channel: 'phone', values: {} } }));
    expect(await stored()).toEqual(before);
  });

  it("answers in the staff member's language", async () => {
    const french = await refused(
      await asBackOffice('/back-office/matches', {
        method: 'POST',
        body: { helpRequest: requestId, helpOffer: offerId, followUpOn: 'demain' },
        headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
      }),
      ['followUpOn'],
    );
    expect(french.fields?.followUpOn).toBe('Indiquez une date (jour, mois et année).');
    const dutch = await refused(await asBackOffice('/back-office/people/export', { method: 'POST', body: {}, headers: { 'accept-language': 'nl' } }), [
      'email',
    ]);
    expect(dutch.fields?.email).toBe('Geef een telefoonnummer of een e-mailadres.');
  });
});

describe('what an outside try found, each answered in words that fit the field', () => {
  it('says a page number is a whole number from 1, not an amount in euros', async () => {
    const english = await refused(await asBackOffice('/back-office/requests?page=-1'), ['page']);
    expect(english.fields?.page).toBe('Give a whole number of at least 1.');
    const dutch = await refused(await asBackOffice('/back-office/requests?page=1.5', { headers: { 'accept-language': 'nl' } }), ['page']);
    expect(dutch.fields?.page).toBe('Geef een geheel getal.');
    const french = await refused(await asBackOffice('/back-office/dashboard?weeks=53', { headers: { 'accept-language': 'fr' } }), ['weeks']);
    expect(french.fields?.weeks).toBe('Indiquez un nombre entier d’au plus 52.');
    const amount = await refused(
      await asBackOffice(`/back-office/proposals/${proposalId}/decision`, { method: 'PUT', body: { status: 'approved', grantedAmount: 'lots' } }),
      ['grantedAmount'],
    );
    expect(amount.fields?.grantedAmount).toBe('Give an amount in euros above 0, for example 1250.');
  });

  it('says a screening date in the future is one, in the staff language', async () => {
    const future = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const body = { conversationOn: future, references: 'checked', codeOfConductAccepted: true, informationNoteLocale: 'nl' };
    const dutch = await refused(
      await asBackOffice(`/back-office/offers/${offerId}/screening`, { method: 'POST', body, headers: { 'accept-language': 'nl' } }),
      ['conversationOn'],
    );
    expect(dutch.fields?.conversationOn).toBe('Deze datum ligt in de toekomst. Geef de datum van vandaag of een vroegere.');
  });

  it('answers 404 for a request, offer or proposal id that is well formed but unknown, for reading and for acting', async () => {
    const unknown = 'zz0000000000000000000000';
    const before = await stored();
    await notThere(await asBackOffice(`/back-office/requests/${unknown}`));
    await notThere(await asBackOffice(`/back-office/requests/${unknown}/actions`, { method: 'POST', body: { action: 'mark-urgent' } }));
    await notThere(await asBackOffice(`/back-office/offers/${unknown}/actions`, { method: 'POST', body: { action: 'pause' } }));
    await notThere(await asBackOffice(`/back-office/proposals/${unknown}`));
    expect(await stored()).toEqual(before);
  });

  it('keeps a staff member’s language one of Nederlands, Français and English', async () => {
    const profile = async () =>
      z.looseObject({ data: z.looseObject({ preferedLanguage: z.string().nullable().optional() }) }).parse(await (await asBackOffice('/admin/users/me')).json())
        .data;
    expect((await asBackOffice('/admin/users/me', { method: 'PUT', body: { preferedLanguage: 'fr' } })).status).toBe(200);
    for (const preferedLanguage of ['xx', HOSTILE, 'FR', 'en-US', 42]) {
      const refusal = await refused(
        await asBackOffice('/admin/users/me', { method: 'PUT', body: { preferedLanguage }, headers: { 'accept-language': 'nl' } }),
        [],
      );
      expect(refusal.message).toBe('Kies een van de mogelijkheden uit de lijst.');
    }
    // Other spellings of the path reach the same route, and the same guard.
    for (const spelling of ['/ADMIN/users/Me', '/admin/users/me/']) {
      const refusal = await refused(
        await asBackOffice(spelling, { method: 'PUT', body: { preferedLanguage: 'xx' }, headers: { 'accept-language': 'fr' } }),
        [],
      );
      expect(refusal.message).toBe('Choisissez une des possibilités de la liste.');
    }
    expect((await profile()).preferedLanguage).toBe('fr');
    // Back to "the browser's language", which the other tests here rely on.
    expect((await asBackOffice('/admin/users/me', { method: 'PUT', body: { preferedLanguage: null } })).status).toBe(200);
  });

  it("gives phone intake's field errors in the staff member's language, whatever language the caller speaks", async () => {
    const answer = await asBackOffice('/back-office/intake/help-request', {
      method: 'POST',
      body: { channel: 'phone', locale: 'fr', values: { forWhom: 'self' } },
      headers: { 'accept-language': 'nl' },
    });
    const text = await answer.text();
    expect(answer.status, text).toBe(422);
    const { error } = parseJson(text, backOfficeError);
    expect(error.message).toBe('Sommige velden moet je nog eens bekijken');
    expect(error.fields?.contactName).toBe('Vul dit in.');
  });
});
