import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RESULTS_PATH, searchWords, type Locale } from '@cb/domain';
import { ensureSearchOnlyKey, publicMultiSearch, reindex, startMeilisearch, type RunningMeilisearch } from '@cb/search';
import { emptySearchState, multiSearchBody, readMultiSearch } from '@cb/search/request';
import { startCms, type TestCms } from './helpers/cms';

/**
 * GET /api/search (issue 16): the page of results without JavaScript, from a real CMS and a real
 * Meilisearch filled from it. The CMS has the search-only key and no master key, so it cannot write
 * to the index. Its results are those of the island's own request, in the same order.
 */

const MASTER_KEY = 'site-search-test-master-key';
let meiliDir: string;
let meili: RunningMeilisearch;
let searchKey: string;
let cms: TestCms | undefined;

beforeAll(async () => {
  meiliDir = await mkdtemp(path.join(tmpdir(), 'cb-meili-site-search-'));
  meili = await startMeilisearch({ dataDir: meiliDir, masterKey: MASTER_KEY, maxIndexingThreads: 1 });
  searchKey = await ensureSearchOnlyKey({ url: meili.url, masterKey: MASTER_KEY });
  cms = await startCms({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey });
  await reindex({ cms: { url: cms.url }, meili: { url: meili.url, masterKey: MASTER_KEY } });
});
afterAll(async () => {
  await cms?.stop();
  await meili?.stop();
  await rm(meiliDir, { recursive: true, force: true });
});

const page = (query: string) => fetch(`${cms!.url}${SEARCH_RESULTS_PATH}?${query}`);
const resultLinks = (html: string): string[] =>
  [...(html.match(/<ol class="search-hits"[\s\S]*?<\/ol>/)?.[0] ?? '').matchAll(/<h3><a href="([^"]+)"/g)].map((match) => match[1]!);

describe('the page of search results without JavaScript', () => {
  it('shows the results of the island’s own request, in its order, in each locale', async () => {
    const searches: [Locale, string][] = [
      ['nl', 'boodschappen'],
      ['fr', 'promenade'],
      ['en', 'walking'],
    ];
    for (const [locale, words] of searches) {
      const state = { ...emptySearchState(), query: words };
      const island = readMultiSearch(state, await publicMultiSearch({ url: meili.url, searchKey }, multiSearchBody(state, locale)));
      expect(island.hits.length, `${locale} ${words}`).toBeGreaterThan(0);
      const answer = await page(`locale=${locale}&q=${encodeURIComponent(words)}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const html = await answer.text();
      expect(resultLinks(html), `${locale} ${words}`).toEqual(island.hits.map((hit) => hit.url));
      expect(html).toContain(`<html lang="${locale === 'en' ? 'en' : `${locale}-BE`}"`);
    }
  });

  it('drops filter values it does not know and keeps the ones it does, as links', async () => {
    const html = await (await page('locale=nl&q=boodschappen&municipality=anderlecht&municipality=atlantis&category=%22%20OR%20x')).text();
    expect(html).toContain('<input type="hidden" name="municipality" value="anderlecht">');
    expect(html).not.toContain('atlantis');
    expect(html).not.toContain('OR x');
    // The filter that is on links to the same search without it.
    expect(html).toContain(`href="${SEARCH_RESULTS_PATH}?locale=nl&amp;q=boodschappen" rel="nofollow" class="facet-on" aria-current="true"`);
  });

  it('says search is unavailable, in the reader’s language and with the browsing links, when Meilisearch cannot answer', async () => {
    await meili.stop();
    const answer = await page('locale=fr&q=courses');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const html = await answer.text();
    expect(html).toContain(searchWords('fr').island.unavailable.slice(0, 20));
    expect(html).toContain('id="browse-municipality"');
    expect(html).toContain('value="courses"');
  });
});
