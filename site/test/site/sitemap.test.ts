import { describe, expect, it } from 'vitest';
import { attribute, builtPagesList, builtSiteUrl, fileOfPath, readPath, sitePath, tags } from '../support/built-site.ts';

interface SitemapEntry {
  loc: string;
  alternates: Map<string, string>;
}

function sitemapEntries(): SitemapEntry[] {
  const index = readPath('/sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''));
  expect(sitemaps.length).toBeGreaterThan(0);
  return sitemaps.flatMap((sitemap) =>
    [...readPath(sitemap).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => {
      const block = match[1] ?? '';
      return {
        loc: block.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '',
        alternates: new Map(tags(block, 'xhtml:link').map((tag) => [attribute(tag, 'hreflang') ?? '', attribute(tag, 'href') ?? ''])),
      };
    }),
  );
}

const indexable = () => builtPagesList().filter((page) => !page.html.includes('content="noindex"'));

describe('the sitemap', () => {
  it('lists every indexable page exactly once, and nothing else', () => {
    const listed = sitemapEntries().map((entry) => sitePath(entry.loc));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(
      indexable()
        .map((page) => page.path)
        .sort(),
    );
  });

  it('gives every page the same alternates as its <head>, in the three locales where they exist', () => {
    const entries = new Map(sitemapEntries().map((entry) => [sitePath(entry.loc), entry]));
    const problems: string[] = [];
    let withThreeLocales = 0;
    for (const page of indexable()) {
      const head = new Map(
        tags(page.html, 'link')
          .filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'hreflang'))
          .map((tag) => [attribute(tag, 'hreflang') ?? '', attribute(tag, 'href') ?? '']),
      );
      const listed = entries.get(page.path)?.alternates ?? new Map();
      if (JSON.stringify([...listed].sort()) !== JSON.stringify([...head].sort())) problems.push(page.path);
      if (['nl-BE', 'fr-BE', 'en'].every((lang) => listed.has(lang))) withThreeLocales += 1;
    }
    expect(problems).toEqual([]);
    // The sample content exists in the three locales, so every indexable page has its three versions.
    expect(withThreeLocales).toBe(indexable().length);
  });

  it('points only to built pages on the public site, alternates included', () => {
    const broken = sitemapEntries().flatMap((entry) =>
      [entry.loc, ...entry.alternates.values()].filter((url) => !url.startsWith(`${builtSiteUrl()}/`) || !fileOfPath(sitePath(url))),
    );
    expect(broken).toEqual([]);
  });

  it('is announced in robots.txt, which lets crawlers in', () => {
    const robots = readPath('/robots.txt');
    expect(robots).toContain(`Sitemap: ${builtSiteUrl()}/sitemap-index.xml`);
    expect(robots).toMatch(/User-agent: \*\nAllow: \//);
  });
});
