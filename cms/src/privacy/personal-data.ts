import type { Core, Schema, UID } from '@strapi/strapi';
import { CLOSED_MATCH_STATUSES, CLOSED_OFFER_STATUSES, CLOSED_REQUEST_STATUSES, CLOSED_STORY_SUBMISSION_STATUSES, DECIDED_PROPOSAL_STATUSES } from '@cb/domain';
import { privateStorageOf } from '../api/intake/attachments/private-storage';
import { STORED_FILE_FIELDS } from '../api/intake/attachments/uploads';
import { removeOwnedFiles } from '../api/intake/attachments/ownership';

/**
 * What a person's records hold, field by field: what an export gives them (their own data and
 * nothing else) and what anonymising wipes. Retention (closed cases after a while) and erasure on
 * request both go through `anonymise`, and the export reads the same description, so a new field
 * is named here once and all three honour it. A field not named here is neither exported nor
 * wiped (internal ids, admin relations such as createdBy and updatedBy, links to other records).
 *
 * What stays after anonymising: the reference, statuses, channel, language, dates and the codes of
 * categories, municipalities and languages: the figures the dashboard counts, about nobody.
 */

export const ANONYMISED = 'Anonymised';

export type FieldRole =
  /** Exported; stays after anonymising (reference, statuses, dates, the project itself). */
  | 'kept'
  /** Exported; a required text, replaced by ANONYMISED. */
  | 'replaced'
  /** Exported; emptied. */
  | 'cleared'
  /** Exported by name, type and size; the stored files and their metadata go. */
  | 'files'
  /** A taxonomy relation, exported as its codes; stays. */
  | 'codes'
  /** Never exported (staff notes, keys): the staff's or the system's, not the person's. Emptied. */
  | 'internal'
  /** A repeatable component, exported by the parts named; stays. */
  | { parts: readonly string[] };

/** The fields are the content type's own: a renamed or removed field fails the typecheck here. */
interface PersonalRecordOf<Uid extends UID.ContentType> {
  fields: { readonly [Field in Schema.AttributeNames<Uid>]?: FieldRole };
  /** Case statuses after which the record is closed and retention applies. */
  closedStatuses: readonly string[];
}

const intakeRecord = {
  reference: 'kept',
  caseStatus: 'kept',
  channel: 'kept',
  formLocale: 'kept',
  consentVersion: 'kept',
  consentedAt: 'kept',
  createdAt: 'kept',
  staffNotes: 'internal',
  idempotencyKey: 'internal',
  idempotencyFingerprint: 'internal',
} as const satisfies Record<string, FieldRole>;

const contact = { contactName: 'replaced', phone: 'cleared', email: 'cleared' } as const satisfies Record<string, FieldRole>;

export const PERSONAL_DATA = {
  'api::help-request.help-request': {
    fields: {
      ...intakeRecord,
      ...contact,
      forWhom: 'kept',
      beneficiaryName: 'cleared',
      relationToBeneficiary: 'cleared',
      categories: 'codes',
      description: 'replaced',
      interests: 'cleared',
      municipality: 'codes',
      languages: 'codes',
      availableTimes: 'kept',
      availability: 'cleared',
      urgency: 'kept',
      // The figures need the month (createdAt), the outcome (the matches) and the two measures: the scores stay, their dates go.
      lonelinessConsentedAt: 'cleared',
      lonelinessAtIntake: 'kept',
      lonelinessAtFollowUp: 'kept',
      lonelinessFollowUpAt: 'cleared',
    },
    closedStatuses: CLOSED_REQUEST_STATUSES,
  },
  'api::help-offer.help-offer': {
    fields: {
      ...intakeRecord,
      ...contact,
      offerAs: 'kept',
      organisationName: 'cleared',
      categories: 'codes',
      description: 'replaced',
      interests: 'cleared',
      anywhereInBrussels: 'kept',
      municipalities: 'codes',
      languages: 'codes',
      availableTimes: 'kept',
      availability: 'cleared',
      frequency: 'kept',
      capacity: 'kept',
      awayFrom: 'kept',
      awayUntil: 'kept',
      codeOfConductVersion: 'kept',
      codeOfConductAcceptedAt: 'kept',
      // The screening is about the person: what was done and when is theirs to see; staff's own words are not.
      screenedOn: 'kept',
      screenedByName: 'kept',
      screeningReferences: 'kept',
      screeningCodeOfConductVersion: 'kept',
      informationNoteLocale: 'kept',
      informationNoteVersion: 'kept',
      screenedById: 'internal',
      screeningWaiverReason: 'internal',
    },
    closedStatuses: CLOSED_OFFER_STATUSES,
  },
  'api::story-submission.story-submission': {
    fields: { ...intakeRecord, ...contact, title: 'replaced', text: 'replaced', photo: 'files', mayPublish: 'kept', publishAs: 'cleared' },
    closedStatuses: CLOSED_STORY_SUBMISSION_STATUSES,
  },
  // The project itself stays for the funder's accounts; the person behind the application does not,
  // nor do the attached files (CVs, letters), which may say anything about anyone. Reviewers' scores
  // and comments are the reviewers', in records of their own: never part of the applicant's export.
  'api::project-proposal.project-proposal': {
    fields: {
      ...intakeRecord,
      ...contact,
      projectCallDocumentId: 'kept',
      applicantType: 'kept',
      organisationName: 'kept',
      enterpriseNumber: 'kept',
      projectTitle: 'kept',
      description: 'kept',
      targetGroup: 'kept',
      municipalities: 'codes',
      startDate: 'kept',
      endDate: 'kept',
      requestedAmount: 'kept',
      budgetLines: { parts: ['label', 'amount'] },
      attachments: 'files',
      grantedAmount: 'kept',
      decisionNote: 'kept',
      decisionInternalNote: 'internal',
      decidedAt: 'kept',
      decisionDraft: 'internal',
      decisionOverride: 'internal',
    },
    closedStatuses: DECIDED_PROPOSAL_STATUSES,
  },
  // Two people share a match: each side's export and erase go through MATCH_SIDES.
  'api::match.match': {
    fields: {
      kind: 'kept',
      caseStatus: 'kept',
      followUpOn: 'kept',
      confirmedAt: 'kept',
      createdAt: 'kept',
      sharedWithRequester: 'cleared',
      sharedWithVolunteer: 'cleared',
      notes: 'internal',
    },
    closedStatuses: CLOSED_MATCH_STATUSES,
  },
} as const satisfies { [Uid in UID.ContentType]?: PersonalRecordOf<Uid> };

export type RecordWithPersonalData = keyof typeof PERSONAL_DATA;
export const RECORDS_WITH_PERSONAL_DATA = Object.keys(PERSONAL_DATA) as RecordWithPersonalData[];
export type MatchedRecord = 'api::help-request.help-request' | 'api::help-offer.help-offer';

/**
 * A match is about two people. What staff passed on to the volunteer is about the requester (and
 * the other way round): each side's export holds the text about them, never the text about the
 * other person, and erasing one side wipes only the text about them and the match's staff notes.
 */
export const MATCH_SIDES: Readonly<Record<MatchedRecord, { relation: string; aboutThem: string; aboutTheOther: string }>> = {
  'api::help-request.help-request': { relation: 'helpRequest', aboutThem: 'sharedWithVolunteer', aboutTheOther: 'sharedWithRequester' },
  'api::help-offer.help-offer': { relation: 'helpOffer', aboutThem: 'sharedWithRequester', aboutTheOther: 'sharedWithVolunteer' },
};

type Row = Record<string, unknown>;

const fieldsOf = (uid: RecordWithPersonalData): [string, FieldRole][] => Object.entries(PERSONAL_DATA[uid].fields);

/** The columns and relations to read for an export: what the description names, nothing else. */
export function exportQuery(uid: RecordWithPersonalData): { select: string[]; populate: Record<string, unknown> } {
  const select = ['id'];
  const populate: Record<string, unknown> = {};
  for (const [name, role] of fieldsOf(uid)) {
    if (role === 'internal') continue;
    if (role === 'codes') populate[name] = { select: ['code'] };
    else if (typeof role === 'object') populate[name] = { select: [...role.parts] };
    else select.push(name);
  }
  return { select, populate };
}

/** One record as its person sees it in an export: the exported fields, in the description's order. */
export function exportedRecord(uid: RecordWithPersonalData, row: Row, leaveOut: readonly string[] = []): Row {
  const exported: Row = {};
  for (const [name, role] of fieldsOf(uid)) {
    if (role === 'internal' || leaveOut.includes(name)) continue;
    exported[name] = exportedValue(role, row[name]);
  }
  return exported;
}

function exportedValue(role: FieldRole, value: unknown): unknown {
  if (role === 'codes') return Array.isArray(value) ? value.map((term: Row) => term.code) : ((value as Row | null)?.code ?? null);
  if (typeof role === 'object')
    return (Array.isArray(value) ? (value as Row[]) : []).map((part) => Object.fromEntries(role.parts.map((name) => [name, part[name] ?? null])));
  if (role === 'files') {
    const files: Row[] = Array.isArray(value) ? value : value ? [value as Row] : [];
    return files.map((file) => ({ name: file.name ?? null, type: file.type ?? null, size: file.size ?? null }));
  }
  return value ?? null;
}

/** The values that wipe these fields: required texts become ANONYMISED, the rest is emptied. */
export function wipedValues(uid: RecordWithPersonalData, only?: readonly string[]): Row {
  const data: Row = {};
  for (const [name, role] of fieldsOf(uid)) {
    if (only && !only.includes(name)) continue;
    if (role === 'replaced') data[name] = ANONYMISED;
    else if (role === 'cleared' || role === 'internal' || role === 'files') data[name] = null;
  }
  return data;
}

/** Wipes the personal fields of these records (by database id) and stamps them anonymised. */
export async function anonymise(strapi: Core.Strapi, uid: RecordWithPersonalData, ids: readonly number[], now = new Date()): Promise<number> {
  if (ids.length === 0) return 0;
  const data: Row = { ...wipedValues(uid), anonymisedAt: now.toISOString() };
  if (uid in STORED_FILE_FIELDS) await removeFiles(strapi, uid as keyof typeof STORED_FILE_FIELDS, ids);
  // Query Engine write, allowed here only (see tests/query-engine-writes.test.ts): one statement for many records by id,
  // and no mail, search update or build hook may follow from an anonymisation.
  const { count } = await strapi.db.query(uid).updateMany({ where: { id: { $in: [...ids] } }, data });
  if (uid in TIMELINE_LINKS) await wipeTimeline(strapi, TIMELINE_LINKS[uid as keyof typeof TIMELINE_LINKS], ids, now);
  return count;
}

/** How a timeline line names the case it is about. */
const TIMELINE_LINKS = {
  'api::help-request.help-request': 'helpRequest',
  'api::help-offer.help-offer': 'helpOffer',
  'api::match.match': 'match',
} as const;

/**
 * The timeline's notes are staff's words about a case, often about both people of a match: never
 * exported (staff's, and not splittable by person), and wiped with the case. The line itself stays
 * (what happened when, by whom), its text goes.
 */
async function wipeTimeline(
  strapi: Core.Strapi,
  relation: (typeof TIMELINE_LINKS)[keyof typeof TIMELINE_LINKS],
  ids: readonly number[],
  now: Date,
): Promise<void> {
  const timeline = strapi.db.query('api::case-event.case-event');
  const lines: { id: number }[] = await timeline.findMany({ where: { [relation]: { id: { $in: [...ids] } }, anonymisedAt: { $null: true } }, select: ['id'] });
  if (lines.length === 0) return;
  // Query Engine write, allowed here only, for the same reasons as in `anonymise` (by id: an update's filter cannot reach a relation).
  await timeline.updateMany({ where: { id: { $in: lines.map((line) => line.id) } }, data: { text: null, anonymisedAt: now.toISOString() } });
}

/**
 * One side of these matches asked to be forgotten: the text about them and the staff's notes go
 * (the notes, the match's own and its timeline's, cannot be split by person); the text about the other person stays for them, and the
 * match stays open to retention, which wipes the rest when the case closes.
 */
export async function anonymiseMatchSide(strapi: Core.Strapi, side: MatchedRecord, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const data = wipedValues('api::match.match', [MATCH_SIDES[side].aboutThem, 'notes']);
  // Query Engine write, allowed here only, for the same reasons as in `anonymise`.
  const { count } = await strapi.db.query('api::match.match').updateMany({ where: { id: { $in: [...ids] } }, data });
  await wipeTimeline(strapi, 'match', ids, new Date());
  return count;
}

/**
 * A story's photo and a proposal's attachments are personal too: the files go, not only their
 * metadata. Only files these records own: a file another record also names is left alone.
 */
async function removeFiles(strapi: Core.Strapi, uid: keyof typeof STORED_FILE_FIELDS, ids: readonly number[]): Promise<void> {
  const storage = privateStorageOf(strapi);
  await removeOwnedFiles(strapi, uid, ids, (fileId) => storage.remove(fileId));
}
