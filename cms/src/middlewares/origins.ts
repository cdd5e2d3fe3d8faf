import type { Core } from '@strapi/strapi';
import { isContentApiRoute } from './routed-path';

/**
 * The origins the platform itself serves: the public site (`SITE_URL`) and the CMS with its admin
 * (`PUBLIC_CMS_URL`). Only these may call the CMS from a browser on another origin, and only
 * these may post a form to intake.
 */
export interface PlatformOrigins {
  site: readonly string[];
  cms: readonly string[];
}

/** The origin (`scheme://host[:port]`) of each URL given; what is no URL is left out. */
export function originsOf(...urls: (string | undefined)[]): string[] {
  return urls.flatMap((url) => {
    if (!url) return [];
    try {
      const { origin } = new URL(url);
      return origin === 'null' ? [] : [origin];
    } catch {
      return [];
    }
  });
}

interface CorsRequest {
  path: string;
  method: string;
  get(field: string): string;
}

/**
 * Who may make credentialed cross-origin calls: the CMS's own origin everywhere (the admin),
 * and the site's origin on the public content API only. Any other origin gets no
 * `Access-Control-Allow-Origin`, so the browser keeps the answer (and the admin's cookie) from it.
 */
export function corsOriginsFor(ctx: CorsRequest, origins: PlatformOrigins, strapi: Core.Strapi): string[] {
  return isContentApiRoute(corsTarget(ctx), strapi) ? [...origins.cms, ...origins.site] : [...origins.cms];
}

/** A preflight (`OPTIONS` with `Access-Control-Request-Method`) asks about the route of the method to come. */
function corsTarget(ctx: CorsRequest): { path: string; method: string } {
  const intended = ctx.method === 'OPTIONS' ? ctx.get('Access-Control-Request-Method') : '';
  return intended ? { path: ctx.path, method: intended.toUpperCase() } : ctx;
}

interface PostingRequest {
  origin: string;
  get(field: string): string;
}

/**
 * Whether a browser posted this from a page on another site. Browsers since 2023 say how the page
 * relates to the URL they post to (`Sec-Fetch-Site`): that holds behind the site's proxy too, where
 * the CMS cannot compare origins itself. `same-site` (a sibling host) must also name an allowed
 * `Origin`. Without that header (an old browser), a named `Origin` must be an allowed one, and
 * `Origin: null` (a sandboxed frame, a page elsewhere with `no-referrer`) is refused: the CMS's own
 * attempt pages use `Referrer-Policy: same-origin`, so their posts name the CMS's origin.
 * A client that sends neither (no browser) is let through.
 */
export function isCrossSitePost(ctx: PostingRequest, origins: PlatformOrigins): boolean {
  const origin = ctx.get('Origin');
  const allowed = () => [ctx.origin, ...origins.site, ...origins.cms].includes(origin);
  switch (ctx.get('Sec-Fetch-Site').toLowerCase()) {
    case 'same-origin':
    case 'none':
      return false;
    case 'same-site':
      return !allowed();
    case 'cross-site':
      return true;
    default:
      return Boolean(origin) && !allowed();
  }
}
