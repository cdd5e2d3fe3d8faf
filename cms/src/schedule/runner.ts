import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { errorCode } from '../outbox/outbox';
import type { Knex } from '../outbox/table';
import { SCHEDULE_RUNS_TABLE } from './table';

/** What a run leaves on record: counts only, nested by index or record type. */
export interface RunReport {
  [name: string]: number | RunReport;
}

export interface ScheduledJob {
  name: string;
  /** A cron rule (Strapi's cron, croner syntax) and its time zone. */
  rule: string;
  tz?: string;
  /** Also run once when the CMS starts (one replica for replicas starting together). */
  atStart?: boolean;
  /** Does the work of the slot; a throw marks the run failed, and the next slot tries again. */
  run(slotAt: Date): Promise<RunReport>;
}

export type RunStatus = 'running' | 'succeeded' | 'failed';

export interface ScheduledRun {
  job: string;
  slot: string;
  status: RunStatus;
  attempts: number;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  report: RunReport | null;
  error: string | null;
}

export type SlotOutcome = { ran: false } | { ran: true; status: Exclude<RunStatus, 'running'>; report: RunReport | null };

/** Replicas that start within this time of a start-up run of a job leave it to that run. */
export const START_WINDOW_MS = 10 * 60_000;
/** A run whose holders died this many times is given up (the next slot runs as usual). */
const MAX_ATTEMPTS = 3;

/**
 * Runs scheduled jobs once across replicas. Every replica's cron wakes for a slot; each tries to insert
 * the slot's row (unique job + slot) and only the one that did runs it, renewing its lease while it
 * works. A run whose holder died (lease ended, still `running`) is taken over by the next replica to
 * look: at each of its own slots and on a sweep every lease period.
 */
export class ScheduleRunner {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #jobs = new Map<string, ScheduledJob>();
  readonly #inHand = new Set<Promise<SlotOutcome>>();
  #sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly strapi: Core.Strapi,
    readonly leaseMs: number,
  ) {}

  get #knex(): Knex {
    return this.strapi.db.connection;
  }

  /** Registers the job with Strapi's cron (under its name); each firing runs the slot it fired for. */
  define(job: ScheduledJob): void {
    this.#jobs.set(job.name, job);
    this.strapi.cron.add({
      [job.name]: {
        options: job.tz ? { rule: job.rule, tz: job.tz } : { rule: job.rule },
        // Strapi's cron passes the time the job was due (the same in every replica), not the time it woke.
        task: async (_context: unknown, fireDate: unknown) => void (await this.runSlot(job.name, fireDate instanceof Date ? fireDate : new Date())),
      },
    });
  }

  /** After the server listens: the start-up runs (in the background) and the sweep for abandoned runs. */
  start(): void {
    for (const job of this.#jobs.values()) if (job.atStart) void this.runAtStart(job.name);
    this.#sweeper = setInterval(() => void this.takeOverAbandoned(), this.leaseMs).unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#sweeper);
    await Promise.allSettled([...this.#inHand]);
  }

  /** Runs the job for the slot at this time unless another replica has it or had it. Tests call it directly. */
  runSlot(name: string, slotAt: Date, slot = slotKey(slotAt)): Promise<SlotOutcome> {
    const run = this.#runSlot(name, slotAt, slot)
      .catch((error: unknown): SlotOutcome => {
        // The database could not be reached: the slot is left to another replica (or its lease ends).
        this.strapi.log.warn(`Scheduled run ${name}@${slot} could not be recorded (${errorCode(error)})`);
        return { ran: false };
      })
      .finally(() => this.#inHand.delete(run));
    this.#inHand.add(run);
    return run;
  }

  /** The start-up run: one per job for replicas starting within START_WINDOW_MS of each other. */
  async runAtStart(name: string, now = new Date()): Promise<SlotOutcome> {
    const recent = await this.#recentRun(name, now).catch(() => true);
    if (recent) return { ran: false };
    const slotAt = new Date(Math.floor(now.getTime() / START_WINDOW_MS) * START_WINDOW_MS);
    return this.runSlot(name, slotAt, `start-${slotKey(slotAt)}`);
  }

  async #recentRun(name: string, now: Date): Promise<boolean> {
    const recent = (await this.#knex(SCHEDULE_RUNS_TABLE)
      .where('job', name)
      .where('started_at', '>', now.getTime() - START_WINDOW_MS)
      .first('id')) as { id: number } | undefined;
    return recent !== undefined;
  }

  /** Takes over (and runs) each run whose holder's lease ended; gives up those tried MAX_ATTEMPTS times. */
  async takeOverAbandoned(): Promise<SlotOutcome[]> {
    try {
      const now = Date.now();
      await this.#knex(SCHEDULE_RUNS_TABLE)
        .where({ status: 'running' })
        .where('lease_until', '<', now)
        .where('attempts', '>=', MAX_ATTEMPTS)
        .update({ status: 'failed', finished_at: now, claimed_by: null, lease_until: null, error: 'abandoned' });
      const abandoned = (await this.#knex(SCHEDULE_RUNS_TABLE)
        .where({ status: 'running' })
        .where('lease_until', '<', now)
        .whereIn('job', [...this.#jobs.keys()])
        .select('job', 'slot', 'slot_at')) as { job: string; slot: string; slot_at: unknown }[];
      return await Promise.all(abandoned.map((row) => this.runSlot(row.job, new Date(Number(row.slot_at)), row.slot)));
    } catch (error) {
      this.strapi.log.warn(`Scheduled runs: the sweep for abandoned runs failed (${errorCode(error)})`);
      return [];
    }
  }

  /** The latest runs of a job, newest first (what staff see, what tests count). */
  async runs(name: string, limit = 20): Promise<ScheduledRun[]> {
    const rows = (await this.#knex(SCHEDULE_RUNS_TABLE).where('job', name).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit)) as Record<
      string,
      unknown
    >[];
    return rows.map(runOf);
  }

  async #runSlot(name: string, slotAt: Date, slot: string): Promise<SlotOutcome> {
    const job = this.#jobs.get(name);
    if (!job) throw new Error(`No scheduled job named ${name}`);
    const claim = await this.#claim(name, slot, slotAt);
    if (!claim) return { ran: false };
    const heartbeat = setInterval(() => void this.#renew(claim), Math.max(50, this.leaseMs / 3)).unref();
    const started = Date.now();
    let outcome: SlotOutcome;
    try {
      const report = await job.run(slotAt);
      outcome = { ran: true, status: 'succeeded', report };
      await this.#finish(claim, started, { status: 'succeeded', report: JSON.stringify(report) });
    } catch (error) {
      const code = errorCode(error) === 'unknown error' && error instanceof Error ? error.name : errorCode(error);
      const report = (error as { report?: RunReport } | null)?.report ?? null;
      outcome = { ran: true, status: 'failed', report };
      this.strapi.log.warn(`Scheduled run ${name}@${slot} failed (${code}); the next slot tries again.`);
      await this.#finish(claim, started, { status: 'failed', error: code.slice(0, 100), report: report ? JSON.stringify(report) : null });
    } finally {
      clearInterval(heartbeat);
    }
    return outcome;
  }

  /** One atomic insert claims a new slot; one conditional update takes over a run whose lease ended. */
  async #claim(name: string, slot: string, slotAt: Date): Promise<Claim | undefined> {
    const claim = { name, slot, token: `${this.workerId}:${randomUUID().slice(0, 8)}` };
    const now = Date.now();
    await this.#knex(SCHEDULE_RUNS_TABLE)
      .insert({
        job: name,
        slot,
        slot_at: slotAt.getTime(),
        status: 'running',
        claimed_by: claim.token,
        lease_until: now + this.leaseMs,
        attempts: 1,
        started_at: now,
      })
      .onConflict(['job', 'slot'])
      .ignore();
    const inserted = (await this.#knex(SCHEDULE_RUNS_TABLE).where({ job: name, slot, claimed_by: claim.token }).first('id')) as { id: number } | undefined;
    if (inserted) return claim;
    const takenOver = await this.#knex(SCHEDULE_RUNS_TABLE)
      .where({ job: name, slot, status: 'running' })
      .where('lease_until', '<', now)
      .where('attempts', '<', MAX_ATTEMPTS)
      .update({ claimed_by: claim.token, lease_until: now + this.leaseMs, attempts: this.#knex.raw('attempts + 1'), started_at: now });
    return takenOver === 1 ? claim : undefined;
  }

  async #renew(claim: Claim): Promise<void> {
    await this.#mine(claim)
      .update({ lease_until: Date.now() + this.leaseMs })
      .catch((error: unknown) => this.strapi.log.warn(`Scheduled runs: lease renewal failed (${errorCode(error)})`));
  }

  async #finish(claim: Claim, started: number, outcome: { status: RunStatus; report: string | null; error?: string }): Promise<void> {
    const finished = Date.now();
    const marked = await this.#mine(claim).update({ ...outcome, finished_at: finished, duration_ms: finished - started, claimed_by: null, lease_until: null });
    if (marked === 0) this.strapi.log.warn(`Scheduled run ${claim.name}@${claim.slot} finished after its lease ran out; another replica may have run it too.`);
  }

  #mine(claim: Claim) {
    return this.#knex(SCHEDULE_RUNS_TABLE).where({ job: claim.name, slot: claim.slot, claimed_by: claim.token, status: 'running' });
  }
}

interface Claim {
  name: string;
  slot: string;
  token: string;
}

/** A slot's key: its minute in UTC, e.g. `2026-12-04T02:15Z`; the same for every replica that fired for it. */
export function slotKey(slotAt: Date): string {
  return `${slotAt.toISOString().slice(0, 16)}Z`;
}

function runOf(row: Record<string, unknown>): ScheduledRun {
  const time = (value: unknown) => (value === null || value === undefined ? null : new Date(Number(value)).toISOString());
  return {
    job: String(row.job),
    slot: String(row.slot),
    status: String(row.status) as RunStatus,
    attempts: Number(row.attempts),
    startedAt: time(row.started_at) ?? '',
    finishedAt: time(row.finished_at),
    durationMs: row.duration_ms === null || row.duration_ms === undefined ? null : Number(row.duration_ms),
    report: typeof row.report === 'string' ? (JSON.parse(row.report) as RunReport) : null,
    error: row.error === null || row.error === undefined ? null : String(row.error),
  };
}
