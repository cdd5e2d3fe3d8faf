import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import { DurableOutbox } from './outbox';
import { ensureOutboxTable } from './table';

export { DurableOutbox, type ClaimedJob, type FailedJob, type JobPayload } from './outbox';

/** Where the outbox is found in Strapi's container (tests wait on it with `idle()` or `drained()`). */
export const OUTBOX = 'durable-outbox';

/**
 * Creates the outbox table if needed and the outbox itself; the worker starts later (startOutbox),
 * once every kind of job has its handler, and resumes whatever an earlier process left.
 */
export async function createOutbox(strapi: Core.Strapi): Promise<DurableOutbox> {
  await ensureOutboxTable(strapi.db.connection);
  const outbox = new DurableOutbox(strapi, configOf(strapi).outbox, (job, code) =>
    strapi.log.error(
      `Not done: ${job.label}, after ${job.attempts} attempts (${code}). The record itself is stored; staff see it in the back office under "Not sent".`,
    ),
  );
  strapi.add(OUTBOX, outbox);
  return outbox;
}

export function outboxOf(strapi: Core.Strapi): DurableOutbox {
  return strapi.get(OUTBOX) as DurableOutbox;
}

/** Graceful stop: no new claims, the jobs in hand finish before Strapi closes the database. */
export async function stopOutbox(strapi: Core.Strapi): Promise<void> {
  // A start that failed before the outbox existed has nothing to stop.
  if (strapi.has(OUTBOX)) await outboxOf(strapi).stop();
}
