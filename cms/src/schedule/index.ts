import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import { ScheduleRunner } from './runner';
import { ensureScheduleRunsTable } from './table';

export { ScheduleRunner, slotKey, type RunReport, type ScheduledJob, type ScheduledRun, type SlotOutcome } from './runner';

/** Where the runner is found in Strapi's container; tests run a slot now with `scheduleOf(strapi).runSlot(job, date)`. */
export const SCHEDULE = 'schedule-runner';

/** Creates the runs table if needed and the runner; a run's lease is the outbox's (OUTBOX_LEASE_MS). */
export async function createSchedule(strapi: Core.Strapi): Promise<ScheduleRunner> {
  await ensureScheduleRunsTable(strapi.db.connection);
  const runner = new ScheduleRunner(strapi, configOf(strapi).outbox.leaseMs);
  strapi.add(SCHEDULE, runner);
  return runner;
}

export function scheduleOf(strapi: Core.Strapi): ScheduleRunner {
  return strapi.get(SCHEDULE) as ScheduleRunner;
}

export async function stopSchedule(strapi: Core.Strapi): Promise<void> {
  if (strapi.has(SCHEDULE)) await scheduleOf(strapi).stop();
}
