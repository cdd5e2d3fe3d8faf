import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { startCms, type TestCms } from './helpers/cms';
import { taxonomyIndex } from '../src/bootstrap/taxonomies';
import { ANONYMISED } from '../src/privacy/personal-data';
import { readCmsConfig } from '../src/config/env';
import { applyRetention, retentionCutoff } from '../src/privacy/retention';
import { erasePersonalData, exportPersonalData, phoneDigits } from '../src/privacy/subject-requests';
import { PROPOSAL_DEFAULTS, REQUEST_DEFAULTS, type RecordInput } from './helpers/records';
import { storedRecord } from './helpers/http';

let cms: TestCms;
let strapi: Core.Strapi;
let counter = 0;

const REQUEST = 'api::help-request.help-request';
const MONTH = 31 * 24 * 3600 * 1000;

async function helpRequest(caseStatus: RecordInput<typeof REQUEST>['caseStatus']) {
  counter += 1;
  const terms = await taxonomyIndex(strapi);
  return strapi.documents(REQUEST).create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-RET${counter}`,
      caseStatus,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: 'Maria Janssens',
      phone: '02 555 01 23',
      email: 'maria@example.be',
      description: 'Lives alone since her husband died',
      beneficiaryName: 'Jos Janssens',
      categories: [terms['help-category']!.get('chat')!],
      municipality: terms.municipality!.get('anderlecht')!,
    },
  });
}

const stored = async (documentId: string) =>
  storedRecord.parse(await strapi.db.query(REQUEST).findOne({ where: { documentId }, populate: { categories: true, municipality: true } }));

let privateUploads: string;

beforeAll(async () => {
  privateUploads = await mkdtemp(path.join(tmpdir(), 'cb-retention-uploads-'));
  cms = await startCms({ PRIVATE_UPLOADS_DIR: privateUploads });
  strapi = cms.strapi;
});

afterAll(async () => {
  await cms?.stop();
  await rm(privateUploads, { recursive: true, force: true });
});

describe('retention of closed cases', () => {
  it('reads the period from RETENTION_MONTHS, 12 by default', () => {
    expect(readCmsConfig({}).retentionMonths).toBe(12);
    expect(readCmsConfig({ RETENTION_MONTHS: '24' }).retentionMonths).toBe(24);
    expect(retentionCutoff(new Date('2027-12-15T00:00:00Z'), 12).toISOString()).toBe('2026-12-15T00:00:00.000Z');
  });

  it('anonymises a closed case once the period has passed, keeping what the figures need', async () => {
    const closed = await helpRequest('closed');
    const open = await helpRequest('in-progress');

    const halfYearLater = new Date(Date.now() + 6 * MONTH);
    expect((await applyRetention(strapi, halfYearLater))[REQUEST]).toBe(0);
    expect((await stored(closed.documentId)).contactName).toBe('Maria Janssens');

    const yearAndAMonthLater = new Date(Date.now() + 13 * MONTH);
    const report = await applyRetention(strapi, yearAndAMonthLater);
    expect(report[REQUEST]).toBe(1);

    const wiped = await stored(closed.documentId);
    expect(wiped).toMatchObject({
      contactName: ANONYMISED,
      description: ANONYMISED,
      phone: null,
      email: null,
      beneficiaryName: null,
      reference: closed.reference,
      caseStatus: 'closed',
    });
    expect(wiped.anonymisedAt).toBeTruthy();
    expect((wiped.categories as unknown[]).length).toBe(1);
    expect(wiped.municipality).toBeTruthy();
    expect(JSON.stringify(wiped)).not.toMatch(/Maria|Janssens|555 01 23|example\.be|husband/);

    expect((await stored(open.documentId)).contactName).toBe('Maria Janssens');
    expect((await applyRetention(strapi, yearAndAMonthLater))[REQUEST]).toBe(0);
  });

  it("removes a closed proposal's attached files along with the applicant's contact details", async () => {
    const fileId = 'ab'.repeat(16);
    await writeFile(path.join(privateUploads, fileId), '%PDF-1.7 a CV');
    const proposal = await strapi.documents('api::project-proposal.project-proposal').create({
      data: {
        ...PROPOSAL_DEFAULTS,
        reference: 'CB-RETPRO',
        caseStatus: 'rejected',
        consentVersion: 'test',
        consentedAt: new Date().toISOString(),
        projectCallDocumentId: 'call',
        contactName: 'Maria Janssens',
        email: 'maria@example.be',
        projectTitle: 'Soup on Sundays',
        description: 'Warm meals',
        targetGroup: 'Neighbours',
        startDate: '2027-01-01',
        endDate: '2027-06-30',
        requestedAmount: 1000,
        attachments: [{ id: fileId, name: 'cv.pdf', type: 'application/pdf', size: 13, sha256: 'x' }],
      },
    });

    const report = await applyRetention(strapi, new Date(Date.now() + 13 * MONTH));
    expect(report['api::project-proposal.project-proposal']).toBe(1);
    const wiped = storedRecord.parse(await strapi.db.query('api::project-proposal.project-proposal').findOne({ where: { documentId: proposal.documentId } }));
    expect(wiped).toMatchObject({ contactName: ANONYMISED, email: null, attachments: null, projectTitle: 'Soup on Sundays' });
    expect(existsSync(path.join(privateUploads, fileId))).toBe(false);
  });
});

describe('a person asks for their data, then to be forgotten', () => {
  it('exports every record found by email or phone (written another way) and erases them all', async () => {
    const open = await helpRequest('new');
    const other = await strapi.documents(REQUEST).create({
      data: {
        ...REQUEST_DEFAULTS,
        reference: 'CB-OTHER1',
        consentVersion: 'test',
        consentedAt: new Date().toISOString(),
        contactName: 'Someone else',
        description: 'x',
        phone: '02 555 99 99',
      },
    });

    const byPhone = await exportPersonalData(strapi, { email: 'maria@example.be', phone: '+32 2 555 01 23' });
    const references = (byPhone[REQUEST] ?? []).map((record) => record.reference);
    expect(references).toContain(open.reference);
    expect(references).not.toContain(other.reference);
    expect((await exportPersonalData(strapi, { email: 'MARIA@example.be' }))[REQUEST]?.length).toBe(references.length);

    const erased = await erasePersonalData(strapi, { email: 'maria@example.be' });
    expect(erased[REQUEST]).toBe(references.length);
    expect((await stored(open.documentId)).contactName).toBe(ANONYMISED);
    expect(await exportPersonalData(strapi, { phone: '02 555 01 23' })).toEqual({});
    expect((await stored(other.documentId)).contactName).toBe('Someone else');
  });

  it('compares Belgian phone numbers by their digits', () => {
    expect(phoneDigits('+32 470 12 34 56')).toBe(phoneDigits('0470/12.34.56'));
    expect(phoneDigits('0032 2 555 01 23')).toBe('025550123');
  });
});

describe('retention of matches', () => {
  it('wipes what staff shared and noted on an ended match, keeping its kind and outcome', async () => {
    const request = await helpRequest('closed');
    const match = await strapi.documents('api::match.match').create({
      data: {
        kind: 'match',
        caseStatus: 'ended',
        helpRequest: request.documentId,
        sharedWithRequester: 'Jan will call you on Tuesday',
        sharedWithVolunteer: 'Maria lives near the park',
        notes: 'Went well',
      },
    });
    const report = await applyRetention(strapi, new Date(Date.now() + 13 * MONTH));
    expect(report['api::match.match']).toBeGreaterThanOrEqual(1);
    const wiped = storedRecord.parse(await strapi.db.query('api::match.match').findOne({ where: { documentId: match.documentId } }));
    expect(wiped).toMatchObject({ kind: 'match', caseStatus: 'ended', sharedWithRequester: null, sharedWithVolunteer: null, notes: null });
    expect(wiped.anonymisedAt).toBeTruthy();
  });
});
