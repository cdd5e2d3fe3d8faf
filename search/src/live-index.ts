import type { Locale } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { indexUids, liveIndexUid, SearchTaskError } from './meili.js';
import { applySettings } from './settings.js';

/**
 * Makes sure a locale's live index exists with its settings. Adding a document to a missing index
 * would make Meilisearch create it without settings (no filters, no synonyms), so nothing writes
 * to a live index before this. Safe to race: a concurrent creation is not an error.
 */
export async function ensureLiveIndex(client: Meilisearch, locale: Locale, knownUids?: readonly string[]): Promise<void> {
  const uid = liveIndexUid(locale);
  const uids = knownUids ?? (await indexUids(client));
  if (uids.includes(uid)) return;
  const task = await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000, interval: 10 });
  if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
    throw new SearchTaskError(`Could not create the index ${uid}: ${task.error?.message ?? task.status}`);
  }
  await applySettings(client, uid, locale);
}
