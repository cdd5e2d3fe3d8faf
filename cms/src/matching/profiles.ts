import type { Core } from '@strapi/strapi';
import { AVAILABLE_TIMES, interestCodesOf, OFFER_STATUSES_SET_BY_STAFF, OPEN_MATCH_STATUSES, type AvailableTime } from '@cb/domain';
import { offerAsOf } from './workflow';
import { offerScreeningOf, SCREENING_FIELDS, SCREENING_POPULATE } from './screening';
import type { InitiativeProfile, OfferProfile, RequestProfile } from './scoring';

/**
 * Reads what the scoring compares out of the database: codes of the related terms, the moments
 * of the week, and how many open matches an offer carries. Nothing personal leaves this file:
 * profiles hold codes and ids only.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const INITIATIVE = 'api::initiative.initiative';

const codes = { fields: ['code' as const] };

export async function requestProfile(strapi: Core.Strapi, documentId: string): Promise<RequestProfile | undefined> {
  const row = await strapi.documents(REQUEST).findOne({
    documentId,
    fields: ['availableTimes', 'interests'],
    populate: {
      categories: codes,
      languages: codes,
      municipality: codes,
      audiences: codes,
      matches: { fields: ['id'], filters: { kind: 'match', caseStatus: { $in: [...OPEN_MATCH_STATUSES] } }, populate: { helpOffer: { fields: ['id'] } } },
    },
  });
  if (!row) return undefined;
  return {
    categories: codesOf(row.categories),
    municipality: row.municipality?.code ?? undefined,
    languages: codesOf(row.languages),
    availableTimes: timesOf(row.availableTimes),
    audiences: codesOf(row.audiences),
    interests: interestCodesOf(row.interests),
    matchedOffers: (row.matches ?? []).flatMap((match) => (match.helpOffer ? [match.helpOffer.documentId] : [])),
  };
}

/**
 * Offers that could still be suggested: the ones staff paused or closed are not read at all; the
 * scoring asks `offerMatchability` of the rest (screened, free).
 */
export async function offerProfiles(strapi: Core.Strapi): Promise<OfferProfile[]> {
  const rows = await strapi.documents(OFFER).findMany({
    filters: { caseStatus: { $notIn: [...OFFER_STATUSES_SET_BY_STAFF] } },
    fields: ['caseStatus', 'capacity', 'anywhereInBrussels', 'availableTimes', 'interests', 'anonymisedAt', 'createdAt', ...SCREENING_FIELDS],
    populate: {
      ...SCREENING_POPULATE,
      categories: codes,
      languages: codes,
      municipalities: codes,
      matches: { fields: ['caseStatus'], filters: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } },
    },
  });
  return rows.map((row) => ({
    ...offerScreeningOf(row),
    documentId: row.documentId,
    caseStatus: row.caseStatus ?? 'new',
    offerAs: offerAsOf(row.offerAs),
    capacity: row.capacity ?? null,
    openMatches: row.matches?.length ?? 0,
    anonymised: Boolean(row.anonymisedAt),
    categories: codesOf(row.categories),
    anywhereInBrussels: row.anywhereInBrussels === true,
    municipalities: codesOf(row.municipalities),
    languages: codesOf(row.languages),
    availableTimes: timesOf(row.availableTimes),
    interests: interestCodesOf(row.interests),
    createdAt: new Date(String(row.createdAt)).toISOString(),
  }));
}

interface InitiativeRow {
  documentId: string;
  remote: boolean | null;
  categories: { code: string }[];
  municipalities: { code: string }[];
  languages: { code: string }[];
  audiences: { code: string }[];
}

/**
 * Published initiatives, one profile per document (their terms are the same in every locale).
 * A Query Engine read: one query over every locale, where the Document Service reads one locale at a time.
 */
export async function initiativeProfiles(strapi: Core.Strapi): Promise<InitiativeProfile[]> {
  const rows: InitiativeRow[] = await strapi.db.query(INITIATIVE).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId', 'remote'],
    populate: { categories: { select: ['code'] }, languages: { select: ['code'] }, municipalities: { select: ['code'] }, audiences: { select: ['code'] } },
  });
  const onePerDocument = [...new Map(rows.map((row) => [row.documentId, row])).values()];
  return onePerDocument.map((row) => ({
    documentId: row.documentId,
    remote: row.remote === true,
    categories: codesOf(row.categories),
    municipalities: codesOf(row.municipalities),
    languages: codesOf(row.languages),
    audiences: codesOf(row.audiences),
  }));
}

function codesOf(terms: readonly { code?: string | null }[] | null | undefined): string[] {
  return (terms ?? []).flatMap((term) => (term.code ? [term.code] : []));
}

function timesOf(value: unknown): AvailableTime[] {
  return Array.isArray(value) ? value.filter((time): time is AvailableTime => (AVAILABLE_TIMES as readonly unknown[]).includes(time)) : [];
}
