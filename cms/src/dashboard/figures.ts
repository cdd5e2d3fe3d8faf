import type { Core, Data } from '@strapi/strapi';
import { MATCH_STATUSES } from '@cb/domain';

/**
 * The dashboard's figures, computed from codes and dates only: requests and offers per week,
 * matches and how they ended, days from a request to the first contact, and requests by
 * municipality and by category. Every figure can be narrowed to one municipality or kind of help.
 */

export interface RequestFact {
  createdAt: string;
  municipality: string | undefined;
  categories: readonly string[];
}

export interface MatchFact {
  kind: string;
  caseStatus: string;
  /** When staff first confirmed contact; undefined while only proposed. */
  confirmedAt: string | undefined;
  requestCreatedAt: string | undefined;
  requestId: string | undefined;
}

export interface Facts {
  requests: readonly RequestFact[];
  offers: readonly { createdAt: string }[];
  matches: readonly MatchFact[];
}

export interface Figures {
  weeks: { week: string; requests: number; offers: number }[];
  outcomes: Record<string, number>;
  referrals: number;
  daysToFirstContact: { median: number | undefined; p90: number | undefined; count: number };
  byMunicipality: Record<string, number>;
  byCategory: Record<string, number>;
}

const DAY = 24 * 3600 * 1000;

export function computeFigures(facts: Facts, today: Date, weekCount = 12): Figures {
  const weeks = lastWeeks(today, weekCount).map((week) => ({ week, requests: 0, offers: 0 }));
  const weekIndex = new Map(weeks.map((entry, index) => [entry.week, index]));
  for (const request of facts.requests) {
    const index = weekIndex.get(isoWeek(new Date(request.createdAt)));
    if (index !== undefined) weeks[index]!.requests += 1;
  }
  for (const offer of facts.offers) {
    const index = weekIndex.get(isoWeek(new Date(offer.createdAt)));
    if (index !== undefined) weeks[index]!.offers += 1;
  }

  const matches = facts.matches.filter((match) => match.kind === 'match');
  const outcomes = Object.fromEntries(MATCH_STATUSES.map((status) => [status, matches.filter((match) => match.caseStatus === status).length]));

  return {
    weeks,
    outcomes,
    referrals: facts.matches.length - matches.length,
    daysToFirstContact: firstContactDays(facts.matches),
    byMunicipality: tally(facts.requests.flatMap((request) => (request.municipality ? [request.municipality] : []))),
    byCategory: tally(facts.requests.flatMap((request) => request.categories)),
  };
}

/** Per request, the days from its arrival to the earliest confirmed contact of any of its matches. */
function firstContactDays(matches: readonly MatchFact[]): Figures['daysToFirstContact'] {
  const earliest = new Map<string, number>();
  for (const match of matches) {
    if (!match.confirmedAt || !match.requestCreatedAt || !match.requestId) continue;
    const days = (Date.parse(match.confirmedAt) - Date.parse(match.requestCreatedAt)) / DAY;
    earliest.set(match.requestId, Math.min(days, earliest.get(match.requestId) ?? Infinity));
  }
  const days = [...earliest.values()].sort((a, b) => a - b);
  return { median: percentile(days, 0.5), p90: percentile(days, 0.9), count: days.length };
}

function percentile(sorted: readonly number[], fraction: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** ISO 8601 week of a date, e.g. "2026-W48". */
export function isoWeek(date: Date): string {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((thursday.getTime() - firstThursday.getTime()) / DAY - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO weeks ending with today's, oldest first. */
export function lastWeeks(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => isoWeek(new Date(today.getTime() - (count - 1 - index) * 7 * DAY)));
}

type Code = { code?: string | null };
type RequestRow = Data.ContentType<'api::help-request.help-request', 'createdAt'> & { municipality?: Code | null; categories?: Code[] };
type OfferRow = Data.ContentType<'api::help-offer.help-offer', 'createdAt'>;
type MatchRow = Data.ContentType<'api::match.match', 'kind' | 'caseStatus' | 'confirmedAt'> & {
  helpRequest?: Data.ContentType<'api::help-request.help-request', 'createdAt'> | null;
};

/** Narrows every figure to one municipality and/or one kind of help. */
export interface FigureFilters {
  municipality?: string | undefined;
  category?: string | undefined;
}

/** Reads the facts from the database: no names, no texts, no contact details. */
export async function loadFacts(strapi: Core.Strapi, since: Date, filters: FigureFilters = {}): Promise<Facts> {
  const after = { createdAt: { $gte: since.toISOString() } };
  const requestFilters = {
    ...(filters.municipality ? { municipality: { code: filters.municipality } } : {}),
    ...(filters.category ? { categories: { code: filters.category } } : {}),
  };
  const offerFilters = {
    ...(filters.municipality ? { $or: [{ municipalities: { code: filters.municipality } }, { anywhereInBrussels: true }] } : {}),
    ...(filters.category ? { categories: { code: filters.category } } : {}),
  };
  // Query Engine reads, for speed: a few columns of every record since the date, no drafts or locales.
  const requests: RequestRow[] = await strapi.db.query('api::help-request.help-request').findMany({
    where: { ...after, ...requestFilters },
    select: ['createdAt'],
    populate: { municipality: { select: ['code'] }, categories: { select: ['code'] } },
  });
  const offers: OfferRow[] = await strapi.db.query('api::help-offer.help-offer').findMany({ where: { ...after, ...offerFilters }, select: ['createdAt'] });
  const matches: MatchRow[] = await strapi.db.query('api::match.match').findMany({
    where: { ...after, ...(Object.keys(requestFilters).length > 0 ? { helpRequest: requestFilters } : {}) },
    select: ['kind', 'caseStatus', 'confirmedAt'],
    populate: { helpRequest: { select: ['documentId', 'createdAt'] } },
  });
  return {
    requests: requests.map((row) => ({
      createdAt: iso(row.createdAt)!,
      municipality: row.municipality?.code ?? undefined,
      categories: Array.isArray(row.categories) ? row.categories.map((term) => String(term.code)) : [],
    })),
    offers: offers.map((row) => ({ createdAt: iso(row.createdAt)! })),
    matches: matches.map((row) => ({
      kind: String(row.kind),
      caseStatus: String(row.caseStatus),
      confirmedAt: iso(row.confirmedAt),
      requestCreatedAt: iso(row.helpRequest?.createdAt),
      requestId: row.helpRequest?.documentId,
    })),
  };
}

function iso(value: Date | string | number | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : new Date(value).toISOString();
}
