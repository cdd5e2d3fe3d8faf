import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type TestCms } from '../helpers/cms';
import { readJson, referenceAnswer, storedRecord, strapiDocument } from '../helpers/http';
import { seededProjectCallId, validSubmission } from '../helpers/intake-payloads';
import { staffFetch, staffToken } from '../helpers/staff';

/**
 * A person's right of access and right to be forgotten, as staff use them in the back office, after
 * staff worked on the person's records (content manager and back office) and matched them with a
 * volunteer: the export holds exactly the person's own fields, the erase wipes only their data.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const STORY = 'api::story-submission.story-submission';
const PROPOSAL = 'api::project-proposal.project-proposal';
const MATCH = 'api::match.match';

const INTAKE_RECORD = ['reference', 'caseStatus', 'channel', 'formLocale', 'consentVersion', 'consentedAt', 'createdAt', 'contactName', 'phone', 'email'];
const EXPECTED_KEYS = {
  [REQUEST]: [
    ...INTAKE_RECORD,
    'forWhom',
    'beneficiaryName',
    'relationToBeneficiary',
    'categories',
    'description',
    'interests',
    'municipality',
    'languages',
    'availableTimes',
    'availability',
    'urgency',
    // The loneliness scale's scores and dates: theirs to see.
    'lonelinessConsentedAt',
    'lonelinessAtIntake',
    'lonelinessAtFollowUp',
    'lonelinessFollowUpAt',
  ],
  [OFFER]: [
    ...INTAKE_RECORD,
    'offerAs',
    'organisationName',
    'categories',
    'description',
    'interests',
    'anywhereInBrussels',
    'municipalities',
    'languages',
    'availableTimes',
    'availability',
    'frequency',
    'awayFrom',
    'awayUntil',
    'capacity',
    // The code of conduct they accepted and their screening: what was done about them, never staff's own words.
    'codeOfConductVersion',
    'codeOfConductAcceptedAt',
    'screenedOn',
    'screenedByName',
    'screeningReferences',
    'screeningCodeOfConductVersion',
    'informationNoteLocale',
    'informationNoteVersion',
  ],
  [STORY]: [...INTAKE_RECORD, 'title', 'text', 'photo', 'mayPublish', 'publishAs'],
  [PROPOSAL]: [
    ...INTAKE_RECORD,
    'projectCallDocumentId',
    'applicantType',
    'organisationName',
    'enterpriseNumber',
    'projectTitle',
    'description',
    'targetGroup',
    'municipalities',
    'startDate',
    'endDate',
    'requestedAmount',
    'budgetLines',
    'attachments',
    'grantedAmount',
    'decisionNote',
    'decidedAt',
  ],
};
const MATCH_KEYS = ['kind', 'caseStatus', 'followUpOn', 'confirmedAt', 'createdAt'];

const requester = { contactName: 'Maria Requester', email: 'maria.requester@example.org', phone: '0470 11 22 33' };
const volunteer = { contactName: 'Victor Volunteer', email: 'victor.volunteer@example.org', phone: '0470 99 88 77' };
const ABOUT_VOLUNTEER = 'Victor will call you on Tuesday from 0470 99 88 77';
const ABOUT_REQUESTER = 'Maria lives near the park, ring twice';
const MATCH_NOTES = 'Victor had a complaint last year; Maria can be anxious';
const STAFF_NOTES = 'Staff note: daughter in Ghent, calls on Sundays';

const personalDataExport = z.record(z.string(), z.array(storedRecord));
type Export = z.output<typeof personalDataExport>;

let cms: TestCms;
let asBackOffice: ReturnType<typeof staffFetch>;
let request: { documentId: string; reference: string };
let offer: { documentId: string; reference: string };
let bystander: { documentId: string };
let match: { documentId: string };

async function submit(path: string, body: Record<string, unknown>): Promise<{ documentId: string; reference: string }> {
  const response = await fetch(`${cms.url}/api/intake/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  const { reference } = await readJson(response, referenceAnswer);
  const uid = `api::${path.replace(/s$/, '')}.${path.replace(/s$/, '')}`;
  const row = z.looseObject({ documentId: z.string() }).parse(await cms.strapi.db.query(uid).findOne({ where: { reference }, select: ['documentId'] }));
  return { documentId: row.documentId, reference };
}

/** An edit as staff make it in the content manager: Strapi records them as the record's updater. */
async function editInContentManager(uid: string, documentId: string, data: Record<string, unknown>): Promise<void> {
  const response = await asBackOffice(`/content-manager/collection-types/${uid}/${documentId}`, { method: 'PUT', body: data });
  expect(response.status, await response.clone().text()).toBe(200);
}

const exportOf = async (person: { email?: string; phone?: string }) => {
  const response = await asBackOffice('/back-office/people/export', { method: 'POST', body: person });
  expect(response.status).toBe(200);
  return readJson(response, personalDataExport);
};

beforeAll(async () => {
  cms = await sharedCms();
  asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
  const callId = await seededProjectCallId(cms);

  request = await submit('help-requests', {
    ...validSubmission('help-request', 1, {}, 'nl'),
    ...requester,
    forWhom: 'self',
    description: 'Needs someone for the groceries',
  });
  offer = await submit('help-offers', { ...validSubmission('help-offer', 2, {}, 'fr'), ...volunteer, description: 'Has a car on Saturdays' });
  await submit('story-submissions', { ...validSubmission('story-submission', 3, {}, 'en'), ...requester, title: 'Our street', text: 'We made soup together.' });
  await submit('project-proposals', {
    ...validSubmission('project-proposal', 4, { projectCallDocumentId: callId }, 'nl'),
    ...requester,
    projectTitle: 'Soup on Sundays',
  });
  // Someone else who merely names the requester's address in their own request.
  bystander = await submit('help-requests', {
    ...validSubmission('help-request', 5, {}, 'nl'),
    contactName: 'Bruno Bystander',
    email: 'bruno@example.org',
    description: `My neighbour ${requester.email} asked me to write too`,
  });

  await editInContentManager(REQUEST, request.documentId, { staffNotes: STAFF_NOTES, urgency: 'urgent' });
  await editInContentManager(OFFER, offer.documentId, {
    staffNotes: 'Volunteer since 2025',
    caseStatus: 'available',
    screenedOn: new Date().toISOString().slice(0, 10),
  });

  const created = await asBackOffice('/back-office/matches', {
    method: 'POST',
    body: {
      helpRequest: request.documentId,
      helpOffer: offer.documentId,
      sharedWithRequester: ABOUT_VOLUNTEER,
      sharedWithVolunteer: ABOUT_REQUESTER,
      notes: MATCH_NOTES,
    },
  });
  expect(created.status).toBe(201);
  match = await readJson(created, strapiDocument);
  await editInContentManager(MATCH, match.documentId, { followUpOn: '2027-02-01' });
});

afterAll(async () => {
  await cms?.stop();
});

describe('a personal-data export', () => {
  it('holds exactly the allow-listed fields of the person’s own records, by email, alone or with their phone', async () => {
    for (const person of [{ email: 'MARIA.requester@example.org' }, { email: requester.email, phone: '+32 470 11 22 33' }]) {
      const exported = await exportOf(person);
      expect(Object.keys(exported).sort()).toEqual([MATCH, PROPOSAL, REQUEST, STORY].sort());
      for (const uid of [REQUEST, STORY, PROPOSAL] as const) {
        expect(exported[uid], uid).toHaveLength(1);
        expect(Object.keys(exported[uid]![0]!).sort(), uid).toEqual([...EXPECTED_KEYS[uid]].sort());
      }
      expect(exported[REQUEST]![0]).toMatchObject({
        reference: request.reference,
        contactName: requester.contactName,
        urgency: 'urgent',
        categories: expect.any(Array),
      });
      expect(exported[PROPOSAL]![0]!.budgetLines).toEqual([
        { label: 'Materiaal', amount: expect.anything() },
        { label: 'Vervoer', amount: expect.anything() },
      ]);

      expect(exported[MATCH]).toHaveLength(1);
      expect(Object.keys(exported[MATCH]![0]!).sort()).toEqual([...MATCH_KEYS, 'sharedWithVolunteer', 'helpRequest'].sort());
      expect(exported[MATCH]![0]).toMatchObject({ helpRequest: request.reference, sharedWithVolunteer: ABOUT_REQUESTER, followUpOn: '2027-02-01' });

      const text = JSON.stringify(exported);
      for (const secret of [
        'password',
        '@staff',
        'Token',
        'updatedBy',
        'createdBy',
        'documentId',
        STAFF_NOTES,
        MATCH_NOTES,
        ABOUT_VOLUNTEER,
        'Victor',
        volunteer.email,
        '0470 99 88 77',
        'Bruno',
        offer.reference,
      ]) {
        expect(text, secret).not.toContain(secret);
      }
    }
  });

  it('gives the volunteer their side of the match, never the requester’s', async () => {
    const exported = await exportOf({ email: volunteer.email });
    expect(Object.keys(exported).sort()).toEqual([MATCH, OFFER].sort());
    expect(Object.keys(exported[OFFER]![0]!).sort()).toEqual([...EXPECTED_KEYS[OFFER]].sort());
    expect(Object.keys(exported[MATCH]![0]!).sort()).toEqual([...MATCH_KEYS, 'sharedWithRequester', 'helpOffer'].sort());
    expect(exported[MATCH]![0]).toMatchObject({ helpOffer: offer.reference, sharedWithRequester: ABOUT_VOLUNTEER });
    const text = JSON.stringify(exported);
    for (const secret of ['password', '@staff', 'Volunteer since 2025', MATCH_NOTES, ABOUT_REQUESTER, 'Maria', requester.email, request.reference]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});

describe('erasing a person', () => {
  it('wipes their records and their side of the match, and leaves the volunteer and a bystander who names them alone', async () => {
    const erased = await asBackOffice('/back-office/people/erase', { method: 'POST', body: { email: requester.email, phone: '0470/11.22.33' } });
    expect(erased.status).toBe(200);
    expect(await readJson(erased)).toEqual({ [REQUEST]: 1, [STORY]: 1, [PROPOSAL]: 1, [MATCH]: 1 });

    const wiped = storedRecord.parse(await cms.strapi.db.query(REQUEST).findOne({ where: { documentId: request.documentId } }));
    expect(wiped).toMatchObject({ contactName: 'Anonymised', email: null, phone: null, staffNotes: null, reference: request.reference });
    expect(await exportOf({ email: requester.email })).toEqual({});

    const matched = storedRecord.parse(
      await cms.strapi.db.query(MATCH).findOne({ where: { documentId: match.documentId }, populate: { helpOffer: { select: ['documentId'] } } }),
    );
    expect(matched).toMatchObject({
      sharedWithVolunteer: null,
      notes: null,
      sharedWithRequester: ABOUT_VOLUNTEER,
      helpOffer: { documentId: offer.documentId },
    });

    const volunteerOffer = storedRecord.parse(await cms.strapi.db.query(OFFER).findOne({ where: { documentId: offer.documentId } }));
    expect(volunteerOffer).toMatchObject({ ...volunteer, staffNotes: 'Volunteer since 2025', anonymisedAt: null });
    const stillTheirs = await exportOf({ email: volunteer.email });
    expect(stillTheirs[MATCH]![0]).toMatchObject({ sharedWithRequester: ABOUT_VOLUNTEER });

    const untouched = storedRecord.parse(await cms.strapi.db.query(REQUEST).findOne({ where: { documentId: bystander.documentId } }));
    expect(untouched).toMatchObject({ contactName: 'Bruno Bystander', email: 'bruno@example.org', anonymisedAt: null });
  });
});

describe('people who share a household phone, written differently', () => {
  const rita = { contactName: 'Rita Household', email: 'rita@example.org', phone: '+32 2 555 11 11' };
  const otherPerson = { contactName: 'Other Person', email: 'other@example.org', phone: '02 555 11 11' };
  const landlineCaller = { contactName: 'Landline Caller', phone: '0032 2 555 11 11' };
  let ritas: { documentId: string; reference: string };
  let others: { documentId: string; reference: string };
  let landline: { documentId: string; reference: string };
  const referencesIn = (exported: Export) => (exported[REQUEST] ?? []).map((record) => record.reference);
  const stored = async (documentId: string) => storedRecord.parse(await cms.strapi.db.query(REQUEST).findOne({ where: { documentId } }));

  beforeAll(async () => {
    ritas = await submit('help-requests', { ...validSubmission('help-request', 6, {}, 'nl'), ...rita });
    others = await submit('help-requests', { ...validSubmission('help-request', 9, {}, 'fr'), ...otherPerson });
    landline = await submit('help-requests', { ...validSubmission('help-request', 7, {}, 'en'), ...landlineCaller });
  });

  it('exports by email and phone only the records no identifier contradicts, never the other person’s', async () => {
    const exported = await exportOf({ email: rita.email, phone: '02/555.11.11' });
    expect(referencesIn(exported).sort()).toEqual([ritas.reference, landline.reference].sort());
    const text = JSON.stringify(exported);
    for (const secret of [otherPerson.contactName, otherPerson.email, others.reference]) expect(text, secret).not.toContain(secret);
  });

  it('finds and erases by phone alone only the records without an email address', async () => {
    expect(referencesIn(await exportOf({ phone: '+32 2 555 11 11' }))).toEqual([landline.reference]);
    const erased = await asBackOffice('/back-office/people/erase', { method: 'POST', body: { phone: '02 555 11 11' } });
    expect(await readJson(erased)).toEqual({ [REQUEST]: 1 });
    expect(await stored(landline.documentId)).toMatchObject({ contactName: 'Anonymised', phone: null });
    expect(await stored(others.documentId)).toMatchObject({ ...otherPerson, anonymisedAt: null });
    expect(await stored(ritas.documentId)).toMatchObject({ ...rita, anonymisedAt: null });
  });

  it('erases by email and phone only that person, and leaves the other person in the household alone', async () => {
    const erased = await asBackOffice('/back-office/people/erase', { method: 'POST', body: { email: ' RITA@example.org ', phone: '0032 2 555 11 11' } });
    expect(await readJson(erased)).toEqual({ [REQUEST]: 1 });
    expect(await stored(ritas.documentId)).toMatchObject({ contactName: 'Anonymised', email: null, phone: null });
    expect(await stored(others.documentId)).toMatchObject({ ...otherPerson, anonymisedAt: null });
    expect(referencesIn(await exportOf({ email: otherPerson.email, phone: otherPerson.phone }))).toEqual([others.reference]);
  });
});
