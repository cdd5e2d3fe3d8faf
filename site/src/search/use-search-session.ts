import { useCallback, useEffect, useRef, useState } from 'react';
import { parseSearchState, sameSearch, searchStateToUrlQuery, withQuery, type KnownCodes, type SearchState } from './search-state.ts';

/** Results follow the typing once the reader pauses this long. */
const TYPING_PAUSE_MS = 250;

/** What last changed the search: a run of keystrokes shares one history entry; anything else gets its own. */
type ChangeSource = 'typing' | 'choice' | 'history';

export interface SearchSession {
  /** Undefined until the URL has been read in the browser (and during the build's render). */
  state: SearchState | undefined;
  /** The text in the box, ahead of `state.query` while the reader is typing. */
  input: string;
  type(text: string): void;
  /** Searches the text in the box at once (Enter, the button). */
  submit(): void;
  /** A filter, page or reset: a new history entry, searched at once. */
  choose(change: (state: SearchState) => SearchState): void;
}

/**
 * The search as the URL holds it. Reads `location.search` after mounting and on back/forward
 * (popstate); writes each change with pushState, except that the keystrokes of one run of typing
 * replace each other's entry, so the back button goes back a search, not a letter.
 */
export function useSearchSession(known: KnownCodes, searchPath: string, inputElement: () => HTMLInputElement | null): SearchSession {
  const [state, setState] = useState<SearchState>();
  const [input, setInput] = useState('');
  const current = useRef<{
    state: SearchState | undefined;
    input: string;
    source: ChangeSource;
    typingTimer: number | undefined;
    /** How the next rendered search goes into the history; null for one that came from it. */
    historyWrite: 'push' | 'replace' | null;
  }>({ state: undefined, input: '', source: 'history', typingTimer: undefined, historyWrite: null });

  const show = useCallback((next: SearchState, text: string) => {
    Object.assign(current.current, { state: next, input: text });
    setState(next);
    setInput(text);
  }, []);

  const commit = useCallback(
    (next: SearchState, source: Exclude<ChangeSource, 'history'>) => {
      const session = current.current;
      window.clearTimeout(session.typingTimer);
      session.typingTimer = undefined;
      if (session.state && sameSearch(session.state, next)) return;
      const write = source === 'typing' && session.source === 'typing' ? 'replace' : 'push';
      // Two changes before one render still make a new entry if either asked for one.
      session.historyWrite = session.historyWrite === 'push' ? 'push' : write;
      session.source = source;
      show(next, session.input);
    },
    [show],
  );

  // The URL is written once the search is on screen, so the URL never runs ahead of what the page shows.
  useEffect(() => {
    const session = current.current;
    if (!state || !session.historyWrite) return;
    const url = `${searchPath}${searchStateToUrlQuery(state)}`;
    if (session.historyWrite === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    session.historyWrite = null;
  }, [state, searchPath]);

  useEffect(() => {
    const restore = () => {
      window.clearTimeout(current.current.typingTimer);
      Object.assign(current.current, { source: 'history', historyWrite: null, typingTimer: undefined });
      const restored = parseSearchState(location.search, known);
      show(restored, restored.query);
      return restored;
    };
    const restored = restore();
    // A shared link may hold unknown codes or another order: show the search as it is understood.
    const understood = searchStateToUrlQuery(restored);
    if (location.search !== understood) history.replaceState(null, '', `${searchPath}${understood}`);
    // Words typed before the island woke up are still in the box: search them.
    const early = inputElement()?.value ?? '';
    if (early.trim() && !restored.query) {
      current.current.input = early;
      commit(withQuery(restored, early), 'typing');
    }
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [known, searchPath, show, commit, inputElement]);

  const type = useCallback(
    (text: string) => {
      const session = current.current;
      session.input = text;
      setInput(text);
      window.clearTimeout(session.typingTimer);
      session.typingTimer = window.setTimeout(() => {
        if (session.state) commit(withQuery(session.state, text), 'typing');
      }, TYPING_PAUSE_MS);
    },
    [commit],
  );

  const submit = useCallback(() => {
    const session = current.current;
    if (session.state) commit(withQuery(session.state, session.input), 'typing');
    // The next keystroke starts a new search, with its own history entry.
    session.source = 'choice';
  }, [commit]);

  const choose = useCallback(
    (change: (state: SearchState) => SearchState) => {
      const session = current.current;
      if (!session.state) return;
      // Words still waiting for the typing pause go along with the choice.
      const base = session.typingTimer === undefined ? session.state : withQuery(session.state, session.input);
      commit(change(base), 'choice');
    },
    [commit],
  );

  return { state, input, type, submit, choose };
}
