import type { Core } from '@strapi/strapi';
import { CLOSED_OFFER_STATUSES, screeningExpiresAt, screeningStateOf } from '@cb/domain';
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
import type { OfferScreeningView, ScreeningQueue, ScreeningQueueRow } from '../contracts';
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
   */
  async queue({ page }: ScreeningQueueFilters, now = new Date()): Promise<ScreeningQueue> {
    const policy = screeningPolicy(strapi, now);
    const rows = await strapi.documents(OFFER).findMany({
      filters: { caseStatus: { $notIn: [...CLOSED_OFFER_STATUSES] }, anonymisedAt: { $null: true } },
      fields: ['reference', 'createdAt', 'contactName', 'organisationName', 'formLocale', 'anywhereInBrussels', ...SCREENING_FIELDS],
      populate: { ...SCREENING_POPULATE, categories: codes, municipalities: codes, languages: codes },
      sort: { createdAt: 'asc' },
    });
    const waiting = rows
      .flatMap((row): ScreeningQueueRow[] => {
        const screening = offerScreeningOf(row);
        const state = screeningStateOf(screening, policy);
        if (state !== 'to-screen' && state !== 'expired') return [];
        const since =
          state === 'expired' && screening.screenedOn ? screeningExpiresAt(screening.screenedOn, policy.validMonths) : new Date(String(row.createdAt));
        return [
          {
            documentId: row.documentId,
            reference: row.reference ?? '',
            state,
            waitingSince: since.toISOString(),
            waitingDays: Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY)),
            contactName: row.contactName ?? '',
            offerAs: screening.offerAs,
            organisationName: row.organisationName ?? null,
            formLocale: row.formLocale ?? 'nl',
            categories: codesOf(row.categories),
            anywhereInBrussels: row.anywhereInBrussels === true,
            municipalities: codesOf(row.municipalities),
            languages: codesOf(row.languages),
          },
        ];
      })
      .sort((first, second) => first.waitingSince.localeCompare(second.waitingSince));
    const expired = waiting.filter((row) => row.state === 'expired').length;
    return {
      results: waiting.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      counts: { toScreen: waiting.length - expired, expired, total: waiting.length },
      pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(waiting.length / PAGE_SIZE)) },
    };
  },
});

function codesOf(terms: readonly { code?: string | null }[] | null | undefined): string[] {
  return (terms ?? []).flatMap((term) => (term.code ? [term.code] : []));
}
