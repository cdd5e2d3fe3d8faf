import type { Core } from '@strapi/strapi';

/**
 * Strapi checks `unique: true` with a query before it inserts, which two racing requests both pass:
 * on PostgreSQL, copies of one submission sent at once were stored several times. The database
 * itself must refuse the second copy, so every intake record type gets unique indexes on its
 * reference and its idempotency key (several empty keys are allowed: anonymised records have none).
 * Strapi leaves indexes it did not create alone; IF NOT EXISTS makes this safe at every start.
 */
const UNIQUE_FIELDS = ['reference', 'idempotencyKey'] as const;

export async function ensureIntakeUniqueIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const uid of intakeRecordTypes(strapi)) {
    const { tableName, attributes } = strapi.db.metadata.get(uid);
    for (const field of UNIQUE_FIELDS) {
      const attribute = attributes[field];
      const column = (attribute && 'columnName' in attribute ? attribute.columnName : undefined) ?? field;
      await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??)', [`${tableName}_${column}_unique`, tableName, column]);
    }
  }
}

/** The content types that carry intake's record fields (src/content-model/intake-fields.ts). */
function intakeRecordTypes(strapi: Core.Strapi): string[] {
  return Object.entries(strapi.contentTypes)
    .filter(([uid, type]) => uid.startsWith('api::') && UNIQUE_FIELDS.every((field) => field in type.attributes))
    .map(([uid]) => uid);
}
