import type { Core } from '@strapi/strapi';
import type { OfferAction, RequestAction } from '@cb/domain';
import { actOnOffer, actOnRequest, addNote, phoneDigits, setAvailability, type Author, type Availability, type AvailabilityChange } from '../app';
import type { CaseChanged, CaseHit, CaseSearchResults } from '../contracts';

/**
 * A working day on cases besides matching: notes on a case's timeline, the changes staff make to a
 * request or an offer (each checked by the rules in @cb/domain and recorded on the timeline), and
 * finding a case by what a caller quotes: a reference, a name, a phone number or an email address.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const LIMIT = 20;

type CaseType = typeof REQUEST | typeof OFFER;
type HitRow = { id: number; documentId: string; reference: string | null; contactName: string | null; caseStatus: string | null; createdAt: unknown };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async addNote(of: { helpRequest: string } | { helpOffer: string }, text: string, author: Author | undefined): Promise<void> {
    await addNote(strapi, of, text, author);
  },

  async actOnRequest(documentId: string, action: RequestAction & { note?: string | undefined }, author: Author | undefined): Promise<CaseChanged> {
    return actOnRequest(strapi, documentId, action, author);
  },

  async actOnOffer(documentId: string, action: OfferAction, note: string | undefined, author: Author | undefined): Promise<CaseChanged> {
    return actOnOffer(strapi, documentId, action, note, author);
  },

  /** An offer's away days and capacity (holiday cover), on its timeline. */
  async setAvailability(documentId: string, change: AvailabilityChange, author: Author | undefined): Promise<Availability> {
    return setAvailability(strapi, documentId, change, author);
  },

  /** Requests and offers whose reference, name, phone number or email address matches, newest first. */
  async find(term: string): Promise<CaseSearchResults> {
    if (term.length < 2) return { requests: [], offers: [] };
    const [requests, offers] = await Promise.all([findIn(strapi, REQUEST, term), findIn(strapi, OFFER, term)]);
    return { requests, offers };
  },
});

/**
 * Reference, name and email by their text (any case, any part); phone numbers by their digits, so
 * "0470 12 34 56", "+32 470/12.34.56", "0032470123456" and "470 12 34 56" find each other. The term reaches no log:
 * it comes in a POST body and is never written anywhere.
 */
async function findIn(strapi: Core.Strapi, uid: CaseType, term: string): Promise<CaseHit[]> {
  const like = { $containsi: term };
  const fields = ['id', 'documentId', 'reference', 'contactName', 'caseStatus', 'createdAt'];
  // Query Engine reads: a few columns of private records; the phone numbers are compared here by their digits.
  const [byText, byPhone] = await Promise.all([
    strapi.db.query(uid).findMany({
      where: { $or: [{ reference: like }, { contactName: like }, { email: like }] },
      select: [...fields, 'email'],
      orderBy: { createdAt: 'desc' },
      limit: LIMIT,
    }) as Promise<(HitRow & { email: string | null })[]>,
    phoneMatches(strapi, uid, term),
  ]);
  const hits = new Map<string, CaseHit>();
  const lower = term.toLowerCase();
  for (const row of byText) {
    const matchedBy: CaseHit['matchedBy'] = [];
    if (row.reference?.toLowerCase().includes(lower)) matchedBy.push('reference');
    if (row.contactName?.toLowerCase().includes(lower)) matchedBy.push('name');
    if (row.email?.toLowerCase().includes(lower)) matchedBy.push('email');
    hits.set(row.documentId, hitOf(row, matchedBy));
  }
  for (const row of byPhone) {
    const known = hits.get(row.documentId);
    if (known) known.matchedBy.push('phone');
    else hits.set(row.documentId, hitOf(row, ['phone']));
  }
  return [...hits.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, LIMIT);
}

/** A term that looks like a phone number (digits, spaces, + / . - ( ), six digits or more): the records with that number. */
async function phoneMatches(strapi: Core.Strapi, uid: CaseType, term: string): Promise<HitRow[]> {
  if (!/^[\d\s+()./-]+$/.test(term) || term.replace(/\D/g, '').length < 6) return [];
  const wanted = nationalNumber(term);
  const rows: (HitRow & { phone: string | null })[] = await strapi.db.query(uid).findMany({
    where: { phone: { $notNull: true }, anonymisedAt: { $null: true } },
    select: ['id', 'documentId', 'reference', 'contactName', 'caseStatus', 'createdAt', 'phone'],
  });
  return rows.filter((row) => nationalNumber(row.phone ?? '') === wanted);
}

/** The number without its trunk prefix: "0470…", "+32 470…" and "470…" are one number. */
const nationalNumber = (phone: string) => phoneDigits(phone).replace(/^0/, '');

function hitOf(row: HitRow, matchedBy: CaseHit['matchedBy']): CaseHit {
  return {
    documentId: row.documentId,
    reference: row.reference ?? '',
    contactName: row.contactName ?? '',
    caseStatus: (row.caseStatus ?? 'new') as CaseHit['caseStatus'],
    createdAt: row.createdAt instanceof Date ? row.createdAt.toISOString() : new Date(String(row.createdAt)).toISOString(),
    matchedBy,
  };
}
