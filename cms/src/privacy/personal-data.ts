import type { Core, UID } from '@strapi/strapi';
import { PrivateStorage, privateUploadsDir } from '../api/intake/attachments/private-storage';
import { STORED_FILE_FIELDS, removeStoredFiles } from '../api/intake/attachments/uploads';

/**
 * Where personal data lives in the intake records, and how it is wiped. Retention (closed cases
 * after a while) and erasure on request both go through `anonymise`, so a new personal field is
 * added here once and both honour it.
 *
 * What stays after anonymising: the reference, statuses, channel, language, dates and the codes of
 * categories, municipalities and languages: the figures the dashboard counts, about nobody.
 */

export const ANONYMISED = 'Anonymised';

interface PersonalFields {
  /** Required texts: replaced by ANONYMISED. */
  replace: readonly string[];
  /** Optional fields: emptied. */
  clear: readonly string[];
  /** Case statuses after which the record is closed and retention applies. */
  closedStatuses: readonly string[];
}

export const PERSONAL_FIELDS = {
  'api::help-request.help-request': {
    replace: ['contactName', 'description'],
    clear: ['phone', 'email', 'beneficiaryName', 'relationToBeneficiary', 'availability', 'staffNotes', 'idempotencyKey'],
    closedStatuses: ['closed'],
  },
  'api::help-offer.help-offer': {
    replace: ['contactName', 'description'],
    clear: ['phone', 'email', 'organisationName', 'availability', 'staffNotes', 'idempotencyKey'],
    closedStatuses: ['closed'],
  },
  'api::story-submission.story-submission': {
    replace: ['contactName', 'title', 'text'],
    clear: ['phone', 'email', 'publishAs', 'staffNotes', 'idempotencyKey', 'photo'],
    closedStatuses: ['turned-into-story', 'declined'],
  },
  // The project itself stays for the funder's accounts; the person behind the application does not,
  // nor do the attached files (CVs, letters), which may say anything about anyone.
  'api::project-proposal.project-proposal': {
    replace: ['contactName'],
    clear: ['phone', 'email', 'staffNotes', 'idempotencyKey', 'attachments'],
    closedStatuses: ['approved', 'rejected'],
  },
  'api::match.match': {
    replace: [],
    clear: ['sharedWithRequester', 'sharedWithVolunteer', 'notes'],
    closedStatuses: ['ended', 'did-not-work-out'],
  },
} as const satisfies Record<string, PersonalFields>;

export type RecordWithPersonalData = keyof typeof PERSONAL_FIELDS;
export const RECORDS_WITH_PERSONAL_DATA = Object.keys(PERSONAL_FIELDS) as RecordWithPersonalData[];

/** Wipes the personal fields of these records (by database id) and stamps them anonymised. */
export async function anonymise(strapi: Core.Strapi, uid: RecordWithPersonalData, ids: readonly number[], now = new Date()): Promise<number> {
  if (ids.length === 0) return 0;
  const fields: PersonalFields = PERSONAL_FIELDS[uid];
  const data: Record<string, unknown> = { anonymisedAt: now.toISOString() };
  for (const field of fields.replace) data[field] = ANONYMISED;
  for (const field of fields.clear) data[field] = null;
  if (uid in STORED_FILE_FIELDS) await removeFiles(strapi, uid as keyof typeof STORED_FILE_FIELDS, ids);
  const { count } = await strapi.db.query(uid as UID.ContentType).updateMany({ where: { id: { $in: [...ids] } }, data });
  return count;
}

/** A story's photo and a proposal's attachments are personal too: the files go, not only their metadata. */
async function removeFiles(strapi: Core.Strapi, uid: keyof typeof STORED_FILE_FIELDS, ids: readonly number[]): Promise<void> {
  const field = STORED_FILE_FIELDS[uid];
  const rows = (await strapi.db.query(uid).findMany({ where: { id: { $in: [...ids] } }, select: [field] })) as Record<string, unknown>[];
  const storage = new PrivateStorage(privateUploadsDir(strapi.dirs.app.root));
  for (const row of rows) await removeStoredFiles(row[field], storage);
}
