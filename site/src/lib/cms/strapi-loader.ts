import { LOCALES, type Locale } from '@cb/domain';
import {
  CmsApiError,
  fetchPublished,
  fetchSingleType,
  type CmsApiDocument,
  type CmsApiTypeName,
  type CmsCollectionTypeName,
  type CmsConnection,
  type CmsSingleTypeName,
  type DocumentProblem,
} from '@cb/domain/cms-api';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readBuildEnv } from '../build-env.ts';
import { recordBuildProblems } from './build-problems.ts';
import { ForeignMediaError } from './normalize.ts';
import type { CmsSource } from './sources.ts';

/**
 * Astro content loaders for the CMS: every locale, every page of a collection, published content
 * only, read with the CMS client of @cb/domain/cms-api. A document that does not match its schema
 * fails the build with a message naming its type, documentId, locale and field; all such problems
 * are listed at once (one CmsApiError) so an editor can fix them in one go.
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
      return { problems: [{ type: source.type, documentId: document.documentId, ...slugOf(document), locale, field: error.field, message: error.message }] };
    throw error;
  }
}

const slugOf = (document: object): { slug?: string } => ('slug' in document && typeof document.slug === 'string' ? { slug: document.slug } : {});

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
      const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, page: await fetchPublished(cms, source.type, locale) })));
      const entries = new Map<string, Entry>();
      const problems: DocumentProblem[] = [];
      for (const { locale, page } of perLocale) {
        problems.push(...page.invalid.flatMap((invalid) => invalid.problems));
        for (const document of page.documents) {
          const result = entryOf(source, document, locale, env.cmsUrl);
          if (result.problems) problems.push(...result.problems);
          else entries.set(`${locale}/${document.documentId}`, result.entry);
        }
      }
      if (problems.length > 0) throw refused(problems);
      replaceStore(context, entries);
      context.logger.info(`${entries.size} ${source.type} documents (${countPerLocale(entries)})`);
    },
  };
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
          });
          continue;
        }
        const result = parsed.problems ? parsed : entryOf(source, parsed.document, locale, env.cmsUrl);
        if (result.problems) problems.push(...result.problems);
        else entries.set(locale, result.entry);
      }
      if (problems.length > 0) throw refused(problems);
      replaceStore(context, entries);
    },
  };
}

/** Stores every entry (unchanged ones keep their digest) and forgets documents that are gone. */
function replaceStore(context: LoaderContext, entries: Map<string, Record<string, unknown>>): void {
  for (const id of context.store.keys()) {
    if (!entries.has(id)) context.store.delete(id);
  }
  for (const [id, data] of entries) {
    context.store.set({ id, data, digest: context.generateDigest(data) });
  }
}

function skipOffline(context: LoaderContext, type: string): void {
  context.store.clear();
  context.logger.info(`CMS_OFFLINE=1: ${type} left empty (types only)`);
}

function countPerLocale(entries: Map<string, unknown>): string {
  return LOCALES.map((locale) => `${locale} ${[...entries.keys()].filter((id) => id.startsWith(`${locale}/`)).length}`).join(', ');
}

/** The build's refusal of these problems, also written for the builder's report to the CMS. */
function refused(problems: DocumentProblem[]): CmsApiError {
  recordBuildProblems(problems);
  return CmsApiError.invalidContent(problems);
}
