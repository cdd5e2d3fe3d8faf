import type { Core } from '@strapi/strapi';
import type { ScheduleRunner } from '../schedule';
import { OUTBOX_TABLE } from './table';

export const OUTBOX_PRUNE_JOB = 'outbox-prune';
const DAY_MS = 24 * 3_600_000;

/** Done jobs are kept this many days as a record (OUTBOX_KEEP_DONE_DAYS, 30 by default); failed ones stay until staff act. */
export function keepDoneDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.OUTBOX_KEEP_DONE_DAYS);
  return Number.isFinite(days) && days > 0 ? days : 30;
}

/** Deletes the jobs done before `now` minus the kept days; returns how many. */
export async function pruneDoneJobs(strapi: Core.Strapi, now: Date, days = keepDoneDays()): Promise<number> {
  return strapi.db
    .connection(OUTBOX_TABLE)
    .where('status', 'done')
    .where('finished_at', '<', now.getTime() - days * DAY_MS)
    .delete();
}

/** Every night at 04:10, once across replicas. */
export function scheduleOutboxPrune(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  schedule.define({ name: OUTBOX_PRUNE_JOB, rule: '10 4 * * *', run: async (slotAt) => ({ deleted: await pruneDoneJobs(strapi, slotAt) }) });
}
