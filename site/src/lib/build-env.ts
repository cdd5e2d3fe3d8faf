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
  /** Where the loaders write the documents and fields they refused, one JSON line each, for the builder to report (SITE_BUILD_PROBLEMS_FILE). */
  problemsFile: string | undefined;
  /** The version of the code that renders the pages, part of every page's cache key (SITE_CODE_VERSION; astro.config.ts sets it from the sources). */
  codeVersion: string;
  /** Astro's cache: the content store and the incremental build's pages (SITE_CACHE_DIR); kept between builds. */
  cacheDir: string | undefined;
}

/**
 * Where the browser's search island sends its queries, and with which key. The key must be the
 * search-only key (`ensureSearchOnlyKey` in @cb/search): it ends up in the built pages.
 */
export interface BrowserSearchEnv {
  /** Meilisearch as the browser reaches it, e.g. https://search.example.org (no trailing slash). */
  url: string;
  searchKey: string;
}

/** What the preview server (site/preview) reads: it renders drafts on demand for editors, never for the public. */
export interface PreviewEnv {
  cmsUrl: string;
  siteUrl: string;
  /** The secret every preview address carries (SITE_PREVIEW_SECRET, the CMS's too). */
  secret: string;
  /** The read-only API token the preview reads drafts with (SITE_PREVIEW_TOKEN, the CMS's too). */
  token: string;
  /** The admin's origin, the only one that may frame the preview (SITE_PREVIEW_ADMIN_URL; CMS_URL by default). */
  adminOrigin: string;
}

export const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

export function readBuildEnv(env: Record<string, string | undefined> = process.env): BuildEnv {
  return {
    cmsUrl: httpUrl('CMS_URL', env.CMS_URL || DEFAULT_CMS_URL),
    siteUrl: httpUrl('SITE_URL', env.SITE_URL || DEFAULT_SITE_URL),
    cmsOffline: env.CMS_OFFLINE === '1',
    outDir: env.SITE_OUT_DIR || undefined,
    problemsFile: env.SITE_BUILD_PROBLEMS_FILE || undefined,
    codeVersion: env.SITE_CODE_VERSION || 'unversioned',
    cacheDir: env.SITE_CACHE_DIR || undefined,
  };
}

/** The preview server's settings; throws naming the variable that is missing or wrong. */
export function readPreviewEnv(env: Record<string, string | undefined> = process.env): PreviewEnv {
  const { cmsUrl, siteUrl } = readBuildEnv(env);
  const required = (name: 'SITE_PREVIEW_SECRET' | 'SITE_PREVIEW_TOKEN'): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set: the preview server shares it with the CMS`);
    return value;
  };
  return {
    cmsUrl,
    siteUrl,
    secret: required('SITE_PREVIEW_SECRET'),
    token: required('SITE_PREVIEW_TOKEN'),
    adminOrigin: new URL(httpUrl('SITE_PREVIEW_ADMIN_URL', env.SITE_PREVIEW_ADMIN_URL || cmsUrl)).origin,
  };
}

/**
 * PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY, read from `import.meta.env` by the search page.
 * Undefined when either is missing: the search page then builds with its no-JavaScript fallback only.
 */
export function readBrowserSearchEnv(env: Record<string, string | boolean | undefined>): BrowserSearchEnv | undefined {
  const url = typeof env.PUBLIC_MEILI_URL === 'string' ? env.PUBLIC_MEILI_URL.trim() : '';
  const searchKey = typeof env.PUBLIC_MEILI_SEARCH_KEY === 'string' ? env.PUBLIC_MEILI_SEARCH_KEY.trim() : '';
  if (!url || !searchKey) return undefined;
  return { url: httpUrl('PUBLIC_MEILI_URL', url), searchKey };
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
