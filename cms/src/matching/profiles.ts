import type { Core } from '@strapi/strapi';
import { AVAILABLE_TIMES, type AvailableTime, type MunicipalityCode } from '@cb/domain';
import { OPEN_MATCH_STATUSES } from './workflow';
import type { InitiativeProfile, OfferProfile, RequestProfile } from './scoring';

/**
 * Reads what the scoring compares out of the database: codes of the related terms, the moments
 * of the week, and how many open matches an offer carries. Nothing personal leaves this file:
 * profiles hold codes and ids only.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const INITIATIVE = 'api::initiative.initiative';

const codes = { select: ['code'] };

type Row = Record<string, unknown>;

export async function requestProfile(strapi: Core.Strapi, documentId: string): Promise<RequestProfile | undefined> {
  const row = (await strapi.db.query(REQUEST).findOne({
    where: { documentId },
    select: ['availableTimes'],
    populate: { categories: codes, languages: codes, municipality: codes },
  })) as Row | null;
  if (!row) return undefined;
  return {
    categories: codesOf(row.categories),
    municipality: (row.municipality as Row | null)?.code as MunicipalityCode | undefined,
    languages: codesOf(row.languages),
    availableTimes: timesOf(row.availableTimes),
  };
}

/** Every offer that could still be suggested (closed and paused ones are not read at all). */
export async function offerProfiles(strapi: Core.Strapi): Promise<OfferProfile[]> {
  const rows = (await strapi.db.query(OFFER).findMany({
    where: { caseStatus: { $notIn: ['closed', 'paused'] } },
    select: ['documentId', 'caseStatus', 'offerAs', 'anywhereInBrussels', 'availableTimes', 'createdAt'],
    populate: {
      categories: codes,
      languages: codes,
      municipalities: codes,
      matches: { select: ['caseStatus'], where: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } },
    },
  })) as Row[];
  return rows.map((row) => ({
    documentId: String(row.documentId),
    caseStatus: String(row.caseStatus),
    offerAs: row.offerAs === 'organisation' ? 'organisation' : 'person',
    openMatches: Array.isArray(row.matches) ? row.matches.length : 0,
    categories: codesOf(row.categories),
    anywhereInBrussels: row.anywhereInBrussels === true,
    municipalities: codesOf(row.municipalities),
    languages: codesOf(row.languages),
    availableTimes: timesOf(row.availableTimes),
    createdAt: new Date(String(row.createdAt)).toISOString(),
  }));
}

/** Published initiatives, one profile per document (their terms are the same in every locale). */
export async function initiativeProfiles(strapi: Core.Strapi): Promise<InitiativeProfile[]> {
  const rows = (await strapi.db.query(INITIATIVE).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId', 'remote'],
    populate: { categories: codes, languages: codes, municipalities: codes },
  })) as Row[];
  const onePerDocument = [...new Map(rows.map((row) => [row.documentId, row])).values()];
  return onePerDocument.map((row) => ({
    documentId: String(row.documentId),
    remote: row.remote === true,
    categories: codesOf(row.categories),
    municipalities: codesOf(row.municipalities),
    languages: codesOf(row.languages),
  }));
}

function codesOf(related: unknown): string[] {
  return Array.isArray(related) ? related.map((term) => String((term as Row).code)) : [];
}

function timesOf(value: unknown): AvailableTime[] {
  return Array.isArray(value) ? value.filter((time): time is AvailableTime => (AVAILABLE_TIMES as readonly unknown[]).includes(time)) : [];
}
