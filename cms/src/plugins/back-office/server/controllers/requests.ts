import type { Core } from '@strapi/strapi';
import { HELP_REQUEST_STATUSES, INTAKE_CHANNELS } from '@cb/domain';
import { initiativeProfiles, offerProfiles, requestProfile } from '../../../../matching/profiles';
import { rankInitiatives, rankOffers, type Suggestion } from '../../../../matching/scoring';
import { notFound, text, type StaffContext } from '../http';

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const INITIATIVE = 'api::initiative.initiative';

/** Open unless staff ask for another status: the queue is what still needs someone. */
const OPEN_REQUEST_STATUSES = ['new', 'in-progress'];
const PAGE_SIZE = 25;
const DAY = 24 * 3600 * 1000;

type Row = Record<string, unknown>;
const codes = { select: ['code'] };
const codesOf = (related: unknown) => (Array.isArray(related) ? related.map((term) => String((term as Row).code)) : []);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Open help requests, urgent first, then the longest waiting; filters and counts per status. */
  async queue(ctx: StaffContext) {
    const filters = queueFilters(ctx.query);
    const status = pick(ctx.query.status, HELP_REQUEST_STATUSES);
    const where = { ...filters, caseStatus: status ? status : { $in: OPEN_REQUEST_STATUSES } };
    const page = Math.max(1, Number.parseInt(String(ctx.query.page ?? '1'), 10) || 1);

    const [rows, total, byStatus] = await Promise.all([
      strapi.db.query(REQUEST).findMany({
        where,
        orderBy: [{ urgency: 'desc' }, { createdAt: 'asc' }],
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
        populate: { categories: codes, municipality: codes, languages: codes },
      }) as Promise<Row[]>,
      strapi.db.query(REQUEST).count({ where }),
      countByStatus(strapi, filters),
    ]);
    ctx.body = {
      results: rows.map((row) => queueRow(row)),
      counts: { byStatus, total },
      pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) },
    };
  },

  async findOne(ctx: StaffContext) {
    const row = (await strapi.db.query(REQUEST).findOne({
      where: { documentId: ctx.params.documentId },
      populate: {
        categories: codes,
        municipality: codes,
        languages: codes,
        matches: { populate: { helpOffer: { select: ['documentId', 'reference', 'contactName'] } }, orderBy: { createdAt: 'desc' } },
      },
    })) as Row | null;
    if (!row) return notFound(ctx, 'No such help request');
    const { idempotencyKey: _key, idempotencyFingerprint: _fingerprint, ...request } = row;
    ctx.body = { ...request, categories: codesOf(row.categories), languages: codesOf(row.languages), municipality: (row.municipality as Row | null)?.code ?? null };
  },

  /** Ranked offers and initiatives for one request, each with the reasons it was suggested. */
  async suggestions(ctx: StaffContext) {
    const profile = await requestProfile(strapi, ctx.params.documentId ?? '');
    if (!profile) return notFound(ctx, 'No such help request');
    const [offers, initiatives] = await Promise.all([offerProfiles(strapi), initiativeProfiles(strapi)]);
    const rankedOffers = rankOffers(profile, offers);
    const rankedInitiatives = rankInitiatives(profile, initiatives);
    ctx.body = {
      offers: await withOffers(strapi, rankedOffers),
      initiatives: await withInitiatives(strapi, rankedInitiatives),
    };
  },

  /** Free search when the suggestions are not enough: offers by reference, name or text; initiatives by title. */
  async search(ctx: StaffContext) {
    const query = text(ctx.query.q, 100);
    if (!query) {
      ctx.body = { offers: [], initiatives: [] };
      return;
    }
    const like = { $containsi: query };
    const [offers, initiatives] = await Promise.all([
      strapi.db.query(OFFER).findMany({
        where: { $or: [{ reference: like }, { contactName: like }, { organisationName: like }, { description: like }], anonymisedAt: { $null: true } },
        select: ['documentId', 'reference', 'contactName', 'organisationName', 'caseStatus'],
        limit: 20,
      }),
      strapi.db.query(INITIATIVE).findMany({
        where: { title: like, publishedAt: { $notNull: true } },
        select: ['documentId', 'title', 'locale'],
        limit: 20,
      }),
    ]);
    ctx.body = { offers, initiatives: uniqueDocuments(initiatives as Row[]) };
  },
});

function queueFilters(query: Record<string, unknown>): Row {
  const filters: Row = {};
  const category = text(query.category, 40);
  const municipality = text(query.municipality, 40);
  const language = text(query.language, 10);
  const channel = pick(query.channel, INTAKE_CHANNELS);
  if (category) filters.categories = { code: category };
  if (municipality) filters.municipality = { code: municipality };
  if (language) filters.languages = { code: language };
  if (channel) filters.channel = channel;
  return filters;
}

async function countByStatus(strapi: Core.Strapi, filters: Row): Promise<Record<string, number>> {
  const counts = await Promise.all(HELP_REQUEST_STATUSES.map((status) => strapi.db.query(REQUEST).count({ where: { ...filters, caseStatus: status } })));
  return Object.fromEntries(HELP_REQUEST_STATUSES.map((status, index) => [status, Number(counts[index])]));
}

function queueRow(row: Row) {
  return {
    documentId: row.documentId,
    reference: row.reference,
    createdAt: row.createdAt,
    waitingDays: Math.floor((Date.now() - Date.parse(String(row.createdAt))) / DAY),
    caseStatus: row.caseStatus,
    urgency: row.urgency,
    channel: row.channel,
    forWhom: row.forWhom,
    contactName: row.contactName,
    formLocale: row.formLocale,
    categories: codesOf(row.categories),
    municipality: (row.municipality as Row | null)?.code ?? null,
    languages: codesOf(row.languages),
  };
}

async function withOffers(strapi: Core.Strapi, suggestions: Suggestion[]) {
  const rows = (await strapi.db.query(OFFER).findMany({
    where: { documentId: { $in: suggestions.map((suggestion) => suggestion.documentId) } },
    select: ['documentId', 'reference', 'contactName', 'organisationName', 'offerAs', 'caseStatus', 'frequency'],
  })) as Row[];
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return suggestions.map((suggestion) => ({ ...byId.get(suggestion.documentId), ...suggestion }));
}

async function withInitiatives(strapi: Core.Strapi, suggestions: Suggestion[]) {
  const rows = (await strapi.db.query(INITIATIVE).findMany({
    where: { documentId: { $in: suggestions.map((suggestion) => suggestion.documentId) }, publishedAt: { $notNull: true } },
    select: ['documentId', 'title', 'locale'],
  })) as Row[];
  const byId = new Map(uniqueDocuments(rows).map((row) => [row.documentId, row]));
  return suggestions.map((suggestion) => ({ ...byId.get(suggestion.documentId), ...suggestion }));
}

/** One row per document, preferring the Dutch title (the back office works in Dutch first). */
function uniqueDocuments(rows: Row[]): Row[] {
  const sorted = [...rows].sort((a, b) => Number(b.locale === 'nl') - Number(a.locale === 'nl'));
  return [...new Map(sorted.map((row) => [row.documentId, row])).values()];
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
