import { clientKey } from './client-key';

/** How many intake posts one client may make per window. */
export interface RateLimitSettings {
  max: number;
  windowSeconds: number;
  /** Clients counted at once; beyond them, see `RateLimiter`. */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const MAX_TRACKED_CLIENTS = 10_000;

/** Where new clients are counted while the limiter tracks as many clients as it may. */
const OVERFLOW = 'overflow';

/**
 * A fixed window per client (its `clientKey`: an IPv4 address or an IPv6 /64), in memory: enough
 * to slow a script down without ever troubling a person, who sends a handful of forms at most.
 * Each CMS replica counts on its own.
 *
 * The map of clients is bounded. When it is full and no window has ended, a client not yet
 * counted is counted in one shared overflow bucket: memory stays bounded, and an attacker rotating
 * through addresses is limited as one client rather than not at all. The price, only while such a
 * flood lasts, is that new visitors share that bucket's allowance; clients already counted keep theirs.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private readonly maxClients: number;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.maxClients = settings.maxClients ?? MAX_TRACKED_CLIENTS;
  }

  /** Counts one post from `address` and says whether it may go on. */
  take(address: string): RateDecision {
    const now = this.now();
    const key = this.keyFor(clientKey(address), now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + this.settings.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.settings.max) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
  }

  /** Only for tests and metrics: how many clients are counted. */
  get trackedClients(): number {
    return this.windows.size;
  }

  private keyFor(client: string, now: number): string {
    if (this.windows.has(client) || this.windows.size < this.maxClients) return client;
    this.sweep(now);
    return this.windows.size < this.maxClients ? client : OVERFLOW;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
