import {
  AUDIENCES,
  byName,
  colon,
  fillPlaceholders,
  HELP_CATEGORIES,
  LOCALE_TAGS,
  LOCALES,
  MUNICIPALITIES,
  routes,
  SEARCH_RESULTS_PATH,
  searchWords,
  SPOKEN_LANGUAGES,
  type Locale,
  type Term,
} from '@cb/domain';
import { CONTENT_KINDS } from '@cb/search';
import {
  activeFilterCount,
  FACET_PARAMS,
  HITS_PER_PAGE,
  LIST_FACETS,
  MAX_QUERY_LENGTH,
  QUERY_PARAM,
  REMOTE_PARAM,
  REMOTE_YES,
  searchStateToUrlQuery,
  splitHighlights,
  withFilterToggled,
  withoutFilters,
  withPage,
  withRemoteOnly,
  type KnownCodes,
  type ListFacet,
  type SearchHit,
  type SearchOutcome,
  type SearchState,
} from '@cb/search/request';
import { htmlDocument } from '../../intake/pages/document';
import { html, type Html } from '../../intake/pages/html';

/**
 * The page of search results without JavaScript, in the site's layout (the intake pages' shell): the
 * search form with the words searched, the results as the island shows them (matched words marked),
 * the pages, and the filters as links, each link the same search with one value more or less.
 * The results come first and the filters one tap away, so on a phone the results are in view.
 */

/** The facets in the order the island's filter panel shows them: what and where first. */
const GROUPS = ['categories', 'municipalities', 'remote', 'audiences', 'languages', 'kind'] as const satisfies readonly (ListFacet | 'remote')[];

const codes = (terms: readonly Term[]) => terms.map((term) => term.code);
/** Every value a filter may take; any other value in a URL is dropped before the search. */
export const KNOWN_CODES: KnownCodes = {
  categories: codes(HELP_CATEGORIES),
  municipalities: codes(MUNICIPALITIES),
  audiences: codes(AUDIENCES),
  languages: codes(SPOKEN_LANGUAGES),
  kind: [...CONTENT_KINDS],
};

interface Option {
  code: string;
  label: string;
}

/** The values of each facet, named in the page's language; municipalities alphabetically, as the island lists them. */
function facetOptions(locale: Locale): Record<ListFacet, Option[]> {
  const labelled = (terms: readonly Term[]): Option[] => terms.map((term) => ({ code: term.code, label: term.name[locale] }));
  const { kinds } = searchWords(locale).island;
  return {
    categories: labelled(HELP_CATEGORIES),
    municipalities: labelled(MUNICIPALITIES).sort(byName(locale, (option) => option.label)),
    audiences: labelled(AUDIENCES),
    languages: labelled(SPOKEN_LANGUAGES),
    kind: CONTENT_KINDS.map((code) => ({ code, label: kinds[code] })),
  };
}

/** The address of a search in a locale: `/api/search?locale=fr&q=…`. */
export function searchUrl(locale: Locale, state: SearchState): string {
  const query = searchStateToUrlQuery(state);
  return `${SEARCH_RESULTS_PATH}?locale=${locale}${query ? `&${query.slice(1)}` : ''}`;
}

const pluralRules = (locale: Locale) => new Intl.PluralRules(LOCALE_TAGS[locale]);
function counted(locale: Locale, forms: Record<'one' | 'other', string>, count: number, values: Record<string, string> = {}): string {
  const form = pluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
  return fillPlaceholders(locale, form, { ...values, count });
}

/** The same search in the other languages (the words and filters kept). */
function languageLinks(state: SearchState): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, searchUrl(locale, state)]));
}

function titleOf(locale: Locale, state: SearchState): string {
  const { title } = searchWords(locale);
  return state.query ? `${title}${colon(locale)} ${state.query}` : title;
}

export function resultsPage(locale: Locale, outcome: SearchOutcome, { shortened }: { shortened: boolean }): string {
  const t = searchWords(locale);
  const { search: state } = outcome;
  const summary = state.query
    ? counted(locale, outcome.totalHits > 0 ? t.island.resultCountFor : { one: t.island.noResultsFor, other: t.island.noResultsFor }, outcome.totalHits, {
        query: state.query,
      })
    : outcome.totalHits > 0
      ? counted(locale, t.island.resultCount, outcome.totalHits)
      : t.island.noResults;
  return htmlDocument({
    locale,
    title: titleOf(locale, state),
    heading: t.title,
    languageLinks: languageLinks(state),
    main: html`${searchForm(locale, state)}
${shortened ? html`<p class="notice">${fillPlaceholders(locale, t.page.shortened, { max: MAX_QUERY_LENGTH })}</p>` : ''}
<section class="search-results" aria-labelledby="search-summary">
<h2 id="search-summary">${summary}</h2>
<p><a href="#search-filters">${t.page.toFilters}</a></p>
${outcome.hits.length > 0 ? hitList(locale, outcome) : html`<p>${t.island.noResultsHelp}</p>`}
${pageLinks(locale, outcome)}
</section>
${filterLinks(locale, outcome)}
${browseLinks(locale)}`,
  });
}

/** Meilisearch could not answer (or is not configured): the form again and the static pages to browse. */
export function unavailablePage(locale: Locale, state: SearchState): string {
  return noticePage(locale, state, searchWords(locale).island.unavailable);
}

/**
 * Past the searches one address may make per window (429): nothing was searched; the form again with
 * the words and filters as they were, so the person searches again with one tap once the wait is over.
 */
export function rateLimitedPage(locale: Locale, state: SearchState, { minutes }: { minutes: number }): string {
  return noticePage(locale, state, counted(locale, searchWords(locale).page.rateLimited, minutes));
}

/** The form filled in, one notice, and the static pages to browse: a search that was not answered. */
function noticePage(locale: Locale, state: SearchState, notice: string): string {
  const t = searchWords(locale);
  return htmlDocument({
    locale,
    title: titleOf(locale, state),
    heading: t.title,
    languageLinks: languageLinks(state),
    main: html`${searchForm(locale, state)}
<p class="notice">${notice}</p>
${browseLinks(locale)}`,
  });
}

/** The site's search form, filled in: new words keep the filters that are on, as in the island. */
function searchForm(locale: Locale, state: SearchState): Html {
  const t = searchWords(locale);
  const kept = [
    ...LIST_FACETS.flatMap((facet) => state.filters[facet].map((code) => [FACET_PARAMS[facet], code] as const)),
    ...(state.remoteOnly ? [[REMOTE_PARAM, REMOTE_YES] as const] : []),
  ];
  return html`<form class="search-form" role="search" action="${SEARCH_RESULTS_PATH}" method="get">
<input type="hidden" name="locale" value="${locale}">
${kept.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<label for="search-q">${t.label}</label>
<div class="row"><input id="search-q" name="${QUERY_PARAM}" type="search" value="${state.query}" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off"><button class="button" type="submit">${t.button}</button></div>
</form>`;
}

function hitList(locale: Locale, outcome: SearchOutcome): Html {
  return html`<ol class="search-hits" start="${(outcome.page - 1) * HITS_PER_PAGE + 1}">
${outcome.hits.map((hit) => hitItem(locale, hit))}
</ol>`;
}

function hitItem(locale: Locale, hit: SearchHit): Html {
  const t = searchWords(locale).island;
  const about = [t.kinds[hit.kind], ...hit.municipalityNames, ...(hit.remote ? [t.remoteOption] : [])].join(' · ');
  // Paths of the site only: the index holds nothing else, and nothing else becomes a link.
  const title = hit.url.startsWith('/') && !hit.url.startsWith('//') ? html`<a href="${hit.url}">${highlighted(hit.title)}</a>` : highlighted(hit.title);
  return html`<li class="card"><div class="body"><h3>${title}</h3>${hit.summary ? html`<p>${highlighted(hit.summary)}</p>` : ''}<p class="muted">${about}</p>${
    hit.categoryNames.length > 0 ? html`<ul class="tags">${hit.categoryNames.map((name) => html`<li>${name}</li>`)}</ul>` : ''
  }</div></li>`;
}

/** Matched words in <mark>; every piece escaped as text. */
function highlighted(text: string): Html {
  return html`${splitHighlights(text).map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : piece.text))}`;
}

function pageLinks(locale: Locale, outcome: SearchOutcome): Html {
  const t = searchWords(locale);
  const { page, totalPages, search: state } = outcome;
  if (totalPages <= 1) return html``;
  const pageOf = fillPlaceholders(locale, t.island.pageOf, { page, total: totalPages });
  return html`<nav class="pagination" aria-label="${t.pages.label}"><ul>
${page > 1 ? html`<li><a href="${searchUrl(locale, withPage(state, Math.min(page - 1, totalPages)))}" rel="prev">${t.pages.previous}</a></li>` : ''}
<li aria-current="page">${pageOf}</li>
${page < totalPages ? html`<li><a href="${searchUrl(locale, withPage(state, page + 1))}" rel="next">${t.pages.next}</a></li>` : ''}
</ul></nav>`;
}

/**
 * Each facet as a list of links with the number of results behind each value; a value that is on
 * links to the search without it. As in the island, a value with no results is left out unless it is on.
 */
function filterLinks(locale: Locale, outcome: SearchOutcome): Html {
  const t = searchWords(locale);
  const { search: state } = outcome;
  const options = facetOptions(locale);
  const active = activeFilterCount(state);
  const groups = GROUPS.map((group) => {
    if (group === 'remote') {
      if (!state.remoteOnly && outcome.remoteCount === 0) return html``;
      return facetGroup(t.island.remoteHeading, [
        { label: t.island.remoteOption, count: outcome.remoteCount, on: state.remoteOnly, href: searchUrl(locale, withRemoteOnly(state, !state.remoteOnly)) },
      ]);
    }
    const counts = outcome.facetCounts[group];
    const links = options[group]
      .map((option) => ({ ...option, count: counts[option.code] ?? 0, on: state.filters[group].includes(option.code) }))
      .filter((option) => option.count > 0 || option.on)
      .map((option) => ({ ...option, href: searchUrl(locale, withFilterToggled(state, KNOWN_CODES, group, option.code)) }));
    return facetGroup(t.island.facets[group], links);
  });
  return html`<nav id="search-filters" class="search-filters search-filter-links" aria-labelledby="search-filters-heading">
<h2 id="search-filters-heading">${t.island.filters}${active > 0 ? html` <span class="filters-active">${counted(locale, t.island.activeFilters, active)}</span>` : ''}</h2>
${active > 0 ? html`<p><a class="button secondary" href="${searchUrl(locale, withoutFilters(state))}">${t.island.clearFilters}</a></p>` : ''}
${groups}
</nav>`;

  function facetGroup(heading: string, links: { label: string; count: number; on: boolean; href: string }[]): Html {
    if (links.length === 0) return html``;
    return html`<div class="facet"><h3>${heading}</h3><ul>${links.map(
      (link) =>
        html`<li><a href="${link.href}" rel="nofollow"${link.on ? html` class="facet-on" aria-current="true"` : ''}>${
          link.on ? html`<span aria-hidden="true">✓ </span>` : ''
        }<span class="facet-label">${link.label}</span>${link.on ? html` <span class="visually-hidden">${t.page.filterOn}</span>` : ''} <span class="facet-count">${link.count}</span></a></li>`,
    )}</ul></div>`;
  }
}

/** The site's static pages per kind of help and per municipality: finding without any search. */
function browseLinks(locale: Locale): Html {
  const t = searchWords(locale);
  const municipalities = [...MUNICIPALITIES].sort(byName(locale, (municipality) => municipality.name[locale]));
  return html`<p>${t.browseInstead}</p>
<div class="facets">
<nav aria-labelledby="browse-category"><h2 id="browse-category">${t.browseByCategory}</h2><ul>${HELP_CATEGORIES.map(
    (category) => html`<li><a href="${routes.initiativesByCategory(locale, category.code)}">${category.name[locale]}</a></li>`,
  )}</ul></nav>
<nav aria-labelledby="browse-municipality"><h2 id="browse-municipality">${t.browseByMunicipality}</h2><ul>${municipalities.map(
    (municipality) => html`<li><a href="${routes.initiativesByMunicipality(locale, municipality.code)}">${municipality.name[locale]}</a></li>`,
  )}</ul></nav>
</div>`;
}
