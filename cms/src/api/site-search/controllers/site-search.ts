import type { Core } from '@strapi/strapi';
import { publicMultiSearch } from '@cb/search';
import { MAX_QUERY_LENGTH, multiSearchBody, parseSearchState, readMultiSearch, type SearchState } from '@cb/search/request';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale } from '../../intake/request/locale';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { configOf } from '../../../config';
import { KNOWN_CODES, rateLimitedPage, resultsPage, unavailablePage } from '../pages/search-page';
import type siteSearchService from '../services/site-search';

type SiteSearchService = ReturnType<typeof siteSearchService>;

/** Meilisearch answers in milliseconds; a page that waits longer says search is unavailable instead. */
const SEARCH_TIMEOUT_MS = 5_000;
/** Meilisearch pages through its first 1,000 hits only (10 per page). */
const LAST_PAGE = 100;

/**
 * GET /api/search?locale=fr&q=…&category=…&municipality=…&remote=1&page=2: the results of the search
 * island, without JavaScript. The same parsing (`parseSearchState`: unknown filter values are dropped)
 * and the same Meilisearch request (`multiSearchBody`, through `searchText`) as the island, so the
 * ranking is the same. 200 with the results, 503 with the browsing links when Meilisearch cannot
 * answer, 429 with `Retry-After` and the form still filled in past the searches one client may make
 * per window (see the service: counted here, so every spelling of the path that Strapi routes to this
 * handler is counted, and nothing else). The words searched are never logged (the request log leaves
 * query strings out) and the page is kept by no cache (`no-store`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function results(ctx: IntakeContext & { querystring: string }): Promise<void> {
    const locale = requestLocale(ctx);
    await refreshPageShell(configOf(strapi).siteUrl, locale);
    const asked = parseSearchState(ctx.querystring, KNOWN_CODES);
    const words = [...asked.query];
    const shortened = words.length > MAX_QUERY_LENGTH;
    const state: SearchState = {
      ...asked,
      query: shortened ? words.slice(0, MAX_QUERY_LENGTH).join('').trim() : asked.query,
      page: Math.min(asked.page, LAST_PAGE),
    };

    const decision = await searchService(strapi).allowSearch(ctx.ip);
    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      return sendPage(ctx, 429, rateLimitedPage(locale, state, { minutes: Math.ceil(decision.retryAfterSeconds / 60) }));
    }

    const connection = configOf(strapi).publicSearch;
    if (!connection) return sendPage(ctx, 503, unavailablePage(locale, state));
    let answer: unknown;
    try {
      answer = await publicMultiSearch({ ...connection, timeoutMs: SEARCH_TIMEOUT_MS }, multiSearchBody(state, locale));
    } catch (error) {
      strapi.log.warn(`Search without JavaScript is unavailable: ${error instanceof Error ? error.message : 'unknown error'}`);
      return sendPage(ctx, 503, unavailablePage(locale, state));
    }
    sendPage(ctx, 200, resultsPage(locale, readMultiSearch(state, answer), { shortened }));
  }

  return { results };
};

/** The service with its own type (Strapi's registry gives every service as an untyped record), as `statusService` does. */
function searchService(strapi: Core.Strapi): SiteSearchService;
function searchService(strapi: Core.Strapi): Core.Service {
  return strapi.service('api::site-search.site-search');
}
