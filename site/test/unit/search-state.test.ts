import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptySearchState,
  parseSearchState,
  sameSearch,
  searchStateToUrlQuery,
  withFilterToggled,
  withoutFilters,
  withPage,
  withQuery,
  withRemoteOnly,
  type KnownCodes,
} from '../../src/search/search-state.ts';

const KNOWN: KnownCodes = {
  categories: ['chat', 'walking', 'groceries'],
  municipalities: ['anderlecht', 'evere', 'jette'],
  audiences: ['seniors'],
  languages: ['nl', 'fr', 'ar'],
  kind: ['initiative', 'organisation', 'story', 'project-call'],
};

describe('the search in the URL', () => {
  it('reads the words, the filters, "from home" and the page', () => {
    const state = parseSearchState('?q=wandelen+Jette&municipality=jette&municipality=evere&category=walking&language=ar&kind=story&remote=1&page=3', KNOWN);
    expect(state).toEqual({
      query: 'wandelen Jette',
      filters: { categories: ['walking'], municipalities: ['evere', 'jette'], audiences: [], languages: ['ar'], kind: ['story'] },
      remoteOnly: true,
      page: 3,
    });
  });

  it('drops codes it does not know, so nothing made up reaches a Meilisearch filter', () => {
    const state = parseSearchState('?municipality=atlantis&municipality=jette"%20OR%20kind%20%3D%20"x&category=chat', KNOWN);
    expect(state.filters.municipalities).toEqual([]);
    expect(state.filters.categories).toEqual(['chat']);
  });

  it('falls back to page 1 for a page that is not a whole number above 1', () => {
    for (const page of ['0', '-2', '1.5', 'abc', '', '99999999999999999999']) expect(parseSearchState(`?page=${page}`, KNOWN).page).toBe(1);
  });

  it('writes nothing for the empty search and leaves defaults out', () => {
    expect(searchStateToUrlQuery(emptySearchState())).toBe('');
    expect(searchStateToUrlQuery(withQuery(emptySearchState(), '  '))).toBe('');
  });

  it('round-trips: what it writes, it reads back the same', () => {
    let state = withQuery(emptySearchState(), 'courses à domicile & co');
    state = withFilterToggled(state, KNOWN, 'municipalities', 'jette');
    state = withFilterToggled(state, KNOWN, 'municipalities', 'anderlecht');
    state = withPage(withRemoteOnly(state, true), 2);
    const query = searchStateToUrlQuery(state);
    expect(query).toBe('?q=courses+%C3%A0+domicile+%26+co&municipality=anderlecht&municipality=jette&remote=1&page=2');
    expect(parseSearchState(query, KNOWN)).toEqual(state);
  });

  it('writes the same URL for the same search, whatever the order of the clicks', () => {
    const a = withFilterToggled(withFilterToggled(emptySearchState(), KNOWN, 'languages', 'ar'), KNOWN, 'languages', 'nl');
    const b = withFilterToggled(withFilterToggled(emptySearchState(), KNOWN, 'languages', 'nl'), KNOWN, 'languages', 'ar');
    expect(sameSearch(a, b)).toBe(true);
  });
});

describe('changing the search', () => {
  const onPage3 = withPage(withQuery(emptySearchState(), 'x'), 3);

  it('goes back to page 1 on new words, a filter or "from home"', () => {
    expect(withQuery(onPage3, 'y').page).toBe(1);
    expect(withFilterToggled(onPage3, KNOWN, 'kind', 'story').page).toBe(1);
    expect(withRemoteOnly(onPage3, true).page).toBe(1);
  });

  it('unticks a ticked value', () => {
    const ticked = withFilterToggled(onPage3, KNOWN, 'categories', 'chat');
    expect(withFilterToggled(ticked, KNOWN, 'categories', 'chat').filters.categories).toEqual([]);
  });

  it('counts and clears the filters, keeping the words', () => {
    const filtered = withRemoteOnly(withFilterToggled(withFilterToggled(onPage3, KNOWN, 'kind', 'story'), KNOWN, 'audiences', 'seniors'), true);
    expect(activeFilterCount(filtered)).toBe(3);
    const cleared = withoutFilters(filtered);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared.query).toBe('x');
  });
});
