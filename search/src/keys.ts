import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { meiliClient, type MeiliConnection } from './meili.js';

/**
 * The browser's key: search only, on the content indexes only, never expiring. A fixed uid makes
 * creating it idempotent, and since Meilisearch derives a key from its uid and the master key,
 * the key stays the same across restarts and re-creations as long as the master key does.
 */
export const SEARCH_KEY_UID = '5f0c8a44-8a8e-4d1e-9a51-c0b7e1d3a2f6';
const SEARCH_KEY = {
  uid: SEARCH_KEY_UID,
  name: 'connecting-brussels-public-search',
  description: 'Search-only key for the public site: may search the content_* indexes, nothing else.',
  actions: ['search'],
  indexes: ['content_*'],
  expiresAt: null,
};

/** Creates the search-only key if needed (or repairs its rights) and returns its value. */
export async function ensureSearchOnlyKey(connection: MeiliConnection): Promise<string> {
  const client = meiliClient(connection);
  const existing = await findKey(client);
  if (existing && sameRights(existing)) return existing.key;
  if (existing) await client.deleteKey(SEARCH_KEY_UID);
  const created = await client.createKey(SEARCH_KEY);
  return created.key;
}

async function findKey(client: Meilisearch): Promise<{ key: string; actions: string[]; indexes: string[]; expiresAt: unknown } | null> {
  try {
    return await client.getKey(SEARCH_KEY_UID);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status === 404) return null;
    throw error;
  }
}

function sameRights(key: { actions: string[]; indexes: string[]; expiresAt: unknown }): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
  return same(key.actions, SEARCH_KEY.actions) && same(key.indexes, SEARCH_KEY.indexes) && key.expiresAt === null;
}
