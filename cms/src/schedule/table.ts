import type { Knex } from '../outbox/table';

/**
 * One row per run of a scheduled job in one slot (`retention` at 2026-12-04T02:15Z, `search-reconcile`
 * at a start-up): the unique (job, slot) pair is the lock, so however many replicas wake for a slot,
 * one inserts the row and runs it. A plain table like the outbox's, created at every start.
 */
export const SCHEDULE_RUNS_TABLE = 'cb_schedule_runs';

export async function ensureScheduleRunsTable(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(SCHEDULE_RUNS_TABLE))) {
    try {
      await knex.schema.createTable(SCHEDULE_RUNS_TABLE, (table) => {
        table.increments('id');
        table.string('job', 64).notNullable();
        // The slot's time as an ISO minute in UTC, prefixed `start-` for a run at start-up.
        table.string('slot', 40).notNullable();
        table.unique(['job', 'slot'], { indexName: `${SCHEDULE_RUNS_TABLE}_job_slot_unique` });
        // Times as milliseconds since the epoch, as in the outbox.
        table.bigInteger('slot_at').notNullable();
        table.string('status', 16).notNullable();
        table.string('claimed_by', 160).nullable();
        table.bigInteger('lease_until').nullable();
        table.integer('attempts').notNullable().defaultTo(1);
        table.bigInteger('started_at').notNullable();
        table.bigInteger('finished_at').nullable();
        table.integer('duration_ms').nullable();
        // Counts only (documents mended per index, records anonymised per type): never personal data.
        table.text('report').nullable();
        table.string('error', 100).nullable();
      });
    } catch (error) {
      // Another replica created it first.
      if (!(await knex.schema.hasTable(SCHEDULE_RUNS_TABLE))) throw error;
    }
  }
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (status, lease_until)', [`${SCHEDULE_RUNS_TABLE}_lease`, SCHEDULE_RUNS_TABLE]);
  await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (job, started_at)', [`${SCHEDULE_RUNS_TABLE}_job_started`, SCHEDULE_RUNS_TABLE]);
}
