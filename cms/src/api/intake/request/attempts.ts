import { randomBytes } from 'node:crypto';
import type { Locale } from '@cb/domain';
import type { CmsConfig } from '../../../config';
import { keptPostedFields, type IntakeForm, type PostedFields } from '@cb/domain/intake';
import { ATTEMPTS_TABLE, IntakeStateError, storedClientKey, type Knex } from './state-tables';

/**
 * A form posted without JavaScript that needs another look: what the person typed and what to
 * correct, kept on the server so that neither ever appears in a URL or a log line.
 */
export interface Attempt {
  form: IntakeForm;
  locale: Locale;
  /** The form's own text fields as posted, each cut to what the schema allows (files cannot be kept). */
  fields: PostedFields;
  /** One localized message per error path (`email`, `budgetLines.1.amount`, `form`). */
  errors: Record<string, string>;
  /** Whether files were sent, so the page can ask for them again. */
  hadFiles: boolean;
}

/**
 * Where attempts are kept. `client` is the poster's address: each client (its `clientKey`) has a
 * quota of its own, and one client's posts only ever push out that client's older attempts, never
 * anyone else's. `save` answers the token, or `undefined` when the store is full (or cannot be
 * reached): the attempt was not kept.
 */
export interface AttemptStore {
  save(attempt: Attempt, client: string): Promise<string | undefined>;
  find(token: string): Promise<Attempt | undefined>;
  /** Deletes the attempts whose time is up; answers how many. */
  prune(): Promise<number>;
}

export interface AttemptStoreLimits {
  ttlMs: number;
  /** Attempts kept per client address (an IPv6 address counts by its /64). */
  perClient: number;
  /** The last resort, whatever the addresses: attempts and bytes kept in all; beyond them nothing new is kept. */
  maxCount: number;
  maxBytes: number;
  /** One attempt's weight; a form's own fields, each cut to its maximum, stay well below it. */
  maxAttemptBytes: number;
}

export const ATTEMPT_LIMITS: AttemptStoreLimits = {
  ttlMs: 30 * 60 * 1000,
  perClient: 20,
  maxCount: 2000,
  maxBytes: 32 * 1024 * 1024,
  maxAttemptBytes: 64 * 1024,
};

/** The limits with the per-address and global counts of the configuration (INTAKE_ATTEMPTS_PER_ADDRESS, INTAKE_ATTEMPTS_MAX). */
export function attemptLimits({ intake }: Pick<CmsConfig, 'intake'>): AttemptStoreLimits {
  return { ...ATTEMPT_LIMITS, perClient: intake.attemptsPerAddress, maxCount: intake.attemptsMax };
}

/** 24 random bytes: 192 bits, URL-safe, never guessed. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The key of PostgreSQL's transaction-level advisory lock that puts the saves of all replicas in one line. */
const SAVE_LOCK = 7_220_411_001;

export interface DatabaseAttemptStoreOptions {
  limits?: AttemptStoreLimits;
  /** PostgreSQL runs saves side by side and needs them in line; SQLite has one writer. */
  postgres: boolean;
  now?: () => number;
  /** Told when a save failed in the database; the attempt is then answered in full instead of kept. */
  onSaveError?: (error: IntakeStateError) => void;
}

interface AttemptRow {
  id: number;
  token: string;
  client_key: string;
  attempt: string;
  bytes: number;
  expires_at: number;
}

/**
 * Kept in the database table `cb_intake_attempts` for 30 minutes, so that any CMS replica shows the
 * form a person posted through another. A client at its quota lets its own oldest attempt go. At
 * the global caps (count and size) a new attempt is not kept at all: letting the oldest of all go
 * would let many clients together push out someone else's form. Saves run one at a time across
 * replicas (a transaction under an advisory lock on PostgreSQL, SQLite's single writer), so the
 * quota and the caps hold exactly. Expired attempts are deleted at every save and every minute
 * (`prune`), and never shown. Nothing of an attempt is ever logged: a failed query is told by its
 * code only (its message would carry the values).
 */
export class DatabaseAttemptStore implements AttemptStore {
  private readonly limits: AttemptStoreLimits;
  private readonly now: () => number;

  constructor(
    private readonly knex: () => Knex,
    private readonly options: DatabaseAttemptStoreOptions,
  ) {
    this.limits = options.limits ?? ATTEMPT_LIMITS;
    this.now = options.now ?? Date.now;
  }

  async save(attempt: Attempt, client: string): Promise<string | undefined> {
    const json = JSON.stringify(withinWeight(attempt, this.limits.maxAttemptBytes));
    const bytes = Buffer.byteLength(json);
    const group = storedClientKey(client);
    try {
      return await this.inLine(async (trx) => {
        const now = this.now();
        await trx(ATTEMPTS_TABLE).where('expires_at', '<=', now).del();
        const ownOldest = await this.ownBeyondQuota(trx, group);
        const freedBytes = ownOldest.reduce((sum, row) => sum + row.bytes, 0);
        const kept = await this.totals(trx);
        if (kept.count - ownOldest.length >= this.limits.maxCount || kept.bytes - freedBytes + bytes > this.limits.maxBytes) return undefined;
        if (ownOldest.length > 0)
          await trx(ATTEMPTS_TABLE)
            .whereIn(
              'id',
              ownOldest.map((row) => row.id),
            )
            .del();
        const token = randomBytes(24).toString('base64url');
        await trx<AttemptRow>(ATTEMPTS_TABLE).insert({ token, client_key: group, attempt: json, bytes, expires_at: now + this.limits.ttlMs });
        return token;
      });
    } catch (error) {
      this.options.onSaveError?.(new IntakeStateError('A form posted without JavaScript could not be kept; it was answered in full instead', error));
      return undefined;
    }
  }

  async find(token: string): Promise<Attempt | undefined> {
    if (!TOKEN.test(token)) return undefined;
    try {
      const row = await this.knex()<AttemptRow>(ATTEMPTS_TABLE).where('token', token).andWhere('expires_at', '>', this.now()).first('attempt');
      return row ? (JSON.parse(row.attempt) as Attempt) : undefined;
    } catch (error) {
      throw new IntakeStateError('A kept form could not be read', error);
    }
  }

  async prune(): Promise<number> {
    try {
      return await this.inLine((trx) => trx(ATTEMPTS_TABLE).where('expires_at', '<=', this.now()).del());
    } catch (error) {
      throw new IntakeStateError('Expired forms could not be deleted', error);
    }
  }

  /** A transaction that runs alone among those of every replica. */
  private inLine<T>(work: (trx: Knex) => Promise<T>): Promise<T> {
    return this.knex().transaction(async (trx) => {
      if (this.options.postgres) await trx.raw('SELECT pg_advisory_xact_lock(?)', [SAVE_LOCK]);
      return work(trx);
    });
  }

  /** The client's oldest attempts that one more would push over its quota. */
  private async ownBeyondQuota(trx: Knex, group: string): Promise<{ id: number; bytes: number }[]> {
    const own = await trx<AttemptRow>(ATTEMPTS_TABLE).where('client_key', group).orderBy('id').select('id', 'bytes');
    return own.slice(0, Math.max(0, own.length - this.limits.perClient + 1)).map((row) => ({ id: Number(row.id), bytes: Number(row.bytes) }));
  }

  private async totals(trx: Knex): Promise<{ count: number; bytes: number }> {
    const row = (await trx(ATTEMPTS_TABLE).count({ count: '*' }).sum({ bytes: 'bytes' }).first()) as
      { count: number | string; bytes: number | string | null } | undefined;
    return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
  }
}

/** An attempt over its weight keeps its messages only: the person types again rather than anyone else losing theirs. */
function withinWeight(attempt: Attempt, maxBytes: number): Attempt {
  return Buffer.byteLength(JSON.stringify(attempt)) <= maxBytes ? attempt : { ...attempt, fields: {} };
}

/**
 * The form's own fields of a post, for keeping: every other posted name is dropped, and each field
 * keeps what its kind allows (FIELD_VALUES in @cb/domain/intake: a valid choice, a text cut to the
 * schema's maximum). A post full of junk names or huge values costs no more than the form filled in to its limits.
 */
export function formFieldsOf(form: IntakeForm, posted: PostedFields): PostedFields {
  return keptPostedFields(form, posted);
}
