import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * The heads of built pages (noindex, hreflang alternates) for the sitemap, kept between builds in a
 * file of Astro's cache. A page left unchanged by a rebuild is the same file as before (a hard link to
 * Astro's cached copy, see integrations/linked-cached-pages.ts): same device, inode, size and time,
 * so its head is not read again. Reading all 37,625 heads of the large set took 15 s of a rebuild.
 */
export class PageHeads {
  private known: Map<string, PageHead> | undefined;
  private readonly used = new Map<string, PageHead>();
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** The head of a built page, or undefined when there is no such file. */
  of(page: string): PageHead | undefined {
    const stats = statSync(page, { throwIfNoEntry: false });
    if (!stats) return undefined;
    const identity = `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    const head = this.load().get(identity) ?? readPageHead(readUpToHeadEnd(page));
    this.used.set(identity, head);
    return head;
  }

  /** Keeps the heads this build used (and only those) for the next build. */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    // A name of its own: builds sharing a cache folder (tests) may save at the same moment.
    const partial = `${this.file}.${process.pid}-${randomUUID()}.partial`;
    writeFileSync(partial, JSON.stringify({ format: FORMAT, heads: Object.fromEntries(this.used) }));
    renameSync(partial, this.file);
    this.known = this.used;
  }

  private load(): Map<string, PageHead> {
    if (this.known) return this.known;
    try {
      const stored = storedHeadsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      this.known = new Map(stored.success ? Object.entries(stored.data.heads) : []);
    } catch {
      this.known = new Map(); // none yet, or unreadable: read every head once
    }
    return this.known;
  }
}

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

/** The entities Astro writes in attribute values, decoded. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Raise when what a head holds changes: older files are then ignored. */
const FORMAT = 1;
const storedHeadsSchema = z.object({
  format: z.literal(FORMAT),
  heads: z.record(z.string(), z.object({ indexable: z.boolean(), alternates: z.array(z.object({ lang: z.string(), url: z.string() })) })),
});

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
