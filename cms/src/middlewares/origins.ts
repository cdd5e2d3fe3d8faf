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
}

/**
 * Who may make credentialed cross-origin calls: the CMS's own origin everywhere (the admin),
 * and the site's origin on the public content API only. Any other origin gets no
 * `Access-Control-Allow-Origin`, so the browser keeps the answer (and the admin's cookie) from it.
 */
export function corsOriginsFor(ctx: CorsRequest, origins: PlatformOrigins, strapi: Core.Strapi): string[] {
  return isContentApiRoute(ctx, strapi) ? [...origins.cms, ...origins.site] : [...origins.cms];
}

interface PostingRequest {
  origin: string;
  get(field: string): string;
}

/**
 * Whether a browser posted this from a page on another site. A browser names the page's origin
 * (`Origin`) and, newer ones, how it relates to the target (`Sec-Fetch-Site`). `Origin: null` is
 * sent for a form on a page with `Referrer-Policy: no-referrer` (the CMS's own attempt pages), so
 * only a named origin is compared. A client that sends neither (no browser, an old one) is let through.
 */
export function isCrossSitePost(ctx: PostingRequest, origins: PlatformOrigins): boolean {
  const origin = ctx.get('Origin');
  if (origin && origin !== 'null') return ![ctx.origin, ...origins.site, ...origins.cms].includes(origin);
  return ctx.get('Sec-Fetch-Site').toLowerCase() === 'cross-site';
}
