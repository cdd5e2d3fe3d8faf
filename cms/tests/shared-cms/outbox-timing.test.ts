import type { Core } from '@strapi/strapi';
import * as z from 'zod';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { DurableOutbox, type JobPayload } from '../../src/outbox';
import { pollDelay } from '../../src/outbox/outbox';
import { OUTBOX_TABLE, type Knex } from '../../src/outbox/table';

/**
 * A job held back (a retry's back-off, a debounced rebuild) runs when it falls due, not at the next
 * regular poll, also when it falls due while the worker is between two queries, as on a slow machine.
 */

const KIND = 'test-outbox-timing';
/** How long each claim that finds nothing takes here: longer than the retry's back-off. */
const SLOW_CLAIM_MS = 300;

let cms: SharedCms;
let worker: DurableOutbox | undefined;

beforeAll(async () => {
  cms = await sharedCms();
});
afterAll(async () => {
  await worker?.stop();
  await cms.strapi.db.connection(OUTBOX_TABLE).where('kind', KIND).delete();
});

/** The CMS, with every claim that finds no job slowed down (claims are the outbox's only raw queries). */
function withSlowEmptyClaims(strapi: Core.Strapi): Core.Strapi {
  const knex = strapi.db.connection;
  const slowKnex = new Proxy(knex, {
    get(target, property) {
      if (property !== 'raw') return Reflect.get(target, property) as unknown;
      return async (...args: Parameters<Knex['raw']>) => {
        const result = (await target.raw(...args)) as unknown[] | { rows: unknown[] };
        const rows = Array.isArray(result) ? result : result.rows;
        if (rows.length === 0) await sleep(SLOW_CLAIM_MS);
        return result;
      };
    },
  });
  const db = new Proxy(strapi.db, { get: (target, property) => (property === 'connection' ? slowKnex : (Reflect.get(target, property) as unknown)) });
  return new Proxy(strapi, { get: (target, property) => (property === 'db' ? db : (Reflect.get(target, property) as unknown)) });
}

describe('outbox timing', () => {
  it('runs a retry that fell due while the worker looked for work, not a poll interval later', async () => {
    const strapi = cms.strapi;
    worker = new DurableOutbox(
      withSlowEmptyClaims(strapi),
      { pollMs: 600_000, leaseMs: 60_000, retryBaseMs: 100, retryMaxMs: 100, giveUpAfterMs: 600_000, batchSize: 5 },
      () => undefined,
    );
    const attempts: number[] = [];
    worker.handle(KIND, async (_payload: JobPayload) => {
      attempts.push(Date.now());
      if (attempts.length === 1) throw Object.assign(new Error('refused'), { code: 'EREFUSED' });
    });
    const now = Date.now();
    await strapi.db.connection(OUTBOX_TABLE).insert({
      kind: KIND,
      payload: '{}',
      label: 'timing test job',
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    });
    worker.start();

    const deadline = Date.now() + 20_000;
    while (attempts.length < 2 && Date.now() < deadline) await sleep(50);
    expect(attempts, 'the retry ran').toHaveLength(2);
    const jobs = z.array(z.object({ status: z.string() })).parse(await strapi.db.connection(OUTBOX_TABLE).where('kind', KIND).select('status'));
    expect(jobs).toEqual([{ status: 'done' }]);
  });
});

describe('pollDelay', () => {
  it('waits the interval when nothing is pending', () => {
    expect(pollDelay(undefined, 1000, 5000)).toBe(5000);
  });
  it('waits until the earliest pending job falls due, at most the interval', () => {
    expect(pollDelay(1200, 1000, 5000)).toBe(200);
    expect(pollDelay(90_000, 1000, 5000)).toBe(5000);
  });
  it('polls at once for a job that is already due', () => {
    expect(pollDelay(1000, 1000, 5000)).toBe(0);
    expect(pollDelay(400, 1000, 5000)).toBe(0);
  });
});
