import type { Locale } from '@cb/domain';
import { strapiListSchema, strapiSingleSchema } from './strapi-schemas.ts';

/**
 * Reads published content from the CMS's public REST API. Drafts are never asked for (the
 * API's default is published content only, and `?status=draft` is refused for the public role).
 */

export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

export interface CmsRequestOptions {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Further attempts after a network error or a 5xx answer. */
  retries?: number;
  fetch?: typeof fetch;
}

const PAGE_SIZE = 100; // the CMS's maxLimit
const RETRY_DELAYS_MS = [300, 1_000, 3_000];

export type QueryParams = Record<string, string>;

/** GETs a JSON document; `undefined` for a 404 (a single type not published in that locale). */
export async function getJson(url: URL, options: CmsRequestOptions = {}): Promise<unknown> {
  const { timeoutMs = 30_000, retries = 2, fetch: fetchImpl = fetch } = options;
  let lastProblem = '';
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    if (attempt > 0) await sleep(RETRY_DELAYS_MS[attempt - 1] ?? 3_000);
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      lastProblem = describeNetworkError(error);
      continue;
    }
    if (response.status === 404) return undefined;
    if (response.status >= 500) {
      lastProblem = `it answered ${response.status} ${response.statusText}`;
      continue;
    }
    if (!response.ok) {
      const hint = response.status === 403 ? ' (does the public role of the CMS have read access to this type?)' : '';
      throw new CmsUnavailableError(`The CMS refused ${redacted(url)}: ${response.status} ${response.statusText}${hint}`);
    }
    try {
      return await response.json();
    } catch {
      throw new CmsUnavailableError(`The CMS answered ${redacted(url)} with something that is not JSON`);
    }
  }
  throw new CmsUnavailableError(
    `Could not read ${redacted(url)} from the CMS after ${retries + 1} attempts: ${lastProblem}. Is the CMS running, and is CMS_URL right?`,
  );
}

/**
 * Every published document of a collection in one locale. Pages follow Strapi's row id rather
 * than page numbers, so a document published during the build cannot shift a page and make
 * another one be skipped.
 */
export async function fetchCollection(
  cmsUrl: string,
  endpoint: string,
  locale: Locale,
  populate: QueryParams,
  options: CmsRequestOptions = {},
): Promise<Record<string, unknown>[]> {
  const documents: Record<string, unknown>[] = [];
  let afterId = 0;
  for (;;) {
    const url = apiUrl(cmsUrl, endpoint, {
      locale,
      ...populate,
      'filters[id][$gt]': String(afterId),
      'sort[0]': 'id:asc',
      'pagination[page]': '1',
      'pagination[pageSize]': String(PAGE_SIZE),
      'pagination[withCount]': 'false',
    });
    const parsed = strapiListSchema.safeParse(await getJson(url, options));
    if (!parsed.success) {
      throw new CmsUnavailableError(`The CMS answered ${redacted(url)} with something that is not a list of documents (${parsed.error.issues[0]?.message ?? 'unexpected shape'})`);
    }
    const page = parsed.data.data;
    documents.push(...page);
    if (page.length < PAGE_SIZE) return documents;
    const lastId = Math.max(...page.map((document) => (typeof document.id === 'number' ? document.id : Number.NaN)));
    if (!Number.isFinite(lastId) || lastId <= afterId) {
      throw new CmsUnavailableError(`The CMS sent ${endpoint} (${locale}) without increasing numeric ids; cannot page through them`);
    }
    afterId = lastId;
  }
}

/** A single type (global, home) in one locale, or `undefined` when it is not published there. */
export async function fetchSingle(
  cmsUrl: string,
  endpoint: string,
  locale: Locale,
  populate: QueryParams,
  options: CmsRequestOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const url = apiUrl(cmsUrl, endpoint, { locale, ...populate });
  const body = await getJson(url, options);
  if (body === undefined) return undefined;
  const parsed = strapiSingleSchema.safeParse(body);
  if (!parsed.success) throw new CmsUnavailableError(`The CMS answered ${redacted(url)} with something that is not a document`);
  return parsed.data.data;
}

export function apiUrl(cmsUrl: string, endpoint: string, params: QueryParams): URL {
  const url = new URL(`/api/${endpoint}`, `${cmsUrl}/`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url;
}

/** The URL without its query, which is long and says nothing to whoever reads the error. */
function redacted(url: URL): string {
  return `${url.origin}${url.pathname}?locale=${url.searchParams.get('locale') ?? ''}`;
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'TimeoutError') return 'it did not answer in time';
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
