import type { Core } from '@strapi/strapi';
import * as z from 'zod/mini';
import {
  OPEN_REQUEST_STATUSES,
  lonelinessChanges,
  offerMatchability,
  outcomeOf,
  type LonelinessChangeGroup,
  type MeasuredTwice,
  type ScreeningPolicy,
} from '@cb/domain';
import { offerProfiles } from '../matching/profiles';
import type { OfferProfile } from '../matching/scoring';
import { screeningPolicy } from '../matching/screening';
import type { FigureFilters } from './figures';

/**
 * What the platform changes for people, and whom it cannot help yet:
 * - loneliness measured twice (at intake and at the six-week check-in, with consent), per month and
 *   kind of outcome: how many, and the mean change; groups under five hidden (@cb/domain `lonelinessChanges`);
 * - unmet demand: open requests for which no offer that may be matched now (`offerMatchability`, the
 *   one rule) shares a kind of help and a language and works in the person's municipality (or anywhere
 *   in Brussels), counted by language, municipality and kind of help: the recruitment targets.
 * Only codes, months and scores are read: nothing about who anyone is.
 */

const REQUEST = 'api::help-request.help-request';
const score = z.number().check(z.int(), z.gte(0), z.lte(6));
const scoresSchema = z.object({ overall: score, emotional: score.check(z.lte(3)), social: score.check(z.lte(3)) });

type Code = { code?: string | null };
interface MeasuredRow {
  createdAt: string | Date;
  lonelinessAtIntake: unknown;
  lonelinessAtFollowUp: unknown;
  matches?: { kind?: string | null; caseStatus?: string | null }[];
}

/** The requests measured twice since `since` (by the month they came in), with how they ended. */
export async function loadMeasuredTwice(strapi: Core.Strapi, since: Date, filters: FigureFilters = {}): Promise<MeasuredTwice[]> {
  // Query Engine read: a few columns of every request measured twice, no drafts or locales.
  const rows: MeasuredRow[] = await strapi.db.query(REQUEST).findMany({
    where: {
      createdAt: { $gte: since.toISOString() },
      lonelinessAtIntake: { $notNull: true },
      lonelinessAtFollowUp: { $notNull: true },
      ...(filters.municipality ? { municipality: { code: filters.municipality } } : {}),
      ...(filters.category ? { categories: { code: filters.category } } : {}),
    },
    select: ['createdAt', 'lonelinessAtIntake', 'lonelinessAtFollowUp'],
    populate: { matches: { select: ['kind', 'caseStatus'] } },
  });
  return rows.flatMap((row) => {
    const before = scoresSchema.safeParse(row.lonelinessAtIntake);
    const after = scoresSchema.safeParse(row.lonelinessAtFollowUp);
    if (!before.success || !after.success) return [];
    const matches = (row.matches ?? []).map((match) => ({ kind: String(match.kind), caseStatus: String(match.caseStatus) }));
    return [{ month: new Date(row.createdAt).toISOString().slice(0, 7), outcome: outcomeOf(matches), before: before.data, after: after.data }];
  });
}

export async function lonelinessFigures(strapi: Core.Strapi, since: Date, filters: FigureFilters = {}): Promise<LonelinessChangeGroup[]> {
  return lonelinessChanges(await loadMeasuredTwice(strapi, since, filters));
}

/** An open request as the unmet demand reads it: codes only. */
export interface DemandFact {
  categories: readonly string[];
  municipality: string | undefined;
  languages: readonly string[];
}

export interface UnmetDemand {
  /** Open requests for which no offer that may be matched fits. */
  requests: number;
  byLanguage: Record<string, number>;
  byMunicipality: Record<string, number>;
  byCategory: Record<string, number>;
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((code) => b.includes(code));

/** Whether one offer could take the request: may be matched now, and shares a kind of help, a language and a place. */
export function offerFits(request: DemandFact, offer: OfferProfile, policy: ScreeningPolicy): boolean {
  if (!offerMatchability(offer, policy).matchable) return false;
  const coversPlace = offer.anywhereInBrussels || (request.municipality !== undefined && offer.municipalities.includes(request.municipality));
  return coversPlace && shares(request.categories, offer.categories) && shares(request.languages, offer.languages);
}

/** The requests no offer fits, counted under each of their languages and kinds of help and under their municipality. */
export function unmetDemandOf(requests: readonly DemandFact[], offers: readonly OfferProfile[], policy: ScreeningPolicy): UnmetDemand {
  const unmet = requests.filter((request) => !offers.some((offer) => offerFits(request, offer, policy)));
  return {
    requests: unmet.length,
    byLanguage: tally(unmet.flatMap((request) => request.languages)),
    byMunicipality: tally(unmet.flatMap((request) => (request.municipality ? [request.municipality] : []))),
    byCategory: tally(unmet.flatMap((request) => request.categories)),
  };
}

type DemandRow = { municipality?: Code | null; categories?: Code[]; languages?: Code[] };

export async function unmetDemand(strapi: Core.Strapi, filters: FigureFilters = {}, now = new Date()): Promise<UnmetDemand> {
  // Query Engine read: the codes of every open request.
  const rows: DemandRow[] = await strapi.db.query(REQUEST).findMany({
    where: {
      caseStatus: { $in: [...OPEN_REQUEST_STATUSES] },
      anonymisedAt: { $null: true },
      ...(filters.municipality ? { municipality: { code: filters.municipality } } : {}),
      ...(filters.category ? { categories: { code: filters.category } } : {}),
    },
    select: ['id'],
    populate: { municipality: { select: ['code'] }, categories: { select: ['code'] }, languages: { select: ['code'] } },
  });
  const requests = rows.map((row) => ({
    municipality: row.municipality?.code ?? undefined,
    categories: codesOf(row.categories),
    languages: codesOf(row.languages),
  }));
  return unmetDemandOf(requests, await offerProfiles(strapi), screeningPolicy(strapi, now));
}

function codesOf(terms: readonly Code[] | null | undefined): string[] {
  return (terms ?? []).flatMap((term) => (term.code ? [term.code] : []));
}

function tally(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}
