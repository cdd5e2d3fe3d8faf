import type { Locale } from '@cb/domain';
import type { SearchDocument } from './documents.js';
import { liveIndexUid, searchText, type MatchingStrategy } from './query.js';
import { LIST_FACETS, perFacet, type ListFacet, type SearchState } from './search-state.js';

/**
 * The one request a search makes: Meilisearch's `/multi-search`, written by hand. The `meilisearch`
 * JS client would add about 7.7 KB gzip (its multiSearch alone, minified), more than the rest of
 * the island together. Pure: building the body and reading the answer.
 *
 * Facets are disjunctive: ticking Jette must not hide Evere. So the counts of a facet with ticked
 * values come from an extra query filtered by every other facet but not by itself; the facets
 * with nothing ticked are counted by the main query.
 *
 * The words themselves go as `searchText` of @cb/search makes them (Dutch compounds split, the
 * matching strategy): the same function the relevance evaluation measures.
 */

export const HITS_PER_PAGE = 10;

/**
 * Marks around matched words in `_formatted`: private-use characters that no text of the site
 * holds, so the island can split on them and never has to parse HTML.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

const RESULT_FIELDS = [
  'id',
  'kind',
  'url',
  'title',
  'summary',
  'categoryNames',
  'municipalityNames',
  'remote',
] as const satisfies readonly (keyof SearchDocument)[];
const HIGHLIGHTED_FIELDS = ['title', 'summary'] as const satisfies readonly (keyof SearchDocument)[];

/** A result as the island shows it; `title` and `summary` carry the highlight marks. */
export type SearchHit = Pick<SearchDocument, (typeof RESULT_FIELDS)[number]>;

export type FacetCounts = Record<ListFacet, Record<string, number>>;

export interface SearchOutcome {
  /** The search these results answer (the reader may already have moved on). */
  search: SearchState;
  hits: SearchHit[];
  totalHits: number;
  totalPages: number;
  page: number;
  facetCounts: FacetCounts;
  /** How many of the results can be joined from home. */
  remoteCount: number;
}

interface MeiliQuery {
  indexUid: string;
  q: string;
  matchingStrategy: MatchingStrategy;
  filter: string[];
  facets: string[];
  page?: number;
  hitsPerPage?: number;
  limit?: number;
  attributesToRetrieve?: readonly string[];
  attributesToHighlight?: readonly string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
}

export interface MultiSearchBody {
  queries: MeiliQuery[];
}

export function multiSearchBody(state: SearchState, locale: Locale): MultiSearchBody {
  const indexUid = liveIndexUid(locale);
  const words = searchText(locale, state.query);
  const ticked = LIST_FACETS.filter((facet) => state.filters[facet].length > 0);
  const untickedFacets = LIST_FACETS.filter((facet) => !ticked.includes(facet));
  const main: MeiliQuery = {
    indexUid,
    ...words,
    filter: filterFor(state),
    facets: [...untickedFacets, 'remote'],
    page: state.page,
    hitsPerPage: HITS_PER_PAGE,
    attributesToRetrieve: RESULT_FIELDS,
    attributesToHighlight: HIGHLIGHTED_FIELDS,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
  const counts = ticked.map((facet): MeiliQuery => ({ indexUid, ...words, filter: filterFor(state, facet), facets: [facet], limit: 0 }));
  return { queries: [main, ...counts] };
}

/** Every condition is ANDed; the values of one facet are ORed (`municipalities IN ["jette", "evere"]`). */
export function filterFor(state: SearchState, leaveOut?: ListFacet): string[] {
  const conditions = LIST_FACETS.filter((facet) => facet !== leaveOut && state.filters[facet].length > 0).map(
    (facet) => `${facet} IN [${state.filters[facet].map(quoted).join(', ')}]`,
  );
  if (state.remoteOnly) conditions.push('remote = true');
  return conditions;
}

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

interface MeiliResult {
  hits?: (SearchHit & { _formatted?: Partial<Record<string, unknown>> })[];
  totalHits?: number;
  totalPages?: number;
  page?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** Reads the answer to `multiSearchBody(state, ...)`: the results of the main query, the counts of all. */
export function readMultiSearch(state: SearchState, response: unknown): SearchOutcome {
  const [main, ...countQueries] = (response as { results?: MeiliResult[] } | null)?.results ?? [];
  const ticked = LIST_FACETS.filter((facet) => state.filters[facet].length > 0);
  const facetCounts = perFacet((facet) => {
    const source = ticked.includes(facet) ? countQueries[ticked.indexOf(facet)] : main;
    return source?.facetDistribution?.[facet] ?? {};
  });
  return {
    search: state,
    hits: (main?.hits ?? []).map(withHighlights),
    totalHits: main?.totalHits ?? 0,
    totalPages: main?.totalPages ?? 0,
    page: main?.page ?? state.page,
    facetCounts,
    remoteCount: main?.facetDistribution?.remote?.['true'] ?? 0,
  };
}

function withHighlights(hit: SearchHit & { _formatted?: Partial<Record<string, unknown>> }): SearchHit {
  const formatted = hit._formatted ?? {};
  const text = (field: 'title' | 'summary'): string => (typeof formatted[field] === 'string' ? formatted[field] : (hit[field] ?? ''));
  return {
    id: hit.id,
    kind: hit.kind,
    url: hit.url,
    title: text('title'),
    summary: text('summary'),
    categoryNames: hit.categoryNames ?? [],
    municipalityNames: hit.municipalityNames ?? [],
    remote: hit.remote === true,
  };
}

/** A piece of a highlighted text: `marked` pieces matched the query. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/** "Samen \uE000wandelen\uE001 in Jette" → [Samen ][wandelen, marked][ in Jette]. Stray marks are dropped. */
export function splitHighlights(formatted: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) pieces.push({ text, marked });
    text = '';
  };
  for (const character of formatted) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      flush();
      marked = character === HIGHLIGHT_START;
    } else {
      text += character;
    }
  }
  flush();
  return pieces;
}

/** The text without highlight marks (for a `title` attribute or a comparison). */
export function plainText(formatted: string): string {
  return splitHighlights(formatted)
    .map((piece) => piece.text)
    .join('');
}
