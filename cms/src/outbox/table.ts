import type { Core } from '@strapi/strapi';

/**
 * The outbox is a plain table next to Strapi's, not a content type: it needs no API, no admin edit
 * view, no locales or drafts, and the claiming query must be exactly ours. Strapi leaves tables it
 * never created alone (its schema sync only drops tables it once tracked), so this is its migration:
 * idempotent, run at every start, safe when several replicas start at once.
 */
export const OUTBOX_TABLE = 'cb_outbox_jobs';

export type Knex = Core.Strapi['db']['connection'];

export async function ensureOutboxTable(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(OUTBOX_TABLE))) {
    try {
      await knex.schema.createTable(OUTBOX_TABLE, (table) => {
        table.increments('id');
        table.string('kind', 64).notNullable();
        // References only (documentIds, form names, dates): the mail is rendered from the database when sent.
        table.text('payload').notNullable();
        // What staff see of a job that failed for good, e.g. "confirmation for help-request CB-7K2M9Q".
        table.string('label', 200).notNullable();
        // One job per thing promised, whoever records it and however often (a replayed submission, a second replica).
        table.string('dedupe_key', 200).nullable().unique(`${OUTBOX_TABLE}_dedupe_key_unique`);
        table.string('status', 16).notNullable();
        table.integer('attempts').notNullable().defaultTo(0);
        // Times as milliseconds since the epoch: the same numbers on SQLite and PostgreSQL.
        table.bigInteger('next_attempt_at').notNullable();
        table.string('claimed_by', 120).nullable();
        table.bigInteger('lease_until').nullable();
        table.string('last_error', 100).nullable();
        table.bigInteger('created_at').notNullable();
        table.bigInteger('finished_at').nullable();
      });
    } catch (error) {
      // Another replica created it first.
      if (!(await knex.schema.hasTable(OUTBOX_TABLE))) throw error;
    }
  }
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (status, next_attempt_at)', [`${OUTBOX_TABLE}_due`, OUTBOX_TABLE]);
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (status, lease_until)', [`${OUTBOX_TABLE}_lease`, OUTBOX_TABLE]);
}
