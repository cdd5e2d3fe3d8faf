import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { expectedChecks, publicRequestState, type PublicRequestState, type RequestStatus } from '@cb/domain';
import { configOf } from '../../../config';
import { RateLimiter, type RateDecision } from '../../intake/request/rate-limit';
import { STATUS_CLIENT_WINDOWS_TABLE, STATUS_REFERENCE_WINDOWS_TABLE, queryErrorCode } from '../../intake/request/state-tables';

/** All a look-up may tell: a state in plain words, or nothing at all. */
export type LookupAnswer = { known: true; state: PublicRequestState } | { known: false };

const NOTHING_TO_TELL: LookupAnswer = { known: false };

/** What an unknown (or anonymised) reference is compared against, so that it costs what a known one costs. */
const STAND_IN = { phone: '+32 470 00 00 00', email: 'nobody.at.all@connecting.brussels' };

/** Digests are compared, never the values: one fixed length, whatever was typed. The key never leaves this process. */
const DIGEST_KEY = randomBytes(32);
const digestOf = (value: string): Buffer => createHmac('sha256', DIGEST_KEY).update(value).digest();

/** The per-reference counter's key: the reference itself is not kept in that table. */
const referenceKey = (reference: string): string => `sha256:${createHash('sha256').update(reference).digest('hex').slice(0, 48)}`;

interface StoredRequest {
  caseStatus: RequestStatus;
  phone: string | null;
  email: string | null;
  anonymisedAt: string | null;
}

/**
 * Looks a help request up by its reference and tells its state only to whoever gives the check value
 * that goes with it. A wrong check value, an unknown reference, an anonymised request and a
 * reference whose tries are spent are the same answer after the same work: one counted try, one
 * query by reference, two constant-time comparisons of fixed-length digests.
 *
 * Tries per reference are counted across all clients (in the database, so across replicas): at most
 * `perReference.max` wrong ones per window, which turns guessing four digits into years of work.
 * Every try is counted before the comparison (one atomic statement, so tries racing in parallel are
 * each counted) and a right one is given back, so only wrong tries use up a reference's allowance.
 * The window is fixed: it starts with the first try and tries made while it is spent do not extend
 * it, so whoever spends a person's tries locks them out for at most one window, and only by spending
 * their own per-client allowance again every window; meanwhile the answer shows the phone line.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => configOf(strapi).statusLookup;
  const knex = () => strapi.db.connection;
  let limiters: { perClient: RateLimiter; perReference: RateLimiter } | undefined;
  const limiter = (which: 'perClient' | 'perReference') => {
    limiters ??= {
      perClient: new RateLimiter(knex, { ...config().perClient, table: STATUS_CLIENT_WINDOWS_TABLE }),
      perReference: new RateLimiter(knex, { ...config().perReference, table: STATUS_REFERENCE_WINDOWS_TABLE }),
    };
    return limiters[which];
  };
  const warn = (what: string, error: unknown) => strapi.log.warn(`A status look-up ${what} (database error ${queryErrorCode(error)}).`);

  /** Counts one look-up from a client address. A database that cannot count lets it through: the per-reference count still holds. */
  async function allowClient(address: string): Promise<RateDecision> {
    return limiter('perClient')
      .take(address)
      .catch((error: unknown) => {
        warn('was not counted per client and was let through', error);
        return { allowed: true } as const;
      });
  }

  async function lookUp(reference: string, check: string): Promise<LookupAnswer> {
    const counted = await limiter('perReference')
      .takeKey(referenceKey(reference))
      .catch((error: unknown) => {
        warn('could not be counted and was answered with nothing', error);
        return undefined;
      });
    const stored = await findRequest(reference);
    const usable = stored && !stored.anonymisedAt ? stored : undefined;
    const expected = expectedChecks(usable ?? STAND_IN);
    const typed = digestOf(check);
    // Both comparisons always run, each against a digest of the same length; the booleans are combined after.
    const phoneMatches = timingSafeEqual(typed, digestOf(expected.phone ?? STAND_IN.phone));
    const emailMatches = timingSafeEqual(typed, digestOf(expected.email ?? STAND_IN.email));
    const matches = usable !== undefined && ((phoneMatches && expected.phone !== undefined) || (emailMatches && expected.email !== undefined));

    if (!counted?.decision.allowed || !matches || !usable) return NOTHING_TO_TELL;
    await limiter('perReference')
      .giveBack(counted.row)
      .catch((error: unknown) => warn('that was right could not be given back', error));
    return { known: true, state: publicRequestState(usable.caseStatus) };
  }

  async function findRequest(reference: string): Promise<StoredRequest | undefined> {
    try {
      // Query Engine read: four columns by a unique reference, the same query whether or not it exists.
      const found = (await strapi.db
        .query('api::help-request.help-request')
        .findOne({ where: { reference }, select: ['caseStatus', 'phone', 'email', 'anonymisedAt'] })) as StoredRequest | null;
      return found ?? undefined;
    } catch (error) {
      warn('could not read the request and was answered with nothing', error);
      return undefined;
    }
  }

  return { allowClient, lookUp };
};
