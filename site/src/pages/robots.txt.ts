import type { APIRoute } from 'astro';
import { absoluteUrl } from '@cb/domain';

/** Everything public may be crawled; the sitemap lists every page with its other languages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', String(site))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
