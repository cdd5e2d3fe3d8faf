import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import type { ScheduleRunner } from '../schedule';
import { anonymise, PERSONAL_DATA, RECORDS_WITH_PERSONAL_DATA, type RecordWithPersonalData } from './personal-data';

/**
 * Closed cases keep their personal data for a while (staff may need to look back), then lose it.
 * "A while" is RETENTION_MONTHS (default 12), counted from the case's last change.
 */

export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export type RetentionReport = Record<RecordWithPersonalData, number>;

/** Anonymises every closed case last changed before the cutoff; returns how many per type. */
export async function applyRetention(strapi: Core.Strapi, now = new Date(), months = configOf(strapi).retentionMonths): Promise<RetentionReport> {
  const cutoff = retentionCutoff(now, months).toISOString();
  const report = {} as RetentionReport;
  for (const uid of RECORDS_WITH_PERSONAL_DATA) {
    // Query Engine read: ids only, across all records of a private type.
    const expired: { id: number }[] = await strapi.db.query(uid).findMany({
      where: { caseStatus: { $in: [...PERSONAL_DATA[uid].closedStatuses] }, updatedAt: { $lt: cutoff }, anonymisedAt: { $null: true } },
      select: ['id'],
    });
    report[uid] = await anonymise(
      strapi,
      uid,
      expired.map((row) => row.id),
      now,
    );
  }
  return report;
}

export const RETENTION_JOB = 'retention';

/** Every night at 03:15, once across replicas: the retention job. Logs and records counts only. */
export function scheduleRetention(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  schedule.define({
    name: RETENTION_JOB,
    rule: '15 3 * * *',
    run: async (slotAt) => {
      const report = await applyRetention(strapi, slotAt);
      const total = Object.values(report).reduce((sum, count) => sum + count, 0);
      if (total > 0) strapi.log.info(`Retention: anonymised ${total} closed records ${JSON.stringify(report)}`);
      return report;
    },
  });
}
