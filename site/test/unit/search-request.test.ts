import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  HITS_PER_PAGE,
  filterFor,
  multiSearchBody,
  readMultiSearch,
  splitHighlights,
} from '../../src/search/search-request.ts';
import { emptySearchState, withFilterToggled, withQuery, withRemoteOnly, type KnownCodes } from '../../src/search/search-state.ts';
import { fillIn, pluralForm } from '../../src/search/island-text.ts';
import { readBrowserSearchEnv } from '../../src/lib/build-env.ts';

const KNOWN: KnownCodes = { categories: ['walking'], municipalities: ['evere', 'jette'], audiences: [], languages: [], kind: ['story'] };
const jetteOrEvereWalks = withFilterToggled(
  withFilterToggled(withFilterToggled(withQuery(emptySearchState(), 'wandelen'), KNOWN, 'municipalities', 'jette'), KNOWN, 'municipalities', 'evere'),
  KNOWN,
  'categories',
  'walking',
);

describe('the multi-search request', () => {
  it('ORs the values of a facet and ANDs the facets', () => {
    expect(filterFor(withRemoteOnly(jetteOrEvereWalks, true))).toEqual(['categories IN ["walking"]', 'municipalities IN ["evere", "jette"]', 'remote = true']);
  });

  it('asks one page of highlighted results and the counts of the facets with nothing ticked', () => {
    const [main, ...others] = multiSearchBody(withQuery(emptySearchState(), ' boodschapen '), 'nl').queries;
    expect(others).toEqual([]);
    expect(main).toMatchObject({
      indexUid: 'content_nl',
      q: 'boodschapen',
      matchingStrategy: 'last',
      filter: [],
      facets: ['categories', 'municipalities', 'audiences', 'languages', 'kind', 'remote'],
      page: 1,
      hitsPerPage: HITS_PER_PAGE,
      attributesToHighlight: ['title', 'summary'],
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    });
  });

  it('searches a Dutch compound as the words it is made of, in the main query and the counts alike', () => {
    const kerstkaartjes = withFilterToggled(withQuery(emptySearchState(), 'kerstkaartjes Jette'), KNOWN, 'municipalities', 'jette');
    const queries = multiSearchBody(kerstkaartjes, 'nl').queries;
    expect(queries.map((query) => [query.indexUid, query.q])).toEqual([
      ['content_nl', 'kerst kaartjes Jette'],
      ['content_nl', 'kerst kaartjes Jette'],
    ]);
    expect(multiSearchBody(withQuery(emptySearchState(), 'kerstkaartjes'), 'fr').queries[0]).toMatchObject({ indexUid: 'content_fr', q: 'kerstkaartjes' });
  });

  it('counts a ticked facet without its own filter, so the other values stay on offer', () => {
    const [main, categories, municipalities] = multiSearchBody(jetteOrEvereWalks, 'nl').queries;
    expect(main?.facets).toEqual(['audiences', 'languages', 'kind', 'remote']);
    expect(categories).toMatchObject({ facets: ['categories'], filter: ['municipalities IN ["evere", "jette"]'], limit: 0 });
    expect(municipalities).toMatchObject({ facets: ['municipalities'], filter: ['categories IN ["walking"]'], limit: 0 });
  });

  it('reads the results of the main query and the counts of every query', () => {
    const outcome = readMultiSearch(jetteOrEvereWalks, {
      results: [
        {
          hits: [
            {
              id: 'initiative-1',
              kind: 'initiative',
              url: '/nl/initiatieven/a/',
              title: 'Wandelbuddy',
              summary: 'S',
              categoryNames: ['Wandelbuddy'],
              municipalityNames: ['Jette'],
              remote: false,
              _formatted: { title: `${HIGHLIGHT_START}Wandel${HIGHLIGHT_END}buddy` },
            },
          ],
          totalHits: 11,
          totalPages: 2,
          page: 1,
          facetDistribution: { kind: { initiative: 11 }, remote: { true: 3, false: 8 } },
        },
        { facetDistribution: { categories: { walking: 11, chat: 4 } } },
        { facetDistribution: { municipalities: { jette: 9, evere: 2, anderlecht: 1 } } },
      ],
    });
    expect(outcome).toMatchObject({ search: jetteOrEvereWalks, totalHits: 11, totalPages: 2, page: 1, remoteCount: 3 });
    expect(outcome.facetCounts).toEqual({
      categories: { walking: 11, chat: 4 },
      municipalities: { jette: 9, evere: 2, anderlecht: 1 },
      audiences: {},
      languages: {},
      kind: { initiative: 11 },
    });
    expect(outcome.hits[0]).toMatchObject({ title: `${HIGHLIGHT_START}Wandel${HIGHLIGHT_END}buddy`, summary: 'S' });
  });

  it('reads an empty or odd answer as no results', () => {
    expect(readMultiSearch(emptySearchState(), null)).toMatchObject({ hits: [], totalHits: 0, totalPages: 0 });
  });
});

describe('highlights', () => {
  it('splits on the marks, never parsing HTML', () => {
    expect(splitHighlights(`<b>Samen</b> ${HIGHLIGHT_START}wandelen${HIGHLIGHT_END} in ${HIGHLIGHT_START}Jette${HIGHLIGHT_END}`)).toEqual([
      { text: '<b>Samen</b> ', marked: false },
      { text: 'wandelen', marked: true },
      { text: ' in ', marked: false },
      { text: 'Jette', marked: true },
    ]);
  });

  it('survives a mark left open or a closing mark alone', () => {
    expect(splitHighlights(`a${HIGHLIGHT_END}b${HIGHLIGHT_START}c`)).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(splitHighlights('')).toEqual([]);
  });
});

describe('the island texts', () => {
  it('fills in placeholders and picks the plural form of each language', () => {
    const forms = { one: '{count} résultat', other: '{count} résultats' } as const;
    expect(fillIn(pluralForm('fr', forms, 1), { count: 1 })).toBe('1 résultat');
    expect(fillIn(pluralForm('fr', forms, 0), { count: 0 })).toBe('0 résultat');
    expect(fillIn(pluralForm('nl', { one: '{count} resultaat', other: '{count} resultaten' }, 0), { count: 0 })).toBe('0 resultaten');
    expect(fillIn('Pagina {page} van {total}, {unknown}', { page: 2, total: 5 })).toBe('Pagina 2 van 5, {unknown}');
  });
});

describe('PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY', () => {
  it('give the island its service only when both are set', () => {
    expect(readBrowserSearchEnv({})).toBeUndefined();
    expect(readBrowserSearchEnv({ PUBLIC_MEILI_URL: 'http://127.0.0.1:7700' })).toBeUndefined();
    expect(readBrowserSearchEnv({ PUBLIC_MEILI_URL: ' ', PUBLIC_MEILI_SEARCH_KEY: 'key' })).toBeUndefined();
    expect(readBrowserSearchEnv({ PUBLIC_MEILI_URL: 'https://search.example.org/', PUBLIC_MEILI_SEARCH_KEY: 'key' })).toEqual({
      url: 'https://search.example.org',
      searchKey: 'key',
    });
  });

  it('stop the build with the variable to fix when the URL is not one', () => {
    expect(() => readBrowserSearchEnv({ PUBLIC_MEILI_URL: 'search.example.org', PUBLIC_MEILI_SEARCH_KEY: 'key' })).toThrow(/PUBLIC_MEILI_URL/);
  });
});
