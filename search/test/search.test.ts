import { LOCALES, type Locale } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../src/documents.js';
import { liveIndexUid, meiliClient } from '../src/meili.js';
import { reindex } from '../src/reindex.js';
import { FakeCms } from './helpers/fake-cms.js';
import { FIXTURE_COUNT_PER_LOCALE, IDS, seed } from './helpers/fixtures.js';
import { startTestMeilisearch, type TestMeilisearch } from './helpers/meilisearch.js';

let meili: TestMeilisearch;
let cms: FakeCms;
let client: Meilisearch;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start()]);
  seed(cms);
  client = meiliClient(meili.connection);
  await reindex({ cms: { url: cms.url }, meili: meili.connection });
});
afterAll(async () => {
  await Promise.all([meili?.close(), cms?.close()]);
});

async function search(locale: Locale, query: string, options: Record<string, unknown> = {}) {
  return client.index<SearchDocument>(liveIndexUid(locale)).search(query, options);
}
const ids = (hits: readonly SearchDocument[]) => hits.map((hit) => hit.documentId);

describe('what each locale index holds', () => {
  it.each(LOCALES)('the %s index holds every kind, in its own language', async (locale) => {
    const { results } = await client.index<SearchDocument>(liveIndexUid(locale)).getDocuments({ limit: 100 });
    expect(results).toHaveLength(FIXTURE_COUNT_PER_LOCALE);
    expect(new Set(results.map((document) => document.kind))).toEqual(new Set(['initiative', 'organisation', 'story', 'project-call']));
    for (const document of results) {
      expect(document.locale).toBe(locale);
      expect(document.url.startsWith(`/${locale}/`)).toBe(true);
    }
    const walking = results.find((document) => document.documentId === IDS.walking);
    expect(walking?.categoryNames).toEqual([{ nl: 'Wandelbuddy', fr: 'Compagnon de promenade', en: 'Walking buddy' }[locale]]);
  });
});

describe('queries people type', () => {
  it.each([
    ['nl', 'boodschapen', IDS.groceries],
    ['nl', 'wandlen', IDS.walking],
    ['fr', 'benevole', IDS.phone],
    ['fr', 'telephonne', IDS.phone],
    ['en', 'grocries', IDS.groceries],
    ['fr', 'Schaerbek', IDS.digital],
  ] as const)('a typo still finds the document (%s "%s")', async (locale, query, documentId) => {
    expect(ids((await search(locale, query)).hits)).toContain(documentId);
  });

  it.each([
    ['nl', 'winkelen', IDS.groceries],
    ['nl', 'wandeling', IDS.walking],
    ['nl', 'computer', IDS.digital],
    ['fr', 'emplettes', IDS.groceries],
    ['fr', 'commissions', IDS.groceries],
    ['fr', 'balade', IDS.walking],
    ['fr', 'smartphone', IDS.digital],
    ['en', 'shopping', IDS.groceries],
    ['en', 'talk', IDS.phone],
    ['en', 'company', IDS.phone],
  ] as const)('a synonym finds the document (%s "%s")', async (locale, query, documentId) => {
    expect(ids((await search(locale, query)).hits)).toContain(documentId);
  });

  it.each([
    ['en', 'groceries Anderlecht', IDS.groceries],
    ['nl', 'wandelen Jette', IDS.walking],
    ['fr', 'bénévole téléphone', IDS.phone],
  ] as const)('"%s %s" puts the right document first', async (locale, query, documentId) => {
    expect((await search(locale, query)).hits[0]?.documentId).toBe(documentId);
  });

  it('finds a municipality by its name in another language', async () => {
    expect(ids((await search('fr', 'Schaarbeek')).hits)).toContain(IDS.digital);
    expect(ids((await search('nl', 'Bruxelles')).hits)).toContain(IDS.phone);
  });

  it('finds what is in a postcode, and does not confuse postcodes by typo tolerance', async () => {
    expect(ids((await search('nl', '1070')).hits).sort()).toEqual([IDS.groceries, IDS.organisation].sort());
    expect((await search('nl', '1080')).hits).toHaveLength(0);
  });

  it('highlights the matched words', async () => {
    const { hits } = await search('nl', 'boodschappen', { attributesToHighlight: ['title'], highlightPreTag: '<mark>', highlightPostTag: '</mark>' });
    expect(hits[0]?._formatted?.title).toContain('<mark>boodschappen</mark>');
  });
});

describe('facets', () => {
  it('returns counts for every facet', async () => {
    const { facetDistribution } = await search('fr', '', { facets: ['kind', 'categories', 'municipalities', 'audiences', 'languages', 'remote'] });
    expect(facetDistribution).toEqual({
      kind: { initiative: 4, organisation: 1, story: 1, 'project-call': 1 },
      categories: { chat: 1, digital: 1, groceries: 1, walking: 1 },
      municipalities: { anderlecht: 2, brussels: 1, jette: 2, schaerbeek: 1 },
      audiences: { seniors: 3, 'living-alone': 3, newcomers: 1 },
      languages: { fr: 4, nl: 3, ar: 2, en: 2, tr: 1 },
      remote: { false: 6, true: 1 },
    });
  });

  it.each([
    ['kind = "organisation"', [IDS.organisation]],
    ['categories = "walking"', [IDS.walking]],
    ['municipalities = "jette"', [IDS.walking, IDS.story]],
    ['audiences = "newcomers"', [IDS.digital]],
    ['languages = "tr"', [IDS.phone]],
    ['remote = true', [IDS.phone]],
    ['kind = "initiative" AND languages IN ["ar"] AND municipalities = "anderlecht"', [IDS.groceries]],
  ])('filters on %s', async (filter, expected) => {
    const { hits } = await search('nl', '', { filter, limit: 50 });
    expect(ids(hits).sort()).toEqual([...expected].sort());
  });

  it('counts facets within a query and a filter', async () => {
    const { facetDistribution, estimatedTotalHits } = await search('en', 'walk', { filter: 'municipalities = "jette"', facets: ['kind'] });
    expect(estimatedTotalHits).toBe(2);
    expect(facetDistribution?.kind).toEqual({ initiative: 1, story: 1 });
  });

  it('sorts by date and by title', async () => {
    const byDate = await search('en', '', { sort: ['date:desc'], filter: 'kind IN ["story", "project-call"]' });
    expect(ids(byDate.hits)).toEqual([IDS.call, IDS.story]);
    const byTitle = await search('en', '', { sort: ['title:asc'], filter: 'kind = "initiative"' });
    expect(byTitle.hits.map((hit) => hit.title)).toEqual([...byTitle.hits.map((hit) => hit.title)].sort());
  });
});
