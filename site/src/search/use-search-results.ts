import type { Locale } from '@cb/domain';
import { useEffect, useState } from 'react';
import type { BrowserSearchEnv } from '../lib/build-env.ts';
import { multiSearchBody, readMultiSearch, type SearchOutcome } from './search-request.ts';
import { postMultiSearch } from './search-service.ts';
import type { SearchState } from './search-state.ts';

export type SearchStatus = 'idle' | 'loading' | 'done' | 'failed';

export interface SearchResults {
  status: SearchStatus;
  /** The last answer; kept while the next one loads, so the list does not jump. */
  outcome: SearchOutcome | undefined;
}

/** Searches whenever `state` changes; a newer search cancels the request of the older one. */
export function useSearchResults(state: SearchState | undefined, service: BrowserSearchEnv, locale: Locale): SearchResults {
  const [results, setResults] = useState<SearchResults>({ status: 'idle', outcome: undefined });

  useEffect(() => {
    if (!state) return;
    const request = new AbortController();
    setResults((previous) => ({ ...previous, status: 'loading' }));
    postMultiSearch(service, multiSearchBody(state, locale), request.signal).then(
      (response) => {
        if (!request.signal.aborted) setResults({ status: 'done', outcome: readMultiSearch(state, response) });
      },
      () => {
        if (!request.signal.aborted) setResults({ status: 'failed', outcome: undefined });
      },
    );
    return () => request.abort();
  }, [state, service, locale]);

  return results;
}

/** `text` once it has stayed the same for `delayMs`: a live region that speaks when typing pauses, not at every letter. */
export function useSettledText(text: string, delayMs: number): string {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}
