import { LOCALES, type Locale } from '@cb/domain';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { readBuildEnv } from '../build-env.ts';
import { ForeignMediaError } from './normalize.ts';
import type { CmsSource } from './sources.ts';
import { fetchCollection, fetchSingle, type CmsRequestOptions } from './strapi-client.ts';

/**
 * Astro content loaders for the CMS: every locale, every page of a collection, published content
 * only. A document that does not match its schema fails the build with a message naming its type,
 * documentId, locale and field; all such problems are listed at once so an editor can fix them in one go.
 */

export interface DocumentProblem {
  type: string;
  documentId: string | undefined;
  locale: Locale;
  field: string;
  message: string;
}

export class CmsContentError extends Error {
  override name = 'CmsContentError';
  constructor(readonly problems: DocumentProblem[]) {
    const listed = problems.slice(0, 50).map((problem) => `  - ${describeProblem(problem)}`);
    const more = problems.length > 50 ? [`  ... and ${problems.length - 50} more`] : [];
    super([`The CMS sent content the site cannot use (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...listed, ...more].join('\n'));
  }
}

export function describeProblem({ type, documentId, locale, field, message }: DocumentProblem): string {
  const document = documentId ? `${type} "${documentId}"` : `${type} without a documentId`;
  return `${document} (${locale}), field "${field}": ${message}`;
}

export type ReadResult<Entry> = { entry: Entry; problems?: never } | { entry?: never; problems: DocumentProblem[] };

/** Validates one CMS document and turns it into a site entry, or says precisely what is wrong. */
export function readDocument<Schema extends z.ZodType, Entry>(
  source: CmsSource<Schema, Entry>,
  document: Record<string, unknown>,
  locale: Locale,
  cmsUrl: string,
): ReadResult<Entry> {
  const documentId = typeof document.documentId === 'string' ? document.documentId : undefined;
  const problem = (field: string, message: string): DocumentProblem => ({ type: source.type, documentId, locale, field, message });
  const parsed = source.schema.safeParse(document);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => problem(fieldPath(issue.path), issue.message)) };
  }
  try {
    return { entry: source.toEntry(parsed.data, cmsUrl) };
  } catch (error) {
    if (error instanceof ForeignMediaError) return { problems: [problem(error.field, error.message)] };
    throw error;
  }
}

/** `['body', 2, 'children', 0, 'url']` → `body[2].children[0].url` */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole document)';
  return path.reduce<string>((joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joined ? `${joined}.${String(key)}` : String(key)), '');
}

export function strapiCollectionLoader<Schema extends z.ZodType, Entry extends Record<string, unknown>>(
  source: CmsSource<Schema, Entry>,
  requestOptions: CmsRequestOptions = {},
): Loader {
  return {
    name: `cms-${source.type}`,
    async load(context) {
      const env = readBuildEnv();
      if (env.cmsOffline) return skipOffline(context, source.type);
      const perLocale = await Promise.all(
        LOCALES.map(async (locale) => ({
          locale,
          documents: await fetchCollection(env.cmsUrl, source.endpoint, locale, source.populate, requestOptions),
        })),
      );
      const entries = new Map<string, Entry>();
      const problems: DocumentProblem[] = [];
      for (const { locale, documents } of perLocale) {
        for (const document of documents) {
          const result = readDocument(source, document, locale, env.cmsUrl);
          if (result.problems) problems.push(...result.problems);
          else entries.set(`${locale}/${String(document.documentId)}`, result.entry);
        }
      }
      if (problems.length > 0) throw new CmsContentError(problems);
      replaceStore(context, entries);
      context.logger.info(`${entries.size} ${source.type} documents (${countPerLocale(entries)})`);
    },
  };
}

/** A single type (global, home): one entry per locale, required in every locale. */
export function strapiSingleTypeLoader<Schema extends z.ZodType, Entry extends Record<string, unknown>>(
  source: CmsSource<Schema, Entry>,
  requestOptions: CmsRequestOptions = {},
): Loader {
  return {
    name: `cms-${source.type}`,
    async load(context) {
      const env = readBuildEnv();
      if (env.cmsOffline) return skipOffline(context, source.type);
      const entries = new Map<string, Entry>();
      const problems: DocumentProblem[] = [];
      for (const locale of LOCALES) {
        const document = await fetchSingle(env.cmsUrl, source.endpoint, locale, source.populate, requestOptions);
        if (!document) {
          problems.push({ type: source.type, documentId: undefined, locale, field: '(the whole document)', message: 'is not published in this locale; every page needs it' });
          continue;
        }
        const result = readDocument(source, document, locale, env.cmsUrl);
        if (result.problems) problems.push(...result.problems);
        else entries.set(locale, result.entry);
      }
      if (problems.length > 0) throw new CmsContentError(problems);
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
