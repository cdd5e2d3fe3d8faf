import { RATE_WINDOWS_TABLE, rowsOf, storedClientKey, type Knex } from './state-tables';

/** How many intake posts one client may make per window. */
export interface RateLimitSettings {
  max: number;
  windowSeconds: number;
  /** Clients counted at once; beyond them, see `RateLimiter`. */
  maxClients?: number;
  /** The table of windows (created by `ensureIntakeStateTables`); the intake posts' own by default. */
  table?: string;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const MAX_TRACKED_CLIENTS = 10_000;

/** Where new clients are counted while the limiter counts as many clients as it may. */
export const OVERFLOW = 'overflow';

/**
 * A fixed window per client (its `clientKey`: an IPv4 address or an IPv6 /64), in the database
 * table `cb_intake_rate_windows`, so that every CMS replica counts into the same window: enough to
 * slow a script down without ever troubling a person, who sends a handful of forms at most.
 *
 * Each post is counted by one statement (an upsert that starts a new window once the old one has
 * ended), atomic on SQLite and PostgreSQL alike: posts racing through several replicas are each
 * counted once.
 *
 * The table is bounded. While as many clients as `maxClients` have a window running, a client not
 * yet counted is counted in one shared overflow row: an attacker rotating through addresses is
 * limited as one client rather than not at all, and adds no rows. The price, only while such a flood
 * lasts, is that new visitors share that row's allowance; clients already counted keep theirs.
 * Ended windows are deleted every minute and as soon as the cap is reached (see `pruneRateWindows`),
 * so the table holds at most `maxClients` running windows (on PostgreSQL, plus one per post racing
 * past the count at that moment) and the windows that ended since the last sweep.
 */
export class RateLimiter {
  private readonly maxClients: number;
  private readonly table: string;

  constructor(
    private readonly knex: () => Knex,
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.maxClients = settings.maxClients ?? MAX_TRACKED_CLIENTS;
    this.table = settings.table ?? RATE_WINDOWS_TABLE;
  }

  /** Counts one post from `address` and says whether it may go on. */
  async take(address: string): Promise<RateDecision> {
    const { decision } = await this.takeKey(storedClientKey(address));
    return decision;
  }

  /**
   * Counts one try under a key that is no address (at most 64 characters, e.g. a hash), says whether
   * it may go on, and names the row it was counted in (the key's own, or the overflow row).
   */
  async takeKey(client: string): Promise<{ decision: RateDecision; row: string }> {
    const now = this.now();
    const window = await this.count(client, now);
    if (window.client === OVERFLOW && client !== OVERFLOW) await pruneRateWindows(this.knex(), now, this.table);
    const decision: RateDecision =
      window.posts <= this.settings.max ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
    return { decision, row: window.client };
  }

  /** Takes back one try counted in `row` (as `takeKey` answered it), e.g. one that turned out to be right. */
  async giveBack(row: string): Promise<void> {
    await this.knex()(this.table).where('client_key', row).andWhere('posts', '>', 0).decrement('posts', 1);
  }

  /** One atomic statement: picks the row (the client's own, or the overflow row at the cap), then starts or counts into its window. */
  private async count(client: string, now: number): Promise<{ client: string; posts: number; endsAt: number }> {
    const table = this.table;
    const result = (await this.knex().raw(
      `INSERT INTO ${table} (client_key, posts, window_ends_at)
       SELECT CASE
           WHEN EXISTS (SELECT 1 FROM ${table} WHERE client_key = ?) THEN ?
           WHEN (SELECT COUNT(*) FROM ${table} WHERE window_ends_at > ?) < ? THEN ?
           ELSE ?
         END, 1, CAST(? AS BIGINT)
       WHERE 1 = 1
       ON CONFLICT (client_key) DO UPDATE SET
         posts = CASE WHEN ${table}.window_ends_at <= ? THEN 1 ELSE ${table}.posts + 1 END,
         window_ends_at = CASE WHEN ${table}.window_ends_at <= ? THEN excluded.window_ends_at ELSE ${table}.window_ends_at END
       RETURNING client_key, posts, window_ends_at`,
      [client, client, now, this.maxClients, client, OVERFLOW, now + this.settings.windowSeconds * 1000, now, now],
    )) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    const [row] = rowsOf(result);
    return { client: String(row?.client_key), posts: Number(row?.posts), endsAt: Number(row?.window_ends_at) };
  }
}

/** Deletes the windows that have ended; answers how many. */
export async function pruneRateWindows(knex: Knex, now: number, table = RATE_WINDOWS_TABLE): Promise<number> {
  return knex(table).where('window_ends_at', '<=', now).del();
}
