import { AUDIENCES, HELP_CATEGORIES, MUNICIPALITIES, SEARCH_RESULTS_PATH, SPOKEN_LANGUAGES, routes, type Locale, type Term } from '@cb/domain';
import { byName, ui, type UiStrings } from '../i18n/index.ts';
import type { BrowserSearchEnv } from '../lib/build-env.ts';
import type { ListFacet } from './search-state.ts';

/**
 * What the search page hands the island, computed at build time: the words and facet labels of
 * one locale only, as plain data. The island imports only the types from here, so neither the
 * dictionaries nor the taxonomies of @cb/domain end up in its JavaScript.
 */

export interface FacetOption {
  code: string;
  label: string;
}

/** Every value a facet can take, labelled in the page's language and in display order. */
export type FacetOptions = Record<ListFacet, FacetOption[]>;

export type SearchIslandText = UiStrings['search']['island'] &
  Pick<UiStrings['search'], 'label' | 'button'> & { paginationLabel: string; previousPage: string; nextPage: string };

export interface SearchIslandProps {
  locale: Locale;
  /** This page's path, from the route map: the island writes the search into its query string. */
  searchPath: string;
  /** Where the form goes before the island runs: the CMS's page of results, which needs no JavaScript. */
  resultsPath: string;
  service: BrowserSearchEnv;
  text: SearchIslandText;
  options: FacetOptions;
}

export function searchIslandProps(locale: Locale, service: BrowserSearchEnv): SearchIslandProps {
  const { search, pagination } = ui(locale);
  return {
    locale,
    searchPath: routes.search(locale),
    resultsPath: SEARCH_RESULTS_PATH,
    service,
    text: {
      ...search.island,
      label: search.label,
      button: search.button,
      paginationLabel: pagination.label,
      previousPage: pagination.previous,
      nextPage: pagination.next,
    },
    options: facetOptions(locale, search.island.kinds),
  };
}

function facetOptions(locale: Locale, kinds: UiStrings['search']['island']['kinds']): FacetOptions {
  const labelled = (terms: readonly Term[]): FacetOption[] => terms.map((term) => ({ code: term.code, label: term.name[locale] }));
  return {
    categories: labelled(HELP_CATEGORIES),
    // Nineteen names are easier to scan alphabetically; the other lists keep the domain's order.
    municipalities: labelled(MUNICIPALITIES).sort(byName(locale, (option) => option.label)),
    audiences: labelled(AUDIENCES),
    languages: labelled(SPOKEN_LANGUAGES),
    kind: Object.entries(kinds).map(([code, label]) => ({ code, label })),
  };
}
