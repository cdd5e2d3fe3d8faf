import { randomBytes } from 'node:crypto';
import type { Locale } from '@cb/domain';
import { INTAKE_SCHEMAS, budgetLineFieldName, layoutFields, maxLengthOf, type FieldLayout, type IntakeForm, type PostedFields } from '@cb/domain/intake';
import { clientKey } from './client-key';

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
 * Where attempts are kept. Asynchronous, so that a store in the database can take the place of the
 * one in memory. `client` is the poster's address: each client (its `clientKey`) has a quota of its
 * own, and one client's posts only ever push out that client's older attempts, never anyone else's.
 * `save` answers the token, or `undefined` when the store is full: the attempt was not kept.
 */
export interface AttemptStore {
  save(attempt: Attempt, client: string): Promise<string | undefined>;
  find(token: string): Promise<Attempt | undefined>;
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

export const ATTEMPT_LIMITS: AttemptStoreLimits = { ttlMs: 30 * 60 * 1000, perClient: 20, maxCount: 2000, maxBytes: 32 * 1024 * 1024, maxAttemptBytes: 64 * 1024 };

/** The limits with INTAKE_ATTEMPTS_PER_ADDRESS and INTAKE_ATTEMPTS_MAX from the environment, where they are positive whole numbers. */
export function attemptLimits(env: NodeJS.ProcessEnv = process.env): AttemptStoreLimits {
  const count = (value: string | undefined, fallback: number) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
  return { ...ATTEMPT_LIMITS, perClient: count(env.INTAKE_ATTEMPTS_PER_ADDRESS, ATTEMPT_LIMITS.perClient), maxCount: count(env.INTAKE_ATTEMPTS_MAX, ATTEMPT_LIMITS.maxCount) };
}

/** 24 random bytes: 192 bits, URL-safe, never guessed. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

interface Kept {
  attempt: Attempt;
  client: string;
  expiresAt: number;
  bytes: number;
}

/**
 * Kept in memory for 30 minutes. A client at its quota lets its own oldest attempt go. At the
 * global caps (count and size) a new attempt is not kept at all: letting the oldest of all go
 * would let many clients together push out someone else's form. A CMS with several replicas
 * needs sticky sessions for the intake routes (or one replica for them).
 */
export class MemoryAttemptStore implements AttemptStore {
  /** In the order saved: the first entry is the oldest. */
  private readonly kept = new Map<string, Kept>();
  private readonly byClient = new Map<string, Set<string>>();
  private totalBytes = 0;

  constructor(
    private readonly limits: AttemptStoreLimits = ATTEMPT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  async save(attempt: Attempt, client: string): Promise<string | undefined> {
    this.dropExpired();
    const kept = this.withinWeight(attempt);
    const bytes = Buffer.byteLength(JSON.stringify(kept));
    const group = clientKey(client);
    const ownOldest = this.ownBeyondQuota(group);
    const freedBytes = ownOldest.reduce((sum, token) => sum + (this.kept.get(token)?.bytes ?? 0), 0);
    if (this.kept.size - ownOldest.length >= this.limits.maxCount || this.totalBytes - freedBytes + bytes > this.limits.maxBytes) return undefined;
    for (const token of ownOldest) this.drop(token);

    const token = randomBytes(24).toString('base64url');
    this.kept.set(token, { attempt: kept, client: group, expiresAt: this.now() + this.limits.ttlMs, bytes });
    this.byClient.set(group, (this.byClient.get(group) ?? new Set()).add(token));
    this.totalBytes += bytes;
    return token;
  }

  async find(token: string): Promise<Attempt | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const kept = this.kept.get(token);
    if (!kept || kept.expiresAt <= this.now()) return undefined;
    return kept.attempt;
  }

  get size(): number {
    return this.kept.size;
  }

  /** An attempt over its weight keeps its messages only: the person types again rather than anyone else losing theirs. */
  private withinWeight(attempt: Attempt): Attempt {
    return Buffer.byteLength(JSON.stringify(attempt)) <= this.limits.maxAttemptBytes ? attempt : { ...attempt, fields: {} };
  }

  /** The client's oldest attempts that one more would push over its quota. */
  private ownBeyondQuota(group: string): string[] {
    const own = [...(this.byClient.get(group) ?? [])];
    return own.slice(0, Math.max(0, own.length - this.limits.perClient + 1));
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [token, kept] of this.kept) if (kept.expiresAt <= now) this.drop(token);
  }

  private drop(token: string): void {
    const kept = this.kept.get(token);
    if (!kept) return;
    this.kept.delete(token);
    this.totalBytes -= kept.bytes;
    const own = this.byClient.get(kept.client);
    own?.delete(token);
    if (own?.size === 0) this.byClient.delete(kept.client);
  }
}

/** A value with no schema maximum of its own (a date, an amount, a ticked box) is short. */
const SHORT_VALUE = 40;
const MAX_BUDGET_LINES = 30;

/**
 * The form's own fields of a post, for keeping: every other posted name is dropped, a choice is
 * kept only if it is one of the field's options, and each text is cut to the schema's maximum.
 * A post full of junk names or huge values costs no more than the form filled in to its limits.
 */
export function formFieldsOf(form: IntakeForm, posted: PostedFields): PostedFields {
  const kept: PostedFields = {};
  for (const field of layoutFields(form)) {
    if (field.kind === 'files') continue;
    if (field.kind === 'budget-lines') {
      for (let index = 0; index < MAX_BUDGET_LINES; index++) {
        for (const [part, max] of [['label', budgetLabelMax()], ['amount', SHORT_VALUE]] as const) {
          const name = budgetLineFieldName(index, part);
          const value = cut(lastOf(posted[name]), max);
          if (value !== undefined) kept[name] = value;
        }
      }
      continue;
    }
    const value = keptValue(form, field, posted[field.name]);
    if (value !== undefined) kept[field.name] = value;
  }
  return kept;
}

function keptValue(form: IntakeForm, field: FieldLayout, raw: string | string[] | undefined): string | string[] | undefined {
  if (raw === undefined) return undefined;
  if (field.kind === 'checkboxes') {
    const chosen = [...new Set((Array.isArray(raw) ? raw : [raw]).filter((value) => field.options?.includes(value)))];
    return chosen.length > 0 ? chosen : undefined;
  }
  const value = lastOf(raw);
  if (field.kind === 'radio' || field.kind === 'select') return value !== undefined && field.options?.includes(value) ? value : undefined;
  const schema = schemaShape(form)[field.name];
  return cut(value, (schema && maxLengthOf(schema)) ?? SHORT_VALUE);
}

type Shape = Partial<Record<string, Parameters<typeof maxLengthOf>[0]>>;
const schemaShape = (form: IntakeForm): Shape => INTAKE_SCHEMAS[form]._zod.def.shape;

function budgetLabelMax(): number {
  const lines = INTAKE_SCHEMAS['project-proposal']._zod.def.shape.budgetLines._zod.def;
  return maxLengthOf(lines.element._zod.def.shape.label) ?? SHORT_VALUE;
}

/** At most `max` characters, never through the middle of one. */
function cut(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return value.length <= max ? value : Array.from(value).slice(0, max).join('');
}

function lastOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.at(-1) : value;
}
