import type { Core } from '@strapi/strapi';
import { reconcile, type ReconcileReport } from '@cb/search';
import { configOf } from '../config';
import type { RunReport, ScheduleRunner } from '../schedule';
import { ownUrl } from './search-sync';

/**
 * Besides the outbox's sync of each change, search is reconciled with the CMS at start and every
 * hour: each locale's index is compared with the public documents and mended (missing added, stale
 * updated, extra removed). Whatever slipped past the outbox (an index restored from a backup, an
 * entry deleted by hand) is mended within the hour. The last run's counts are shown to editors on the
 * admin's home page (widget "Site build"), read from GET /search-reconcile/status.
 */

export const SEARCH_RECONCILE_JOB = 'search-reconcile';

export function scheduleSearchReconcile(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  registerStatusRoute(strapi, schedule);
  const { search } = configOf(strapi);
  if (!search) return;
  schedule.define({
    name: SEARCH_RECONCILE_JOB,
    rule: '40 * * * *',
    atStart: true,
    run: async () => {
      const report = await reconcile({ cms: { url: ownUrl(strapi) }, meili: { ...search, timeoutMs: 10_000 } });
      const counts = countsOf(report);
      const mended = report.locales.filter((locale) => locale.added + locale.updated + locale.removed + locale.failed > 0);
      if (mended.length > 0)
        strapi.log.info(
          `Search reconcile mended ${report.mended} entries: ${mended.map((locale) => `${locale.indexUid} +${locale.added} ~${locale.updated} -${locale.removed}${locale.failed ? ` (${locale.failed} not mended)` : ''}`).join(', ')}`,
        );
      if (report.failed > 0) throw Object.assign(new Error('Some search differences were not mended'), { code: 'ESEARCHRECONCILE', report: counts });
      return counts;
    },
  });
}

/** Per index: what it should hold, what it held, and what was added, updated, removed (or left failing). */
export function countsOf(report: ReconcileReport): RunReport {
  return Object.fromEntries(
    report.locales.map(({ indexUid, expected, held, added, updated, removed, failed }) => [indexUid, { expected, held, added, updated, removed, failed }]),
  );
}

interface RouteContext {
  body: unknown;
}

function registerStatusRoute(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/search-reconcile',
    routes: [
      {
        method: 'GET',
        path: '/status',
        handler: async (ctx: RouteContext) => {
          const [latest] = await schedule.runs(SEARCH_RECONCILE_JOB, 1);
          ctx.body = { data: latest ?? null };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { pluginName: 'admin' },
      },
    ],
  });
}
