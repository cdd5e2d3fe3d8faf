import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import type { ScheduleRunner } from '../schedule';
import { SCHEDULE_RUNS_TABLE } from '../schedule/table';
import { OUTBOX_TABLE } from './table';

export const OUTBOX_PRUNE_JOB = 'outbox-prune';
const DAY_MS = 24 * 3_600_000;

/**
 * Deletes the jobs done before `now` minus the kept days (OUTBOX_KEEP_DONE_DAYS); returns how many.
 * Failed jobs stay until staff act.
 */
export async function pruneDoneJobs(strapi: Core.Strapi, now: Date, days = configOf(strapi).outboxKeepDoneDays): Promise<number> {
  return strapi.db
    .connection(OUTBOX_TABLE)
    .where('status', 'done')
    .where('finished_at', '<', now.getTime() - days * DAY_MS)
    .delete();
}

/**
 * Deletes the runs of scheduled jobs that succeeded before the same cut-off (scheduled publishing
 * runs each minute: 1,440 runs a day); failed runs stay, as failed jobs do.
 */
export async function pruneSucceededRuns(strapi: Core.Strapi, now: Date, days = configOf(strapi).outboxKeepDoneDays): Promise<number> {
  return strapi.db
    .connection(SCHEDULE_RUNS_TABLE)
    .where('status', 'succeeded')
    .where('finished_at', '<', now.getTime() - days * DAY_MS)
    .delete();
}

/** Every night at 04:10, once across replicas. */
export function scheduleOutboxPrune(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  schedule.define({
    name: OUTBOX_PRUNE_JOB,
    rule: '10 4 * * *',
    run: async (slotAt) => ({ deleted: await pruneDoneJobs(strapi, slotAt), runsDeleted: await pruneSucceededRuns(strapi, slotAt) }),
  });
}
