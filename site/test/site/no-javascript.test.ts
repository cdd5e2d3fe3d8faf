import { describe, expect, it } from 'vitest';
import { attribute, builtPagesList, tags } from '../support/built-site.ts';

/** The search pages (their island) and the form pages (their islands, to come) are the only ones allowed JavaScript. */
const ISLAND_PAGE_KINDS = new Set(['search', 'form']);

describe('content pages ship no JavaScript', () => {
  it('no content page has a <script> tag, except schema.org data (JSON-LD is data, never run)', () => {
    const withScripts = builtPagesList()
      .filter((page) => !ISLAND_PAGE_KINDS.has(page.kind))
      .flatMap((page) =>
        tags(page.html, 'script')
          .filter((tag) => attribute(tag, 'type') !== 'application/ld+json')
          .map((tag) => `${page.path}: ${tag}`),
      );
    expect(withScripts).toEqual([]);
  });

  it('no page has inline event handlers or javascript: links', () => {
    const offenders = builtPagesList().filter((page) =>
      /\son[a-z]+\s*=|href\s*=\s*["']?javascript:/i.test(page.html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')),
    );
    expect(offenders.map((page) => page.path)).toEqual([]);
  });
});
