import type { Core } from '@strapi/strapi';
import { attemptStoreOf } from '../services/attempts';
import { pruneRateWindows } from './rate-limit';
import { ensureIntakeStateTables, queryErrorCode, RATE_WINDOW_TABLES } from './state-tables';

/**
 * At start: the tables of the intake door's state (rate windows, kept no-JS forms), then a sweep
 * every minute that deletes what has expired, so that a form typed without JavaScript is gone from
 * the database within a minute of its 30 minutes, whether or not anyone posts meanwhile. Every
 * replica sweeps; deleting what is already deleted does no harm.
 */
export async function prepareIntakeState(strapi: Core.Strapi): Promise<void> {
  await ensureIntakeStateTables(strapi.db.connection);
  strapi.cron.add({ 'intake-state-sweep': { options: { rule: '* * * * *' }, task: () => sweepIntakeState(strapi) } });
}

export async function sweepIntakeState(strapi: Core.Strapi, now = Date.now()): Promise<void> {
  const attempts = attemptStoreOf(strapi, () => now);
  for (const [what, sweep] of [
    ...RATE_WINDOW_TABLES.map((table) => [`rate windows (${table})`, () => pruneRateWindows(strapi.db.connection, now, table)] as const),
    ['kept forms', () => attempts.prune()],
  ] as const) {
    try {
      await sweep();
    } catch (error) {
      strapi.log.warn(`Expired intake ${what} not deleted this minute (database error ${queryErrorCode(error)}); the next sweep tries again.`);
    }
  }
}
