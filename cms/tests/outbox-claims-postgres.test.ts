import * as z from 'zod';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsOnPostgres } from './helpers/postgres';
import type { TestCms } from './helpers/cms';
import { DurableOutbox, outboxOf, type ClaimedJob } from '../src/outbox';

/**
 * Several workers on one PostgreSQL database (as several CMS replicas are) race for the same jobs:
 * each job runs once, and a job whose worker died (its lease ran out) is taken over and run once.
 */

const JOBS = 400;
const KIND = 'test-counted';

let cms: TestCms;
let first: DurableOutbox;
let second: DurableOutbox;

beforeAll(async () => {
  cms = await startCmsOnPostgres({ OUTBOX_POLL_MS: '20', OUTBOX_BATCH_SIZE: '10', OUTBOX_LEASE_MS: '1000' });
  first = outboxOf(cms.strapi);
  second = new DurableOutbox(cms.strapi, first.settings, () => undefined);
});
afterAll(async () => {
  await second?.stop();
  await cms?.stop();
});

describe('claiming jobs on PostgreSQL', () => {
  it(`runs each of ${JOBS} jobs once while two workers race for them`, async () => {
    const runs: { worker: string; job: number }[] = [];
    const counted = (worker: string) => async (_payload: unknown, job: ClaimedJob) => {
      runs.push({ worker, job: job.id });
      await sleep(2);
    };
    first.handle(KIND, counted('first'));
    second.handle(KIND, counted('second'));
    second.start();
    await Promise.all(Array.from({ length: JOBS }, (_, n) => first.record(KIND, { n }, { label: `counted job ${n}` })));
    await first.drained();
    await second.drained();

    const times = new Map<number, number>();
    for (const run of runs) times.set(run.job, (times.get(run.job) ?? 0) + 1);
    expect(times.size).toBe(JOBS);
    expect([...times.values()].filter((count) => count !== 1)).toEqual([]);
    expect(runs.some((run) => run.worker === 'first') && runs.some((run) => run.worker === 'second'), 'both workers ran jobs').toBe(true);
  });

  it('takes over the jobs of a worker that died, once its lease has run out', async () => {
    const runs: number[] = [];
    first.handle(KIND, async (_payload, job) => void runs.push(job.id));
    second.handle(KIND, async (_payload, job) => void runs.push(job.id));
    const knex = cms.strapi.db.connection;
    const orphans = z.array(z.looseObject({ id: z.union([z.number(), z.string()]) })).parse(
      await knex('cb_outbox_jobs')
        .insert(
          Array.from({ length: 20 }, (_, n) => ({
            kind: KIND,
            payload: JSON.stringify({ n }),
            label: `orphan ${n}`,
            status: 'running',
            attempts: 1,
            next_attempt_at: Date.now(),
            claimed_by: 'a-replica-killed-mid-job',
            lease_until: Date.now() + 500,
            created_at: Date.now(),
          })),
        )
        .returning('id'),
    );
    await first.drained();
    expect(runs.sort((a, b) => a - b)).toEqual(orphans.map((row) => Number(row.id)).sort((a, b) => a - b));
    const rows = z.array(z.looseObject({ status: z.string(), attempts: z.union([z.number(), z.string()]) })).parse(
      await knex('cb_outbox_jobs')
        .whereIn(
          'id',
          orphans.map((row) => row.id),
        )
        .select('status', 'attempts'),
    );
    expect(rows.every((row) => row.status === 'done' && Number(row.attempts) === 2)).toBe(true);
  });

  it('stops gracefully: the job in hand finishes and is marked done, nothing new is claimed', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inHand = new Promise<void>((resolve) => (started = resolve));
    const ran: string[] = [];
    const slow = (worker: string) => async () => {
      ran.push(worker);
      started();
      await released;
    };
    const third = new DurableOutbox(cms.strapi, first.settings, () => undefined);
    first.handle('test-slow', async () => void ran.push('first'));
    third.handle('test-slow', slow('third'));
    // Only the third worker runs now.
    await first.stop();
    await second.stop();
    third.start();
    await third.record('test-slow', {}, { label: 'slow job', dedupeKey: 'test-slow-1' });
    await inHand;
    const stopping = third.stop();
    await third.record('test-slow', {}, { label: 'after stop', dedupeKey: 'test-slow-2' });
    release();
    await stopping;

    const rows = z
      .array(z.looseObject({ status: z.string(), claimed_by: z.string().nullable() }))
      .parse(
        await cms.strapi.db.connection('cb_outbox_jobs').whereIn('dedupe_key', ['test-slow-1', 'test-slow-2']).orderBy('id').select('status', 'claimed_by'),
      );
    expect(rows).toEqual([
      { status: 'done', claimed_by: null },
      { status: 'pending', claimed_by: null },
    ]);
    expect(ran).toEqual(['third']);
    // A running process takes over what the stopped one left.
    first.start();
    await first.drained();
    expect(ran).toEqual(['third', 'first']);
  });
});
