import type { Core } from '@strapi/strapi';
import {
  OFFER_ACTION_KINDS,
  OPEN_MATCH_STATUSES,
  REQUEST_ACTION_KINDS,
  offerTransition,
  requestTransition,
  type CaseRefusal,
  type OfferAction,
  type RequestAction,
} from '@cb/domain';
import { addToTimeline, type Author } from './timeline';
import { offerAsOf } from './workflow';

/**
 * What staff do to a request or an offer besides matching: each change is allowed or refused by
 * the rules in @cb/domain's cases, made in one transaction with its line on the timeline.
 */

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';

/** A change the rules refuse, with the rule's code: the back office says it in the staff member's words. */
export class CaseRefused extends Error {
  constructor(readonly refusal: CaseRefusal | 'not-found') {
    super(refusal);
  }
}

const openMatchFilter = { fields: ['id' as const], filters: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } };

export async function actOnRequest(
  strapi: Core.Strapi,
  documentId: string,
  request: RequestAction & { note?: string | undefined },
  author: Author | undefined,
) {
  return strapi.db.transaction(async () => {
    const row = await strapi.documents(REQUEST).findOne({
      documentId,
      fields: ['caseStatus', 'urgency', 'anonymisedAt'],
      populate: { matches: openMatchFilter },
    });
    if (!row) throw new CaseRefused('not-found');
    const decided = requestTransition(
      { caseStatus: row.caseStatus ?? 'new', urgency: row.urgency ?? 'normal', openMatches: row.matches?.length ?? 0, anonymised: Boolean(row.anonymisedAt) },
      request,
    );
    if (!decided.ok) throw new CaseRefused(decided.refusal);
    // Taking the urgency off is staff's word that the concern behind it, if any, is dealt with.
    const concernDealtWith = request.action === 'unmark-urgent' ? { concernOpen: false } : {};
    await strapi.documents(REQUEST).update({ documentId, data: { ...decided.change, ...concernDealtWith } });
    await addToTimeline(strapi, author, {
      kind: REQUEST_ACTION_KINDS[request.action],
      helpRequest: documentId,
      toStatus: decided.change.caseStatus,
      closeReason: request.action === 'close' ? request.reason : undefined,
      text: request.note,
    });
    return { documentId, caseStatus: decided.change.caseStatus ?? row.caseStatus ?? 'new', urgency: decided.change.urgency ?? row.urgency ?? 'normal' };
  });
}

export async function actOnOffer(strapi: Core.Strapi, documentId: string, action: OfferAction, note: string | undefined, author: Author | undefined) {
  return strapi.db.transaction(async () => {
    const row = await strapi.documents(OFFER).findOne({
      documentId,
      fields: ['caseStatus', 'offerAs', 'capacity', 'anonymisedAt'],
      populate: { matches: openMatchFilter },
    });
    if (!row) throw new CaseRefused('not-found');
    const decided = offerTransition(
      {
        caseStatus: row.caseStatus ?? 'new',
        offerAs: offerAsOf(row.offerAs),
        capacity: row.capacity ?? null,
        openMatches: row.matches?.length ?? 0,
        anonymised: Boolean(row.anonymisedAt),
      },
      action,
    );
    if (!decided.ok) throw new CaseRefused(decided.refusal);
    await strapi.documents(OFFER).update({ documentId, data: decided.change });
    await addToTimeline(strapi, author, { kind: OFFER_ACTION_KINDS[action], helpOffer: documentId, toStatus: decided.change.caseStatus, text: note });
    return { documentId, caseStatus: decided.change.caseStatus };
  });
}

/** A note on a request or an offer: added, never replacing one. */
export async function addNote(strapi: Core.Strapi, of: { helpRequest: string } | { helpOffer: string }, text: string, author: Author | undefined) {
  const uid = 'helpRequest' in of ? REQUEST : OFFER;
  const documentId = 'helpRequest' in of ? of.helpRequest : of.helpOffer;
  return strapi.db.transaction(async () => {
    const row = await strapi.documents(uid).findOne({ documentId, fields: ['anonymisedAt'] });
    if (!row) throw new CaseRefused('not-found');
    if (row.anonymisedAt) throw new CaseRefused('anonymised');
    await addToTimeline(strapi, author, { kind: 'note', text, ...of });
  });
}
