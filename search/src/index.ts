/**
 * @cb/search: the one place that knows Meilisearch. The CMS calls the sync functions after a
 * publish, unpublish, update or delete; the CLI reindexes; the platform runner starts the server
 * and hands the browser a search-only key. No top-level await: the CMS loads this with require().
 */
export { CONTENT_KINDS, isContentKind, sitePath, searchDocumentId, type ContentKind, type CmsDocument } from './content-kinds.js';
export { toSearchDocument, type SearchDocument } from './documents.js';
export { blocksToPlainText } from './blocks-text.js';
// The CMS is read with the one client of its public API, in @cb/domain/cms-api.
export type { CmsConnection } from '@cb/domain/cms-api';
export { indexSettings, applySettings, FACETS, SORTABLE_ATTRIBUTES, type Facet } from './settings.js';
export { SYNONYM_GROUPS, STOP_WORDS } from './vocabulary.js';
export { searchText, MATCHING_STRATEGY, MATCHING_STRATEGIES, type MatchingStrategy, type SearchText } from './query.js';
export { liveIndexUid, meiliClient, SearchTaskError, type MeiliConnection } from './meili.js';
export { ensureLiveIndex } from './live-index.js';
export { reindex, type ReindexOptions, type ReindexProgress, type ReindexSummary, type LocaleReindexSummary, type SkippedDocument } from './reindex.js';
export { syncDocument, removeDocument, syncDocumentAllLocales, removeDocumentAllLocales, type SyncTarget, type SyncOptions, type SyncResult } from './sync.js';
export { reconcile, type ReconcileOptions, type ReconcileReport, type LocaleReconcileReport } from './reconcile.js';
export { ensureSearchOnlyKey, SEARCH_KEY_UID } from './keys.js';
export { publicMultiSearch, type PublicSearchConnection } from './public-search.js';
export {
  findMeilisearchBinary,
  startMeilisearch,
  freePort,
  MeilisearchBinaryError,
  type StartMeilisearchOptions,
  type RunningMeilisearch,
} from './meilisearch-binary.js';
