import type { Core } from '@strapi/strapi';
import { configOf } from '../../../config';
import { RateLimiter, type RateDecision } from '../../intake/request/rate-limit';
import { queryErrorCode, SEARCH_CLIENT_WINDOWS_TABLE } from '../../intake/request/state-tables';

/**
 * The rate limit on searches without JavaScript: each search that reaches the controller, whatever
 * the spelling of its path, is counted per client address (`ctx.ip`: behind a proxy, the address the
 * proxy names, see the client-address middleware) in a fixed window in its own table, so that every
 * CMS replica counts into the same window and searching never uses up a person's allowance of forms,
 * nor forms their searches. The table is bounded as the intake door's is (`RateLimiter`), and swept
 * with the other windows every minute.
 *
 * A database that cannot count lets the search through (Meilisearch answers it as usual) with a
 * warning that names the database error's code only: never the address, never the words searched.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let limiter: RateLimiter | undefined;

  async function allowSearch(address: string): Promise<RateDecision> {
    limiter ??= new RateLimiter(() => strapi.db.connection, { ...configOf(strapi).searchRateLimit, table: SEARCH_CLIENT_WINDOWS_TABLE });
    return limiter.take(address).catch((error: unknown) => {
      strapi.log.warn(`A search without JavaScript was not counted (database error ${queryErrorCode(error)}); it was let through.`);
      return { allowed: true } as const;
    });
  }

  return { allowSearch };
};
