import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { islandJavascript } from '../../bench/measure.ts';
import { allFiles, builtPagesList, distDir, tags } from '../support/built-site.ts';

/** What the build put in the pages for search: the right key only, and a small island on the search pages only. */

const ISLAND_GOAL_GZIP_BYTES = 20 * 1024;

describe('the keys in the built site', () => {
  it('never include the master key, in any file', () => {
    const masterKey = inject('masterKey');
    expect(masterKey.length).toBeGreaterThan(16);
    const leaking = allFiles().filter((file) => readFileSync(file).includes(masterKey));
    expect(leaking).toEqual([]);
  });

  it('give the search pages, and only them, the search key', () => {
    const searchKey = inject('searchKey');
    const pagesWithKey = builtPagesList().filter((page) => page.html.includes(searchKey));
    expect(pagesWithKey.map((page) => page.kind)).toEqual(['search', 'search', 'search']);
    const scriptsWithKey = allFiles().filter((file) => file.endsWith('.js') && readFileSync(file).includes(searchKey));
    expect(scriptsWithKey).toEqual([]);
  });

  it('give the search key that can search the content indexes and do nothing else', async () => {
    const key = await fetch(`${inject('meiliUrl')}/keys/${inject('searchKey')}`, { headers: { Authorization: `Bearer ${inject('masterKey')}` } }).then(
      (response) => response.json(),
    );
    expect(key).toMatchObject({ actions: ['search'], indexes: ['content_*'], expiresAt: null });
  });
});

describe('the search island', () => {
  const searchPages = builtPagesList().filter((page) => page.kind === 'search');

  it('is on the search page of each locale and on no other page', () => {
    expect(searchPages.map((page) => page.path).sort()).toEqual(['/en/search/', '/fr/rechercher/', '/nl/zoeken/']);
    const withIslands = builtPagesList().filter((page) => tags(page.html, 'astro-island').some((tag) => tag.includes('SearchIsland')));
    expect(withIslands.map((page) => page.path).sort()).toEqual(searchPages.map((page) => page.path).sort());
  });

  it(`ships under ${ISLAND_GOAL_GZIP_BYTES / 1024} KB of JavaScript (gzip) beyond React itself`, () => {
    for (const page of searchPages) {
      const { island, astroRuntime, react, islandFiles } = islandJavascript(distDir(), page.html);
      expect(islandFiles.length).toBeGreaterThan(0);
      expect(react.gzip).toBeGreaterThan(30 * 1024);
      expect(island.gzip + astroRuntime.gzip).toBeLessThan(ISLAND_GOAL_GZIP_BYTES);
    }
  });
});
