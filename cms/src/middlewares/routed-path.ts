import type { Core } from '@strapi/strapi';

/**
 * Which route will answer a request, asked of Strapi's own router. Strapi 5's router (@koa/router
 * 12 on path-to-regexp 6) matches the raw path case-insensitively, with or without a trailing slash,
 * and decodes percent-encoded parameters: `/API/intake/help%2Drequests/` reaches the same handler as
 * `/api/intake/help-requests`. A guard that compared spellings itself would miss some of them, so
 * every path-based guard asks here instead and decides on the route as declared.
 *
 * Koa runs every route matching the path and method in the order they were declared, each one passing
 * on or answering: Strapi's public-folder route (`/(.*)`, declared first) passes on what it has no file
 * for, an API handler answers. Which one answers is known only by running them, so a guard asks whether
 * its route is among the candidates (`reachesRoute`, `isContentApiRoute`), never which one is named.
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
const known = new WeakMap<RoutedRequest, RoutedPath[]>();

/** Every route that may run for this request (see above), in the router's order, worked out once per request. */
export function candidateRoutes(ctx: RoutedRequest, strapi: Core.Strapi): RoutedPath[] {
  const cached = known.get(ctx);
  if (cached) return cached;
  const candidates = matchRoutes(strapi.server.router, ctx.path, ctx.method);
  known.set(ctx, candidates);
  return candidates;
}

/** The most specific route for this request (the last candidate), as Koa names it: for logs, not for guards. */
export function routedPath(ctx: RoutedRequest, strapi: Core.Strapi): RoutedPath {
  return candidateRoutes(ctx, strapi).at(-1) ?? NO_ROUTE;
}

function matchRoutes(router: MatchingRouter, path: string, method: string): RoutedPath[] {
  return router
    .match(path, method)
    .pathAndMethod.filter((layer): layer is RouterLayer & { path: string } => layer.methods.length > 0 && typeof layer.path === 'string')
    .map((layer) => ({ route: layer.path, params: layer.params(path, layer.captures(path)) }));
}

/** The candidate declared as `route` for this request's path and method, if any (e.g. `/admin/users/me` besides `/admin/users/:id`). */
export function reachedRoute(ctx: RoutedRequest, strapi: Core.Strapi, route: string): RoutedPath | undefined {
  return candidateRoutes(ctx, strapi).find((candidate) => candidate.route === route);
}

/** Whether any route declared as `route` may answer this request's path and method. */
export function reachesRoute(ctx: RoutedRequest, strapi: Core.Strapi, route: string): boolean {
  return reachedRoute(ctx, strapi, route) !== undefined;
}

/** The prefix of Strapi's public content API (`/api` unless configured otherwise). */
export function contentApiPrefix(strapi: Core.Strapi): string {
  return strapi.config.get('api.rest.prefix', '/api');
}

/** Whether a route of the public content API may answer the request. */
export function isContentApiRoute(ctx: RoutedRequest, strapi: Core.Strapi): boolean {
  const prefix = `${contentApiPrefix(strapi)}/`;
  return candidateRoutes(ctx, strapi).some((candidate) => candidate.route?.startsWith(prefix));
}
