import type { Core, Data } from '@strapi/strapi';
import {
  anonymise,
  anonymiseMatchSide,
  exportedRecord,
  exportQuery,
  MATCH_SIDES,
  RECORDS_WITH_PERSONAL_DATA,
  type MatchedRecord,
  type RecordWithPersonalData,
} from './personal-data';

/**
 * A person asks what the platform holds about them, or asks to be forgotten (GDPR articles 15 and
 * 17). Staff look them up by email address and/or phone number, as the person gives it; phone numbers
 * are compared by their digits so "0470/12.34.56" finds "+32 470 12 34 56". A record is theirs only
 * when none of its identifiers contradicts the ones given (see `isTheirs`), so people who share a
 * household phone are never exported or erased together. The export holds the person's own data only,
 * field by field as PERSONAL_DATA names it; erasing wipes only theirs.
 */

export interface PersonLookup {
  email?: string | undefined;
  phone?: string | undefined;
}

export type PersonalDataExport = Partial<Record<RecordWithPersonalData, Record<string, unknown>[]>>;

type Row = Record<string, unknown>;
type ContactRecord = Exclude<RecordWithPersonalData, 'api::match.match'>;

const MATCH = 'api::match.match';
const CONTACT_TYPES = RECORDS_WITH_PERSONAL_DATA.filter((uid): uid is ContactRecord => uid !== MATCH);
const MATCHED_TYPES = Object.keys(MATCH_SIDES) as MatchedRecord[];

/** What is stored about one person: their records, and the matches of their requests and offers with the sides that are theirs. */
interface FoundPerson {
  records: Partial<Record<ContactRecord, Row[]>>;
  matches: { row: Row; sides: MatchedRecord[] }[];
}

/** Everything stored about the person, with the matches of their requests and offers. */
export async function exportPersonalData(strapi: Core.Strapi, person: PersonLookup): Promise<PersonalDataExport> {
  const found = await findPerson(strapi, person);
  const exported: PersonalDataExport = {};
  for (const [uid, rows] of Object.entries(found.records) as [ContactRecord, Row[]][]) {
    exported[uid] = rows.map((row) => exportedRecord(uid, row));
  }
  if (found.matches.length > 0) exported[MATCH] = found.matches.map(exportedMatch);
  return exported;
}

/** Erases the person: each of their records is anonymised now, whatever its status, and their side of each match. */
export async function erasePersonalData(strapi: Core.Strapi, person: PersonLookup): Promise<Record<string, number>> {
  const found = await findPerson(strapi, person);
  const erased: Record<string, number> = {};
  for (const [uid, rows] of Object.entries(found.records) as [ContactRecord, Row[]][]) {
    erased[uid] = await anonymise(strapi, uid, idsOf(rows));
  }
  if (found.matches.length > 0) {
    for (const side of MATCHED_TYPES) {
      await anonymiseMatchSide(strapi, side, idsOf(found.matches.filter((match) => match.sides.includes(side)).map((match) => match.row)));
    }
    erased[MATCH] = found.matches.length;
  }
  return erased;
}

async function findPerson(strapi: Core.Strapi, person: PersonLookup): Promise<FoundPerson> {
  const records: FoundPerson['records'] = {};
  for (const uid of CONTACT_TYPES) {
    const rows = await recordsOf(strapi, uid, person);
    if (rows.length > 0) records[uid] = rows;
  }
  return { records, matches: await matchesOf(strapi, records) };
}

/** Their records (see `isTheirs`), read with the exported fields only (never createdBy, updatedBy or notes). */
async function recordsOf(strapi: Core.Strapi, uid: ContactRecord, person: PersonLookup): Promise<Row[]> {
  const wanted = contactOf(person);
  if (!wanted.email && !wanted.phone) return [];
  // Query Engine reads: the contact columns of every record of a private type, then the named columns of theirs.
  const candidates: Data.ContentType<ContactRecord, 'email' | 'phone'>[] = await strapi.db.query(uid).findMany({
    where: { $or: [{ email: { $notNull: true } }, { phone: { $notNull: true } }], anonymisedAt: { $null: true } },
    select: ['id', 'email', 'phone'],
  });
  const ids = candidates
    .filter((record) => isTheirs(contactOf({ email: record.email ?? '', phone: record.phone ?? '' }), wanted))
    .map((record) => Number(record.id));
  if (ids.length === 0) return [];
  return await strapi.db.query(uid).findMany({ where: { id: { $in: ids } }, ...exportQuery(uid), orderBy: { createdAt: 'asc' } });
}

/** An email address and a phone number in the form they are compared in; '' when not given. */
export interface Contact {
  email: string;
  phone: string;
}

const contactOf = (person: PersonLookup): Contact => ({ email: person.email?.trim().toLowerCase() ?? '', phone: phoneDigits(person.phone) });

/**
 * A record is the person's when one identifier given matches it and none contradicts it (both known,
 * but different). A phone-only lookup never takes a record that carries an email address: that
 * person is found by their email, and a shared household phone must not pull in someone else.
 */
export function isTheirs(record: Contact, wanted: Contact): boolean {
  const agrees = (field: keyof Contact) => wanted[field] !== '' && record[field] === wanted[field];
  const contradicts = (field: keyof Contact) => wanted[field] !== '' && record[field] !== '' && record[field] !== wanted[field];
  if (contradicts('email') || contradicts('phone')) return false;
  if (wanted.email === '' && record.email !== '') return false;
  return agrees('email') || agrees('phone');
}

async function matchesOf(strapi: Core.Strapi, records: FoundPerson['records']): Promise<FoundPerson['matches']> {
  const theirs = (side: MatchedRecord) => idsOf(records[side] ?? []);
  const conditions = MATCHED_TYPES.filter((side) => theirs(side).length > 0).map((side) => ({ [MATCH_SIDES[side].relation]: { id: { $in: theirs(side) } } }));
  if (conditions.length === 0) return [];
  const { select, populate } = exportQuery(MATCH);
  const relations = Object.fromEntries(MATCHED_TYPES.map((side) => [MATCH_SIDES[side].relation, { select: ['id', 'reference'] }]));
  // Query Engine read: the exported columns of the matches, with the references of both sides.
  const rows: Row[] = await strapi.db.query(MATCH).findMany({
    where: { $or: conditions, anonymisedAt: { $null: true } },
    select,
    populate: { ...populate, ...relations },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    row,
    sides: MATCHED_TYPES.filter((side) => theirs(side).includes(Number((row[MATCH_SIDES[side].relation] as Row | null)?.id))),
  }));
}

/** A match as one of its people sees it: what is about them, the reference of their own record, nothing about the other. */
function exportedMatch({ row, sides }: FoundPerson['matches'][number]): Row {
  const notTheirs = MATCHED_TYPES.filter((side) => !sides.includes(side));
  const leaveOut = notTheirs.map((side) => MATCH_SIDES[side].aboutThem);
  const ownReferences = Object.fromEntries(sides.map((side) => [MATCH_SIDES[side].relation, (row[MATCH_SIDES[side].relation] as Row).reference]));
  return { ...exportedRecord(MATCH, row, leaveOut), ...ownReferences };
}

const idsOf = (rows: readonly Row[]) => rows.map((row) => Number(row.id));

/** Belgian numbers by their digits: +32 and a leading 0 are the same prefix. */
export function phoneDigits(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  if (digits.startsWith('0032')) return `0${digits.slice(4)}`;
  if (digits.startsWith('32') && digits.length >= 10) return `0${digits.slice(2)}`;
  return digits;
}
