import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import type { DurableOutbox } from '../outbox';
import type { PublicChangeListener } from './public-changes';

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

  return ({ type, documentId }) =>
    outbox.recordCoalesced(SITE_BUILD, SITE_BUILD, `${type}:${documentId}`, { label: 'site rebuild after published changes', delayMs: debounceMs });
}
