import type { Core, UID } from '@strapi/strapi';
import { anonymise, RECORDS_WITH_PERSONAL_DATA, type RecordWithPersonalData } from './personal-data';

/**
 * A person asks what the platform holds about them, or asks to be forgotten (GDPR articles 15 and
 * 17). Staff look them up by email address or phone number, as the person gives it; phone numbers
 * are compared by their digits so "0470/12.34.56" finds "+32 470 12 34 56".
 */

export interface PersonLookup {
  email?: string | undefined;
  phone?: string | undefined;
}

export type PersonalDataExport = Partial<Record<RecordWithPersonalData, Record<string, unknown>[]>>;

const CONTACT_TYPES = RECORDS_WITH_PERSONAL_DATA.filter((uid) => uid !== 'api::match.match');

/** Everything stored about the person, with the matches of their requests and offers. */
export async function exportPersonalData(strapi: Core.Strapi, person: PersonLookup): Promise<PersonalDataExport> {
  const found: PersonalDataExport = {};
  for (const uid of CONTACT_TYPES) {
    const records = await recordsOf(strapi, uid, person);
    if (records.length > 0) found[uid] = records;
  }
  const matches = await matchesOf(strapi, found);
  if (matches.length > 0) found['api::match.match'] = matches;
  return found;
}

/** Erases the person: every record found is anonymised now, whatever its status. */
export async function erasePersonalData(strapi: Core.Strapi, person: PersonLookup): Promise<Record<string, number>> {
  const found = await exportPersonalData(strapi, person);
  const erased: Record<string, number> = {};
  for (const [uid, records] of Object.entries(found) as [RecordWithPersonalData, Record<string, unknown>[]][]) {
    erased[uid] = await anonymise(strapi, uid, records.map((record) => Number(record.id)));
  }
  return erased;
}

async function recordsOf(strapi: Core.Strapi, uid: RecordWithPersonalData, person: PersonLookup): Promise<Record<string, unknown>[]> {
  const email = person.email?.trim().toLowerCase();
  const digits = phoneDigits(person.phone);
  if (!email && !digits) return [];
  const candidates = (await strapi.db.query(uid as UID.ContentType).findMany({
    where: { $or: [{ email: { $notNull: true } }, { phone: { $notNull: true } }], anonymisedAt: { $null: true } },
    populate: true,
  })) as Record<string, unknown>[];
  return candidates.filter(
    (record) =>
      (email !== undefined && email !== '' && String(record.email ?? '').toLowerCase() === email) ||
      (digits !== '' && phoneDigits(String(record.phone ?? '')) === digits),
  );
}

async function matchesOf(strapi: Core.Strapi, found: PersonalDataExport): Promise<Record<string, unknown>[]> {
  const requestIds = (found['api::help-request.help-request'] ?? []).map((record) => record.id);
  const offerIds = (found['api::help-offer.help-offer'] ?? []).map((record) => record.id);
  if (requestIds.length === 0 && offerIds.length === 0) return [];
  return (await strapi.db.query('api::match.match').findMany({
    where: { $or: [{ helpRequest: { id: { $in: requestIds } } }, { helpOffer: { id: { $in: offerIds } } }] },
  })) as Record<string, unknown>[];
}

/** Belgian numbers by their digits: +32 and a leading 0 are the same prefix. */
export function phoneDigits(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  if (digits.startsWith('0032')) return `0${digits.slice(4)}`;
  if (digits.startsWith('32') && digits.length >= 10) return `0${digits.slice(2)}`;
  return digits;
}
