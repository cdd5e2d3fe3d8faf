/**
 * The site's security policy, written once: the response headers that the local static server
 * (scripts/lib/static-server.ts) and deploy/nginx.conf send with every answer (tests/nginx.test.ts
 * checks nginx against this), and the page policy that Astro writes into each page.
 *
 * It comes in two parts because a static header cannot know a page's inline scripts and styles:
 * - the header policy says what no page may do: be framed, change its base URL, post a form
 *   elsewhere, load plugins;
 * - the page policy (Astro's `security.csp`, a `<meta http-equiv>` per page) says where scripts,
 *   styles, images and requests may come from, with the hashes of that page's own inline script and
 *   styles. A browser enforces both.
 */

/** Sent with every response of the site (and with the CMS pages it passes on under /api/intake/). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
} as const;

/**
 * The preview server's headers (site/preview): the same rules, except that the admin's origin, and
 * only it, may frame the page (Strapi's Preview shows it in a frame); never stored, never indexed.
 */
export function previewHeaders(adminOrigin: string): Record<string, string> {
  const { 'X-Frame-Options': _framedByNobody, ...headers } = SECURITY_HEADERS;
  return {
    ...headers,
    'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy'].replace("frame-ancestors 'none'", `frame-ancestors ${new URL(adminOrigin).origin}`),
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

/** Production only (nginx behind TLS): a browser ignores it over plain http, and loopback never has TLS. */
export const PRODUCTION_SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
} as const;

/**
 * The page policy's directives besides script-src and style-src (Astro adds those with the page's
 * hashes and 'self'). The search island asks Meilisearch at `meiliUrl`; the form islands post to
 * the site's own origin; images are optimized into the build, so none comes from elsewhere.
 */
type PageDirective = `${'default-src' | 'connect-src' | 'img-src' | 'font-src' | 'manifest-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

export function pagePolicyDirectives(meiliUrl: string | undefined): PageDirective[] {
  const search = meiliUrl ? ` ${new URL(meiliUrl).origin}` : '';
  return [
    "default-src 'self'",
    `connect-src 'self'${search}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}
