import { z } from 'zod';
import type { Locale } from '../locales.js';
import type { ValueRule } from '../content-rules.js';
import {
  CMS_API_TYPES,
  populateParams,
  type CmsApiDocument,
  type CmsApiTypeName,
  type CmsCollectionTypeName,
  type CmsSingleTypeName,
} from './content-types.js';
import { CmsApiError, fieldPath, type DocumentProblem } from './errors.js';
import { valueRuleOfIssue } from './rule-issues.js';
import { cmsListSchema, cmsSingleSchema } from './schemas.js';

/**
 * Reads published content from the CMS's public REST API. Drafts are asked for by the site's
 * preview only (`fetchDraft`, with the preview's token); the CMS refuses `?status=draft` to anyone else.
 */
export interface CmsConnection {
  /** The CMS's base URL; a sub-path is kept (`https://example.org/cms`). */
  url: string;
  /** A read-only API token, when the CMS asks for one. */
  token?: string | undefined;
  /** Per HTTP request, in milliseconds (15 s by default). */
  timeoutMs?: number | undefined;
  /** Further attempts after no answer or a 5xx answer (after 0.3 s, 1 s, 3 s). */
  retries?: number | undefined;
  /** Documents per request; the CMS caps it at 100. */
  pageSize?: number | undefined;
  fetch?: typeof fetch | undefined;
}

export type ParsedDocument<Name extends CmsApiTypeName> =
  { document: CmsApiDocument<Name>; problems?: never } | { document?: never; problems: DocumentProblem[] };

/** A page of a collection: the documents that match their schema, and what is wrong with the others. */
export interface PublishedPage<Name extends CmsApiTypeName> {
  documents: CmsApiDocument<Name>[];
  invalid: { documentId: string | undefined; problems: DocumentProblem[] }[];
}

const DEFAULT_PAGE_SIZE = 100; // the CMS's maxLimit
const MAX_SLUG_SHOWN = 120;
const DEFAULT_TIMEOUT_MS = 15_000;
const RETRY_DELAYS_MS = [300, 1_000, 3_000];

/** Validates one document against its type's schema, and checks it is in the locale asked for. */
export function parseDocument<Name extends CmsApiTypeName>(name: Name, raw: unknown, locale: Locale): ParsedDocument<Name> {
  const documentId = stringField(raw, 'documentId');
  const slug = stringField(raw, 'slug')?.slice(0, MAX_SLUG_SHOWN);
  const problem = (field: string, message: string, rule: ValueRule): DocumentProblem => ({
    type: name,
    documentId,
    ...(slug ? { slug } : {}),
    locale,
    field,
    message,
    rule,
  });
  const parsed = CMS_API_TYPES[name].schema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => problem(fieldPath(issue.path), issue.message, valueRuleOfIssue(issue, raw))) };
  const document = parsed.data as CmsApiDocument<Name>;
  if (document.locale !== locale) return { problems: [problem('locale', `is "${document.locale}", expected "${locale}"`, 'other')] };
  return { document };
}

/**
 * Every published document of a collection in one locale, page by page. Pages follow Strapi's row
 * id (keyset) rather than page numbers: a document unpublished mid-way does not shift the pages and
 * make another one be skipped, and one (re-)published mid-way gets a new, higher id and still comes.
 */
export async function* publishedPages<Name extends CmsCollectionTypeName>(cms: CmsConnection, name: Name, locale: Locale): AsyncGenerator<PublishedPage<Name>> {
  for await (const rows of rowPages(cms, name, locale, [], true)) yield parsePage(name, locale, rows);
}

/** The raw rows of a list, page by page in row-id order (keyset), with `filters` added to every request. */
async function* rowPages(
  cms: CmsConnection,
  name: CmsCollectionTypeName,
  locale: Locale,
  filters: [string, string][],
  populate: boolean,
): AsyncGenerator<unknown[]> {
  const pageSize = cms.pageSize ?? DEFAULT_PAGE_SIZE;
  let afterId = 0;
  for (;;) {
    const rows = (
      await getListBody(
        cms,
        name,
        locale,
        [
          ...filters,
          ['filters[id][$gt]', String(afterId)],
          ['sort[0]', 'id:asc'],
          ['pagination[page]', '1'],
          ['pagination[pageSize]', String(pageSize)],
          ['pagination[withCount]', 'false'],
        ],
        populate,
      )
    ).data;
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const lastId = Math.max(...rows.map((row) => numberField(row, 'id')));
    if (!Number.isFinite(lastId) || lastId <= afterId) {
      throw new CmsApiError('unexpected-answer', `The CMS sent ${describeRequest(cms, name, locale)} without increasing numeric ids; cannot page through them`);
    }
    afterId = lastId;
  }
}

/**
 * What version of each published document of a collection the CMS serves in a locale, by documentId
 * (`documentStamp`), all in one answer of the CMS's `GET /api/published-stamps/<type>`. Publishing
 * writes a new row, so the stamp changes with every publish; a document missing from the answer is
 * unpublished, deleted, or not in that locale.
 */
export async function publishedStamps(cms: CmsConnection, name: CmsCollectionTypeName, locale: Locale): Promise<Map<string, string>> {
  const path = `${PUBLISHED_STAMPS_PATH}/${name}`;
  const answer = publishedStampsSchema.safeParse(await getJson(cms, { path, single: false }, locale, new URLSearchParams([['locale', locale]])));
  if (!answer.success)
    throw new CmsApiError('unexpected-answer', `The CMS answered ${describePath(cms, path, locale)} with something that is not a list of stamps`);
  return new Map(Object.entries(answer.data.data));
}

/** Which published documents to read again: these documentIds, and those that link (by `relation`) to any of `linkedTo`. */
export interface DocumentSelection {
  documentIds: readonly string[];
  linkedTo?: Readonly<Record<string, readonly string[]>>;
}

const IDS_PER_REQUEST = 40; // keeps each URL short

/** The published documents of a collection in one locale that a selection names, each once. */
export async function fetchPublishedSelection<Name extends CmsCollectionTypeName>(
  cms: CmsConnection,
  name: Name,
  locale: Locale,
  selection: DocumentSelection,
): Promise<PublishedPage<Name>> {
  const clauses: { path: string; ids: readonly string[] }[] = [
    { path: 'filters[documentId][$in]', ids: selection.documentIds },
    ...Object.entries(selection.linkedTo ?? {}).map(([relation, ids]) => ({ path: `filters[${relation}][documentId][$in]`, ids })),
  ];
  const rowsById = new Map<string, unknown>();
  for (const { path, ids } of clauses) {
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      const filters = ids.slice(start, start + IDS_PER_REQUEST).map((id, index): [string, string] => [`${path}[${index}]`, id]);
      for await (const rows of rowPages(cms, name, locale, filters, true)) {
        for (const row of rows) rowsById.set(stringField(row, 'documentId') ?? `(row ${numberField(row, 'id')})`, row);
      }
    }
  }
  return parsePage(name, locale, [...rowsById.values()]);
}

/** Every published document of a collection in one locale, and the ones that do not match their schema. */
export async function fetchPublished<Name extends CmsCollectionTypeName>(cms: CmsConnection, name: Name, locale: Locale): Promise<PublishedPage<Name>> {
  const all: PublishedPage<Name> = { documents: [], invalid: [] };
  for await (const page of publishedPages(cms, name, locale)) {
    all.documents.push(...page.documents);
    all.invalid.push(...page.invalid);
  }
  return all;
}

/**
 * The published version of one document in one locale, or null when the CMS does not serve it
 * (never published, unpublished, deleted, or not in that locale). Throws `invalid-content` when it does not match its schema.
 */
export async function fetchPublishedDocument<Name extends CmsCollectionTypeName>(
  cms: CmsConnection,
  name: Name,
  documentId: string,
  locale: Locale,
): Promise<CmsApiDocument<Name> | null> {
  const [raw] = await getList(cms, name, locale, [
    ['filters[documentId][$eq]', documentId],
    ['pagination[pageSize]', '1'],
    ['pagination[withCount]', 'false'],
  ]);
  if (raw === undefined) return null;
  const parsed = parseDocument(name, raw, locale);
  if (parsed.problems) throw CmsApiError.invalidContent(parsed.problems, 'its reader');
  return parsed.document;
}

/** How many documents of a collection are published in a locale. */
export async function countPublished(cms: CmsConnection, name: CmsCollectionTypeName, locale: Locale): Promise<number> {
  const { total } = (await getListBody(cms, name, locale, [['pagination[pageSize]', '1']], false)).meta.pagination;
  if (total === undefined) throw new CmsApiError('unexpected-answer', `The CMS answered ${describeRequest(cms, name, locale)} without a total`);
  return total;
}

/** A single type (global, home) in one locale; null when it is not published in that locale. */
export async function fetchSingleType<Name extends CmsSingleTypeName>(cms: CmsConnection, name: Name, locale: Locale): Promise<ParsedDocument<Name> | null> {
  const answer = await getJson(cms, resourceOf(name), locale, queryOf(name, locale, []));
  if (answer === null) return null;
  const parsed = cmsSingleSchema.safeParse(answer);
  if (!parsed.success)
    throw new CmsApiError('unexpected-answer', `The CMS answered ${describeRequest(cms, name, locale)} with something that is not a document`);
  return parseDocument(name, parsed.data.data, locale);
}

/**
 * The draft or the published version of one document in one locale (a single type has no
 * documentId), as the site's preview shows it; null when there is none. For a draft, `cms.token`
 * must be the preview's token: the CMS refuses drafts to anyone else.
 */
export async function fetchDocumentVersion<Name extends CmsApiTypeName>(
  cms: CmsConnection,
  name: Name,
  { locale, status, documentId }: { locale: Locale; status: 'draft' | 'published'; documentId?: string | undefined },
): Promise<ParsedDocument<Name> | null> {
  const draft: [string, string][] = [['status', status]];
  if (CMS_API_TYPES[name].single) {
    const answer = await getJson(cms, resourceOf(name), locale, queryOf(name, locale, draft));
    if (answer === null) return null;
    const parsed = cmsSingleSchema.safeParse(answer);
    if (!parsed.success)
      throw new CmsApiError('unexpected-answer', `The CMS answered ${describeRequest(cms, name, locale)} with something that is not a document`);
    return parseDocument(name, asIfPublishedNow(parsed.data.data, status), locale);
  }
  if (!documentId) throw new CmsApiError('refused', `A version of a ${name} needs its documentId`);
  const answer = await getJson(
    cms,
    resourceOf(name),
    locale,
    queryOf(name, locale, [...draft, ['filters[documentId][$eq]', documentId], ['pagination[pageSize]', '1']]),
  );
  const parsed = cmsListSchema.safeParse(answer);
  if (!parsed.success)
    throw new CmsApiError('unexpected-answer', `The CMS answered ${describeRequest(cms, name, locale)} with something that is not a list of documents`);
  const [raw] = parsed.data.data;
  return raw === undefined ? null : parseDocument(name, asIfPublishedNow(raw, status), locale);
}

/** A draft has no publication date yet (Strapi sends null): it is shown as it would be if published now. */
function asIfPublishedNow(raw: unknown, status: 'draft' | 'published'): unknown {
  if (status !== 'draft' || typeof raw !== 'object' || raw === null) return raw;
  return 'publishedAt' in raw && typeof raw.publishedAt === 'string' ? raw : { ...raw, publishedAt: new Date().toISOString() };
}

async function getList(cms: CmsConnection, name: CmsCollectionTypeName, locale: Locale, params: [string, string][]): Promise<unknown[]> {
  return (await getListBody(cms, name, locale, params, true)).data;
}

async function getListBody(cms: CmsConnection, name: CmsCollectionTypeName, locale: Locale, params: [string, string][], populate: boolean) {
  const answer = await getJson(cms, resourceOf(name), locale, populate ? queryOf(name, locale, params) : new URLSearchParams([['locale', locale], ...params]));
  const parsed = cmsListSchema.safeParse(answer);
  if (!parsed.success) {
    const where = parsed.error.issues[0] ? ` (${fieldPath(parsed.error.issues[0].path)}: ${parsed.error.issues[0].message})` : '';
    throw new CmsApiError('unexpected-answer', `The CMS answered ${describeRequest(cms, name, locale)} with something that is not a list of documents${where}`);
  }
  return parsed.data;
}

function queryOf(name: CmsApiTypeName, locale: Locale, params: [string, string][]): URLSearchParams {
  return new URLSearchParams([['locale', locale], ...populateParams(name), ...params]);
}

/**
 * GETs a JSON answer, retrying when there is no answer or a 5xx one; null for a 404 on a single type
 * (not published in that locale).
 */
async function getJson(cms: CmsConnection, { path, single }: Resource, locale: Locale, query: URLSearchParams): Promise<unknown> {
  // Relative to the base with a trailing slash, so a CMS served under a sub-path keeps it.
  const url = new URL(`api/${path}?${query.toString()}`, withTrailingSlash(cms.url));
  const retries = cms.retries ?? 0;
  const fetchImpl = cms.fetch ?? fetch;
  let lastProblem = '';
  let lastCause: unknown;
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1] ?? 3_000);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json', ...(cms.token ? { authorization: `Bearer ${cms.token}` } : {}) },
        signal: AbortSignal.timeout(cms.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      lastProblem = networkReason(error);
      lastCause = error;
      continue;
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      lastProblem = `it answered ${response.status} ${response.statusText}`.trim();
      continue;
    }
    if (response.status === 404 && single) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const hint = response.status === 403 ? ' (does the public role of the CMS have read access to this type?)' : '';
      throw new CmsApiError('refused', `The CMS refused ${describePath(cms, path, locale)}: ${response.status} ${response.statusText}${hint}`, {
        status: response.status,
      });
    }
    try {
      return await response.json();
    } catch {
      throw new CmsApiError('unexpected-answer', `The CMS answered ${describePath(cms, path, locale)} with something that is not JSON`, {
        status: response.status,
      });
    }
  }
  const attempts = `${retries + 1} attempt${retries === 0 ? '' : 's'}`;
  throw new CmsApiError(
    'unreachable',
    `Could not read ${describePath(cms, path, locale)} from the CMS at ${baseOf(cms)} (${attempts}): ${lastProblem}. Is the CMS running, and is its URL right?`,
    {
      cause: lastCause,
    },
  );
}

function parsePage<Name extends CmsApiTypeName>(name: Name, locale: Locale, rows: readonly unknown[]): PublishedPage<Name> {
  const page: PublishedPage<Name> = { documents: [], invalid: [] };
  for (const raw of rows) {
    const parsed = parseDocument(name, raw, locale);
    if (parsed.problems) page.invalid.push({ documentId: stringField(raw, 'documentId'), problems: parsed.problems });
    else page.documents.push(parsed.document);
  }
  return page;
}

/** `GET /api/stories (locale fr)`: which request, without its query. */
function describeRequest(cms: CmsConnection, name: CmsApiTypeName, locale: Locale): string {
  return describePath(cms, CMS_API_TYPES[name].endpoint, locale);
}

function describePath(cms: CmsConnection, apiPath: string, locale: Locale): string {
  return `GET ${new URL(`api/${apiPath}`, withTrailingSlash(cms.url)).pathname} (locale ${locale})`;
}

/** What the CMS serves under /api/: a content type's REST endpoint, or another route. */
interface Resource {
  path: string;
  /** A single type answers 404 when it is not published in the locale asked for. */
  single: boolean;
}

function resourceOf(name: CmsApiTypeName): Resource {
  return { path: CMS_API_TYPES[name].endpoint, single: CMS_API_TYPES[name].single };
}

/** The CMS route of `publishedStamps`, under /api/. */
export const PUBLISHED_STAMPS_PATH = 'published-stamps';

/**
 * The version of a published document in a locale: its row id (publishing writes a new row) and
 * when it was last updated. The CMS makes it; the site only compares stamps, never clocks.
 */
export function documentStamp(rowId: number, updatedAt: unknown): string {
  const time = updatedAt instanceof Date ? updatedAt : new Date(typeof updatedAt === 'number' ? updatedAt : String(updatedAt));
  return `${rowId}@${Number.isNaN(time.getTime()) ? '' : time.toISOString()}`;
}

/** The answer of `GET /api/published-stamps/<type>?locale=…`: documentId → `documentStamp`. */
export const publishedStampsSchema = z.object({ data: z.record(z.string(), z.string()) });
export type PublishedStampsAnswer = z.infer<typeof publishedStampsSchema>;

/** The CMS's origin and path, without credentials or query. */
function baseOf(cms: CmsConnection): string {
  const url = new URL(cms.url);
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

/** fetch() hides the useful part a cause or two deep ("fetch failed" → "connect ECONNREFUSED 127.0.0.1:1337"). */
function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'it did not answer in time';
  let current: unknown = error;
  let reason = String(error);
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current.message) reason = current.message;
    current = current.cause === undefined && current instanceof AggregateError ? current.errors[0] : current.cause;
  }
  return reason.replace(/\s+/g, ' ').trim();
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function stringField(raw: unknown, field: string): string | undefined {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function numberField(raw: unknown, field: string): number {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof value === 'number' ? value : Number.NaN;
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
