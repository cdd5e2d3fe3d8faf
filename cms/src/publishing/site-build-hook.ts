import type { Core } from '@strapi/strapi';
import { brusselsMoment, rebuildMomentsAfter } from '@cb/domain';
import { configOf } from '../config';
import type { DurableOutbox } from '../outbox';
import type { PublicChangeListener } from './public-changes';
import { isRecord, momentText } from './schedule-rules';

const SITE_BUILD = 'site-build';

/**
 * Asks for a site rebuild after public content changed, through the build hook in
 * SITE_BUILD_HOOK_URL (a CI/CD or CDN build hook in production, the local runner locally).
 * Changes that come in a burst (a publish touches several documents) make one outbox job, run once
 * no change came for SITE_BUILD_HOOK_DEBOUNCE_MS; a hook that fails is asked again with back-off.
 * Returns the recorder to give watchPublicChanges.
 */
export function siteBuildHook(strapi: Core.Strapi, outbox: DurableOutbox): PublicChangeListener | undefined {
  const { url, token, debounceMs } = configOf(strapi).siteBuildHook;
  if (!url) return undefined;

  outbox.handle(SITE_BUILD, async (payload, job) => {
    const changed = String(payload.items ?? '')
      .split(',')
      .filter(Boolean);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ reason: 'content-published', changed }),
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      if (job.attempts === 1) strapi.log.warn(`The site build hook could not be reached (${(error as Error).message}); it is asked again until it answers.`);
      throw Object.assign(new Error('Site build hook unreachable'), { code: 'EHOOK' });
    });
    if (!response.ok) {
      if (job.attempts === 1) strapi.log.warn(`The site build hook answered ${response.status}; it is asked again until it accepts.`);
      throw Object.assign(new Error('Site build hook refused'), { code: `HTTP ${response.status}` });
    }
  });

  return async ({ type, documentId }) => {
    await outbox.recordCoalesced(SITE_BUILD, SITE_BUILD, `${type}:${documentId}`, { label: 'site rebuild after published changes', delayMs: debounceMs });
    if (type === 'project-call') await recordCallRebuilds(strapi, outbox, documentId, new Date());
  };
}

const PROJECT_CALL = 'api::project-call.project-call';

/**
 * A project call opens at the start of its opening day in Brussels and closes at its deadline; the
 * site shows it open or closed as of its last build. So each published call asks for a rebuild at
 * those moments still ahead: one job per moment (calls sharing a moment share it), waiting in the
 * outbox whatever restarts meanwhile. A moment that changes later gets its own job; the old one
 * makes one rebuild too many, never one too few.
 */
export async function recordCallRebuilds(strapi: Core.Strapi, outbox: DurableOutbox, documentId: string, now: Date): Promise<Date[]> {
  const versions: unknown[] = await strapi.db.query(PROJECT_CALL).findMany({
    select: ['opensOn', 'deadline'],
    where: { documentId, publishedAt: { $notNull: true } },
  });
  const moments = rebuildMomentsAfter(versions.flatMap(callMoments), now);
  for (const moment of moments) {
    await outbox.recordCoalesced(SITE_BUILD, `${SITE_BUILD}@${moment.toISOString()}`, `project-call:${documentId}`, {
      label: 'site rebuild when a project call opens or closes',
      dueAt: moment.getTime(),
    });
  }
  return moments;
}

/** A call version's opening and closing moments, as ISO text (unreadable values are left out by rebuildMomentsAfter). */
function callMoments(version: unknown): (string | null)[] {
  if (!isRecord(version)) return [];
  const day = momentText(version.opensOn)?.slice(0, 10);
  const opening = day && /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(Date.parse(day)) ? brusselsMoment(day, '00:00').toISOString() : null;
  return [opening, momentText(version.deadline)];
}
