import type { MouseEvent } from 'react';
import type { SearchIslandText } from './island-props.ts';
import { fillIn } from './island-text.ts';
import type { SearchOutcome } from './search-request.ts';
import { searchStateToUrlQuery, withPage, type SearchState } from './search-state.ts';

interface ResultPagesProps {
  text: SearchIslandText;
  searchPath: string;
  state: SearchState;
  outcome: SearchOutcome;
  onPage(page: number): void;
}

/** Previous and next as real links (they can be opened in a new tab or shared); a plain click stays in the island. */
export function ResultPages({ text, searchPath, state, outcome, onPage }: ResultPagesProps) {
  const { page, totalPages } = outcome;
  if (totalPages <= 1 && page <= 1) return null;
  const link = (target: number, rel: 'prev' | 'next', label: string) => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onPage(target);
    };
    return (
      <li>
        <a href={`${searchPath}${searchStateToUrlQuery(withPage(state, target))}`} rel={rel} onClick={onClick}>
          {label}
        </a>
      </li>
    );
  };
  return (
    <nav className="pagination" aria-label={text.paginationLabel}>
      <ul>
        {page > 1 && link(Math.min(page - 1, Math.max(totalPages, 1)), 'prev', text.previousPage)}
        <li aria-current="page">{fillIn(text.pageOf, { page, total: Math.max(totalPages, page) })}</li>
        {page < totalPages && link(page + 1, 'next', text.nextPage)}
      </ul>
    </nav>
  );
}
