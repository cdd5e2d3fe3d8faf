import { LOCALES } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliClient } from '../src/meili.js';
import { reindex } from '../src/reindex.js';
import { syncDocument } from '../src/sync.js';
import { FakeCms } from './helpers/fake-cms.js';
import { fixtureRow, fixtureRows, IDS, PERSONAL_DATA } from './helpers/fixtures.js';
import { startTestMeilisearch, type TestMeilisearch } from './helpers/meilisearch.js';

/** Field names of the intake types (cms/src/api/<intake>/...) and personal fields of public types. */
const PRIVATE_FIELD_NAMES = [
  'reference',
  'caseStatus',
  'channel',
  'formLocale',
  'consentVersion',
  'consentedAt',
  'idempotencyKey',
  'staffNotes',
  'contactName',
  'phone',
  'email',
  'beneficiaryName',
  'relationToBeneficiary',
  'availability',
  'urgency',
  'offerAs',
  'anywhereInBrussels',
  'frequency',
  'projectCallDocumentId',
  'applicantType',
  'enterpriseNumber',
  'projectTitle',
  'targetGroup',
  'requestedAmount',
  'budgetLines',
  'attachments',
  'grantedAmount',
  'photo',
  'mayPublish',
  'publishAs',
  'storyDocumentId',
  'helpRequest',
  'helpOffer',
  'followUpOn',
  'sharedWithRequester',
  'sharedWithVolunteer',
  'notes',
  'confirmedAt',
  'matches',
  'contactPhone',
  'contactEmail',
  'authorName',
  'website',
  'address',
  'createdBy',
  'updatedBy',
];

/** What a careless CMS (or a future field) could put next to public content. */
const PRIVATE_EXTRAS = {
  email: 'lucie.vermeulen@example.org',
  phone: '+32 478 00 11 22',
  contactName: 'Lucie Vermeulen',
  beneficiaryName: 'Georges Lambert',
  staffNotes: 'Lives alone on the third floor, door code 4711',
  reference: 'HR-2026-00042',
  consentVersion: 'privacy-v3',
  idempotencyKey: 'b1a2c3d4-idem',
  createdBy: { id: 1, firstname: 'Editor', email: 'editor.person@example.org' },
};
const SECRET_VALUES = [
  ...PERSONAL_DATA,
  'lucie.vermeulen',
  '478 00 11 22',
  'Vermeulen',
  'Georges Lambert',
  'door code 4711',
  'HR-2026-00042',
  'b1a2c3d4-idem',
  'editor.person',
];

let meili: TestMeilisearch;
let cms: FakeCms;
let client: Meilisearch;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start()]);
  for (const { kind, row } of fixtureRows()) cms.publish(kind, { ...row, ...PRIVATE_EXTRAS });
  client = meiliClient(meili.connection);
  await reindex({ cms: { url: cms.url }, meili: meili.connection });
  // The incremental path too: a document published after the reindex.
  cms.publish('initiative', { ...fixtureRow('initiative', IDS.groceries, 'nl'), documentId: 'dnewlypublished00000001', ...PRIVATE_EXTRAS });
  expect(
    (await syncDocument({ kind: 'initiative', documentId: 'dnewlypublished00000001', locale: 'nl' }, { cms: { url: cms.url }, meili: meili.connection }))
      .status,
  ).toBe('indexed');
});
afterAll(async () => Promise.all([meili?.close(), cms?.close()]));

describe('nothing private is indexed', () => {
  it('no index holds a private field name or a piece of personal data', async () => {
    const { results: indexes } = await client.getRawIndexes({ limit: 100 });
    expect(indexes.map((index) => index.uid).sort()).toEqual(LOCALES.map((locale) => `content_${locale}`).sort());
    let scanned = 0;
    for (const { uid } of indexes) {
      const { results } = await client.index(uid).getDocuments({ limit: 1000 });
      for (const document of results) {
        scanned += 1;
        for (const name of PRIVATE_FIELD_NAMES) expect(Object.keys(document), `${uid} ${document.id}`).not.toContain(name);
        const json = JSON.stringify(document);
        for (const secret of SECRET_VALUES) expect(json, `${uid} ${document.id}`).not.toContain(secret);
      }
      const { fieldDistribution } = await client.index(uid).getStats();
      for (const name of PRIVATE_FIELD_NAMES) expect(Object.keys(fieldDistribution)).not.toContain(name);
    }
    expect(scanned).toBe(fixtureRows().length + 1);
  });

  it('search/ only ever asked the CMS for published public collections', () => {
    expect(cms.requests.length).toBeGreaterThan(0);
    for (const request of cms.requests) {
      expect(request).toMatch(/^\/api\/(initiatives|organisations|stories|project-calls|funded-projects)\?/);
      expect(request).not.toMatch(/[?&]status=/);
    }
  });

  it('refuses to sync an intake type, without asking the CMS', async () => {
    const before = cms.requests.length;
    for (const kind of ['help-request', 'help-offer', 'project-proposal', 'story-submission', 'match']) {
      const result = await syncDocument({ kind: kind as never, documentId: 'x1', locale: 'nl' }, { cms: { url: cms.url }, meili: meili.connection });
      expect(result.status).toBe('ignored');
    }
    expect(cms.requests.length).toBe(before);
  });
});
