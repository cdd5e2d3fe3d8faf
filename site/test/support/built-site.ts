import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { listPages, type PageInfo } from '../../bench/measure.ts';
import { decodeEntities } from '../../src/lib/page-heads.ts';

/** Reading the build that the global setup made: its files, its pages, their links. */

export function distDir(): string {
  return inject('distDir');
}

/** The site URL the build was made for (canonical links, sitemap). */
export function builtSiteUrl(): string {
  return inject('siteUrl');
}

export function allFiles(root = distDir()): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function htmlPages(root = distDir()): string[] {
  return allFiles(root).filter((file) => file.endsWith('.html'));
}

/** "/nl/verhalen/" for dist/nl/verhalen/index.html; "/404.html" for dist/404.html. */
export function urlPathOf(file: string, root = distDir()): string {
  const relative = `/${path.relative(root, file).split(path.sep).join('/')}`;
  return relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
}

/** The built file a site path resolves to, or undefined: what a static host would serve. */
export function fileOfPath(urlPath: string, root = distDir()): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0]?.split('?')[0] ?? '/');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  for (const option of [candidate, path.join(candidate, 'index.html')]) {
    if (existsSync(option) && !option.endsWith(path.sep) && readdirSafe(option) === undefined) return option;
  }
  return undefined;
}

function readdirSafe(file: string): string[] | undefined {
  try {
    return readdirSync(file);
  } catch {
    return undefined;
  }
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

export function readPath(urlPath: string): string {
  const file = fileOfPath(urlPath);
  if (!file) throw new Error(`No built page for ${urlPath}`);
  return read(file);
}

/** Attribute values of every tag of a kind, e.g. attributeValues(html, 'a', 'href'). */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const element of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const match = element[0].match(new RegExp(`\\s${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
    if (match) values.push(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
  }
  return values;
}

export function tags(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((match) => match[0]);
}

/** An attribute's value; "" for one written without a value (`<img alt>`), undefined when absent. */
export function attribute(tagHtml: string, name: string): string | undefined {
  const match = tagHtml.match(new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i'));
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

export { decodeEntities };

/** The path part of a site URL, e.g. "http://127.0.0.1:4321/nl/" → "/nl/". */
export function sitePath(url: string): string {
  return new URL(url).pathname;
}

/** A built HTML page with its kind (`data-page-kind` on <body>) and locale; read as the bench reads it. */
export type BuiltPage = PageInfo;

let builtPages: BuiltPage[] | undefined;

export function builtPagesList(): BuiltPage[] {
  builtPages ??= listPages(distDir());
  return builtPages;
}

/**
 * One page of each kind in each locale (the first by path), plus the filter pages of the initiative
 * list: what the browser tests look at.
 */
export function samplePages(): BuiltPage[] {
  const byKey = new Map<string, BuiltPage>();
  for (const page of [...builtPagesList()].sort((a, b) => a.path.localeCompare(b.path))) {
    const variant = page.kind === 'initiatives' ? filterVariant(page.path) : '';
    const key = `${page.kind}:${variant}:${page.locale ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, page);
  }
  return [...byKey.values()];
}

function filterVariant(pagePath: string): string {
  if (/\/(?:pagina|page)\/\d+\/$/.test(pagePath)) return 'paged';
  const depth = pagePath.split('/').filter(Boolean).length;
  return depth === 2 ? 'all' : depth === 4 ? 'filter' : 'combined';
}
