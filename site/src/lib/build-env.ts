/**
 * What the build reads from its environment. Read in one place so that a wrong value fails the
 * build at once with a message saying which variable to fix.
 */

export interface BuildEnv {
  /** The CMS the content comes from, e.g. http://127.0.0.1:1337 (no trailing slash). */
  cmsUrl: string;
  /** The public URL of the site, for canonical links, the sitemap and feeds (no trailing slash). */
  siteUrl: string;
  /** Set by `npm run typecheck`: generate content types without contacting the CMS. */
  cmsOffline: boolean;
  /** Where the build goes; `dist` unless SITE_OUT_DIR says otherwise (tests and benchmarks build elsewhere). */
  outDir: string | undefined;
}

export const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

export function readBuildEnv(env: Record<string, string | undefined> = process.env): BuildEnv {
  return {
    cmsUrl: httpUrl('CMS_URL', env.CMS_URL || DEFAULT_CMS_URL),
    siteUrl: httpUrl('SITE_URL', env.SITE_URL || DEFAULT_SITE_URL),
    cmsOffline: env.CMS_OFFLINE === '1',
    outDir: env.SITE_OUT_DIR || undefined,
  };
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http(s) URL, got "${value}"`);
  }
  return url.href.replace(/\/+$/, '');
}
