import { LOCALES, type Locale } from '@cb/domain';
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { countPublished, describeProblem, publishedPages, type CmsConnection } from '@cb/domain/cms-api';
import { CONTENT_KINDS, type CmsDocument, type ContentKind } from './content-kinds.js';
import { toSearchDocument, type SearchDocument } from './documents.js';
import { ensureLiveIndex } from './live-index.js';
import { buildingIndexStartedAt, buildingIndexUid, indexUids, liveIndexUid, meiliClient, succeeded, type MeiliConnection } from './meili.js';
import { applySettings } from './settings.js';

export interface ReindexOptions {
  cms: CmsConnection;
  meili: MeiliConnection;
  /** Defaults to every locale of the platform. */
  locales?: readonly Locale[];
  onProgress?: (progress: ReindexProgress) => void;
}

/** `reading`: documents read from the CMS; `indexing`: documents Meilisearch has indexed. */
export interface ReindexProgress {
  locale: Locale;
  phase: 'reading' | 'indexing' | 'swapping' | 'done';
  done: number;
  total: number;
}

/** A document the CMS served but search could not use; it is left out of the index. */
export interface SkippedDocument {
  kind: ContentKind;
  documentId: string | null;
  locale: Locale;
  reason: string;
}

export interface LocaleReindexSummary {
  locale: Locale;
  /** The live index, now holding the new documents. */
  indexUid: string;
  documents: number;
  byKind: Record<ContentKind, number>;
  skipped: SkippedDocument[];
  durationMs: number;
}

export interface ReindexSummary {
  locales: LocaleReindexSummary[];
  documents: number;
  skipped: SkippedDocument[];
  durationMs: number;
}

/** A build left behind by a reindex that crashed is removed by the next reindex after this long. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Rebuilds each locale's index from the CMS without search ever seeing a half-built index:
 * a fresh `content_<locale>_<timestamp>` gets the settings, then the documents, and is swapped
 * with the live `content_<locale>` in one atomic step; the old index is then deleted.
 * If anything fails, the live index is left as it was and the fresh one is removed.
 */
export async function reindex(options: ReindexOptions): Promise<ReindexSummary> {
  const started = Date.now();
  const client = meiliClient(options.meili);
  const locales: LocaleReindexSummary[] = [];
  for (const locale of options.locales ?? LOCALES) locales.push(await reindexLocale(client, locale, options));
  return {
    locales,
    documents: locales.reduce((sum, summary) => sum + summary.documents, 0),
    skipped: locales.flatMap((summary) => summary.skipped),
    durationMs: Date.now() - started,
  };
}

async function reindexLocale(client: Meilisearch, locale: Locale, options: ReindexOptions): Promise<LocaleReindexSummary> {
  const startedAt = Date.now();
  const report = (phase: ReindexProgress['phase'], done: number, total: number) => options.onProgress?.({ locale, phase, done, total });
  await removeAbandonedBuilds(client, locale, startedAt);

  // Created before the CMS is read: a sync during the reindex also writes here (see sync.ts).
  const building = buildingIndexUid(locale, startedAt);
  await succeeded(client.createIndex(building, { primaryKey: 'id' }));
  const batches: { task: EnqueuedTaskPromise; size: number }[] = [];
  try {
    await applySettings(client, building, locale);
    const total = await totalPublished(options.cms, locale);
    report('reading', 0, total);

    const byKind = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind, 0])) as Record<ContentKind, number>;
    const skipped: SkippedDocument[] = [];
    let read = 0;
    for (const kind of CONTENT_KINDS) {
      for await (const page of publishedPages(options.cms, kind, locale)) {
        const documents = page.documents.map((document) => ({ kind, document }) as CmsDocument);
        // Each page is sent as soon as it is read: a sync that lands after this page was read also
        // writes to this index, and Meilisearch applies the two in the order they arrived.
        if (documents.length > 0) {
          const task = client.index<SearchDocument>(building).addDocuments(documents.map(toSearchDocument));
          // Awaited after reading the CMS; a rejection before then must not count as unhandled.
          task.catch(() => undefined);
          batches.push({ task, size: page.documents.length });
        }
        byKind[kind] += page.documents.length;
        skipped.push(
          ...page.invalid.map(({ documentId, problems }) => ({
            kind,
            documentId: documentId ?? null,
            locale,
            reason: problems.map(describeProblem).join('; '),
          })),
        );
        read += page.documents.length + page.invalid.length;
        report('reading', read, Math.max(total, read));
      }
    }

    const documents = Object.values(byKind).reduce((sum, count) => sum + count, 0);
    let indexed = 0;
    report('indexing', 0, documents);
    for (const batch of batches) {
      await succeeded(batch.task, 300_000);
      indexed += batch.size;
      report('indexing', indexed, documents);
    }

    report('swapping', documents, documents);
    await swapIntoLive(client, locale, building);
    report('done', documents, documents);
    return { locale, indexUid: liveIndexUid(locale), documents, byKind, skipped, durationMs: Date.now() - startedAt };
  } catch (error) {
    // An addition still on its way would re-create the index after the deletion: let them land first.
    await Promise.allSettled(batches.map((batch) => batch.task));
    await succeeded(client.deleteIndex(building)).catch(() => undefined);
    throw error;
  }
}

async function swapIntoLive(client: Meilisearch, locale: Locale, building: string): Promise<void> {
  const live = liveIndexUid(locale);
  // A swap needs both indexes; on the very first reindex the live one is created (empty) first.
  await ensureLiveIndex(client, locale);
  await succeeded(client.swapIndexes([{ indexes: [live, building], rename: false }]));
  // After the swap, `building` holds the previous live documents.
  await succeeded(client.deleteIndex(building));
}

async function totalPublished(cms: CmsConnection, locale: Locale): Promise<number> {
  const counts = await Promise.all(CONTENT_KINDS.map((kind) => countPublished(cms, kind, locale)));
  return counts.reduce((sum, count) => sum + count, 0);
}

async function removeAbandonedBuilds(client: Meilisearch, locale: Locale, now: number): Promise<void> {
  for (const uid of await indexUids(client)) {
    const startedAt = buildingIndexStartedAt(uid, locale);
    if (startedAt !== null && now - startedAt > ABANDONED_AFTER_MS) await succeeded(client.deleteIndex(uid));
  }
}
