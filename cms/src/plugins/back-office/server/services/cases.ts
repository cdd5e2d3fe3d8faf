import type { Core, Modules } from '@strapi/strapi';
import {
  AVAILABLE_TIMES,
  capacityOf,
  HELP_REQUEST_STATUSES,
  interestCodesOf,
  LOCALES,
  OPEN_MATCH_STATUSES,
  CLOSED_REQUEST_STATUSES,
  OPEN_REQUEST_STATUSES,
  type AvailableTime,
  type IntakeChannel,
  type Locale,
} from '@cb/domain';
import type { IntakeData } from '@cb/domain/intake';
import {
  createMatch,
  createReferral,
  dueFollowUps,
  initiativeProfiles,
  moveMatch,
  notifyMatchConfirmed,
  offerProfiles,
  rankInitiatives,
  rankOffers,
  requestProfile,
  screeningPolicy,
  scheduleCheckIns,
  timelineOf,
  type Author,
  type intakeService,
  type NewMatch,
  type NewReferral,
  type Suggestion,
} from '../app';
import type {
  Created,
  FollowUp,
  HelpOfferDetails,
  HelpRequestDetails,
  InitiativeSuggestion,
  MatchMoved,
  OfferSuggestion,
  Queue,
  QueueRow,
  SearchResults,
  Suggestions,
} from '../contracts';
import type { QueueFilters } from '../validation';

/**
 * The help requests, offers, matches and referrals of the workspace: what staff read of them and
 * every change they make. Matches and referrals go through the matching workflow, which keeps the
 * request and the offer in step (the rules are in @cb/domain's cases).
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const INITIATIVE = 'api::initiative.initiative';
const ORGANISATION = 'api::organisation.organisation';
const AUDIENCE = 'api::audience.audience';

const PAGE_SIZE = 25;
/** The queue when staff ask for no status: requests still looking for someone, and urgent ones whoever was found. */
const NEEDS_STAFF: Modules.Documents.Params.Filters.Any<typeof REQUEST> = {
  $or: [
    { caseStatus: { $in: [...OPEN_REQUEST_STATUSES] } },
    { $and: [{ caseStatus: { $notIn: [...CLOSED_REQUEST_STATUSES] } }, { $or: [{ urgency: { $eq: 'urgent' } }, { concernOpen: { $eq: true } }] }] },
  ],
};
const DAY = 24 * 3600 * 1000;
const codes = { fields: ['code' as const] };

type StaffForm = 'help-request' | 'help-offer';
export type Registration = { outcome: 'stored'; reference: string } | { outcome: 'key-reused' };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Open help requests, and any other request not closed that needs staff now (a check-in's "call me",
   * a concern), unless staff ask for a status; urgent first, then the longest waiting; counts per status.
   */
  async queue({ page, status, ...filters }: QueueFilters): Promise<Queue> {
    const related = relatedFilters(filters);
    const filtersWithStatus = { $and: [related, status ? { caseStatus: { $eq: status } } : NEEDS_STAFF] };
    const [rows, total, byStatus] = await Promise.all([
      strapi.documents(REQUEST).findMany({
        filters: filtersWithStatus,
        // An open concern about a match heads the urgent queue.
        sort: [{ concernOpen: 'desc' }, { urgency: 'desc' }, { createdAt: 'asc' }],
        start: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
        fields: ['reference', 'createdAt', 'caseStatus', 'urgency', 'concernOpen', 'channel', 'forWhom', 'contactName', 'formLocale'],
        populate: { categories: codes, municipality: codes, languages: codes },
      }),
      strapi.documents(REQUEST).count({ filters: filtersWithStatus }),
      countByStatus(strapi, related),
    ]);
    return {
      results: rows.map((row): QueueRow => ({
        documentId: row.documentId,
        reference: row.reference ?? '',
        createdAt: isoTime(row.createdAt),
        waitingDays: Math.floor((Date.now() - Date.parse(isoTime(row.createdAt))) / DAY),
        caseStatus: row.caseStatus ?? 'new',
        urgency: row.urgency ?? 'normal',
        concernOpen: row.concernOpen === true,
        channel: row.channel ?? 'web',
        forWhom: row.forWhom ?? 'self',
        contactName: row.contactName ?? '',
        formLocale: row.formLocale ?? 'nl',
        categories: codesOf(row.categories),
        municipality: row.municipality?.code ?? null,
        languages: codesOf(row.languages),
      })),
      counts: { byStatus, total },
      pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) },
    };
  },

  /** One request as staff work on it, with its matches and referrals, newest first. Never its idempotency key. */
  async request(documentId: string): Promise<HelpRequestDetails | undefined> {
    const row = await strapi.documents(REQUEST).findOne({
      documentId,
      fields: [
        'reference',
        'createdAt',
        'caseStatus',
        'urgency',
        'channel',
        'formLocale',
        'forWhom',
        'contactName',
        'phone',
        'email',
        'beneficiaryName',
        'relationToBeneficiary',
        'description',
        'availableTimes',
        'availability',
        'interests',
      ],
      populate: {
        categories: codes,
        municipality: codes,
        languages: codes,
        audiences: codes,
        matches: {
          fields: ['kind', 'caseStatus', 'followUpOn', 'pausedAt', 'initiativeDocumentId', 'organisationDocumentId'],
          populate: { helpOffer: { fields: ['reference', 'contactName'] } },
          sort: { createdAt: 'desc' },
        },
      },
    });
    if (!row) return undefined;
    const formLocale = row.formLocale ?? 'nl';
    const matches = row.matches ?? [];
    const [initiatives, organisations, timeline] = await Promise.all([
      publishedInitiatives(strapi, { documentId: { $in: matches.flatMap((match) => match.initiativeDocumentId ?? []) } }, formLocale),
      publishedNames(strapi, ORGANISATION, 'name', { documentId: { $in: matches.flatMap((match) => match.organisationDocumentId ?? []) } }, formLocale),
      timelineOf(strapi, { helpRequest: documentId }),
    ]);
    const referredTo = new Map([...initiatives, ...organisations].map((target) => [target.documentId, target.title]));
    return {
      documentId: row.documentId,
      reference: row.reference ?? '',
      createdAt: isoTime(row.createdAt),
      caseStatus: row.caseStatus ?? 'new',
      urgency: row.urgency ?? 'normal',
      channel: row.channel ?? 'web',
      formLocale: row.formLocale ?? 'nl',
      forWhom: row.forWhom ?? 'self',
      contactName: row.contactName ?? '',
      phone: row.phone ?? null,
      email: row.email ?? null,
      beneficiaryName: row.beneficiaryName ?? null,
      relationToBeneficiary: row.relationToBeneficiary ?? null,
      description: row.description ?? '',
      categories: codesOf(row.categories),
      municipality: row.municipality?.code ?? null,
      languages: codesOf(row.languages),
      availableTimes: timesOf(row.availableTimes),
      availability: row.availability ?? null,
      interests: interestCodesOf(row.interests),
      audiences: codesOf(row.audiences),
      timeline,
      matches: matches.map((match) => ({
        documentId: match.documentId,
        kind: match.kind ?? 'match',
        caseStatus: match.caseStatus ?? 'proposed',
        followUpOn: dateOf(match.followUpOn),
        paused: Boolean(match.pausedAt),
        referredTo: referredTo.get(match.initiativeDocumentId ?? match.organisationDocumentId ?? '') ?? null,
        helpOffer: match.helpOffer
          ? { documentId: match.helpOffer.documentId, reference: match.helpOffer.reference ?? '', contactName: match.helpOffer.contactName ?? '' }
          : null,
        initiativeDocumentId: match.initiativeDocumentId ?? null,
        organisationDocumentId: match.organisationDocumentId ?? null,
      })),
    };
  },

  /** One offer as staff work on it: who offers, its load and its timeline. */
  async offer(documentId: string): Promise<HelpOfferDetails | undefined> {
    const row = await strapi.documents(OFFER).findOne({
      documentId,
      fields: [
        'reference',
        'createdAt',
        'caseStatus',
        'offerAs',
        'organisationName',
        'contactName',
        'phone',
        'email',
        'description',
        'formLocale',
        'channel',
        'anywhereInBrussels',
        'availableTimes',
        'availability',
        'interests',
        'capacity',
        'awayFrom',
        'awayUntil',
      ],
      populate: {
        categories: codes,
        municipalities: codes,
        languages: codes,
        matches: { fields: ['id'], filters: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } },
      },
    });
    if (!row) return undefined;
    return {
      documentId: row.documentId,
      reference: row.reference ?? '',
      createdAt: isoTime(row.createdAt),
      caseStatus: row.caseStatus ?? 'new',
      offerAs: row.offerAs ?? 'person',
      organisationName: row.organisationName ?? null,
      contactName: row.contactName ?? '',
      phone: row.phone ?? null,
      email: row.email ?? null,
      description: row.description ?? '',
      formLocale: row.formLocale ?? 'nl',
      channel: row.channel ?? 'web',
      categories: codesOf(row.categories),
      anywhereInBrussels: row.anywhereInBrussels ?? false,
      municipalities: codesOf(row.municipalities),
      languages: codesOf(row.languages),
      availableTimes: timesOf(row.availableTimes),
      availability: row.availability ?? null,
      interests: interestCodesOf(row.interests),
      capacity: capacityOf({ offerAs: row.offerAs ?? 'person', capacity: row.capacity ?? null }),
      capacityGiven: row.capacity ?? null,
      awayFrom: row.awayFrom ? String(row.awayFrom).slice(0, 10) : null,
      awayUntil: row.awayUntil ? String(row.awayUntil).slice(0, 10) : null,
      openMatches: row.matches?.length ?? 0,
      timeline: await timelineOf(strapi, { helpOffer: documentId }),
    };
  },

  /** Ranked offers and initiatives for one request, each with the reasons it was suggested; initiatives named in the request's language. */
  async suggestions(documentId: string): Promise<Suggestions | undefined> {
    const [profile, request] = await Promise.all([
      requestProfile(strapi, documentId),
      strapi.documents(REQUEST).findOne({ documentId, fields: ['formLocale'] }),
    ]);
    if (!profile || !request) return undefined;
    const [offers, initiatives] = await Promise.all([offerProfiles(strapi), initiativeProfiles(strapi)]);
    return {
      offers: await offerSuggestions(strapi, rankOffers(profile, offers, screeningPolicy(strapi))),
      initiatives: await initiativeSuggestions(strapi, rankInitiatives(profile, initiatives), request.formLocale ?? 'nl'),
    };
  },

  /** Who the person is, as staff learn it: the suggestions weigh initiatives' audiences against it. */
  async setAudiences(documentId: string, audiences: string[]): Promise<boolean> {
    const request = await strapi.documents(REQUEST).findOne({ documentId, fields: ['id'] });
    if (!request) return false;
    const terms = await strapi.documents(AUDIENCE).findMany({ filters: { code: { $in: audiences } }, fields: ['id'] });
    await strapi.documents(REQUEST).update({ documentId, data: { audiences: terms.map((term) => term.documentId) } });
    return true;
  },

  /** Free search when the suggestions are not enough: offers by reference, name or text; initiatives by title. */
  async search(query: string | undefined, locale: Locale): Promise<SearchResults> {
    if (!query) return { offers: [], initiatives: [] };
    const like = { $containsi: query };
    const [offers, initiatives] = await Promise.all([
      strapi.documents(OFFER).findMany({
        filters: { $or: [{ reference: like }, { contactName: like }, { organisationName: like }, { description: like }], anonymisedAt: { $null: true } },
        fields: ['reference', 'contactName', 'organisationName', 'caseStatus'],
        limit: 20,
      }),
      publishedInitiatives(strapi, { title: like }, locale, 20),
    ]);
    return {
      offers: offers.map((offer) => ({
        documentId: offer.documentId,
        reference: offer.reference ?? '',
        contactName: offer.contactName ?? '',
        organisationName: offer.organisationName ?? null,
        caseStatus: offer.caseStatus ?? 'new',
      })),
      initiatives,
    };
  },

  async createMatch(match: NewMatch, author: Author | undefined): Promise<Created> {
    return createMatch(strapi, match, author);
  },

  async createReferral(referral: NewReferral, author: Author | undefined): Promise<Created> {
    return createReferral(strapi, referral, author);
  },

  /** Moves a match on; at the first confirmed contact both people are mailed. */
  async moveMatch(documentId: string, change: Parameters<typeof moveMatch>[2], author: Author | undefined): Promise<MatchMoved> {
    const { confirmed } = await moveMatch(strapi, documentId, change, author);
    if (confirmed) {
      await notifyMatchConfirmed(strapi, documentId);
      await scheduleCheckIns(strapi, documentId);
    }
    return { documentId, confirmed };
  },

  /** Matches and referrals whose follow-up date has come: what the daily digest reports too. */
  async followUps(today: string): Promise<FollowUp[]> {
    const rows = await dueFollowUps(strapi, today);
    return rows.map((row) => ({
      documentId: row.documentId,
      kind: row.kind ?? 'match',
      caseStatus: row.caseStatus ?? 'proposed',
      followUpOn: dateOf(row.followUpOn) ?? today,
      helpRequest: row.helpRequest ? { documentId: row.helpRequest.documentId, reference: row.helpRequest.reference ?? '' } : null,
      helpOffer: row.helpOffer ? { documentId: row.helpOffer.documentId, reference: row.helpOffer.reference ?? '' } : null,
    }));
  },

  /**
   * Phone and social intake: data the public form's schema accepted, stored by the public intake's
   * own service with the same reference numbers, and the channel staff name.
   */
  async register(form: StaffForm, data: IntakeData<StaffForm>, locale: Locale, channel: IntakeChannel): Promise<Registration> {
    const intake = strapi.api('intake').service<ReturnType<typeof intakeService>>('intake');
    const stored = await intake.store(form, data, locale, undefined, { channel });
    return stored.outcome === 'stored' ? { outcome: 'stored', reference: stored.reference } : { outcome: 'key-reused' };
  },
});

function relatedFilters(filters: Omit<QueueFilters, 'page' | 'status'>) {
  return {
    ...(filters.category ? { categories: { code: { $eq: filters.category } } } : {}),
    ...(filters.municipality ? { municipality: { code: { $eq: filters.municipality } } } : {}),
    ...(filters.language ? { languages: { code: { $eq: filters.language } } } : {}),
    ...(filters.channel ? { channel: { $eq: filters.channel } } : {}),
  };
}

async function countByStatus(strapi: Core.Strapi, related: ReturnType<typeof relatedFilters>): Promise<Queue['counts']['byStatus']> {
  const counts = await Promise.all(
    HELP_REQUEST_STATUSES.map((status) => strapi.documents(REQUEST).count({ filters: { ...related, caseStatus: { $eq: status } } })),
  );
  return {
    new: counts[0] ?? 0,
    'in-progress': counts[1] ?? 0,
    matched: counts[2] ?? 0,
    referred: counts[3] ?? 0,
    closed: counts[4] ?? 0,
  };
}

async function offerSuggestions(strapi: Core.Strapi, suggestions: Suggestion[]): Promise<OfferSuggestion[]> {
  const rows = await strapi.documents(OFFER).findMany({
    filters: { documentId: { $in: suggestions.map((suggestion) => suggestion.documentId) } },
    fields: ['reference', 'contactName', 'organisationName', 'offerAs', 'caseStatus', 'frequency'],
  });
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return suggestions.flatMap((suggestion) => {
    const offer = byId.get(suggestion.documentId);
    if (!offer) return [];
    return [
      {
        documentId: suggestion.documentId,
        reference: offer.reference ?? '',
        contactName: offer.contactName ?? '',
        organisationName: offer.organisationName ?? null,
        offerAs: offer.offerAs ?? 'person',
        caseStatus: offer.caseStatus ?? 'new',
        frequency: offer.frequency ?? null,
        score: suggestion.score,
        reasons: suggestion.reasons,
      },
    ];
  });
}

async function initiativeSuggestions(strapi: Core.Strapi, suggestions: Suggestion[], locale: Locale): Promise<InitiativeSuggestion[]> {
  const rows = await publishedInitiatives(strapi, { documentId: { $in: suggestions.map((suggestion) => suggestion.documentId) } }, locale);
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return suggestions.flatMap((suggestion) => {
    const initiative = byId.get(suggestion.documentId);
    return initiative ? [{ documentId: suggestion.documentId, title: initiative.title, score: suggestion.score, reasons: suggestion.reasons }] : [];
  });
}

/** Published initiatives, one per document, named in the language asked for when they have it. */
function publishedInitiatives(strapi: Core.Strapi, where: Record<string, unknown>, locale: Locale, limit?: number) {
  return publishedNames(strapi, INITIATIVE, 'title', where, locale, limit);
}

/**
 * Published documents of a localized type, one per document with its name in `locale` when that
 * translation exists, else in the next of our languages (Dutch, French, English): a Dutch request
 * shows Dutch names. A Query Engine read: one query over every locale.
 */
async function publishedNames(
  strapi: Core.Strapi,
  uid: typeof INITIATIVE | typeof ORGANISATION,
  nameField: 'title' | 'name',
  where: Record<string, unknown>,
  locale: Locale,
  limit?: number,
): Promise<{ documentId: string; title: string }[]> {
  const rows: Record<string, string>[] = await strapi.db.query(uid).findMany({
    where: { ...where, publishedAt: { $notNull: true } },
    select: ['documentId', nameField, 'locale'],
    ...(limit ? { limit: limit * LOCALES.length } : {}),
  });
  const preference = [locale, ...LOCALES.filter((other) => other !== locale)];
  const rank = (row: Record<string, string>) => {
    const position = preference.indexOf(row.locale as Locale);
    return position === -1 ? preference.length : position;
  };
  const preferredFirst = [...rows].sort((a, b) => rank(b) - rank(a));
  const onePerDocument = [...new Map(preferredFirst.map((row) => [row.documentId ?? '', row])).values()];
  return onePerDocument.slice(0, limit).map((row) => ({ documentId: row.documentId ?? '', title: row[nameField] ?? '' }));
}

function codesOf(terms: readonly { code?: string | null }[] | null | undefined): string[] {
  return (terms ?? []).flatMap((term) => (term.code ? [term.code] : []));
}

function timesOf(value: unknown): AvailableTime[] {
  return Array.isArray(value) ? value.filter((time): time is AvailableTime => (AVAILABLE_TIMES as readonly unknown[]).includes(time)) : [];
}

function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? '');
}

function dateOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
