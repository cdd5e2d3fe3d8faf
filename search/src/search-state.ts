import type { Facet } from './settings.js';

/**
 * What the reader asked for: the words, the ticked filters and the page. It lives in the URL
 * (`?q=wandelen&municipality=jette&page=2`), so a result page can be shared and the back button
 * works. Pure: the island and the unit tests share it.
 */

/** The facets shown as lists of checkboxes; `remote` is a single yes/no box. */
export type ListFacet = Exclude<Facet, 'remote'>;

/** In the order the filter panel shows them. */
export const LIST_FACETS = ['categories', 'municipalities', 'audiences', 'languages', 'kind'] as const satisfies readonly ListFacet[];

/** URL parameter names: singular, repeated for several values (`municipality=jette&municipality=evere`). */
export const FACET_PARAMS: Record<ListFacet, string> = {
  categories: 'category',
  municipalities: 'municipality',
  audiences: 'audience',
  languages: 'language',
  kind: 'kind',
};
/** Words beyond this many characters are not searched (Meilisearch reads only a query's first 10 words anyway). */
export const MAX_QUERY_LENGTH = 200;
export const QUERY_PARAM = 'q';
export const REMOTE_PARAM = 'remote';
const PAGE_PARAM = 'page';
export const REMOTE_YES = '1';

export type SelectedFilters = Record<ListFacet, string[]>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
  /** Only what one can join from home (by phone or online). */
  remoteOnly: boolean;
  /** 1-based. */
  page: number;
}

/** The codes each facet may take, in display order. A code from a URL that is not listed is ignored. */
export type KnownCodes = Record<ListFacet, readonly string[]>;

export function emptySearchState(): SearchState {
  return { query: '', filters: noFilters(), remoteOnly: false, page: 1 };
}

/** A record with one entry per list facet. */
export function perFacet<T>(valueFor: (facet: ListFacet) => T): Record<ListFacet, T> {
  return {
    categories: valueFor('categories'),
    municipalities: valueFor('municipalities'),
    audiences: valueFor('audiences'),
    languages: valueFor('languages'),
    kind: valueFor('kind'),
  };
}

function noFilters(): SelectedFilters {
  return perFacet(() => []);
}

/** Reads `location.search`; anything unknown or malformed is dropped rather than sent to Meilisearch. */
export function parseSearchState(search: string, known: KnownCodes): SearchState {
  const params = new URLSearchParams(search);
  const filters = perFacet((facet) => {
    const wanted = new Set(params.getAll(FACET_PARAMS[facet]));
    return known[facet].filter((code) => wanted.has(code));
  });
  const page = Number(params.get(PAGE_PARAM));
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    remoteOnly: params.get(REMOTE_PARAM) === REMOTE_YES,
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** "?q=wandelen&municipality=jette", or "" for the empty state. Defaults are left out. */
export function searchStateToUrlQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
  for (const facet of LIST_FACETS) for (const code of state.filters[facet]) params.append(FACET_PARAMS[facet], code);
  if (state.remoteOnly) params.set(REMOTE_PARAM, REMOTE_YES);
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToUrlQuery(a) === searchStateToUrlQuery(b);
}

/** New words start again at page 1. */
export function withQuery(state: SearchState, query: string): SearchState {
  return { ...state, query, page: 1 };
}

/** Ticks or unticks one value; the selection stays in display order, so equal searches have equal URLs. */
export function withFilterToggled(state: SearchState, known: KnownCodes, facet: ListFacet, code: string): SearchState {
  const selected = new Set(state.filters[facet]);
  if (selected.has(code)) selected.delete(code);
  else selected.add(code);
  const filters = { ...state.filters, [facet]: known[facet].filter((candidate) => selected.has(candidate)) };
  return { ...state, filters, page: 1 };
}

export function withRemoteOnly(state: SearchState, remoteOnly: boolean): SearchState {
  return { ...state, remoteOnly, page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.floor(page)) };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: noFilters(), remoteOnly: false, page: 1 };
}

export function activeFilterCount(state: SearchState): number {
  return LIST_FACETS.reduce((sum, facet) => sum + state.filters[facet].length, state.remoteOnly ? 1 : 0);
}
