import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { routes } from '@cb/domain';

/** Figures read from a built site: its pages, the JavaScript they load, the weight of the home pages. */

export interface PageInfo {
  file: string;
  path: string;
  kind: string;
  locale: string | undefined;
  html: string;
}

export function listPages(root: string): PageInfo[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const relative = `/${path.relative(root, file).split(path.sep).join('/')}`;
      const urlPath = relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
      const html = readFileSync(file, 'utf8');
      return {
        file,
        path: urlPath,
        kind: html.match(/<body[^>]*\sdata-page-kind="([^"]+)"/)?.[1] ?? 'unknown',
        locale: urlPath.match(/^\/(nl|fr|en)\//)?.[1],
        html,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Bytes of JavaScript a page makes the browser load: external scripts and inline ones (JSON-LD is data, not counted). */
export function javascriptBytes(root: string, page: PageInfo): number {
  let bytes = 0;
  for (const match of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/type\s*=\s*"?application\/ld\+json/i.test(attributes)) continue;
    const src = attributes.match(/\ssrc\s*=\s*"?([^"\s>]+)/i)?.[1];
    if (src) {
      const file = path.join(root, src.split('?')[0] ?? '');
      bytes += existsSync(file) ? statSync(file).size : 0;
    } else {
      bytes += Buffer.byteLength(match[2] ?? '');
    }
  }
  for (const match of page.html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)) {
    const file = path.join(root, match[1] ?? '');
    bytes += existsSync(file) ? statSync(file).size : 0;
  }
  return bytes;
}

export function javascriptBytesPerPage(root: string, pages: PageInfo[]) {
  const byKind: Record<string, { pages: number; maxBytes: number; totalBytes: number }> = {};
  for (const page of pages) {
    const bytes = javascriptBytes(root, page);
    const figures = (byKind[page.kind] ??= { pages: 0, maxBytes: 0, totalBytes: 0 });
    figures.pages += 1;
    figures.maxBytes = Math.max(figures.maxBytes, bytes);
    figures.totalBytes += bytes;
  }
  return { byKind, maxBytes: Math.max(0, ...Object.values(byKind).map((figures) => figures.maxBytes)) };
}

/** What the first response of a home page weighs: its HTML with inlined CSS, plus any stylesheet it links. */
export function homeTransferSizes(root: string, pages: PageInfo[]) {
  return pages
    .filter((page) => page.kind === 'home' || page.kind === 'landing')
    .map((page) => {
      const stylesheets = [...page.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)].map((match) =>
        readFileSync(path.join(root, match[1] ?? '')),
      );
      const html = Buffer.from(page.html);
      const inlineCss = [...page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].reduce((sum, match) => sum + Buffer.byteLength(match[1] ?? ''), 0);
      const all = [html, ...stylesheets];
      return {
        path: page.path,
        htmlBytes: html.length - inlineCss,
        cssBytes: inlineCss + stylesheets.reduce((sum, sheet) => sum + sheet.length, 0),
        gzipBytes: all.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0),
        brotliBytes: all.reduce((sum, part) => sum + brotliCompressSync(part, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
      };
    });
}

/**
 * Issue 16's sample: home in each locale; in Dutch a story, an initiative with activities (its "add to
 * my calendar" link), the organisation directory, the map, this week's activities, search and a leaflet.
 */
export function samplePagesForLighthouse(pages: PageInfo[]): PageInfo[] {
  const homes = ['nl', 'fr', 'en'].flatMap((locale) => pages.find((page) => page.locale === locale && page.kind === 'home') ?? []);
  const dutch = pages.filter((page) => page.locale === 'nl');
  const picks = [
    dutch.find((page) => page.kind === 'story'),
    dutch.find((page) => page.kind === 'initiative' && page.html.includes('type="text/calendar"')),
    dutch.find((page) => page.kind === 'organisations'),
    dutch.find((page) => page.path === routes.municipalities('nl')),
    dutch.find((page) => page.path === routes.activities('nl', 'week')),
    dutch.find((page) => page.path === routes.search('nl')),
    dutch.find((page) => page.kind === 'leaflet'),
  ];
  return [...homes, ...picks.flatMap((page) => page ?? [])];
}

export interface CompressedBytes {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The JavaScript of a page's React islands, in three parts:
 * - `island`: the modules the islands' components load that React's renderer does not (our code);
 * - `astroRuntime`: Astro's inline scripts that hydrate an <astro-island>;
 * - `react`: the renderer's module graph (@astrojs/react's client, react-dom, react, scheduler).
 * Modules are followed through their static imports, so shared chunks are counted once.
 */
export function islandJavascript(
  root: string,
  html: string,
): { island: CompressedBytes; astroRuntime: CompressedBytes; react: CompressedBytes; islandFiles: string[]; reactFiles: string[] } {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/gi)].map((match) => match[0]);
  const entries = (attribute: string) => islands.flatMap((tag) => tag.match(new RegExp(`\\s${attribute}="([^"]+)"`))?.[1] ?? []);
  const react = moduleGraph(root, entries('renderer-url'));
  const island = [...moduleGraph(root, entries('component-url'))].filter((file) => !react.has(file));
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) =>
    Buffer.from(match[1] ?? ''),
  );
  return {
    island: compressedSizes(island.map((file) => readFileSync(file))),
    astroRuntime: compressedSizes(inlineScripts),
    react: compressedSizes([...react].map((file) => readFileSync(file))),
    islandFiles: island.map((file) => path.relative(root, file)),
    reactFiles: [...react].map((file) => path.relative(root, file)),
  };
}

/** Every file reachable from the entry URLs through `import ... from "./x.js"` and `import "./x.js"`. */
function moduleGraph(root: string, entryUrls: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entryUrls.map((url) => path.join(root, url));
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  }
  return seen;
}

/** Each part compressed on its own (as a server sends each file), summed. */
function compressedSizes(parts: Buffer[]): CompressedBytes {
  return {
    raw: parts.reduce((sum, part) => sum + part.length, 0),
    gzip: parts.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0),
    brotli: parts.reduce((sum, part) => sum + brotliCompressSync(part, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

/**
 * Bytes on the wire for each file, as a server sends them to a browser that accepts `encoding`:
 * fetched over HTTP and read undecoded, so the figure is what the precompression and the server
 * together deliver (a file without a variant counts at its full size).
 */
export async function servedBytes(baseUrl: string, files: string[], encoding: 'br' | 'gzip'): Promise<number> {
  const sizes = await Promise.all(files.map((file) => servedSize(new URL(`/${file.split(path.sep).join('/')}`, baseUrl), encoding)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

function servedSize(url: URL, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpGet(url, { headers: { 'accept-encoding': encoding } }, (answer) => {
      let bytes = 0;
      answer.on('data', (chunk: Buffer) => (bytes += chunk.length));
      answer.on('end', () => (answer.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url.pathname}: HTTP ${answer.statusCode}`))));
    });
    outgoing.on('error', reject);
  });
}
