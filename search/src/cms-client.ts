import type { Locale } from '@cb/domain';
import type { z } from 'zod';
import { CMS_DOCUMENT_SCHEMA, cmsListSchema, type CmsDocument } from './cms-schemas.js';
import { CMS_COLLECTION, CMS_POPULATE, type ContentKind } from './content-kinds.js';
import { reasonOf } from './errors.js';

/** Where search/ reads published content: the CMS's public REST API (an optional read-only API token). */
export interface CmsConnection {
  url: string;
  token?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** Documents per request; the CMS caps it at 100. */
  pageSize?: number;
}

export class CmsError extends Error {
  override name = 'CmsError';
}

/** The CMS could not be reached at all (down, wrong URL, timeout). */
export class CmsUnreachableError extends CmsError {
  override name = 'CmsUnreachableError';
}

/** The CMS answered, but not with what the public REST API should answer. */
export class CmsResponseError extends CmsError {
  override name = 'CmsResponseError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** One document does not have the shape search needs; the message names the document and the field. */
export class CmsDocumentError extends CmsError {
  override name = 'CmsDocumentError';
  constructor(
    readonly kind: ContentKind,
    readonly documentId: string | null,
    readonly locale: Locale,
    readonly problems: string[],
  ) {
    super(`The CMS sent ${kind} ${documentId ? `"${documentId}"` : 'without a documentId'} (${locale}) that search cannot use: ${problems.join('; ')}`);
  }
}

export interface CmsPage {
  documents: CmsDocument[];
  invalid: CmsDocumentError[];
}

/**
 * Every published document of a kind in a locale, page by page. Pages follow Strapi's row id
 * (keyset) rather than page numbers, so a document unpublished mid-way does not shift the pages and
 * make a reindex skip another one; a document re-published mid-way gets a new, higher id and still comes.
 */
export async function* publishedPages(cms: CmsConnection, kind: ContentKind, locale: Locale): AsyncGenerator<CmsPage> {
  let afterId = 0;
  for (;;) {
    const list = await getList(cms, kind, locale, {
      'filters[id][$gt]': String(afterId),
      'sort[0]': 'id:asc',
      'pagination[page]': '1',
      'pagination[pageSize]': String(cms.pageSize ?? 100),
    });
    if (list.data.length === 0) return;
    yield parseAll(kind, locale, list.data);
    if (list.meta.pagination.pageCount <= 1) return;
    const lastId = Math.max(...list.data.map(rowIdOf));
    if (lastId <= afterId) throw new CmsResponseError(`The CMS sent ${CMS_COLLECTION[kind]} (${locale}) without numeric ids; cannot page through them`, 200);
    afterId = lastId;
  }
}

/** Every published document of a kind in a locale, and the ones that did not validate. */
export async function fetchPublished(cms: CmsConnection, kind: ContentKind, locale: Locale): Promise<CmsPage> {
  const all: CmsPage = { documents: [], invalid: [] };
  for await (const page of publishedPages(cms, kind, locale)) {
    all.documents.push(...page.documents);
    all.invalid.push(...page.invalid);
  }
  return all;
}

/**
 * The published version of one document in one locale, or null when the CMS does not serve it
 * (never published, unpublished, deleted, or no such locale). Throws CmsDocumentError when invalid.
 */
export async function fetchPublishedDocument(cms: CmsConnection, kind: ContentKind, documentId: string, locale: Locale): Promise<CmsDocument | null> {
  const list = await getList(cms, kind, locale, { 'filters[documentId][$eq]': documentId, 'pagination[pageSize]': '1' });
  const [raw] = list.data;
  if (raw === undefined) return null;
  const { documents, invalid } = parseAll(kind, locale, [raw]);
  if (invalid[0]) throw invalid[0];
  return documents[0] ?? null;
}

/** How many documents of a kind are published in a locale (for progress). */
export async function countPublished(cms: CmsConnection, kind: ContentKind, locale: Locale): Promise<number> {
  const list = await getList(cms, kind, locale, { 'pagination[pageSize]': '1' }, false);
  return list.meta.pagination.total;
}

type CmsList = z.infer<typeof cmsListSchema>;

async function getList(cms: CmsConnection, kind: ContentKind, locale: Locale, query: Record<string, string>, populate = true): Promise<CmsList> {
  const params = new URLSearchParams({ locale, ...query });
  if (populate) {
    for (const [relation, fields] of Object.entries(CMS_POPULATE[kind])) {
      fields.forEach((field, index) => params.append(`populate[${relation}][fields][${index}]`, field));
    }
  }
  const path = `api/${CMS_COLLECTION[kind]}?${params.toString()}`;
  const body = await getJson(cms, path);
  const parsed = cmsListSchema.safeParse(body);
  if (!parsed.success) {
    throw new CmsResponseError(`The CMS answer to GET ${pathOnly(path)} is not a Strapi list (${describeIssues(parsed.error.issues).join('; ')})`, 200);
  }
  return parsed.data;
}

async function getJson(cms: CmsConnection, path: string): Promise<unknown> {
  // Relative to the base with a trailing slash, so a CMS served under a sub-path keeps it.
  const url = new URL(path, withTrailingSlash(cms.url));
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(cms.token ? { authorization: `Bearer ${cms.token}` } : {}) },
      signal: AbortSignal.timeout(cms.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new CmsUnreachableError(`Cannot reach the CMS at ${cms.url}: ${reasonOf(error)}`, { cause: error });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CmsResponseError(`The CMS answered ${response.status} to GET ${pathOnly(path)} with something that is not JSON`, response.status);
  }
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new CmsResponseError(`The CMS answered ${response.status} to GET ${pathOnly(path)}${typeof message === 'string' ? `: ${message}` : ''}`, response.status);
  }
  return body;
}

function parseAll(kind: ContentKind, locale: Locale, rows: readonly unknown[]): CmsPage {
  const page: CmsPage = { documents: [], invalid: [] };
  for (const raw of rows) {
    const documentId = stringField(raw, 'documentId');
    const parsed = CMS_DOCUMENT_SCHEMA[kind].safeParse(raw);
    if (!parsed.success) {
      page.invalid.push(new CmsDocumentError(kind, documentId, locale, describeIssues(parsed.error.issues)));
    } else if (parsed.data.locale !== locale) {
      page.invalid.push(new CmsDocumentError(kind, documentId, locale, [`locale: expected "${locale}", received "${parsed.data.locale}"`]));
    } else {
      page.documents.push({ kind, document: parsed.data } as CmsDocument);
    }
  }
  return page;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 5).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`);
}

function rowIdOf(raw: unknown): number {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : 0;
}

function stringField(raw: unknown, field: string): string | null {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The path without its query: enough to say which request failed, shorter in a log. */
function pathOnly(path: string): string {
  return `/${path.split('?')[0] ?? path}`;
}
