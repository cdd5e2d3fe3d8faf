import type { Core } from '@strapi/strapi';
import {
  OFFER_AS,
  OPEN_MATCH_STATUSES,
  pairMatchability,
  offerStatusFor,
  requestCanTakeMatch,
  requestStatusFor,
  type MatchKind,
  type MatchRefusal,
  type MatchStatus,
  type OfferAs,
  type OfferLoad,
  type OfferScreening,
  type OfferStatus,
} from '@cb/domain';
import { STAFF_TEXTS, type StaffTextId } from '../staff-texts';
import { addToTimeline, type Author } from './timeline';
import { offerScreeningOf, screeningPolicy, SCREENING_FIELDS, SCREENING_POPULATE } from './screening';

/**
 * A match connects a request to an offer; a referral passes a request on to an initiative or an
 * organisation. Both move through the same statuses, and the request and the offer move with them
 * (the rules are in @cb/domain's cases): staff change the match, never the three records one by one.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

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

/** A change the workflow refuses, named by the staff text that tells staff why (English in logs). */
export class WorkflowError extends Error {
  constructor(readonly problem: StaffTextId) {
    super(STAFF_TEXTS.en[problem]);
  }
}

/** An offer that may not be matched now (@cb/domain's `offerMatchability`): the back office says why in the staff member's words. */
export class MatchRefused extends WorkflowError {
  constructor(readonly refusal: MatchRefusal) {
    super(`screening.match.${refusal}`);
  }
}

/** Staff's notes go on the timeline of the case (see timeline.ts), never into the match: each is added, none replaced. */
export async function createMatch(strapi: Core.Strapi, input: NewMatch, author?: Author): Promise<{ documentId: string }> {
  return strapi.db.transaction(async () => {
    await openRequest(strapi, input.helpRequest);
    const offer = await offerLoad(strapi, input.helpOffer);
    const matchability = pairMatchability(offer, screeningPolicy(strapi), await inOpenMatch(strapi, input.helpRequest, input.helpOffer));
    if (!matchability.matchable) throw new MatchRefused(matchability.refusal);
    const match = await strapi.documents(MATCH).create({
      data: {
        kind: 'match',
        caseStatus: 'proposed',
        helpRequest: input.helpRequest,
        helpOffer: input.helpOffer,
        followUpOn: input.followUpOn,
        sharedWithRequester: input.sharedWithRequester,
        sharedWithVolunteer: input.sharedWithVolunteer,
      },
    });
    await addToTimeline(strapi, author, {
      kind: 'match-created',
      text: input.notes,
      helpRequest: input.helpRequest,
      helpOffer: input.helpOffer,
      match: match.documentId,
    });
    await settle(strapi, 'match', 'proposed', input.helpRequest, input.helpOffer);
    return { documentId: match.documentId };
  });
}

export async function createReferral(strapi: Core.Strapi, input: NewReferral, author?: Author): Promise<{ documentId: string }> {
  if (!input.initiativeDocumentId === !input.organisationDocumentId) {
    throw new WorkflowError('problem.one-referral-target');
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
      },
    });
    await addToTimeline(strapi, author, { kind: 'referral-created', text: input.notes, helpRequest: input.helpRequest, match: referral.documentId });
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
export async function moveMatch(strapi: Core.Strapi, matchDocumentId: string, change: MatchChange, author?: Author): Promise<{ confirmed: boolean }> {
  return strapi.db.transaction(async () => {
    const match = await strapi.documents(MATCH).findOne({
      documentId: matchDocumentId,
      fields: ['kind', 'caseStatus', 'confirmedAt'],
      populate: { helpRequest: { fields: ['documentId'] }, helpOffer: { fields: ['documentId'] } },
    });
    if (!match) throw new WorkflowError('problem.no-match');
    const firstContact = change.status === 'contacted' && !match.confirmedAt;
    await strapi.documents(MATCH).update({
      documentId: matchDocumentId,
      data: {
        caseStatus: change.status,
        ...(change.followUpOn !== undefined ? { followUpOn: change.followUpOn ?? clearedField() } : {}),
        ...(firstContact ? { confirmedAt: new Date().toISOString() } : {}),
      },
    });
    const moved = change.status !== match.caseStatus;
    if (moved || change.notes) {
      await addToTimeline(strapi, author, {
        kind: moved ? 'match-moved' : 'note',
        toStatus: moved ? change.status : undefined,
        text: change.notes,
        helpRequest: match.helpRequest?.documentId,
        helpOffer: match.helpOffer?.documentId,
        match: matchDocumentId,
      });
    }
    await settle(strapi, match.kind ?? 'match', change.status, match.helpRequest?.documentId, match.helpOffer?.documentId);
    return { confirmed: firstContact };
  });
}

/** Matches and referrals whose follow-up date has come (today included) and that are still open. */
export async function dueFollowUps(strapi: Core.Strapi, today: string) {
  return strapi.documents(MATCH).findMany({
    filters: { followUpOn: { $lte: today }, caseStatus: { $in: [...OPEN_MATCH_STATUSES] } },
    fields: ['kind', 'caseStatus', 'followUpOn'],
    populate: { helpRequest: { fields: ['reference'] }, helpOffer: { fields: ['reference'] } },
    sort: { followUpOn: 'asc' },
  });
}

async function settle(strapi: Core.Strapi, kind: MatchKind, status: MatchStatus, requestId: string | undefined, offerId: string | undefined): Promise<void> {
  if (requestId) {
    await strapi.documents(REQUEST).update({ documentId: requestId, data: { caseStatus: requestStatusFor(kind, status) } });
  }
  if (offerId) {
    const offer = await offerLoad(strapi, offerId);
    const next = offerStatusFor(offer.caseStatus, offer);
    if (next !== offer.caseStatus) await strapi.documents(OFFER).update({ documentId: offerId, data: { caseStatus: next } });
  }
}

/** Whether the request and the offer are already in an open match together. */
async function inOpenMatch(strapi: Core.Strapi, helpRequest: string, helpOffer: string): Promise<boolean> {
  const open = await strapi.documents(MATCH).count({
    filters: {
      kind: 'match',
      caseStatus: { $in: [...OPEN_MATCH_STATUSES] },
      helpRequest: { documentId: helpRequest },
      helpOffer: { documentId: helpOffer },
    },
  });
  return open > 0;
}

async function openRequest(strapi: Core.Strapi, documentId: string): Promise<void> {
  const request = await strapi.documents(REQUEST).findOne({ documentId, fields: ['caseStatus'] });
  if (!request) throw new WorkflowError('problem.no-request');
  if (!requestCanTakeMatch(request.caseStatus ?? 'new')) throw new WorkflowError('problem.request-closed');
}

async function offerLoad(strapi: Core.Strapi, documentId: string): Promise<OfferLoad & OfferScreening & { caseStatus: OfferStatus }> {
  const offer = await strapi.documents(OFFER).findOne({
    documentId,
    fields: ['caseStatus', 'capacity', 'anonymisedAt', ...SCREENING_FIELDS],
    populate: { matches: { fields: ['id'], filters: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } }, ...SCREENING_POPULATE },
  });
  if (!offer) throw new WorkflowError('problem.no-offer');
  return {
    ...offerScreeningOf(offer),
    caseStatus: offer.caseStatus ?? 'new',
    offerAs: offerAsOf(offer.offerAs),
    capacity: offer.capacity ?? null,
    openMatches: offer.matches?.length ?? 0,
    anonymised: Boolean(offer.anonymisedAt),
  };
}

/** Offers stored before `offerAs` was required count as a person's. */
export function offerAsOf(value: unknown): OfferAs {
  return OFFER_AS.find((candidate) => candidate === value) ?? 'person';
}

/**
 * Strapi's input types have no null, yet the Document Service empties a field given null: the one
 * place where the back office's writes clear a field (a follow-up date staff removed, a decision
 * taken back) says so.
 */
export function clearedField(): undefined {
  // eslint-disable-next-line no-restricted-syntax -- the one deliberate null, explained above
  return null as unknown as undefined;
}
