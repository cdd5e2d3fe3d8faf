import type { Core } from '@strapi/strapi';
import { routedPath } from './routed-path';

interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

/**
 * One line per request, like Strapi's own logger, but naming the route as declared
 * (`/api/intake/:form/attempts/:token`, `/content-manager/collection-types/:model`) and never
 * the query string: searches, filters and the token of a kept attempt carry what people typed
 * (names, emails). Bodies are never logged.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: LoggedRequest, next: () => Promise<void>) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${loggedPath(ctx, strapi)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
    }
  };
};

/** Logged instead of a path no named route answers. */
export const UNROUTED_PATH = '(no route)';

/**
 * The route's declared path. A path no named route answers (a 404, or a public file, whose route
 * is the catch-all pattern `/((?!uploads/).+)`) is never logged: it is whatever the client sent,
 * a token or a name in any spelling.
 */
export function loggedPath(ctx: LoggedRequest, strapi: Core.Strapi): string {
  const { route } = routedPath(ctx, strapi);
  return route && !route.includes('(') ? route : UNROUTED_PATH;
}
