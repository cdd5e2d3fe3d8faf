/** How many intake posts one client address may make per window. */
export interface RateLimitSettings {
  max: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Beyond this many addresses, windows that ended are swept before a new one is counted. */
const SWEEP_ABOVE = 10_000;

/**
 * A fixed window per client address, in memory: enough to slow a script down without ever
 * troubling a person, who sends a handful of forms at most. Each CMS replica counts on its own.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one post from `address` and says whether it may go on. */
  take(address: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(address);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { count: 0, endsAt: now + this.settings.windowSeconds * 1000 };
      this.windows.set(address, window);
    }
    window.count += 1;
    if (window.count <= this.settings.max) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
  }

  private sweep(now: number): void {
    for (const [address, window] of this.windows) if (window.endsAt <= now) this.windows.delete(address);
  }
}
