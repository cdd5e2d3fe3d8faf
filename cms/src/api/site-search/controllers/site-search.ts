import type { Core } from '@strapi/strapi';
import { publicMultiSearch } from '@cb/search';
import { MAX_QUERY_LENGTH, multiSearchBody, parseSearchState, readMultiSearch, type SearchState } from '@cb/search/request';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale } from '../../intake/request/locale';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { configOf } from '../../../config';
import { KNOWN_CODES, resultsPage, unavailablePage } from '../pages/search-page';

/** Meilisearch answers in milliseconds; a page that waits longer says search is unavailable instead. */
const SEARCH_TIMEOUT_MS = 5_000;
/** Meilisearch pages through its first 1,000 hits only (10 per page). */
const LAST_PAGE = 100;

/**
 * GET /api/search?locale=fr&q=…&category=…&municipality=…&remote=1&page=2: the results of the search
 * island, without JavaScript. The same parsing (`parseSearchState`: unknown filter values are dropped)
 * and the same Meilisearch request (`multiSearchBody`, through `searchText`) as the island, so the
 * ranking is the same. 200 with the results, 503 with the browsing links when Meilisearch cannot
 * answer. The words searched are never logged (the request log leaves query strings out) and the
 * page is kept by no cache (`no-store`).
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
