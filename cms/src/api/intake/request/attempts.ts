import { randomBytes } from 'node:crypto';
import type { Locale } from '@cb/domain';
import type { IntakeForm, PostedFields } from '@cb/domain/intake';

/**
 * A form posted without JavaScript that needs another look: what the person typed and what to
 * correct, kept on the server so that neither ever appears in a URL or a log line.
 */
export interface Attempt {
  form: IntakeForm;
  locale: Locale;
  /** The posted text fields as they came (files cannot be kept). */
  fields: PostedFields;
  /** One localized message per error path (`email`, `budgetLines.1.amount`, `form`). */
  errors: Record<string, string>;
  /** Whether files were sent, so the page can ask for them again. */
  hadFiles: boolean;
}

interface Kept {
  attempt: Attempt;
  expiresAt: number;
  bytes: number;
}

export interface AttemptStoreLimits {
  ttlMs: number;
  maxCount: number;
  maxBytes: number;
}

export const ATTEMPT_LIMITS: AttemptStoreLimits = { ttlMs: 30 * 60 * 1000, maxCount: 2000, maxBytes: 32 * 1024 * 1024 };

/** 24 random bytes: 192 bits, URL-safe, never guessed. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Kept in memory for 30 minutes, oldest first out when the count or the size reaches its cap.
 * A CMS with several replicas needs sticky sessions for the intake routes (or one replica for them).
 */
export class AttemptStore {
  private readonly kept = new Map<string, Kept>();
  private totalBytes = 0;

  constructor(
    private readonly limits: AttemptStoreLimits = ATTEMPT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  save(attempt: Attempt): string {
    this.dropExpired();
    const token = randomBytes(24).toString('base64url');
    const bytes = Buffer.byteLength(JSON.stringify(attempt));
    while (this.kept.size > 0 && (this.kept.size >= this.limits.maxCount || this.totalBytes + bytes > this.limits.maxBytes)) this.dropOldest();
    this.kept.set(token, { attempt, expiresAt: this.now() + this.limits.ttlMs, bytes });
    this.totalBytes += bytes;
    return token;
  }

  find(token: string): Attempt | undefined {
    if (!TOKEN.test(token)) return undefined;
    const kept = this.kept.get(token);
    if (!kept || kept.expiresAt <= this.now()) return undefined;
    return kept.attempt;
  }

  get size(): number {
    return this.kept.size;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [token, kept] of this.kept) if (kept.expiresAt <= now) this.drop(token, kept);
  }

  private dropOldest(): void {
    const [token, kept] = this.kept.entries().next().value as [string, Kept];
    this.drop(token, kept);
  }

  private drop(token: string, kept: Kept): void {
    this.kept.delete(token);
    this.totalBytes -= kept.bytes;
  }
}

/** The one store of this CMS process. */
export const attempts = new AttemptStore();
