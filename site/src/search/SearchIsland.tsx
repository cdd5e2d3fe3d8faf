import { useCallback, useEffect, useMemo, useRef, type FormEvent } from 'react';
import { FilterPanel } from './FilterPanel.tsx';
import type { FacetOptions, SearchIslandProps, SearchIslandText } from './island-props.ts';
import { fillIn, pluralForm } from './island-text.ts';
import { ResultList } from './ResultList.tsx';
import { ResultPages } from './ResultPages.tsx';
import type { SearchOutcome } from './search-request.ts';
import {
  activeFilterCount,
  perFacet,
  sameSearch,
  searchStateToUrlQuery,
  withFilterToggled,
  withoutFilters,
  withPage,
  withRemoteOnly,
  type KnownCodes,
  type ListFacet,
  type SearchState,
} from './search-state.ts';
import { useSearchResults, useSettledText, type SearchStatus } from './use-search-results.ts';
import { useSearchSession } from './use-search-session.ts';

/** The live region speaks once the count has stayed the same this long: after typing, not during. */
const ANNOUNCE_AFTER_MS = 900;

/**
 * The search page's island: results as you type, facets with counts, highlighted matches and
 * pages, all held in the URL. The build renders only the form (a plain GET form that works
 * without JavaScript); the rest appears once the island runs in the browser.
 */
export default function SearchIsland({ locale, searchPath, resultsPath, service, text, options }: SearchIslandProps) {
  const known = useMemo(() => knownCodes(options), [options]);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputElement = useCallback(() => inputRef.current, []);
  const session = useSearchSession(known, searchPath, inputElement);
  const { status, outcome } = useSearchResults(session.state, service, locale);
  const summary = summaryText(text, locale, status, outcome);
  const busy = isBusy(status, outcome, session.state);
  const announcement = useSettledText(status === 'done' || status === 'failed' ? summary : '', ANNOUNCE_AFTER_MS);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const focusSummaryOnArrival = useRef(false);

  useEffect(() => {
    if (!outcome || !focusSummaryOnArrival.current) return;
    focusSummaryOnArrival.current = false;
    summaryRef.current?.focus();
  }, [outcome]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    session.submit();
  };
  const goToPage = (page: number) => {
    focusSummaryOnArrival.current = true;
    session.choose((state) => withPage(state, page));
  };
  const clearFiltersFromResults = () => {
    focusSummaryOnArrival.current = true;
    session.choose(withoutFilters);
  };
  const onToggle = (facet: ListFacet, code: string) => session.choose((state) => withFilterToggled(state, known, facet, code));
  // On a phone the open filters push the results out of view: the panel's last button folds it and goes to them.
  const showResults = () => summaryRef.current?.focus();

  return (
    <div className="search-island">
      {/* Before the island runs (or without it), the form asks the CMS's page of results; the island answers in place. */}
      <form className="search-form" role="search" action={resultsPath} method="get" onSubmit={onSubmit}>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="search-page-q">{text.label}</label>
        <div className="row">
          <input
            ref={inputRef}
            id="search-page-q"
            name="q"
            type="search"
            autoComplete="off"
            value={session.input}
            onChange={(event) => session.type(event.target.value)}
          />
          <button className="button" type="submit">
            {text.button}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {/* Rendered by the build too, empty: it holds the results' place from the first paint (see .awaiting). */}
      <div className={`search-body${outcome || status === 'failed' ? '' : ' awaiting'}`}>
        {session.state && status !== 'failed' && (
          <FilterPanel
            locale={locale}
            text={text}
            options={options}
            state={session.state}
            outcome={outcome}
            onToggle={onToggle}
            onRemoteOnly={(remoteOnly) => session.choose((state) => withRemoteOnly(state, remoteOnly))}
            onClear={() => session.choose(withoutFilters)}
            onShowResults={showResults}
          />
        )}
        {session.state && (
          // data-results-for: the query string the results shown answer (scripts and tests can tell a stale list).
          <section
            className="search-results"
            aria-labelledby="search-summary"
            aria-busy={busy}
            data-results-for={outcome ? searchStateToUrlQuery(outcome.search) : undefined}
          >
            <h2 id="search-summary" ref={summaryRef} tabIndex={-1}>
              {summary}
            </h2>
            {outcome?.totalHits === 0 && <p>{text.noResultsHelp}</p>}
            {outcome?.totalHits === 0 && activeFilterCount(session.state) > 0 && (
              // Also here, not only in the panel, which is folded on a phone.
              <button type="button" className="button secondary" onClick={clearFiltersFromResults}>
                {text.clearFilters}
              </button>
            )}
            {outcome && outcome.hits.length > 0 && <ResultList text={text} outcome={outcome} />}
            {outcome && <ResultPages text={text} searchPath={searchPath} state={session.state} outcome={outcome} onPage={goToPage} />}
          </section>
        )}
      </div>
    </div>
  );
}

function knownCodes(options: FacetOptions): KnownCodes {
  return perFacet((facet) => options[facet].map((option) => option.code));
}

/** A search is under way, or about to be: the results shown do not answer the search on screen. */
function isBusy(status: SearchStatus, outcome: SearchOutcome | undefined, state: SearchState | undefined): boolean {
  if (status === 'failed') return false;
  return status === 'loading' || !outcome || !state || !sameSearch(outcome.search, state);
}

/** "12 resultaten voor “wandelen”", "Geen resultaten.", or what is going on. */
function summaryText(text: SearchIslandText, locale: string, status: SearchStatus, outcome: SearchOutcome | undefined): string {
  if (status === 'failed') return text.unavailable;
  if (!outcome) return text.searching;
  const { totalHits: count } = outcome;
  const query = outcome.search.query.trim();
  if (count === 0) return query ? fillIn(text.noResultsFor, { query }) : text.noResults;
  return fillIn(pluralForm(locale, query ? text.resultCountFor : text.resultCount, count), { count, query });
}
