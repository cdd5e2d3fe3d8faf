import type { Core } from '@strapi/strapi';

/**
 * Which route will answer a request, asked of Strapi's own router. Strapi 5's router (@koa/router
 * 12 on path-to-regexp 6) matches the raw path case-insensitively, with or without a trailing slash,
 * and decodes percent-encoded parameters: `/API/intake/help%2Drequests/` reaches the same handler as
 * `/api/intake/help-requests`. A guard that compared spellings itself would miss some of them, so
 * every path-based guard asks here instead and decides on the route as declared.
 */
export interface RoutedPath {
  /** The route's declared path, e.g. `/api/intake/:form`; undefined when no route answers. */
  route: string | undefined;
  /** Its parameters, decoded as the handler will read them. */
  params: Record<string, string>;
}

interface RouterLayer {
  path: string | RegExp;
  methods: string[];
  captures(path: string): string[];
  params(path: string, captures: string[]): Record<string, string>;
}

interface MatchingRouter {
  match(path: string, method: string): { pathAndMethod: RouterLayer[] };
}

interface RoutedRequest {
  path: string;
  method: string;
}

const NO_ROUTE: RoutedPath = { route: undefined, params: {} };
const known = new WeakMap<RoutedRequest, RoutedPath>();

/** The route the router will run for this request, worked out once per request. */
export function routedPath(ctx: RoutedRequest, strapi: Core.Strapi): RoutedPath {
  const cached = known.get(ctx);
  if (cached) return cached;
  const routed = matchRoute(strapi.server.router, ctx.path, ctx.method);
  known.set(ctx, routed);
  return routed;
}

function matchRoute(router: MatchingRouter, path: string, method: string): RoutedPath {
  // As the router does: of the layers for this path and method, the last route (not a `use`) runs.
  const layer = router.match(path, method).pathAndMethod.findLast((candidate) => candidate.methods.length > 0);
  if (!layer || typeof layer.path !== 'string') return NO_ROUTE;
  return { route: layer.path, params: layer.params(path, layer.captures(path)) };
}

/** Whether any route declared as `route` answers this request's path and method (e.g. `/admin/users/me` before `/admin/users/:id`). */
export function reachesRoute(ctx: RoutedRequest, strapi: Core.Strapi, route: string): boolean {
  const router: MatchingRouter = strapi.server.router;
  return router.match(ctx.path, ctx.method).pathAndMethod.some((layer) => layer.methods.length > 0 && layer.path === route);
}

/** The prefix of Strapi's public content API (`/api` unless configured otherwise). */
export function contentApiPrefix(strapi: Core.Strapi): string {
  return strapi.config.get('api.rest.prefix', '/api');
}

/** Whether the request goes to a route of the public content API. */
export function isContentApiRoute(ctx: RoutedRequest, strapi: Core.Strapi): boolean {
  return routedPath(ctx, strapi).route?.startsWith(`${contentApiPrefix(strapi)}/`) ?? false;
}
