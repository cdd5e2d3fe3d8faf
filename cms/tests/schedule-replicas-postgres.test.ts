import * as z from 'zod';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { startMeilisearch, type RunningMeilisearch } from '@cb/search';
import type { Core } from '@strapi/strapi';
import { startCms, type TestCms } from './helpers/cms';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { MailCatcher } from './helpers/mail-catcher';
import { postgresEnv, startPostgres, type ThrowawayPostgres } from './helpers/postgres';
import { startReplica, type Replica } from './helpers/replica';
import { staffFetch, staffToken } from './helpers/staff';
import { CONSENT_VERSION } from '@cb/domain';
import { createMatch } from '../src/matching/workflow';
import { FOLLOW_UP_DIGEST_JOB } from '../src/notifications/back-office';
import { outboxOf } from '../src/outbox';
import { OUTBOX_PRUNE_JOB } from '../src/outbox/prune';
import { RETENTION_JOB } from '../src/privacy/retention';
import { SEARCH_RECONCILE_JOB } from '../src/publishing/search-reconcile';
import { scheduleOf, slotKey, type ScheduleRunner, type SlotOutcome } from '../src/schedule';
import { dataOf, readJson } from './helpers/http';

/**
 * Two CMS processes on one PostgreSQL database (as replicas are) wake for the same slot of each
 * scheduled job at the same moment: the job runs once, one run is recorded, and a run whose holder
 * died is taken over once.
 */

const MASTER_KEY = 'schedule-replicas-master-key';
const STAFF = 'staff@schedule.test';
const MONTH = 31 * 24 * 3600 * 1000;

const catcher = new MailCatcher();
let postgres: ThrowawayPostgres;
let meiliDir: string;
let meili: RunningMeilisearch;
let cms: TestCms;
let strapi: Core.Strapi;
let schedule: ScheduleRunner;
let replica: Replica;
let counter = 0;

beforeAll(async () => {
  await catcher.start();
  postgres = await startPostgres({ from: 'seeded' });
  meiliDir = await mkdtemp(path.join(tmpdir(), 'cb-meili-schedule-'));
  meili = await startMeilisearch({ dataDir: meiliDir, masterKey: MASTER_KEY, maxIndexingThreads: 1 });
  const env = {
    ...postgresEnv(postgres),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: MASTER_KEY,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    STAFF_NOTIFICATION_EMAIL: STAFF,
  };
  cms = await startCms(env);
  strapi = cms.strapi;
  schedule = scheduleOf(strapi);
  // The first process's start-up reconcile fills the empty indexes; the second starts after it.
  await finishedRun(SEARCH_RECONCILE_JOB);
  replica = await startReplica({ ...env, CMS_SEED: 'false' });
});
afterAll(async () => {
  await replica?.stop();
  await cms?.stop();
  postgres?.stop();
  await meili?.stop();
  await rm(meiliDir, { recursive: true, force: true });
  await catcher.stop();
});

async function finishedRun(job: string): Promise<void> {
  for (;;) {
    const [latest] = await scheduleOf(strapi).runs(job, 1);
    if (latest && latest.status !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Both processes run the slot at once; returns each one's outcome. */
async function bothRun(job: string, slotAt: Date): Promise<SlotOutcome[]> {
  return Promise.all([schedule.runSlot(job, slotAt), replica.runSlot(job, slotAt)]);
}

const storedEmail = async (documentId: string) =>
  z.object({ email: z.string().nullable() }).parse(await strapi.db.query('api::help-request.help-request').findOne({ where: { documentId } })).email;

const runsOf = async (job: string, slot: string) => (await schedule.runs(job, 100)).filter((run) => run.slot === slot);

async function closedHelpRequest() {
  counter += 1;
  return strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-SCH${counter}`,
      caseStatus: 'closed',
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      contactName: 'Lucienne Schedule',
      email: 'lucienne@example.be',
      description: 'Une promenade le jeudi',
    },
  });
}

describe('a scheduled slot that two CMS processes wake for at the same time', () => {
  // First: the nightly prune below (a slot 400 days ahead) removes old succeeded runs, these start-up ones included.
  it("reconciled once at start-up: the second process found the first one's run and left it", async () => {
    const startRuns = (await schedule.runs(SEARCH_RECONCILE_JOB, 100)).filter((run) => run.slot.startsWith('start-'));
    expect(startRuns).toHaveLength(1);
  });

  it('applies retention once, and records one run with counts only', async () => {
    const closed = await closedHelpRequest();
    const slotAt = new Date(Math.floor((Date.now() + 13 * MONTH) / 60_000) * 60_000);

    const outcomes = await bothRun(RETENTION_JOB, slotAt);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const runs = await runsOf(RETENTION_JOB, slotKey(slotAt));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'succeeded', attempts: 1, report: { 'api::help-request.help-request': 1 } });
    expect(runs[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(runs)).not.toMatch(/Lucienne|example\.be|CB-SCH/);
    expect(await storedEmail(closed.documentId)).toBeNull();
  });

  it('sends the follow-up digest once', async () => {
    const request = await strapi.documents('api::help-request.help-request').create({
      data: {
        ...REQUEST_DEFAULTS,
        reference: 'CB-SCHRQ',
        channel: 'phone',
        consentVersion: CONSENT_VERSION,
        consentedAt: new Date().toISOString(),
        contactName: 'Digest Requester',
        formLocale: 'fr',
        description: 'x',
      },
    });
    const offer = await strapi.documents('api::help-offer.help-offer').create({
      data: {
        ...OFFER_DEFAULTS,
        ...SCREENED_TODAY,
        reference: 'CB-SCHOF',
        channel: 'phone',
        consentVersion: CONSENT_VERSION,
        consentedAt: new Date().toISOString(),
        contactName: 'Digest Volunteer',
        formLocale: 'nl',
        description: 'y',
        caseStatus: 'available',
      },
    });
    await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId, followUpOn: '2027-05-03' });
    // 07:00 in Brussels on 3 May 2027 (summer time).
    const slotAt = new Date('2027-05-03T05:00:00Z');

    const outcomes = await bothRun(FOLLOW_UP_DIGEST_JOB, slotAt);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    await outboxOf(strapi).drained();
    await replica.drained();
    const digests = catcher.mails.filter((mail) => mail.subject.includes('(3 May 2027)'));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.to).toEqual([STAFF]);
    expect(await runsOf(FOLLOW_UP_DIGEST_JOB, slotKey(slotAt))).toMatchObject([{ status: 'succeeded', report: { listed: 1 } }]);
  });

  it('reconciles search once, mending an entry deleted from the index behind the CMS', async () => {
    const client = new Meilisearch({ host: meili.url, apiKey: MASTER_KEY });
    const [story] = await strapi.documents('api::story.story').findMany({ locale: 'en', status: 'published', limit: 1 });
    const id = `story-${story!.documentId}`;
    await client.index('content_en').deleteDocument(id).waitTask();
    const slotAt = new Date(Math.floor(Date.now() / 60_000) * 60_000);

    const outcomes = await bothRun(SEARCH_RECONCILE_JOB, slotAt);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const [run] = await runsOf(SEARCH_RECONCILE_JOB, slotKey(slotAt));
    expect(run).toMatchObject({
      status: 'succeeded',
      report: { content_en: { added: 1, updated: 0, removed: 0, failed: 0 }, content_nl: { added: 0 }, content_fr: { added: 0 } },
    });
    expect(await client.index('content_en').getDocument(id)).toMatchObject({ id });
  });

  it('shows the last reconcile to editors, counts only', async () => {
    const editor = staffFetch(cms, await staffToken(cms, 'editor'));
    const response = await editor('/search-reconcile/status');
    expect(response.status).toBe(200);
    const { data } = await readJson(response, dataOf(z.looseObject({ status: z.string(), report: z.record(z.string(), z.record(z.string(), z.number())) })));
    expect(data.status).toBe('succeeded');
    expect(data.report.content_en).toMatchObject({ added: 1, updated: 0, removed: 0, failed: 0 });
    expect(data.report.content_en?.expected).toBe((data.report.content_en?.held ?? 0) + 1);
    expect((await fetch(`${cms.url}/search-reconcile/status`)).status).toBe(401);
  });

  it('prunes done outbox jobs older than the kept days once, keeping recent and failed ones', async () => {
    const day = 24 * 3600 * 1000;
    const slotAt = new Date(Math.floor((Date.now() + 400 * day) / 60_000) * 60_000);
    const job = (label: string, status: string, finishedAt: number) => ({
      kind: 'test-prune',
      payload: '{}',
      label,
      status,
      attempts: 1,
      next_attempt_at: 0,
      created_at: finishedAt,
      finished_at: finishedAt,
    });
    await strapi.db
      .connection('cb_outbox_jobs')
      .insert([
        job('done long ago', 'done', slotAt.getTime() - 31 * day),
        job('done lately', 'done', slotAt.getTime() - 29 * day),
        job('failed long ago', 'failed', slotAt.getTime() - 90 * day),
      ]);
    const outcomes = await bothRun(OUTBOX_PRUNE_JOB, slotAt);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const left = z.array(z.string()).parse(await strapi.db.connection('cb_outbox_jobs').where('kind', 'test-prune').orderBy('label').pluck('label'));
    expect(left).toEqual(['done lately', 'failed long ago']);
    const [run] = await runsOf(OUTBOX_PRUNE_JOB, slotKey(slotAt));
    expect(run?.report?.deleted).toBeGreaterThanOrEqual(1);
  });
});

describe('a run whose holder died', () => {
  const insertRun = (slotAt: Date, leaseUntil: number) =>
    strapi.db.connection('cb_schedule_runs').insert({
      job: RETENTION_JOB,
      slot: slotKey(slotAt),
      slot_at: slotAt.getTime(),
      status: 'running',
      claimed_by: 'a-replica-killed-mid-run',
      lease_until: leaseUntil,
      attempts: 1,
      started_at: Date.now() - 1000,
    });

  it('is taken over once its lease has ended, by one process', async () => {
    const closed = await closedHelpRequest();
    const slotAt = new Date(Math.floor((Date.now() + 14 * MONTH) / 60_000) * 60_000);
    await insertRun(slotAt, Date.now() - 1);

    const [swept, woke] = await Promise.all([schedule.takeOverAbandoned(), replica.runSlot(RETENTION_JOB, slotAt)]);
    expect([...swept, woke].filter((outcome) => outcome.ran)).toHaveLength(1);
    expect(await runsOf(RETENTION_JOB, slotKey(slotAt))).toMatchObject([{ status: 'succeeded', attempts: 2, report: { 'api::help-request.help-request': 1 } }]);
    expect(await storedEmail(closed.documentId)).toBeNull();
  });

  it('is left alone while its lease holds', async () => {
    const slotAt = new Date(Math.floor((Date.now() + 15 * MONTH) / 60_000) * 60_000);
    await insertRun(slotAt, Date.now() + 60_000);
    expect(await bothRun(RETENTION_JOB, slotAt)).toEqual([{ ran: false }, { ran: false }]);
    expect(await schedule.takeOverAbandoned()).toEqual([]);
    expect(await runsOf(RETENTION_JOB, slotKey(slotAt))).toMatchObject([{ status: 'running', attempts: 1 }]);
  });
});
