import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { clientKey } from './client-key';

/**
 * What the intake door remembers between requests (the rate limit's windows, the no-JS forms kept
 * for another look) lives in the database, so that any CMS replica answers any request. Like the
 * outbox, these are plain tables next to Strapi's, not content types: no API, no admin view, and the
 * queries must be exactly ours. Created at every start, idempotently, safe when replicas start at once.
 */
export const RATE_WINDOWS_TABLE = 'cb_intake_rate_windows';
export const ATTEMPTS_TABLE = 'cb_intake_attempts';
/** The status page's look-ups (src/api/request-status): per client address, and tries per reference. */
export const STATUS_CLIENT_WINDOWS_TABLE = 'cb_status_client_windows';
export const STATUS_REFERENCE_WINDOWS_TABLE = 'cb_status_reference_windows';
/** Searches without JavaScript per client address (src/api/site-search): their own allowance, apart from the forms'. */
export const SEARCH_CLIENT_WINDOWS_TABLE = 'cb_search_client_windows';
/** Every table of rate windows, created and swept alike. */
export const RATE_WINDOW_TABLES = [RATE_WINDOWS_TABLE, STATUS_CLIENT_WINDOWS_TABLE, STATUS_REFERENCE_WINDOWS_TABLE, SEARCH_CLIENT_WINDOWS_TABLE] as const;

export type Knex = Core.Strapi['db']['connection'];

/** Longest client key stored: an IPv6 /64 key is at most 24 characters; anything longer is hashed. */
const MAX_KEY_LENGTH = 64;

export async function ensureIntakeStateTables(knex: Knex): Promise<void> {
  for (const name of RATE_WINDOW_TABLES) {
    await createOnce(knex, name, (table) => {
      table.string('client_key', MAX_KEY_LENGTH).primary(`${name}_pkey`);
      table.integer('posts').notNullable();
      // Times as milliseconds since the epoch: the same numbers on SQLite and PostgreSQL.
      table.bigInteger('window_ends_at').notNullable();
    });
    await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (window_ends_at)', [`${name}_ends`, name]);
  }
  await createOnce(knex, ATTEMPTS_TABLE, (table) => {
    // The order attempts were kept in: a client at its quota lets its lowest id go.
    table.increments('id');
    table.string('token', 32).notNullable().unique(`${ATTEMPTS_TABLE}_token_unique`);
    table.string('client_key', MAX_KEY_LENGTH).notNullable();
    // What the person typed (the form's own fields) and the messages: personal data, gone at expires_at.
    table.text('attempt').notNullable();
    table.integer('bytes').notNullable();
    table.bigInteger('expires_at').notNullable();
  });
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (client_key, id)', [`${ATTEMPTS_TABLE}_client`, ATTEMPTS_TABLE]);
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (expires_at)', [`${ATTEMPTS_TABLE}_expires`, ATTEMPTS_TABLE]);
}

type TableBuilder = Parameters<Knex['schema']['createTable']>[1];

async function createOnce(knex: Knex, name: string, columns: TableBuilder): Promise<void> {
  if (await knex.schema.hasTable(name)) return;
  try {
    await knex.schema.createTable(name, columns);
  } catch (error) {
    // Another replica created it first.
    if (!(await knex.schema.hasTable(name))) throw error;
  }
}

/** The client as the tables know it: its `clientKey`, or a hash of it when it is no address of a sane length. */
export function storedClientKey(address: string): string {
  const key = clientKey(address);
  return key.length <= MAX_KEY_LENGTH
    ? key
    : `sha256:${createHash('sha256')
        .update(key)
        .digest('hex')
        .slice(0, MAX_KEY_LENGTH - 7)}`;
}

/** Rows of a raw query: better-sqlite3 answers an array, pg an object with `rows`. */
export function rowsOf(result: Record<string, unknown>[] | { rows: Record<string, unknown>[] }): Record<string, unknown>[] {
  return Array.isArray(result) ? result : result.rows;
}

/**
 * What a failed query may be logged as: its code only. Knex writes the query with its values into
 * an error's message, and those values are what a person typed or their address.
 */
export function queryErrorCode(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code = 'code' in error ? error.code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : error.name;
}

/** An error safe to throw on: the code of the query that failed, never its values. */
export class IntakeStateError extends Error {
  readonly code: string;

  constructor(what: string, cause: unknown) {
    const code = queryErrorCode(cause);
    super(`${what} (database error ${code})`);
    this.name = 'IntakeStateError';
    this.code = code;
  }
}
