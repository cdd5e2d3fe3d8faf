import type { BrowserSearchEnv } from '../lib/build-env.ts';
import type { MultiSearchBody } from './search-request.ts';

/** A request that takes longer than this is given up, and the island says search is unavailable. */
const TIMEOUT_MS = 10_000;

/**
 * POSTs one multi-search to Meilisearch with the search-only key. `signal` cancels it when a
 * newer search replaces it. Rejects when Meilisearch cannot be reached or refuses.
 */
export async function postMultiSearch(service: BrowserSearchEnv, body: MultiSearchBody, signal: AbortSignal): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(`${service.url}/multi-search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${service.searchKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: timeout.signal,
    });
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
    return await response.json();
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
