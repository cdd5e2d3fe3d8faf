import type { MultiSearchBody } from './search-request.js';

/** Meilisearch as the public may query it: its URL and the search-only key (`ensureSearchOnlyKey`), never the master key. */
export interface PublicSearchConnection {
  url: string;
  searchKey: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Sends one multi-search (`multiSearchBody`, the island's very request) from a server with the
 * search-only key: the CMS's page of results without JavaScript. Rejects when Meilisearch cannot be
 * reached, is too slow or refuses; the error names the status only, never the query.
 */
export async function publicMultiSearch(connection: PublicSearchConnection, body: MultiSearchBody): Promise<unknown> {
  const response = await fetch(new URL('multi-search', `${connection.url.replace(/\/+$/, '')}/`), {
    method: 'POST',
    headers: { Authorization: `Bearer ${connection.searchKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(connection.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`Meilisearch answered ${response.status} to a search`);
  return await response.json();
}
