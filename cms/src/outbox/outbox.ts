import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { OUTBOX_TABLE, type Knex } from './table';
import type { FailedJob } from './failed-job';

export type { FailedJob } from './failed-job';

export type JobPayload = Record<string, string | number | boolean | null>;

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: JobPayload;
  label: string;
  attempts: number;
  createdAt: number;
}

/** Runs one job; a thrown error means "try again later". */
export type JobHandler = (payload: JobPayload, job: ClaimedJob) => Promise<void>;

/** From the configuration (OUTBOX_* in src/config/env.ts). */
export interface OutboxSettings {
  pollMs: number;
  /** How long a claim holds without a heartbeat: after that (the process died) any worker may claim the job again. */
  leaseMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** A job still failing this long after it was recorded is marked failed for good. */
  giveUpAfterMs: number;
  batchSize: number;
}

/** Dedupe keys that hold only while their job waits (see recordCoalesced). */
const PENDING_KEY_PREFIX = 'while-pending:';

/** Back-off after the n-th failed attempt: base, 2×, 4×, … capped. */
export function retryDelay(attempts: number, settings: Pick<OutboxSettings, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(settings.retryBaseMs * 2 ** Math.max(0, attempts - 1), settings.retryMaxMs);
}

/**
 * The transactional outbox: what the platform promises after a write (a mail, …) is recorded as a
 * job in the database, in the write's own transaction when there is one, and run by a worker in
 * every CMS process. A worker claims due jobs with a lease, runs them, and marks each done in one
 * conditional update; a job whose lease ran out (its process died) is claimed again.
 *
 * The guarantee is at least once: a process killed after the mail server accepted a mail but before
 * the job was marked done sends it again after the lease. That window is one SMTP round trip; the
 * job's id is the mail's Message-ID, so such a duplicate is recognisable.
 */
export class DurableOutbox {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #handlers = new Map<string, JobHandler>();
  readonly #inHand = new Map<number, Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #polling: Promise<void> | undefined;
  #pollAgain = false;
  #stopped = true;

  constructor(
    private readonly strapi: Core.Strapi,
    readonly settings: OutboxSettings,
    /** Told once when a job fails for good; `label` carries no personal data. */
    private readonly onGiveUp: (job: ClaimedJob, errorCode: string) => void,
  ) {}

  get #knex(): Knex {
    return this.strapi.db.connection;
  }

  handle(kind: string, handler: JobHandler): void {
    this.#handlers.set(kind, handler);
  }

  /**
   * Records a job in the surrounding transaction (Strapi's, when the caller runs inside one) so that
   * it exists exactly when the write it follows is committed. The worker is woken after the commit.
   * `dueAt` (milliseconds since the epoch) holds a job back until then: a mail promised for later
   * waits in the table like any other job, whatever process restarts meanwhile.
   */
  async record(kind: string, payload: JobPayload, { label, dedupeKey, dueAt }: { label: string; dedupeKey?: string; dueAt?: number }): Promise<void> {
    const now = Date.now();
    const due = Math.max(now, dueAt ?? now);
    // A held-back job counts from when it is due: its give-up time (OUTBOX_GIVE_UP_AFTER_MS) starts then.
    const row = {
      kind,
      payload: JSON.stringify(payload),
      label,
      dedupe_key: dedupeKey ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: due,
      created_at: due,
    };
    await this.strapi.db.transaction(async ({ trx, onCommit }) => {
      await this.#knex(OUTBOX_TABLE).transacting(trx).insert(row).onConflict('dedupe_key').ignore();
      onCommit(() => this.wake());
    });
  }

  /**
   * Records at most one pending job per key: a change while the job waits adds its item to the job's
   * list and pushes its time back by `delayMs` (a trailing debounce). Once a worker claims the job
   * the key is free again, so a change that commits while the job runs gets a job of its own.
   * A job for a fixed moment ahead (`dueAt`) takes a key of its own for that moment, so no burst moves it.
   */
  async recordCoalesced(
    kind: string,
    key: string,
    item: string,
    { label, ...when }: { label: string } & ({ delayMs: number } | { dueAt: number }),
  ): Promise<void> {
    const pendingKey = `${PENDING_KEY_PREFIX}${key}`;
    const now = Date.now();
    const due = 'dueAt' in when ? Math.max(now, when.dueAt) : now + when.delayMs;
    await this.strapi.db.transaction(async ({ trx, onCommit }) => {
      const table = () => this.#knex(OUTBOX_TABLE).transacting(trx);
      const [waiting] = (await table().where({ dedupe_key: pendingKey, status: 'pending' }).select('id', 'payload')) as { id: number; payload: string }[];
      const items = new Set(
        waiting
          ? String((JSON.parse(waiting.payload) as JobPayload).items ?? '')
              .split(',')
              .filter(Boolean)
          : [],
      );
      items.add(item);
      const payload = JSON.stringify({ items: [...items].join(',') });
      const extended = waiting ? await table().where({ id: waiting.id, status: 'pending' }).update({ payload, next_attempt_at: due }) : 0;
      if (extended === 0) {
        // As in record(): a job held back counts from when it is due (a rebuild days ahead is not given up at its first failure).
        const row = { kind, payload, label, dedupe_key: pendingKey, status: 'pending', attempts: 0, next_attempt_at: due, created_at: due };
        await table().insert(row).onConflict('dedupe_key').ignore();
      }
      onCommit(() => this.wake());
    });
  }

  start(): void {
    this.#stopped = false;
    this.#heartbeat = setInterval(() => void this.#renewLeases(), Math.max(50, this.settings.leaseMs / 3)).unref();
    this.#schedule(0);
  }

  /** Stops claiming, lets the jobs in hand finish (their outcome is recorded), then resolves. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#polling;
    await Promise.allSettled([...this.#inHand.values()]);
    clearInterval(this.#heartbeat);
  }

  wake(): void {
    if (!this.#stopped) this.#schedule(0);
  }

  /** Resolves when no job is due or running: what is left waits for its back-off. */
  async idle(): Promise<void> {
    while (
      (await this.#count((query) =>
        query.where((due) => due.where('status', 'pending').where('next_attempt_at', '<=', Date.now())).orWhere('status', 'running'),
      )) > 0
    ) {
      await this.poll();
      await sleep(20);
    }
  }

  /** Resolves when every job is done or failed for good, back-offs included. */
  async drained(): Promise<void> {
    while ((await this.#count((query) => query.whereIn('status', ['pending', 'running']))) > 0) {
      await this.poll();
      await sleep(20);
    }
  }

  async failedJobs(limit = 200): Promise<FailedJob[]> {
    const rows = (await this.#knex(OUTBOX_TABLE).where('status', 'failed').orderBy('id', 'desc').limit(limit)) as Record<string, unknown>[];
    const time = (value: unknown) => (value === null || value === undefined ? null : new Date(Number(value)).toISOString());
    return rows.map((row) => ({
      id: Number(row.id),
      kind: String(row.kind),
      label: String(row.label),
      attempts: Number(row.attempts),
      lastError: row.last_error === null ? null : String(row.last_error),
      createdAt: time(row.created_at) ?? '',
      finishedAt: time(row.finished_at),
    }));
  }

  /** Claims and runs due jobs until none is left; one poll at a time per process. */
  poll(): Promise<void> {
    if (this.#polling) {
      this.#pollAgain = true;
      return this.#polling;
    }
    let nextPollMs = this.settings.pollMs;
    const polling = (async () => {
      do {
        this.#pollAgain = false;
        while (!this.#stopped) {
          const claimed = await this.#claim();
          if (claimed.length === 0) break;
          await Promise.all(claimed.map((job) => this.#runTracked(job)));
        }
        nextPollMs = await this.#untilNextPoll();
      } while (this.#pollAgain && !this.#stopped);
    })()
      .catch((error: unknown) => {
        this.strapi.log.error(`Outbox poll failed (${errorCode(error)})`);
      })
      .finally(() => {
        this.#polling = undefined;
        if (!this.#stopped) this.#schedule(nextPollMs);
      });
    this.#polling = polling;
    return polling;
  }

  /**
   * The regular interval, or less when a pending job falls due before it: a job held back for a
   * moment (a debounced site rebuild, a retry's back-off) runs at that moment, not up to an interval
   * later. A job that fell due since the last claim found nothing (a slow machine) means: poll now.
   */
  async #untilNextPoll(): Promise<number> {
    const [row] = (await this.#knex(OUTBOX_TABLE)
      .where('status', 'pending')
      .whereIn('kind', [...this.#handlers.keys()])
      .min({ due: 'next_attempt_at' })) as { due: number | string | null }[];
    const earliestDue = row?.due === null || row?.due === undefined ? undefined : Number(row.due);
    return pollDelay(earliestDue, Date.now(), this.settings.pollMs);
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.poll(), delayMs).unref();
  }

  async #claim(): Promise<ClaimedJob[]> {
    // Only kinds this process can run: during a rolling upgrade an older replica leaves newer kinds alone.
    const kinds = [...this.#handlers.keys()];
    if (kinds.length === 0) return [];
    const now = Date.now();
    // PostgreSQL: SKIP LOCKED lets concurrent workers take disjoint rows. SQLite has one writer: the
    // single UPDATE is atomic as it stands.
    const lock = this.strapi.config.get('database.connection.client') === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
    const result = (await this.#knex.raw(
      `UPDATE ?? SET status = 'running', claimed_by = ?, lease_until = ?, attempts = attempts + 1,
         dedupe_key = CASE WHEN dedupe_key LIKE '${PENDING_KEY_PREFIX}%' THEN NULL ELSE dedupe_key END
       WHERE id IN (
         SELECT id FROM ?? WHERE ((status = 'pending' AND next_attempt_at <= ?) OR (status = 'running' AND lease_until < ?))
         AND kind IN (${kinds.map(() => '?').join(', ')})
         ORDER BY next_attempt_at LIMIT ? ${lock}
       )
       RETURNING id, kind, payload, label, attempts, created_at`,
      [OUTBOX_TABLE, this.workerId, now + this.settings.leaseMs, OUTBOX_TABLE, now, now, ...kinds, this.settings.batchSize],
    )) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    const rows = Array.isArray(result) ? result : result.rows;
    return rows.map((row) => ({
      id: Number(row.id),
      kind: String(row.kind),
      payload: JSON.parse(String(row.payload)) as JobPayload,
      label: String(row.label),
      attempts: Number(row.attempts),
      createdAt: Number(row.created_at),
    }));
  }

  #runTracked(job: ClaimedJob): Promise<void> {
    const run = this.#run(job).finally(() => this.#inHand.delete(job.id));
    this.#inHand.set(job.id, run);
    return run;
  }

  async #run(job: ClaimedJob): Promise<void> {
    const handler = this.#handlers.get(job.kind);
    try {
      if (!handler) throw Object.assign(new Error(`No handler for ${job.kind}`), { code: 'ENOHANDLER' });
      await handler(job.payload, job);
    } catch (error) {
      await this.#failed(job, errorCode(error));
      return;
    }
    const marked = await this.#mine(job.id).update({ status: 'done', finished_at: Date.now(), claimed_by: null, lease_until: null, last_error: null });
    if (marked === 0) this.strapi.log.warn(`Outbox: ${job.label} (job ${job.id}) was done after its lease ran out; another worker may have run it too.`);
  }

  async #failed(job: ClaimedJob, code: string): Promise<void> {
    const now = Date.now();
    const givingUp = now - job.createdAt >= this.settings.giveUpAfterMs;
    const outcome = givingUp ? { status: 'failed', finished_at: now } : { status: 'pending', next_attempt_at: now + retryDelay(job.attempts, this.settings) };
    const marked = await this.#mine(job.id).update({ ...outcome, claimed_by: null, lease_until: null, last_error: code.slice(0, 100) });
    if (givingUp && marked > 0) this.onGiveUp(job, code);
  }

  /** A job still claimed by this worker: every outcome is written only while the claim holds. */
  #mine(id: number) {
    return this.#knex(OUTBOX_TABLE).where({ id, claimed_by: this.workerId, status: 'running' });
  }

  async #renewLeases(): Promise<void> {
    const ids = [...this.#inHand.keys()];
    if (ids.length === 0) return;
    await this.#knex(OUTBOX_TABLE)
      .whereIn('id', ids)
      .where({ claimed_by: this.workerId, status: 'running' })
      .update({ lease_until: Date.now() + this.settings.leaseMs })
      .catch((error: unknown) => this.strapi.log.warn(`Outbox lease renewal failed (${errorCode(error)})`));
  }

  async #count(filter: (query: ReturnType<Knex>) => unknown): Promise<number> {
    const query = this.#knex(OUTBOX_TABLE);
    filter(query);
    const [row] = (await query.count({ count: '*' })) as { count: unknown }[];
    return Number(row?.count ?? 0);
  }
}

/** Milliseconds until the next poll: at the earliest pending job's time, at once if it is due, and never later than the interval. */
export function pollDelay(earliestDue: number | undefined, now: number, pollMs: number): number {
  if (earliestDue === undefined) return pollMs;
  return Math.min(pollMs, Math.max(0, earliestDue - now));
}

/** SMTP and database errors quote addresses and values; only their codes are safe to keep. */
export function errorCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return [code, responseCode].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ') || 'unknown error';
}
