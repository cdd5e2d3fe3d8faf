import { LOCALES, type Locale } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { publishedPages, type CmsConnection } from '@cb/domain/cms-api';
import { CONTENT_KINDS, isContentKind, searchDocumentId, type CmsDocument, type ContentKind } from './content-kinds.js';
import { toSearchDocument, type SearchDocument } from './documents.js';
import { indexUids, liveIndexUid, meiliClient, succeeded, type MeiliConnection } from './meili.js';
import { syncDocument, type SyncResult } from './sync.js';

export interface ReconcileOptions {
  cms: CmsConnection;
  meili: MeiliConnection;
  locales?: readonly Locale[];
  /** Documents mended at once. */
  concurrency?: number;
}

/** What one locale's index held against what it should hold, and what was mended. */
export interface LocaleReconcileReport {
  locale: Locale;
  indexUid: string;
  /** Public documents the CMS serves in this locale (that search can use). */
  expected: number;
  /** Documents the index held before mending. */
  held: number;
  added: number;
  updated: number;
  removed: number;
  /** Differences that could not be mended now (the next run tries again). */
  failed: number;
}

export interface ReconcileReport {
  locales: LocaleReconcileReport[];
  mended: number;
  failed: number;
  durationMs: number;
}

type Difference = 'added' | 'updated' | 'removed';

interface Mend {
  difference: Difference;
  id: string;
  kind: ContentKind | null;
  documentId: string | null;
}

const INDEX_PAGE_SIZE = 1000;

/**
 * Compares each locale's live index with the documents the CMS serves publicly, and mends what
 * differs: a public document missing from the index or held in another version, and an index entry
 * the CMS no longer serves. The index is read before the CMS, and each difference is mended by a
 * sync that reads the document again, so a change published meanwhile is never undone. Throws when
 * Meilisearch or the CMS cannot be read (nothing is mended then); a difference whose mend failed is
 * counted in `failed`.
 */
export async function reconcile(options: ReconcileOptions): Promise<ReconcileReport> {
  const started = Date.now();
  const client = meiliClient(options.meili);
  const locales: LocaleReconcileReport[] = [];
  for (const locale of options.locales ?? LOCALES) locales.push(await reconcileLocale(client, locale, options));
  return {
    locales,
    mended: locales.reduce((sum, report) => sum + report.added + report.updated + report.removed, 0),
    failed: locales.reduce((sum, report) => sum + report.failed, 0),
    durationMs: Date.now() - started,
  };
}

async function reconcileLocale(client: Meilisearch, locale: Locale, options: ReconcileOptions): Promise<LocaleReconcileReport> {
  const indexUid = liveIndexUid(locale);
  const held = await heldDocuments(client, indexUid);
  const { expected, unusable } = await expectedDocuments(options.cms, locale);
  const mends: Mend[] = [];
  for (const [id, document] of expected) {
    const holding = held.get(id);
    if (!holding) mends.push({ difference: 'added', id, kind: document.kind, documentId: document.documentId });
    else if (canonical(holding) !== canonical(document)) mends.push({ difference: 'updated', id, kind: document.kind, documentId: document.documentId });
  }
  for (const [id, holding] of held) {
    if (expected.has(id) || unusable.has(id)) continue;
    const kind = isContentKind(holding.kind) ? holding.kind : null;
    const documentId = typeof holding.documentId === 'string' && holding.documentId.length > 0 ? holding.documentId : null;
    mends.push({ difference: 'removed', id, kind, documentId });
  }

  const report: LocaleReconcileReport = { locale, indexUid, expected: expected.size, held: held.size, added: 0, updated: 0, removed: 0, failed: 0 };
  const outcomes = await inBatches(mends, options.concurrency ?? 4, (mend) => mendOne(client, indexUid, locale, mend, options));
  for (const outcome of outcomes) {
    if (outcome) report[outcome] += 1;
    else report.failed += 1;
  }
  return report;
}

/** Every document of the live index (none when the index does not exist yet). */
async function heldDocuments(client: Meilisearch, indexUid: string): Promise<Map<string, Record<string, unknown>>> {
  const held = new Map<string, Record<string, unknown>>();
  if (!(await indexUids(client)).includes(indexUid)) return held;
  for (let offset = 0; ; offset += INDEX_PAGE_SIZE) {
    const page = await client.index<Record<string, unknown>>(indexUid).getDocuments({ offset, limit: INDEX_PAGE_SIZE });
    for (const document of page.results) held.set(String(document.id), document);
    if (page.results.length < INDEX_PAGE_SIZE) return held;
  }
}

/** The search documents the CMS's public content maps to, and the ids of documents search cannot use (left alone). */
async function expectedDocuments(cms: CmsConnection, locale: Locale): Promise<{ expected: Map<string, SearchDocument>; unusable: Set<string> }> {
  const expected = new Map<string, SearchDocument>();
  const unusable = new Set<string>();
  for (const kind of CONTENT_KINDS) {
    for await (const page of publishedPages(cms, kind, locale)) {
      for (const document of page.documents.map((content) => toSearchDocument({ kind, document: content } as CmsDocument))) expected.set(document.id, document);
      for (const invalid of page.invalid) if (invalid.documentId) unusable.add(searchDocumentId(kind, invalid.documentId));
    }
  }
  return { expected, unusable };
}

/**
 * Mends one difference with a fresh sync and says what it did (null: not mended). An entry that names
 * no content document is deleted by its id.
 */
async function mendOne(client: Meilisearch, indexUid: string, locale: Locale, mend: Mend, options: ReconcileOptions): Promise<Difference | null> {
  if (!mend.kind || !mend.documentId) {
    try {
      await succeeded(client.index(indexUid).deleteDocument(mend.id));
      return 'removed';
    } catch {
      return null;
    }
  }
  const result: SyncResult = await syncDocument({ kind: mend.kind, documentId: mend.documentId, locale }, { cms: options.cms, meili: options.meili });
  if (result.status === 'removed') return 'removed';
  if (result.status === 'indexed') return mend.difference === 'added' ? 'added' : 'updated';
  return null;
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/** The same JSON for the same content, whatever the order of its keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
