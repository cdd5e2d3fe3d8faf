import type { Core, Modules } from '@strapi/strapi';
import { CLOSED_OFFER_STATUSES, lastLapsedScreeningDay, screeningExpiresAt, screeningStateOf, type ScreeningPolicy } from '@cb/domain';
import {
  checkOrganisation,
  offerScreeningOf,
  recordScreening,
  SCREENING_FIELDS,
  SCREENING_POPULATE,
  screeningOf,
  screeningPolicy,
  type Author,
  type NewScreening,
} from '../app';
import type { OfferScreeningView, ScreeningQueue, ScreeningQueueCounts, ScreeningQueueRow } from '../contracts';
import type { ScreeningQueueFilters } from '../validation';

const OFFER = 'api::help-offer.help-offer';
const PAGE_SIZE = 25;
const DAY = 24 * 3600 * 1000;
const codes = { fields: ['code' as const] };

/** A volunteer's screening, and an organisation's check, as staff record them on the offer's page; the offers waiting for it. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async of(documentId: string): Promise<OfferScreeningView | undefined> {
    return screeningOf(strapi, documentId);
  },

  async record(documentId: string, screening: NewScreening, author: Author | undefined): Promise<OfferScreeningView> {
    return recordScreening(strapi, documentId, screening, author);
  },

  async checkOrganisation(documentId: string, author: Author | undefined): Promise<OfferScreeningView> {
    return checkOrganisation(strapi, documentId, author);
  },

  /**
   * The offers staff may screen (not closed, their person not forgotten) that @cb/domain's screening
   * rule says are to screen: never screened, or screened longer ago than a screening holds. The
   * longest waiting first: since the offer came in, or since its last screening stopped holding.
   * Paged in the database: the two kinds are two sorted lists there (filters from the rule, see
   * `waitingFilters`), merged at the page's place (`mergedPage`); the counts are count queries.
   */
  async queue({ page }: ScreeningQueueFilters, now = new Date()): Promise<ScreeningQueue> {
    const policy = screeningPolicy(strapi, now);
    const filters = waitingFilters(policy);
    const counts = await waitingCounts(strapi, filters);
    const lists = {
      toScreen: sortedList(strapi, filters.toScreen, { createdAt: 'asc' }, (row) => Date.parse(String(row.createdAt))),
      expired: sortedList(strapi, filters.expired, { screenedOn: 'asc' }, (row) => screeningExpiresAt(String(row.screenedOn), policy.validMonths).getTime()),
    };
    const rows = await mergedPage(lists, { toScreen: counts.toScreen, expired: counts.expired }, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    return {
      results: rows.map((row) => queueRowOf(row, policy)),
      counts,
      pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(counts.total / PAGE_SIZE)) },
    };
  },

  /** How many offers wait for screening, as the queue counts them, without reading any (the staff home's widget). */
  async counts(now = new Date()): Promise<ScreeningQueueCounts> {
    return waitingCounts(strapi, waitingFilters(screeningPolicy(strapi, now)));
  },
});

type OfferFilters = Modules.Documents.Params.Filters.Any<typeof OFFER>;

/**
 * The screening rule (@cb/domain's `screeningStateOf`) as database filters: an offer staff may screen,
 * not of an organisation staff checked, never screened ("to screen") or screened on or before the last
 * day whose screening no longer holds now ("expired", `lastLapsedScreeningDay`).
 */
function waitingFilters(policy: ScreeningPolicy): { toScreen: OfferFilters; expired: OfferFilters } {
  const mayScreen: OfferFilters = {
    caseStatus: { $notIn: [...CLOSED_OFFER_STATUSES] },
    anonymisedAt: { $null: true },
    // Offers stored before `offerAs` was required count as a person's (offerScreeningOf).
    $or: [{ offerAs: { $null: true } }, { offerAs: { $ne: 'organisation' } }, { organisationCheck: { checkedAt: { $null: true } } }],
  };
  return {
    toScreen: { $and: [mayScreen, { screenedOn: { $null: true } }] },
    expired: { $and: [mayScreen, { screenedOn: { $lte: lastLapsedScreeningDay(policy.now, policy.validMonths) } }] },
  };
}

async function waitingCounts(strapi: Core.Strapi, filters: ReturnType<typeof waitingFilters>): Promise<ScreeningQueueCounts> {
  const [toScreen, expired] = await Promise.all([
    strapi.documents(OFFER).count({ filters: filters.toScreen }),
    strapi.documents(OFFER).count({ filters: filters.expired }),
  ]);
  return { toScreen, expired, total: toScreen + expired };
}

const QUEUE_FIELDS = ['reference', 'createdAt', 'contactName', 'organisationName', 'formLocale', 'anywhereInBrussels', ...SCREENING_FIELDS] as const;
type QueueOrder = [{ createdAt: 'asc' } | { screenedOn: 'asc' }, { reference: 'asc' }];

/** Waiting offers in a list's order, from `start`: whole rows for the page, or only what a row's waiting key needs. */
function readWaiting(strapi: Core.Strapi, filters: OfferFilters, sort: QueueOrder, start: number, limit: number) {
  return strapi.documents(OFFER).findMany({
    filters,
    sort,
    start,
    limit,
    fields: [...QUEUE_FIELDS],
    populate: { ...SCREENING_POPULATE, categories: codes, municipalities: codes, languages: codes },
  });
}
type QueueOffer = Awaited<ReturnType<typeof readWaiting>>[number];

/** One list of waiting offers in the database's order: a page of its rows, the waiting key of a row, and of the row at a place. */
export interface SortedList<Row> {
  rows(start: number, limit: number): Promise<Row[]>;
  keyOf(row: Row): number;
  keyAt(position: number): Promise<number>;
}

function sortedList(
  strapi: Core.Strapi,
  filters: OfferFilters,
  by: { createdAt: 'asc' } | { screenedOn: 'asc' },
  keyOf: (row: { createdAt?: unknown; screenedOn?: unknown }) => number,
): SortedList<QueueOffer> {
  // The reference (unique) after the waiting time: one order, the same for every page.
  const sort: QueueOrder = [by, { reference: 'asc' }];
  return {
    keyOf,
    rows: (start, limit) => readWaiting(strapi, filters, sort, start, limit),
    keyAt: async (position) => {
      const [row] = await strapi.documents(OFFER).findMany({ filters, sort, start: position, limit: 1, fields: ['createdAt', 'screenedOn'] });
      return row ? keyOf(row) : Number.POSITIVE_INFINITY;
    },
  };
}

/**
 * The rows at `start` of the two lists merged by waiting key (the longest waiting first; on a tie "to
 * screen" first), reading only the page's rows and a few keys: how many of the first `start` merged
 * rows come from "to screen" is found by halving (as for the median of two sorted arrays), then each
 * list gives at most `limit` rows from its place.
 */
export async function mergedPage<Row>(
  lists: { toScreen: SortedList<Row>; expired: SortedList<Row> },
  sizes: { toScreen: number; expired: number },
  start: number,
  limit: number,
): Promise<Row[]> {
  const skip = Math.min(start, sizes.toScreen + sizes.expired);
  let low = Math.max(0, skip - sizes.expired);
  let high = Math.min(skip, sizes.toScreen);
  let fromToScreen = low;
  while (low <= high) {
    const taken = Math.floor((low + high) / 2);
    const rest = skip - taken;
    // Too many "to screen": its last one taken waits less than the first "expired" left out.
    if (taken > 0 && rest < sizes.expired && (await lists.toScreen.keyAt(taken - 1)) > (await lists.expired.keyAt(rest))) high = taken - 1;
    // Too few: the last "expired" taken waits less than (or as long as) the first "to screen" left out.
    else if (rest > 0 && taken < sizes.toScreen && (await lists.expired.keyAt(rest - 1)) >= (await lists.toScreen.keyAt(taken))) low = taken + 1;
    else {
      fromToScreen = taken;
      break;
    }
  }
  const [toScreen, expired] = await Promise.all([lists.toScreen.rows(fromToScreen, limit), lists.expired.rows(skip - fromToScreen, limit)]);
  const merged: Row[] = [];
  let [first, second] = [0, 0];
  while (merged.length < limit && (first < toScreen.length || second < expired.length)) {
    const nextToScreen = toScreen[first];
    const nextExpired = expired[second];
    if (nextToScreen && (!nextExpired || lists.toScreen.keyOf(nextToScreen) <= lists.expired.keyOf(nextExpired))) {
      merged.push(nextToScreen);
      first += 1;
    } else if (nextExpired) {
      merged.push(nextExpired);
      second += 1;
    }
  }
  return merged;
}

function queueRowOf(row: QueueOffer, policy: ScreeningPolicy): ScreeningQueueRow {
  const screening = offerScreeningOf(row);
  const state = screeningStateOf(screening, policy) === 'expired' ? 'expired' : 'to-screen';
  const since = state === 'expired' && screening.screenedOn ? screeningExpiresAt(screening.screenedOn, policy.validMonths) : new Date(String(row.createdAt));
  return {
    documentId: row.documentId,
    reference: row.reference ?? '',
    state,
    waitingSince: since.toISOString(),
    waitingDays: Math.max(0, Math.floor((policy.now.getTime() - since.getTime()) / DAY)),
    contactName: row.contactName ?? '',
    offerAs: screening.offerAs,
    organisationName: row.organisationName ?? null,
    formLocale: row.formLocale ?? 'nl',
    categories: codesOf(row.categories),
    anywhereInBrussels: row.anywhereInBrussels === true,
    municipalities: codesOf(row.municipalities),
    languages: codesOf(row.languages),
  };
}

function codesOf(terms: readonly { code?: string | null }[] | null | undefined): string[] {
  return (terms ?? []).flatMap((term) => (term.code ? [term.code] : []));
}
