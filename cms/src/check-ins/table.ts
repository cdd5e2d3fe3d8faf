import type { Knex } from '../outbox/table';

/**
 * One row per check-in answered: the unique (match, person, check-in) is what makes an answer count
 * once, however often its link is posted and on whichever replica. No personal data: the match's
 * documentId, which of its two people, the check-in's day count and the answer's code.
 */
export const CHECK_IN_ANSWERS_TABLE = 'cb_check_in_answers';

export async function ensureCheckInAnswersTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(CHECK_IN_ANSWERS_TABLE)) return;
  try {
    await knex.schema.createTable(CHECK_IN_ANSWERS_TABLE, (table) => {
      table.increments('id');
      table.string('match_document_id', 40).notNullable();
      table.string('person', 16).notNullable();
      table.integer('check_in').notNullable();
      table.unique(['match_document_id', 'person', 'check_in'], { indexName: `${CHECK_IN_ANSWERS_TABLE}_once` });
      table.string('answer', 16).notNullable();
      // Which insert won, when two posts of the same link race (see recordAnswer).
      table.string('nonce', 40).notNullable();
      table.bigInteger('answered_at').notNullable();
    });
  } catch (error) {
    // Another replica created it first.
    if (!(await knex.schema.hasTable(CHECK_IN_ANSWERS_TABLE))) throw error;
  }
}
