import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The sitemap's hreflang alternates are the ones each built page declares in its <head>, which the
 * site plan computed from the content (same document in each locale, whatever its slug). Reading them
 * back from the page keeps the sitemap and the pages from ever disagreeing, and pages marked noindex
 * (404s, untranslated fallbacks, empty filter pages) stay out of the sitemap.
 */

export interface SitemapLink {
  lang: string;
  url: string;
}

export interface PageHead {
  indexable: boolean;
  alternates: SitemapLink[];
}

export function readPageHead(html: string): PageHead {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || html.length);
  const tags = head.match(/<(?:link|meta)\b[^>]*>/gi) ?? [];
  const attributesOf = tags.map(attributes);
  return {
    indexable: !attributesOf.some((tag) => tag.name === 'robots' && /noindex/i.test(tag.content ?? '')),
    alternates: attributesOf
      .filter((tag) => tag.rel === 'alternate' && tag.hreflang && tag.href)
      .map((tag) => ({ lang: tag.hreflang ?? '', url: tag.href ?? '' })),
  };
}

function attributes(tag: string): Record<string, string | undefined> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-z-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const [, name = '', double, single, bare] = match;
    found[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The built file of a page URL in a directory-format build. */
export function builtFileOf(pageUrl: string, outDir: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  return path.join(outDir, pathname.endsWith('.html') ? pathname : path.join(pathname, 'index.html'));
}

/** For @astrojs/sitemap's `serialize`: adds the page's alternates, drops pages that must not be indexed. */
export function sitemapSerializer(outDir: string) {
  return <Item extends { url: string; links?: SitemapLink[] }>(item: Item): Item | undefined => {
    const head = builtPageHead(builtFileOf(item.url, outDir));
    if (!head) return item;
    if (!head.indexable) return undefined;
    return head.alternates.length > 0 ? { ...item, links: head.alternates } : item;
  };
}

/**
 * Heads read by earlier builds in this process (the local runner's build worker stays), by file. An
 * unchanged page is the same file as in the previous build (a hard link, same inode): not read again.
 * Held on globalThis: Astro loads the config, and with it this module, anew for every build.
 */
type HeadsRead = Map<string, { identity: string; head: PageHead }>;
const processWide = globalThis as typeof globalThis & { connectingBrusselsHeadsRead?: HeadsRead };
const headsRead: HeadsRead = (processWide.connectingBrusselsHeadsRead ??= new Map());
const HEADS_KEPT = 250_000;

function builtPageHead(file: string): PageHead | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) return undefined;
  const identity = `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  const known = headsRead.get(file);
  if (known?.identity === identity) return known.head;
  const head = readPageHead(readUpToHeadEnd(file));
  if (headsRead.size >= HEADS_KEPT) headsRead.clear();
  headsRead.set(file, { identity, head });
  return head;
}

const CHUNK_BYTES = 16 * 1024;
const HEAD_END = '</head>';

/** The start of a built page, up to the end of its <head> (or all of it): a few kilobytes of it. */
function readUpToHeadEnd(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    let html = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      const read = readSync(descriptor, chunk, 0, CHUNK_BYTES, null);
      const searchFrom = Math.max(0, html.length - HEAD_END.length);
      html = Buffer.concat([html, chunk.subarray(0, read)]);
      if (read === 0 || html.includes(HEAD_END, searchFrom)) return html.toString('utf8');
    }
  } finally {
    closeSync(descriptor);
  }
}
