import type { Core } from '@strapi/strapi';
import type { PublicChangeListener } from './public-changes';

/**
 * Asks for a site rebuild after public content changed, through the build hook in
 * SITE_BUILD_HOOK_URL (a CI/CD or CDN build hook in production, the local runner locally).
 * Changes that come in a burst (a publish touches several documents) trigger one build.
 */
export function siteBuildHook(strapi: Core.Strapi, env = process.env): PublicChangeListener | undefined {
  const url = env.SITE_BUILD_HOOK_URL;
  if (!url) return undefined;
  const debounceMs = Number(env.SITE_BUILD_HOOK_DEBOUNCE_MS ?? 2000);
  const token = env.SITE_BUILD_HOOK_TOKEN;
  let timer: NodeJS.Timeout | undefined;
  let pending = new Set<string>();

  const trigger = async () => {
    const changed = [...pending];
    pending = new Set();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ reason: 'content-published', changed }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) strapi.log.warn(`The site build hook answered ${response.status}; the site shows the change after the next build.`);
    } catch (error) {
      strapi.log.warn(`The site build hook could not be reached (${(error as Error).message}); the site shows the change after the next build.`);
    }
  };

  return ({ type, documentId }) => {
    pending.add(`${type}:${documentId}`);
    clearTimeout(timer);
    timer = setTimeout(trigger, debounceMs);
    timer.unref();
  };
}
