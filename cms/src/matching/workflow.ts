import type { Core } from '@strapi/strapi';
import type { MATCH_KINDS, MATCH_STATUSES, HELP_REQUEST_STATUSES, HELP_OFFER_STATUSES } from '@cb/domain';
import { OPEN_MATCH_CAPACITY } from './scoring';

/**
 * A match connects a request to an offer; a referral passes a request on to an initiative or an
 * organisation. Both move through the same statuses, and the request and the offer move with them:
 * staff change the match, never the three records one by one.
 */

export type MatchKind = (typeof MATCH_KINDS)[number];
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type RequestStatus = (typeof HELP_REQUEST_STATUSES)[number];
export type OfferStatus = (typeof HELP_OFFER_STATUSES)[number];

/** A match in one of these still needs staff attention and keeps the offer occupied. */
export const OPEN_MATCH_STATUSES = ['proposed', 'contacted', 'active'] as const satisfies readonly MatchStatus[];

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

export function isOpen(status: MatchStatus): boolean {
  return (OPEN_MATCH_STATUSES as readonly MatchStatus[]).includes(status);
}

/** Where the request stands once its match or referral has this status. */
export function requestStatusFor(kind: MatchKind, status: MatchStatus): RequestStatus {
  if (status === 'ended') return 'closed';
  if (status === 'did-not-work-out') return 'in-progress';
  if (kind === 'referral') return 'referred';
  return status === 'active' ? 'matched' : 'in-progress';
}

/** Paused and closed are staff decisions; otherwise an offer is busy while it carries all it can. */
export function offerStatusFor(current: OfferStatus, offerAs: keyof typeof OPEN_MATCH_CAPACITY, openMatches: number): OfferStatus {
  if (current === 'paused' || current === 'closed') return current;
  return openMatches >= OPEN_MATCH_CAPACITY[offerAs] ? 'busy' : 'available';
}

export interface NewMatch {
  helpRequest: string;
  helpOffer: string;
  followUpOn?: string | undefined;
  sharedWithRequester?: string | undefined;
  sharedWithVolunteer?: string | undefined;
  notes?: string | undefined;
}

export interface NewReferral {
  helpRequest: string;
  initiativeDocumentId?: string | undefined;
  organisationDocumentId?: string | undefined;
  followUpOn?: string | undefined;
  sharedWithRequester?: string | undefined;
  notes?: string | undefined;
}

export class WorkflowError extends Error {}

type Row = Record<string, unknown>;

export async function createMatch(strapi: Core.Strapi, input: NewMatch): Promise<{ documentId: string }> {
  return strapi.db.transaction(async () => {
    await openRequest(strapi, input.helpRequest);
    const offer = await offerWithOpenMatches(strapi, input.helpOffer);
    if (offer.caseStatus === 'paused' || offer.caseStatus === 'closed' || offer.openMatches >= OPEN_MATCH_CAPACITY[offer.offerAs]) {
      throw new WorkflowError('This offer is not free at the moment');
    }
    const match = await strapi.documents(MATCH).create({
      data: {
        kind: 'match',
        caseStatus: 'proposed',
        helpRequest: input.helpRequest,
        helpOffer: input.helpOffer,
        followUpOn: input.followUpOn,
        sharedWithRequester: input.sharedWithRequester,
        sharedWithVolunteer: input.sharedWithVolunteer,
        notes: input.notes,
      } as never,
    });
    await settle(strapi, 'match', 'proposed', input.helpRequest, input.helpOffer);
    return { documentId: match.documentId };
  });
}

export async function createReferral(strapi: Core.Strapi, input: NewReferral): Promise<{ documentId: string }> {
  if (!input.initiativeDocumentId === !input.organisationDocumentId) {
    throw new WorkflowError('Refer to one initiative or one organisation');
  }
  return strapi.db.transaction(async () => {
    await openRequest(strapi, input.helpRequest);
    const referral = await strapi.documents(MATCH).create({
      data: {
        kind: 'referral',
        caseStatus: 'proposed',
        helpRequest: input.helpRequest,
        initiativeDocumentId: input.initiativeDocumentId,
        organisationDocumentId: input.organisationDocumentId,
        followUpOn: input.followUpOn,
        sharedWithRequester: input.sharedWithRequester,
        notes: input.notes,
      } as never,
    });
    await settle(strapi, 'referral', 'proposed', input.helpRequest, undefined);
    return { documentId: referral.documentId };
  });
}

export interface MatchChange {
  status: MatchStatus;
  followUpOn?: string | null | undefined;
  notes?: string | undefined;
}

/**
 * Moves a match or referral on; the request and the offer follow. `confirmed` is true when this
 * change is staff's first confirmed contact: the moment both people are told by email.
 */
export async function moveMatch(strapi: Core.Strapi, matchDocumentId: string, change: MatchChange): Promise<{ confirmed: boolean }> {
  return strapi.db.transaction(async () => {
    const match = (await strapi.db.query(MATCH).findOne({
      where: { documentId: matchDocumentId },
      select: ['kind', 'caseStatus', 'confirmedAt'],
      populate: { helpRequest: { select: ['documentId'] }, helpOffer: { select: ['documentId'] } },
    })) as Row | null;
    if (!match) throw new WorkflowError('No such match');
    const firstContact = change.status === 'contacted' && !match.confirmedAt;
    await strapi.documents(MATCH).update({
      documentId: matchDocumentId,
      data: {
        caseStatus: change.status,
        ...(change.followUpOn !== undefined ? { followUpOn: change.followUpOn } : {}),
        ...(change.notes !== undefined ? { notes: change.notes } : {}),
        ...(firstContact ? { confirmedAt: new Date().toISOString() } : {}),
      } as never,
    });
    const requestId = (match.helpRequest as Row | null)?.documentId as string | undefined;
    const offerId = (match.helpOffer as Row | null)?.documentId as string | undefined;
    await settle(strapi, match.kind as MatchKind, change.status, requestId, offerId);
    return { confirmed: firstContact };
  });
}

/** Matches and referrals whose follow-up date has come (today included) and that are still open. */
export async function dueFollowUps(strapi: Core.Strapi, today: string): Promise<Row[]> {
  return (await strapi.db.query(MATCH).findMany({
    where: { followUpOn: { $lte: today }, caseStatus: { $in: [...OPEN_MATCH_STATUSES] } },
    select: ['documentId', 'kind', 'caseStatus', 'followUpOn'],
    populate: { helpRequest: { select: ['documentId', 'reference'] }, helpOffer: { select: ['documentId', 'reference'] } },
    orderBy: { followUpOn: 'asc' },
  })) as Row[];
}

async function settle(strapi: Core.Strapi, kind: MatchKind, status: MatchStatus, requestId: string | undefined, offerId: string | undefined): Promise<void> {
  if (requestId) {
    await strapi.documents(REQUEST).update({ documentId: requestId, data: { caseStatus: requestStatusFor(kind, status) } as never });
  }
  if (offerId) {
    const offer = await offerWithOpenMatches(strapi, offerId);
    const next = offerStatusFor(offer.caseStatus, offer.offerAs, offer.openMatches);
    if (next !== offer.caseStatus) await strapi.documents(OFFER).update({ documentId: offerId, data: { caseStatus: next } as never });
  }
}

async function openRequest(strapi: Core.Strapi, documentId: string): Promise<void> {
  const request = (await strapi.db.query(REQUEST).findOne({ where: { documentId }, select: ['caseStatus'] })) as Row | null;
  if (!request) throw new WorkflowError('No such help request');
  if (request.caseStatus === 'closed') throw new WorkflowError('This help request is closed');
}

async function offerWithOpenMatches(strapi: Core.Strapi, documentId: string) {
  const offer = (await strapi.db.query(OFFER).findOne({
    where: { documentId },
    select: ['caseStatus', 'offerAs'],
    populate: { matches: { select: ['id'], where: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } } },
  })) as Row | null;
  if (!offer) throw new WorkflowError('No such help offer');
  return {
    caseStatus: offer.caseStatus as OfferStatus,
    offerAs: (offer.offerAs === 'organisation' ? 'organisation' : 'person') as keyof typeof OPEN_MATCH_CAPACITY,
    openMatches: Array.isArray(offer.matches) ? offer.matches.length : 0,
  };
}
