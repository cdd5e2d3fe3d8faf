import type { Core } from '@strapi/strapi';

/**
 * One line per request, like Strapi's own logger, but an intake URL is logged without its query
 * and without the token of a kept attempt: what a person typed is reachable through that token
 * for 30 minutes, so it never reaches a log. Bodies are never logged.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { method: string; url: string; path: string; status: number }, next: () => Promise<void>) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${loggedUrl(ctx)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
    }
  };
};

export function loggedUrl({ url, path }: { url: string; path: string }): string {
  if (!path.startsWith('/api/intake/')) return url;
  return path.replace(/\/attempts\/[^/]+/, '/attempts/:token');
}
