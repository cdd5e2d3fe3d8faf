import type { Core } from '@strapi/strapi';
import { STORED_FILE_FIELDS, storedFilesOf, type AttachmentMetadata, type FilesRow } from './uploads';

type FilesRecord = keyof typeof STORED_FILE_FIELDS;

/**
 * A private file belongs to exactly one record: the one the form stored it with. A file id that
 * more than one record names (only possible by tampering with a record) belongs to none of them:
 * none serves it, and erasing one of them leaves the file alone.
 */
export async function filesOwnedBy(strapi: Core.Strapi, uid: FilesRecord, documentId: string): Promise<AttachmentMetadata[]> {
  const field = STORED_FILE_FIELDS[uid];
  // Query Engine reads here: one JSON column, across every record of a private type.
  const record: FilesRow | null = await strapi.db.query(uid).findOne({ where: { documentId }, select: [field] });
  const files = storedFilesOf(record?.[field]);
  if (files.length === 0) return [];
  const references = await referenceCounts(strapi, new Set(files.map((file) => file.id)));
  return files.filter((file) => references.get(file.id) === 1);
}

/** How many records (across every record type with files) name each of these file ids. */
async function referenceCounts(strapi: Core.Strapi, ids: ReadonlySet<string>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [uid, field] of Object.entries(STORED_FILE_FIELDS) as [FilesRecord, (typeof STORED_FILE_FIELDS)[FilesRecord]][]) {
    const rows: FilesRow[] = await strapi.db.query(uid).findMany({ where: { [field]: { $notNull: true } }, select: [field] });
    for (const row of rows) {
      for (const id of new Set(storedFilesOf(row[field]).map((file) => file.id))) {
        if (ids.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Removes the files these records (by database id) own, and no file another record also names. */
export async function removeOwnedFiles(
  strapi: Core.Strapi,
  uid: FilesRecord,
  ids: readonly number[],
  remove: (fileId: string) => Promise<void>,
): Promise<void> {
  const rows: { documentId: string }[] = await strapi.db.query(uid).findMany({ where: { id: { $in: [...ids] } }, select: ['documentId'] });
  for (const { documentId } of rows) {
    for (const file of await filesOwnedBy(strapi, uid, documentId)) await remove(file.id);
  }
}
