import { LOCALES, type Locale } from '@cb/domain';
import {
  CmsApiError,
  fetchPublished,
  fetchPublishedSelection,
  fetchSingleType,
  publishedStamps,
  type CmsApiDocument,
  type CmsApiTypeName,
  type CmsCollectionTypeName,
  type CmsConnection,
  type CmsSingleTypeName,
  type DocumentProblem,
  type PublishedPage,
} from '@cb/domain/cms-api';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readBuildEnv } from '../build-env.ts';
import { recordBuildProblems } from './build-problems.ts';
import { CmsEntries } from './entry-store.ts';
import { ForeignMediaError } from './normalize.ts';
import type { CmsSource, EntryLink } from './sources.ts';
import { changedKeys, serializeState, SYNC_STATE_KEY, usableState, type SyncState } from './sync-state.ts';

/**
 * Astro content loaders for the CMS: every locale, every page of a collection, published content
 * only, read with the CMS client of @cb/domain/cms-api. A document that does not match its schema
 * fails the build with a message naming its type, documentId, locale and field; all such problems
 * are listed at once (one CmsApiError) so an editor can fix them in one go. The entries are kept
 * beside Astro's store, in `CmsEntries` (entry-store.ts).
 */

export type CmsRequestOptions = Pick<CmsConnection, 'timeoutMs' | 'retries' | 'fetch'>;

/**
 * A build waits for a CMS that is starting or briefly overloaded: up to 30 s per request, and two
 * more attempts after no answer or a 5xx.
 */
const BUILD_REQUESTS = { timeoutMs: 30_000, retries: 2 } satisfies CmsRequestOptions;

export type ReadResult<Entry> = { entry: Entry; problems?: never } | { entry?: never; problems: DocumentProblem[] };

/** Turns one validated CMS document into a site entry, or says precisely what is wrong. */
export function entryOf<Name extends CmsApiTypeName, Entry>(
  source: CmsSource<Name, Entry>,
  document: CmsApiDocument<Name>,
  locale: Locale,
  cmsUrl: string,
): ReadResult<Entry> {
  try {
    return { entry: source.toEntry(document, cmsUrl) };
  } catch (error) {
    if (error instanceof ForeignMediaError)
      return {
        problems: [
          { type: source.type, documentId: document.documentId, ...slugOf(document), locale, field: error.field, message: error.message, rule: 'other' },
        ],
      };
    throw error;
  }
}

const slugOf = (document: object): { slug?: string } => ('slug' in document && typeof document.slug === 'string' ? { slug: document.slug } : {});

/**
 * A collection: every locale, every page. The first build reads everything; later builds read only
 * the documents whose published version changed (by their stamps, `publishedStamps`), drop the ones
 * no longer published, and read again the entries linking to a document that changed or went (see
 * `CmsSource.links`). With no usable state in the meta store (a new or lost cache, other code,
 * another CMS) or no entries that go with it, the load is a full one again.
 */
export function strapiCollectionLoader<Name extends CmsCollectionTypeName, Entry extends Record<string, unknown>>(
  source: CmsSource<Name, Entry>,
  requestOptions: CmsRequestOptions = {},
): Loader {
  return {
    name: `cms-${source.type}`,
    async load(context) {
      const env = readBuildEnv();
      if (env.cmsOffline) return skipOffline(context, source.type);
      const cms: CmsConnection = { url: env.cmsUrl, ...BUILD_REQUESTS, ...requestOptions };
      const syncContext = { codeVersion: env.codeVersion, cmsUrl: env.cmsUrl };
      const stored = CmsEntries.open<Entry>(context);
      const previous = stored.version === undefined ? undefined : usableState(context.meta.get(SYNC_STATE_KEY), stored.ids(), syncContext);
      // The stamps first: a document changed while its content is being read shows a new stamp next time.
      const [stamps, linkedStamps] = await Promise.all([stampsOf(cms, source.type), linkedStampsOf(cms, source.links ?? [])]);
      const read = previous ? await readChanged(cms, source, stored, previous, stamps, linkedStamps) : await readAll(cms, source, stored);
      if (read.problems.length > 0) throw refused(read.problems);
      for (const id of read.removed) stored.delete(id);
      for (const [id, data] of read.entries) stored.set(id, data, context.generateDigest(data));
      stored.save(context);
      const keptStamps = new Map([...stamps].filter(([id]) => stored.has(id)));
      context.meta.set(SYNC_STATE_KEY, serializeState(syncContext, keptStamps, linkedStamps));
      context.logger.info(
        previous
          ? `${source.type}: ${read.entries.size} read again, ${read.removed.length} removed, ${stored.ids().length} in all (incremental)`
          : `${stored.ids().length} ${source.type} documents (${countPerLocale(stored.ids())})`,
      );
    },
  };
}

interface ReadResults<Entry> {
  entries: Map<string, Entry>;
  /** Entry ids to drop from the store. */
  removed: string[];
  problems: DocumentProblem[];
}

/** Entry id (`<locale>/<documentId>`) → stamp, in every locale. */
async function stampsOf(cms: CmsConnection, type: CmsCollectionTypeName): Promise<Map<string, string>> {
  const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, stamps: await publishedStamps(cms, type, locale) })));
  return new Map(perLocale.flatMap(({ locale, stamps }) => [...stamps].map(([documentId, stamp]): [string, string] => [`${locale}/${documentId}`, stamp])));
}

/** `<type>:<locale>/<documentId>` → stamp, for each type the entries link to. */
async function linkedStampsOf<Entry>(cms: CmsConnection, links: readonly EntryLink<Entry>[]): Promise<Map<string, string>> {
  const types = [...new Set(links.map((link) => link.type))];
  const perType = await Promise.all(types.map(async (type) => ({ type, stamps: await stampsOf(cms, type) })));
  return new Map(perType.flatMap(({ type, stamps }) => [...stamps].map(([id, stamp]): [string, string] => [`${type}:${id}`, stamp])));
}

async function readAll<Name extends CmsCollectionTypeName, Entry>(
  cms: CmsConnection,
  source: CmsSource<Name, Entry>,
  stored: CmsEntries<Entry>,
): Promise<ReadResults<Entry>> {
  const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, page: await fetchPublished(cms, source.type, locale) })));
  const read = entriesOf(source, perLocale, cms.url);
  return { ...read, removed: stored.ids().filter((id) => !read.entries.has(id)) };
}

async function readChanged<Name extends CmsCollectionTypeName, Entry extends Record<string, unknown>>(
  cms: CmsConnection,
  source: CmsSource<Name, Entry>,
  stored: CmsEntries<Entry>,
  previous: SyncState,
  stamps: ReadonlyMap<string, string>,
  linkedStamps: ReadonlyMap<string, string>,
): Promise<ReadResults<Entry>> {
  const removed = stored.ids().filter((id) => !stamps.has(id));
  const toRead = new Set([...stamps].filter(([id, stamp]) => previous.stamps[id] !== stamp).map(([id]) => id));
  const changedLinks = changedKeys(previous.linkedStamps, linkedStamps);
  const linkedTo: Record<string, string[]> = {};
  for (const link of source.links ?? []) {
    const changedIds = new Set(changedLinks.filter((key) => key.startsWith(`${link.type}:`)).map((key) => key.slice(key.indexOf('/') + 1)));
    if (changedIds.size === 0) continue;
    // Linked now (the CMS finds them) or linked before (the store knows them: the link may be gone).
    linkedTo[link.relation] = [...changedIds];
    for (const [id, entry] of stored.all()) {
      if (stamps.has(id) && link.idsOf(entry.data).some((linkedId) => changedIds.has(linkedId))) toRead.add(id);
    }
  }
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const documentIds = [...toRead].filter((id) => id.startsWith(`${locale}/`)).map((id) => id.slice(locale.length + 1));
      const page =
        documentIds.length === 0 && Object.keys(linkedTo).length === 0
          ? { documents: [], invalid: [] }
          : await fetchPublishedSelection(cms, source.type, locale, { documentIds, linkedTo });
      return { locale, page };
    }),
  );
  const read = entriesOf(source, perLocale, cms.url);
  // Asked for, yet no longer published (unpublished since its stamp was read).
  const gone = [...toRead].filter((id) => !read.entries.has(id) && stored.has(id));
  return { ...read, removed: [...removed, ...gone] };
}

function entriesOf<Name extends CmsCollectionTypeName, Entry>(
  source: CmsSource<Name, Entry>,
  perLocale: { locale: Locale; page: PublishedPage<Name> }[],
  cmsUrl: string,
): Omit<ReadResults<Entry>, 'removed'> {
  const entries = new Map<string, Entry>();
  const problems: DocumentProblem[] = [];
  for (const { locale, page } of perLocale) {
    problems.push(...page.invalid.flatMap((invalid) => invalid.problems));
    for (const document of page.documents) {
      const result = entryOf(source, document, locale, cmsUrl);
      if (result.problems) problems.push(...result.problems);
      else entries.set(`${locale}/${document.documentId}`, result.entry);
    }
  }
  return { entries, problems };
}

/** A single type (global, home): one entry per locale, required in every locale. */
export function strapiSingleTypeLoader<Name extends CmsSingleTypeName, Entry extends Record<string, unknown>>(
  source: CmsSource<Name, Entry>,
  requestOptions: CmsRequestOptions = {},
): Loader {
  return {
    name: `cms-${source.type}`,
    async load(context) {
      const env = readBuildEnv();
      if (env.cmsOffline) return skipOffline(context, source.type);
      const cms: CmsConnection = { url: env.cmsUrl, ...BUILD_REQUESTS, ...requestOptions };
      const entries = new Map<string, Entry>();
      const problems: DocumentProblem[] = [];
      for (const locale of LOCALES) {
        const parsed = await fetchSingleType(cms, source.type, locale);
        if (!parsed) {
          problems.push({
            type: source.type,
            documentId: undefined,
            locale,
            field: '(the whole document)',
            message: 'is not published in this locale; every page needs it',
            rule: 'not-published',
          });
          continue;
        }
        const result = parsed.problems ? parsed : entryOf(source, parsed.document, locale, env.cmsUrl);
        if (result.problems) problems.push(...result.problems);
        else entries.set(locale, result.entry);
      }
      if (problems.length > 0) throw refused(problems);
      replaceEntries(context, entries);
    },
  };
}

/** Stores every entry (unchanged ones keep their digest) and forgets documents that are gone. */
function replaceEntries<Entry extends Record<string, unknown>>(context: LoaderContext, entries: Map<string, Entry>): void {
  const stored = CmsEntries.open<Entry>(context);
  for (const id of stored.ids()) {
    if (!entries.has(id)) stored.delete(id);
  }
  for (const [id, data] of entries) stored.set(id, data, context.generateDigest(data));
  stored.save(context);
}

function skipOffline(context: LoaderContext, type: string): void {
  const stored = CmsEntries.open(context);
  stored.clear();
  stored.save(context);
  context.logger.info(`CMS_OFFLINE=1: ${type} left empty (types only)`);
}

function countPerLocale(ids: readonly string[]): string {
  return LOCALES.map((locale) => `${locale} ${ids.filter((id) => id.startsWith(`${locale}/`)).length}`).join(', ');
}

/** The build's refusal of these problems, also written for the builder's report to the CMS. */
function refused(problems: DocumentProblem[]): CmsApiError {
  recordBuildProblems(problems);
  return CmsApiError.invalidContent(problems);
}
