import type { Locale } from '@cb/domain';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { liveIndexUid } from './query.js';

/** How search/ reaches Meilisearch: with the master key (or an admin key), never handed to a browser. */
export interface MeiliConnection {
  url: string;
  masterKey: string;
  /** Per HTTP request; a dead server should not hold a publish in the CMS for long. */
  timeoutMs?: number;
}

export function meiliClient(connection: MeiliConnection): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.masterKey, timeout: connection.timeoutMs ?? 10_000 });
}

export { liveIndexUid } from './query.js';

/** A fresh index a reindex fills before swapping it in, e.g. `content_fr_1764168000000`. */
export function buildingIndexUid(locale: Locale, startedAt: number): string {
  return `${liveIndexUid(locale)}_${startedAt}`;
}

/** The start time of a reindex's index for this locale, or null when the uid is not one. */
export function buildingIndexStartedAt(uid: string, locale: Locale): number | null {
  const match = new RegExp(`^${liveIndexUid(locale)}_(\\d+)$`).exec(uid);
  return match?.[1] ? Number(match[1]) : null;
}

export class SearchTaskError extends Error {
  override name = 'SearchTaskError';

  /** Meilisearch's code for why the task failed (e.g. `index_not_found`), when it gave one. */
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Waits for a Meilisearch task and throws when it did not succeed (the client resolves failed tasks). */
export async function succeeded(enqueued: EnqueuedTaskPromise, timeoutMs = 30_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: timeoutMs, interval: 10 });
  if (task.status !== 'succeeded') {
    throw new SearchTaskError(
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
      task.error?.code,
    );
  }
  return task;
}

/** Lists every index uid (the app has a handful; the limit is far above that). */
export async function indexUids(client: Meilisearch): Promise<string[]> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  return results.map((index) => index.uid);
}
