import { isLocale, LOCALES, type Locale } from '@cb/domain';
import { MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Index, type Meilisearch } from 'meilisearch';
import { fetchPublishedDocument, type CmsConnection } from '@cb/domain/cms-api';
import { isContentKind, searchDocumentId, type CmsDocument, type ContentKind } from './content-kinds.js';
import { toSearchDocument } from './documents.js';
import { isUnreachable, reasonOf } from './errors.js';
import { ensureLiveIndex } from './live-index.js';
import { buildingIndexStartedAt, indexUids, liveIndexUid, meiliClient, SearchTaskError, succeeded, type MeiliConnection } from './meili.js';

export interface SyncTarget {
  kind: ContentKind;
  documentId: string;
  locale: Locale;
}

export interface SyncOptions {
  cms: CmsConnection;
  meili: MeiliConnection;
  /** How long to wait for Meilisearch to apply the change; the default keeps a publish snappy. */
  taskTimeoutMs?: number;
}

/**
 * What a sync did. `missed` means the index may now be out of date: `message` says what for the
 * CMS log (kind, documentId and locale only, never content) and a reindex repairs it.
 * `ignored` means the target is not searchable content (an intake type, an unknown locale).
 */
export interface SyncResult {
  status: 'indexed' | 'removed' | 'missed' | 'ignored';
  kind: string;
  documentId: string;
  locale: string;
  /** The search document id, `${kind}-${documentId}`. */
  id: string;
  /** What the sync meant to do; `unknown` when the CMS could not be read. */
  intended: 'index' | 'remove' | 'unknown' | 'nothing';
  /** The indexes written: the live one, and the new one of a reindex under way. */
  indexes: string[];
  /**
   * Meilisearch accepted the change but had not applied it within `taskTimeoutMs` (busy, e.g. with
   * a reindex): it is stored in its task queue and will be applied, so this is not a miss.
   */
  queued: boolean;
  reason?: string;
  message: string;
}

const DEFAULT_TASK_TIMEOUT_MS = 5_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;

/**
 * Brings one document in one locale up to date with what the CMS serves publicly now: call it after
 * a publish, unpublish, update or delete. The event payload is not trusted (Strapi 5's events are
 * ambiguous across locales and draft/published versions): the document is re-read by documentId and
 * locale from the public REST API, then upserted, or removed from that locale's index when the CMS
 * no longer serves it. Never throws: a failure comes back as a `missed` result.
 */
export async function syncDocument(target: SyncTarget, options: SyncOptions): Promise<SyncResult> {
  const ignored = ignoredTarget(target);
  if (ignored) return ignored;
  let document: CmsDocument | null;
  try {
    const published = await fetchPublishedDocument(options.cms, target.kind, target.documentId, target.locale);
    document = published ? ({ kind: target.kind, document: published } as CmsDocument) : null;
  } catch (error) {
    return missed(target, 'unknown', reasonOf(error));
  }
  const intended = document ? 'index' : 'remove';
  try {
    const client = syncClient(options.meili);
    const uids = await indexUids(client);
    const written = document ? await upsert(client, document, uids, options) : await remove(client, target, uids, options);
    return done(target, intended, written);
  } catch (error) {
    return missed(target, intended, meiliReason(error, options.meili));
  }
}

/** Removes one document from one locale's index without asking the CMS (e.g. after a delete). Never throws. */
export async function removeDocument(target: SyncTarget, options: Pick<SyncOptions, 'meili' | 'taskTimeoutMs'>): Promise<SyncResult> {
  const ignored = ignoredTarget(target);
  if (ignored) return ignored;
  try {
    const client = syncClient(options.meili);
    return done(target, 'remove', await remove(client, target, await indexUids(client), options));
  } catch (error) {
    return missed(target, 'remove', meiliReason(error, options.meili));
  }
}

/** `syncDocument` in every locale, for events that concern all of a document's locales. */
export async function syncDocumentAllLocales(target: Omit<SyncTarget, 'locale'>, options: SyncOptions): Promise<SyncResult[]> {
  return Promise.all(LOCALES.map((locale) => syncDocument({ ...target, locale }, options)));
}

/** `removeDocument` in every locale, e.g. after a document was deleted with all its locales. */
export async function removeDocumentAllLocales(
  target: Omit<SyncTarget, 'locale'>,
  options: Pick<SyncOptions, 'meili' | 'taskTimeoutMs'>,
): Promise<SyncResult[]> {
  return Promise.all(LOCALES.map((locale) => removeDocument({ ...target, locale }, options)));
}

interface Written {
  indexes: string[];
  queued: boolean;
}

async function upsert(client: Meilisearch, document: CmsDocument, uids: readonly string[], options: Pick<SyncOptions, 'taskTimeoutMs'>): Promise<Written> {
  const searchDocument = toSearchDocument(document);
  await ensureLiveIndex(client, searchDocument.locale, uids);
  // addDocuments replaces the whole document: a field emptied in the CMS disappears from the index too.
  return writeEverywhere(client, searchDocument.locale, buildsUnderWay(uids, searchDocument.locale), (index) => index.addDocuments([searchDocument]), options);
}

async function remove(client: Meilisearch, target: SyncTarget, uids: readonly string[], options: Pick<SyncOptions, 'taskTimeoutMs'>): Promise<Written> {
  const id = searchDocumentId(target.kind, target.documentId);
  const hasLive = uids.includes(liveIndexUid(target.locale));
  return writeEverywhere(client, target.locale, buildsUnderWay(uids, target.locale), (index) => index.deleteDocument(id), options, hasLive);
}

/**
 * One write to the live index and to the indexes of the reindexes under way. A reindex may swap its index in and
 * delete it between the listing and this write: the write then finds no index (a deletion), or re-creates it empty
 * (an addition: Meilisearch creates a missing index, here without a primary key, so the addition fails). Such an
 * index is deleted again, and the write is made once more to the live index, which by then holds the swapped-in
 * documents: the first write to it may have landed in the index swapped out.
 */
async function writeEverywhere(
  client: Meilisearch,
  locale: Locale,
  builds: readonly string[],
  write: (index: Index) => EnqueuedTaskPromise,
  options: Pick<SyncOptions, 'taskTimeoutMs'>,
  hasLive = true,
): Promise<Written> {
  const live = liveIndexUid(locale);
  const [liveApplied, inBuilds] = await Promise.all([
    hasLive ? settle(write(client.index(live)), options) : true,
    Promise.all(builds.map((uid) => settleInBuild(client, uid, write, options))),
  ]);
  const stillBuilding = builds.filter((_, at) => inBuilds[at] !== 'gone');
  const swappedIn = stillBuilding.length < builds.length;
  const appliedAgain = swappedIn ? await settle(write(client.index(live)), options) : true;
  return {
    indexes: [...(hasLive || swappedIn ? [live] : []), ...stillBuilding],
    queued: !liveApplied || !appliedAgain || inBuilds.includes(false),
  };
}

/** Meilisearch's codes for a write to a reindex's index that was gone: not found (a removal), or re-created without a primary key (an addition). */
const INDEX_GONE = new Set(['index_not_found', 'index_primary_key_no_candidate_found', 'index_primary_key_multiple_candidates_found']);

async function settleInBuild(
  client: Meilisearch,
  uid: string,
  write: (index: Index) => EnqueuedTaskPromise,
  options: Pick<SyncOptions, 'taskTimeoutMs'>,
): Promise<boolean | 'gone'> {
  try {
    return await settle(write(client.index(uid)), options);
  } catch (error) {
    if (!(error instanceof SearchTaskError && error.code && INDEX_GONE.has(error.code))) throw error;
    if (error.code !== 'index_not_found') await deleteRecreatedIndex(client, uid);
    return 'gone';
  }
}

/** Deletes an index this write re-created: a reindex always creates its index with a primary key, this one has none. */
async function deleteRecreatedIndex(client: Meilisearch, uid: string): Promise<void> {
  const index = await client.getRawIndex(uid).catch(() => undefined);
  if (!index || index.primaryKey) return;
  await succeeded(client.deleteIndex(uid)).catch((error: unknown) => {
    if (!(error instanceof SearchTaskError && error.code === 'index_not_found')) throw error;
  });
}

/** True once applied; false when accepted but still queued after the wait. Throws when refused or failed. */
async function settle(task: EnqueuedTaskPromise, options: Pick<SyncOptions, 'taskTimeoutMs'>): Promise<boolean> {
  try {
    await succeeded(task, options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS);
    return true;
  } catch (error) {
    if (error instanceof MeilisearchTaskTimeOutError) return false;
    throw error;
  }
}

/**
 * The fresh indexes of a reindex running right now. A change written only to the live index
 * would be lost when the reindex swaps its index in, so it is written to those too.
 */
function buildsUnderWay(uids: readonly string[], locale: Locale): string[] {
  return uids.filter((uid) => buildingIndexStartedAt(uid, locale) !== null);
}

function syncClient(meili: MeiliConnection): Meilisearch {
  return meiliClient({ ...meili, timeoutMs: meili.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS });
}

function ignoredTarget(target: SyncTarget): SyncResult | null {
  const kind: unknown = target.kind;
  const locale: unknown = target.locale;
  if (isContentKind(kind) && isLocale(locale) && typeof target.documentId === 'string' && target.documentId.length > 0) return null;
  const why = !isContentKind(kind)
    ? `"${String(kind)}" is not searchable content`
    : !isLocale(locale)
      ? `"${String(locale)}" is not a locale of the platform`
      : 'no documentId';
  return {
    status: 'ignored',
    kind: String(kind),
    documentId: String(target.documentId),
    locale: String(locale),
    id: `${String(kind)}-${String(target.documentId)}`,
    intended: 'nothing',
    indexes: [],
    queued: false,
    reason: why,
    message: `Search sync ignored ${String(kind)} "${String(target.documentId)}" (${String(locale)}): ${why}.`,
  };
}

function done(target: SyncTarget, intended: 'index' | 'remove', { indexes, queued }: Written): SyncResult {
  const status = intended === 'index' ? 'indexed' : 'removed';
  const where = indexes.length > 0 ? ` in ${indexes.join(', ')}` : '';
  const when = queued ? ' (queued: Meilisearch is busy and applies it in turn)' : '';
  return {
    ...identity(target),
    status,
    intended,
    indexes,
    queued,
    message: `Search ${status} ${target.kind} "${target.documentId}" (${target.locale})${where}${when}.`,
  };
}

function missed(target: SyncTarget, intended: SyncResult['intended'], reason: string): SyncResult {
  const what = intended === 'index' ? 'not indexed' : intended === 'remove' ? 'not removed' : 'not synced';
  return {
    ...identity(target),
    status: 'missed',
    intended,
    indexes: [],
    queued: false,
    reason,
    message: `Search missed a change: ${target.kind} "${target.documentId}" (${target.locale}) was ${what}: ${reason}. The next sync of this document or a reindex repairs it.`,
  };
}

function identity(target: SyncTarget): Pick<SyncResult, 'kind' | 'documentId' | 'locale' | 'id'> {
  return { kind: target.kind, documentId: target.documentId, locale: target.locale, id: searchDocumentId(target.kind, target.documentId) };
}

function meiliReason(error: unknown, meili: MeiliConnection): string {
  return isUnreachable(error) ? `Meilisearch unreachable at ${meili.url} (${reasonOf(error)})` : `Meilisearch: ${reasonOf(error)}`;
}
