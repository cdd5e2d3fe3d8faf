import { describe, expect, it } from 'vitest';
import { attribute, builtPagesList, decodeEntities, tags, type BuiltPage } from '../support/built-site.ts';

function jsonLd(page: BuiltPage): Record<string, unknown>[] {
  return [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>,
  );
}

function meta(page: BuiltPage, property: string): string | undefined {
  const tag = tags(page.html, 'meta').find((candidate) => attribute(candidate, 'property') === property);
  return tag && attribute(tag, 'content');
}

const EXPECTED_TYPES: Record<string, string> = { story: 'Article', initiative: 'Service', organisation: 'Organization' };

describe('structured data and link previews', () => {
  it('gives stories an Article, initiatives a Service and organisations an Organization (schema.org JSON-LD)', () => {
    const problems: string[] = [];
    for (const page of builtPagesList().filter((candidate) => candidate.kind in EXPECTED_TYPES)) {
      const data = jsonLd(page);
      const main = data[0];
      if (!main || main['@context'] !== 'https://schema.org' || main['@type'] !== EXPECTED_TYPES[page.kind])
        problems.push(`${page.path}: ${JSON.stringify(main)?.slice(0, 80)}`);
      const name = main?.headline ?? main?.name;
      const h1 = decodeEntities(page.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]+>/g, '') ?? '');
      if (name !== h1) problems.push(`${page.path}: schema.org name "${String(name)}" is not the title "${h1}"`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every home the organization, its phone line and a search action', () => {
    for (const page of builtPagesList().filter((candidate) => candidate.kind === 'home')) {
      const graph = (jsonLd(page)[0]?.['@graph'] ?? []) as Record<string, unknown>[];
      expect(graph.map((node) => node['@type'])).toEqual(['Organization', 'WebSite']);
      expect(JSON.stringify(graph)).toContain('"telephone"');
    }
  });

  it('gives every localized page Open Graph title, description, URL and locale; stories their cover', () => {
    const problems: string[] = [];
    for (const page of builtPagesList().filter((candidate) => candidate.locale)) {
      for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:type']) {
        if (!meta(page, property)) problems.push(`${page.path}: ${property}`);
      }
      if (page.kind === 'story' && page.html.includes('<picture') && !meta(page, 'og:image')?.includes('/_astro/')) problems.push(`${page.path}: og:image`);
    }
    expect(problems).toEqual([]);
  });
});
