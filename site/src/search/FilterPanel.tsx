import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { FacetOption, FacetOptions, SearchIslandText } from './island-props.ts';
import { fillIn, pluralForm } from './island-text.ts';
import type { SearchOutcome } from './search-request.ts';
import { activeFilterCount, type ListFacet, type SearchState } from './search-state.ts';

/** From this width the filters sit beside the results and start open; on a phone they start folded. */
const SIDE_BY_SIDE = '(min-width: 60rem)';
const PANEL_ID = 'search-filter-panel';
/** The groups in the order the panel shows them: what and where first, the kind of result last. */
const GROUPS = ['categories', 'municipalities', 'remote', 'audiences', 'languages', 'kind'] as const satisfies readonly (ListFacet | 'remote')[];

interface FilterPanelProps {
  locale: string;
  text: SearchIslandText;
  options: FacetOptions;
  state: SearchState;
  /** Undefined until the first answer: the panel is there, its groups not yet. */
  outcome: SearchOutcome | undefined;
  onToggle(facet: ListFacet, code: string): void;
  onRemoteOnly(remoteOnly: boolean): void;
  onClear(): void;
  /** After the panel folded itself: the results take the focus. */
  onShowResults(): void;
}

/**
 * The facets: one group of checkboxes each, with the number of results behind each value.
 * A value with no result is left out, unless it is ticked (so it can be unticked).
 * Mounted only in the browser, so reading the viewport for the first open state is safe.
 */
export function FilterPanel({ locale, text, options, state, outcome, onToggle, onRemoteOnly, onClear, onShowResults }: FilterPanelProps) {
  const [open, setOpen] = useState(() => window.matchMedia(SIDE_BY_SIDE).matches);
  const active = activeFilterCount(state);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The clear button goes away once it has done its job: keep the keyboard user's place in the panel.
  const clear = () => {
    onClear();
    toggleRef.current?.focus();
  };
  // Folded first, then focused: focusing moves the results into view where they are once the list is gone.
  const showResults = () => {
    flushSync(() => setOpen(false));
    onShowResults();
  };
  return (
    <div className="search-filters">
      <h2>
        <button ref={toggleRef} type="button" className="filters-toggle" aria-expanded={open} aria-controls={PANEL_ID} onClick={() => setOpen(!open)}>
          {text.filters}
          {active > 0 && <span className="filters-active">{fillIn(pluralForm(locale, text.activeFilters, active), { count: active })}</span>}
        </button>
      </h2>
      <div id={PANEL_ID} hidden={!open}>
        {active > 0 && (
          <button type="button" className="button secondary clear-filters" onClick={clear}>
            {text.clearFilters}
          </button>
        )}
        {outcome &&
          GROUPS.map((group) =>
            group === 'remote' ? (
              <FacetGroup
                key={group}
                legend={text.remoteHeading}
                options={state.remoteOnly || outcome.remoteCount > 0 ? [{ code: group, label: text.remoteOption, count: outcome.remoteCount }] : []}
                selected={state.remoteOnly ? [group] : []}
                onToggle={() => onRemoteOnly(!state.remoteOnly)}
              />
            ) : (
              <FacetGroup
                key={group}
                legend={text.facets[group]}
                options={shownOptions(options[group], outcome.facetCounts[group], state.filters[group])}
                selected={state.filters[group]}
                onToggle={(code) => onToggle(group, code)}
              />
            ),
          )}
        {outcome && (
          // Only on a phone (hidden by CSS beside the results), where the open list hides them.
          <button type="button" className="button show-results" onClick={showResults}>
            {fillIn(pluralForm(locale, text.showResults, outcome.totalHits), { count: outcome.totalHits })}
          </button>
        )}
      </div>
    </div>
  );
}

type CountedOption = FacetOption & { count: number };

function shownOptions(options: FacetOption[], counts: Record<string, number>, selected: string[]): CountedOption[] {
  return options.map((option) => ({ ...option, count: counts[option.code] ?? 0 })).filter((option) => option.count > 0 || selected.includes(option.code));
}

interface FacetGroupProps {
  legend: string;
  options: CountedOption[];
  selected: string[];
  onToggle(code: string): void;
}

function FacetGroup({ legend, options, selected, onToggle }: FacetGroupProps) {
  if (options.length === 0) return null;
  // A checkbox answers Space; older users often press Enter, which would otherwise do nothing here.
  const toggleOnEnter = (code: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onToggle(code);
  };
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.code}>
            <label>
              <input type="checkbox" checked={selected.includes(option.code)} onChange={() => onToggle(option.code)} onKeyDown={toggleOnEnter(option.code)} />
              <span className="facet-label">{option.label}</span> <span className="facet-count">{option.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
