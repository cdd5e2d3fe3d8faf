import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { PageHeads, type SitemapLink } from './page-heads.ts';

/**
 * The sitemap's hreflang alternates are the ones each built page declares in its <head>, which the
 * site plan computed from the content (same document in each locale, whatever its slug). Reading them
 * back from the page keeps the sitemap and the pages from ever disagreeing, and pages marked noindex
 * (404s, untranslated fallbacks, empty filter pages) stay out of the sitemap.
 */

/** The built file of a page URL in a directory-format build. */
export function builtFileOf(pageUrl: string, outDir: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  return path.join(outDir, pathname.endsWith('.html') ? pathname : path.join(pathname, 'index.html'));
}

/**
 * @astrojs/sitemap with each page's alternates added and noindex pages left out, as read from their
 * built heads (`PageHeads`, remembered in `headsFile` between builds), then saving those heads.
 */
export function sitemapFromPageHeads(outDir: string, headsFile: string): AstroIntegration[] {
  const heads = new PageHeads(headsFile);
  return [sitemap({ serialize: sitemapSerializer(outDir, heads) }), { name: 'cb:page-heads', hooks: { 'astro:build:done': () => heads.save() } }];
}

/** For @astrojs/sitemap's `serialize`: adds the page's alternates, drops pages that must not be indexed. */
export function sitemapSerializer(outDir: string, heads: PageHeads) {
  return <Item extends { url: string; links?: SitemapLink[] }>(item: Item): Item | undefined => {
    const head = heads.of(builtFileOf(item.url, outDir));
    if (!head) return item;
    if (!head.indexable) return undefined;
    return head.alternates.length > 0 ? { ...item, links: head.alternates } : item;
  };
}
