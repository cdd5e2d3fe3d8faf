import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { readJson, referenceAnswer, strapiDocument } from './helpers/http';
import { staffFetch, staffToken } from './helpers/staff';
import { taxonomyIndex } from '../src/bootstrap/taxonomies';
import { OFFER_DEFAULTS, PROPOSAL_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY, type RecordInput } from './helpers/records';

/** The back-office workspace's API, as the plugin's pages use it, against a real Strapi. */

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let terms: Record<string, Map<string, string>>;
let counter = 0;

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';

const ids = (taxonomy: string, codes: string[]) => codes.map((code) => terms[taxonomy]!.get(code)!);

async function helpRequest(fields: {
  municipality: string;
  categories: string[];
  languages?: string[];
  urgency?: RecordInput<typeof REQUEST>['urgency'];
  email?: string;
}) {
  counter += 1;
  return cms.strapi.documents(REQUEST).create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-BO${String(counter).padStart(4, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: `Requester ${counter}`,
      email: fields.email,
      description: 'Would like company',
      urgency: fields.urgency ?? 'normal',
      categories: ids('help-category', fields.categories),
      municipality: ids('municipality', [fields.municipality])[0],
      languages: ids('spoken-language', fields.languages ?? ['nl']),
    },
  });
}

async function helpOffer(fields: { municipalities: string[]; categories: string[]; languages?: string[] }) {
  counter += 1;
  return cms.strapi.documents(OFFER).create({
    data: {
      ...OFFER_DEFAULTS,
      ...SCREENED_TODAY,
      reference: `CB-BO${String(counter).padStart(4, '0')}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: `Volunteer ${counter}`,
      description: 'Happy to help',
      caseStatus: 'available',
      categories: ids('help-category', fields.categories),
      municipalities: ids('municipality', fields.municipalities),
      languages: ids('spoken-language', fields.languages ?? ['nl']),
    },
  });
}

beforeAll(async () => {
  cms = await startCms();
  terms = await taxonomyIndex(cms.strapi);
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});

afterAll(async () => {
  await cms?.stop();
});

describe('who may use the workspace', () => {
  it('answers the back office, refuses editors (403) and anonymous callers (401)', async () => {
    expect((await asBackOffice('/back-office/requests')).status).toBe(200);
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor('/back-office/requests')).status).toBe(403);
    expect((await asEditor('/back-office/people/export', { method: 'POST', body: { email: 'x@example.be' } })).status).toBe(403);
    expect((await fetch(`${cms.url}/back-office/requests`)).status).toBe(401);
  });
});

describe('the queue', () => {
  it('lists open requests urgent first, then the longest waiting, with filters and counts', async () => {
    const first = await helpRequest({ municipality: 'jette', categories: ['chat'] });
    const second = await helpRequest({ municipality: 'jette', categories: ['walking'] });
    const urgent = await helpRequest({ municipality: 'jette', categories: ['chat'], urgency: 'urgent' });

    const response = await asBackOffice('/back-office/requests?municipality=jette');
    const queue = await readJson(
      response,
      z.looseObject({
        results: z.array(z.looseObject({ documentId: z.string(), categories: z.array(z.string()) })),
        counts: z.looseObject({ total: z.number(), byStatus: z.record(z.string(), z.number()) }),
      }),
    );
    expect(queue.results.map((row) => row.documentId)).toEqual([urgent.documentId, first.documentId, second.documentId]);
    expect(queue.counts.total).toBe(3);
    expect(queue.counts.byStatus.new).toBe(3);

    const chat = await readJson(await asBackOffice('/back-office/requests?municipality=jette&category=chat'), z.looseObject({ results: z.array(z.unknown()) }));
    expect(chat.results).toHaveLength(2);
  });
});

describe('suggestions and matching', () => {
  it('suggests the nearby offer first with its reasons, matches in one action, and refuses a taken offer', async () => {
    const request = await helpRequest({ municipality: 'koekelberg', categories: ['groceries'] });
    const near = await helpOffer({ municipalities: ['koekelberg'], categories: ['groceries'] });
    const neighbour = await helpOffer({ municipalities: ['jette'], categories: ['groceries'] });

    const suggestions = await readJson(
      await asBackOffice(`/back-office/requests/${request.documentId}/suggestions`),
      z.looseObject({
        offers: z.array(z.looseObject({ documentId: z.string(), reference: z.string(), reasons: z.array(z.looseObject({ code: z.string() })) })),
        initiatives: z.array(z.unknown()),
      }),
    );
    const order = suggestions.offers.map((offer) => offer.documentId);
    expect(order.indexOf(near.documentId)).toBeLessThan(order.indexOf(neighbour.documentId));
    expect(suggestions.offers[order.indexOf(near.documentId)]?.reasons.map((reason) => reason.code)).toContain('same-municipality');
    expect(suggestions.offers[order.indexOf(near.documentId)]?.reference).toBe(near.reference);

    const created = await asBackOffice('/back-office/matches', {
      method: 'POST',
      body: { helpRequest: request.documentId, helpOffer: near.documentId, followUpOn: '2026-12-03' },
    });
    expect(created.status).toBe(201);
    const { documentId: match } = await readJson(created, strapiDocument);

    const another = await helpRequest({ municipality: 'koekelberg', categories: ['groceries'] });
    const refused = await asBackOffice('/back-office/matches', { method: 'POST', body: { helpRequest: another.documentId, helpOffer: near.documentId } });
    expect(refused.status).toBe(409);

    const contacted = await asBackOffice(`/back-office/matches/${match}`, { method: 'PUT', body: { status: 'contacted' } });
    expect(await readJson(contacted)).toEqual({ documentId: match, confirmed: true });
    const moved = await asBackOffice(`/back-office/matches/${match}`, { method: 'PUT', body: { status: 'active' } });
    expect(await readJson(moved)).toEqual({ documentId: match, confirmed: false });
    const detail = await readJson(
      await asBackOffice(`/back-office/requests/${request.documentId}`),
      z.looseObject({ caseStatus: z.string(), matches: z.array(z.looseObject({ caseStatus: z.string() })) }),
    );
    expect(detail.caseStatus).toBe('matched');
    expect(detail.matches[0]?.caseStatus).toBe('active');
    expect(detail).not.toHaveProperty('idempotencyKey');

    expect((await asBackOffice(`/back-office/matches/${match}`, { method: 'PUT', body: { status: 'finished?' } })).status).toBe(400);
  });

  it('finds offers by free search', async () => {
    const offer = await helpOffer({ municipalities: ['evere'], categories: ['letters'] });
    const found = await readJson(
      await asBackOffice(`/back-office/search?q=${encodeURIComponent(String(offer.reference))}`),
      z.looseObject({ offers: z.array(z.looseObject({ documentId: z.string() })) }),
    );
    expect(found.offers.map((row) => row.documentId)).toEqual([offer.documentId]);
  });
});

describe('the dashboard', () => {
  it('gives figures per week, by municipality and category', async () => {
    const figures = await readJson(
      await asBackOffice('/back-office/dashboard?weeks=4'),
      z.looseObject({
        weeks: z.array(z.looseObject({ requests: z.number() })),
        byMunicipality: z.record(z.string(), z.number()),
        outcomes: z.record(z.string(), z.number()),
      }),
    );
    expect(figures.weeks).toHaveLength(4);
    expect(figures.weeks.at(-1)!.requests).toBeGreaterThan(0);
    expect(figures.byMunicipality.jette).toBe(3);
    expect(figures.outcomes.active).toBeGreaterThanOrEqual(1);
  });

  it('narrows every figure to one municipality and kind of help', async () => {
    const jette = await readJson(
      await asBackOffice('/back-office/dashboard?weeks=4&municipality=jette'),
      z.looseObject({ byMunicipality: z.record(z.string(), z.number()), byCategory: z.record(z.string(), z.number()) }),
    );
    expect(jette.byMunicipality).toEqual({ jette: 3 });
    const chatInJette = await readJson(
      await asBackOffice('/back-office/dashboard?weeks=4&municipality=jette&category=chat'),
      z.looseObject({ byMunicipality: z.record(z.string(), z.number()), weeks: z.array(z.looseObject({ requests: z.number() })) }),
    );
    expect(chatInJette.byMunicipality).toEqual({ jette: 2 });
  });
});

describe('project-call review', () => {
  it('scores a proposal against the call criteria, records the confirmed decision, and exports the decision sheet', async () => {
    const calls = await readJson(
      await asBackOffice('/back-office/project-calls'),
      z.array(z.looseObject({ documentId: z.string(), criteria: z.array(z.looseObject({ title: z.string() })), maxPerProject: z.number() })),
    );
    const call = calls[0]!;
    expect(call.criteria.length).toBeGreaterThan(0);

    const proposal = await cms.strapi.documents('api::project-proposal.project-proposal').create({
      data: {
        ...PROPOSAL_DEFAULTS,
        reference: 'CB-PROP01',
        consentVersion: 'test',
        consentedAt: new Date().toISOString(),
        projectCallDocumentId: call.documentId,
        applicantType: 'organisation',
        organisationName: 'Buurthuis De Linde',
        contactName: 'An Peeters',
        projectTitle: '=Soup on Sundays',
        description: 'A warm meal and company',
        targetGroup: 'Older neighbours',
        startDate: '2027-02-01',
        endDate: '2027-12-31',
        requestedAmount: 4000,
      },
    });

    const fullMarks = call.criteria.map((_, criterion) => ({ criterion, score: 5 }));
    const badScores = await asBackOffice(`/back-office/proposals/${proposal.documentId}/reviews`, {
      method: 'POST',
      body: { scores: [{ criterion: 0, score: 9 }] },
    });
    expect(badScores.status).toBe(400);
    expect(
      (await asBackOffice(`/back-office/proposals/${proposal.documentId}/reviews`, { method: 'POST', body: { scores: fullMarks, comment: 'Strong' } })).status,
    ).toBe(201);

    const list = await readJson(
      await asBackOffice(`/back-office/project-calls/${call.documentId}/proposals`),
      z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), score: z.number(), reviews: z.number(), applicant: z.string() })) }),
    );
    expect(list.results.find((row) => row.documentId === proposal.documentId)).toMatchObject({ score: 100, reviews: 1, applicant: 'Buurthuis De Linde' });

    const withoutAmount = await asBackOffice(`/back-office/proposals/${proposal.documentId}/decision`, { method: 'PUT', body: { status: 'approved' } });
    expect(withoutAmount.status).toBe(400);
    const tooMuch = await asBackOffice(`/back-office/proposals/${proposal.documentId}/decision`, {
      method: 'PUT',
      body: { status: 'approved', grantedAmount: call.maxPerProject + 1 },
    });
    expect(tooMuch.status).toBe(400);
    // The seeded call is still open and has one review: deciding now needs a reason (project-review.test.ts tests the rules).
    const drafted = await asBackOffice(`/back-office/proposals/${proposal.documentId}/decision`, {
      method: 'PUT',
      body: { status: 'approved', grantedAmount: 3500, applicantText: 'Welcome aboard', overrideReason: 'Decided early for this test of the sheet' },
    });
    expect(drafted.status).toBe(200);
    expect((await asBackOffice(`/back-office/proposals/${proposal.documentId}/decision/confirm`, { method: 'POST' })).status).toBe(200);

    const sheet = await asBackOffice(`/back-office/project-calls/${call.documentId}/decision-sheet`);
    expect(sheet.headers.get('content-type')).toContain('text/csv');
    expect(sheet.headers.get('content-disposition')).toContain('attachment');
    const csv = await sheet.text();
    expect(csv).toContain("CB-PROP01;'=Soup on Sundays;Buurthuis De Linde;");
    expect(csv).toContain(';Approved;4000;100;1;3500');
  });
});

describe("a person's data", () => {
  it('is exported and erased by email on request', async () => {
    await helpRequest({ municipality: 'forest', categories: ['chat'], email: 'lucie@example.be' });
    const exported = await readJson(
      await asBackOffice('/back-office/people/export', { method: 'POST', body: { email: 'lucie@example.be' } }),
      z.record(z.string(), z.array(z.looseObject({ contactName: z.string() }))),
    );
    expect(exported[REQUEST]).toHaveLength(1);
    expect((await asBackOffice('/back-office/people/export', { method: 'POST', body: {} })).status).toBe(400);

    const erased = await readJson(
      await asBackOffice('/back-office/people/erase', { method: 'POST', body: { email: 'lucie@example.be' } }),
      z.record(z.string(), z.number()),
    );
    expect(erased[REQUEST]).toBe(1);
    expect(await readJson(await asBackOffice('/back-office/people/export', { method: 'POST', body: { email: 'lucie@example.be' } }))).toEqual({});
  });
});

describe('phone and social intake', () => {
  const values = {
    forWhom: 'someone-else',
    contactName: 'Karim (calls for his neighbour)',
    phone: '0470 12 34 56',
    beneficiaryName: 'Mevrouw Claes',
    categories: ['groceries'],
    description: 'Needs someone to carry groceries up the stairs',
    municipality: 'molenbeek',
    languages: ['nl', 'ar'],
    consent: true,
  };

  it('registers a request taken on the phone with the same validation and reference as the public form', async () => {
    const created = await asBackOffice('/back-office/intake/help-request', { method: 'POST', body: { channel: 'phone', locale: 'nl', values } });
    expect(created.status).toBe(201);
    const { reference } = await readJson(created, referenceAnswer);
    expect(reference).toMatch(/^CB-[2-9A-HJKMNP-Z]{6}$/);
    const stored = await cms.strapi.db.query(REQUEST).findOne({ where: { reference }, populate: { languages: true } });
    expect(stored).toMatchObject({ channel: 'phone', formLocale: 'nl', caseStatus: 'new', beneficiaryName: 'Mevrouw Claes' });
    expect(stored.languages).toHaveLength(2);
  });

  it('answers field errors in the staff member’s language, not the caller’s, and refuses an unknown channel', async () => {
    const invalid = await asBackOffice('/back-office/intake/help-offer', {
      method: 'POST',
      body: { channel: 'social', locale: 'fr', values: { consent: true } },
      headers: { 'accept-language': 'nl-BE' },
    });
    expect(invalid.status).toBe(422);
    const { error } = await readJson(invalid, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) }));
    expect(error.fields.description).toBe('Vul dit in.');
    expect((await asBackOffice('/back-office/intake/help-request', { method: 'POST', body: { channel: 'web', values } })).status).toBe(400);
  });
});
