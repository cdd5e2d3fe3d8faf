import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { AWAY_LOOKAHEAD_DAYS, OPEN_MATCH_STATUSES, addDays, matchesWithVolunteerAway, offerStatusFor, type OfferStatus } from '@cb/domain';
import { CaseRefused } from '../matching/case-actions';
import { addToTimeline, type Author } from '../matching/timeline';
import { clearedField, offerAsOf } from '../matching/workflow';
import { AWAY_LINK_USES_TABLE, tokenHash, type AwayGrant } from './links';

/**
 * Holiday cover (issue #14): the days a volunteer is away, set by staff on the offer's page or by the
 * volunteer through the signed link in their mails, and the open matches whose volunteer is away in
 * the coming week, which the morning digest lists. The rules are @cb/domain's holiday-cover.
 */

const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

/** An away period already checked (`awayPeriodProblems`): both days, or neither; capacity left out stays as it is. */
export interface AvailabilityChange {
  awayFrom: string | null;
  awayUntil: string | null;
  capacity?: number | null | undefined;
}

export interface Availability {
  documentId: string;
  awayFrom: string | null;
  awayUntil: string | null;
  /** What the volunteer said; null: not said (@cb/domain capacityOf gives the default). */
  capacity: number | null;
  caseStatus: OfferStatus;
}

/** Offer statuses that follow the offer's load; new, paused and closed stay as they are. */
const STATUSES_FOLLOWING_LOAD: readonly OfferStatus[] = ['available', 'busy'];

const dayOrClear = (day: string | null) => day ?? clearedField();

/**
 * Saves an offer's away days (and its capacity, when given) with a line on its timeline; a changed
 * capacity moves an available or busy offer to the status its load implies. `author` none: the volunteer.
 */
export async function setAvailability(strapi: Core.Strapi, documentId: string, change: AvailabilityChange, author: Author | undefined): Promise<Availability> {
  return strapi.db.transaction(async () => {
    const row = await strapi.documents(OFFER).findOne({
      documentId,
      fields: ['caseStatus', 'offerAs', 'capacity', 'anonymisedAt'],
      populate: { matches: { fields: ['id'], filters: { caseStatus: { $in: [...OPEN_MATCH_STATUSES] } } } },
    });
    if (!row) throw new CaseRefused('not-found');
    if (row.anonymisedAt) throw new CaseRefused('anonymised');
    if (row.caseStatus === 'closed') throw new CaseRefused('case-closed');
    const capacity = change.capacity === undefined ? (row.capacity ?? null) : change.capacity;
    const current = row.caseStatus ?? 'new';
    const caseStatus = STATUSES_FOLLOWING_LOAD.includes(current)
      ? offerStatusFor(current, { offerAs: offerAsOf(row.offerAs), capacity, openMatches: row.matches?.length ?? 0 })
      : current;
    await strapi.documents(OFFER).update({
      documentId,
      data: { awayFrom: dayOrClear(change.awayFrom), awayUntil: dayOrClear(change.awayUntil), capacity: capacity ?? clearedField(), caseStatus },
    });
    await addToTimeline(strapi, author, { kind: 'availability-changed', helpOffer: documentId, toStatus: caseStatus === current ? undefined : caseStatus });
    return { documentId, awayFrom: change.awayFrom, awayUntil: change.awayUntil, capacity, caseStatus };
  });
}

/** An open match whose volunteer is away in the coming week: references only, for staff to look up. */
export interface AwayMatch {
  matchDocumentId: string;
  requestReference: string | undefined;
  offerReference: string;
  awayFrom: string;
  awayUntil: string;
}

const dayOf = (value: unknown): string | null => (typeof value === 'string' && value ? value.slice(0, 10) : null);

/** The open matches whose volunteer is away on some day from `today` (a Brussels day, YYYY-MM-DD) to AWAY_LOOKAHEAD_DAYS later, oldest first. */
export async function awayMatches(strapi: Core.Strapi, today: string): Promise<AwayMatch[]> {
  const rows = await strapi.documents(MATCH).findMany({
    filters: {
      kind: 'match',
      caseStatus: { $in: [...OPEN_MATCH_STATUSES] },
      helpOffer: { awayFrom: { $lte: addDays(today, AWAY_LOOKAHEAD_DAYS) }, awayUntil: { $gte: today } },
    },
    fields: ['kind', 'caseStatus'],
    populate: { helpRequest: { fields: ['reference'] }, helpOffer: { fields: ['reference', 'awayFrom', 'awayUntil'] } },
    sort: ['id:asc'],
  });
  const matches = rows.map((row) => ({
    kind: row.kind ?? 'match',
    caseStatus: row.caseStatus ?? 'proposed',
    documentId: row.documentId,
    requestReference: row.helpRequest?.reference ?? undefined,
    helpOffer: row.helpOffer
      ? { reference: row.helpOffer.reference ?? '', awayFrom: dayOf(row.helpOffer.awayFrom), awayUntil: dayOf(row.helpOffer.awayUntil) }
      : null,
  }));
  return matchesWithVolunteerAway(matches, today).flatMap(({ documentId, requestReference, helpOffer }) =>
    helpOffer?.awayFrom && helpOffer.awayUntil
      ? [{ matchDocumentId: documentId, requestReference, offerReference: helpOffer.reference, awayFrom: helpOffer.awayFrom, awayUntil: helpOffer.awayUntil }]
      : [],
  );
}

export type AwayLinkOutcome = 'recorded' | 'already' | 'gone';

/**
 * The volunteer's own away days, through the signed link (holiday-cover/links.ts): the link is used
 * up in the same transaction, so a replayed or racing post records nothing. A closed, forgotten or
 * removed offer is "gone".
 */
export async function setAvailabilityByLink(
  strapi: Core.Strapi,
  token: string,
  grant: AwayGrant,
  period: { awayFrom: string | null; awayUntil: string | null },
): Promise<AwayLinkOutcome> {
  const nonce = randomUUID();
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      const uses = () => strapi.db.connection(AWAY_LINK_USES_TABLE).transacting(trx);
      const token_hash = tokenHash(token);
      await uses().insert({ token_hash, nonce, used_at: Date.now() }).onConflict(['token_hash']).ignore();
      const won = (await uses().where({ token_hash, nonce }).first('id')) as { id: number } | undefined;
      if (!won) return 'already';
      await setAvailability(strapi, grant.offer, period, undefined);
      return 'recorded';
    });
  } catch (error) {
    if (error instanceof CaseRefused) return 'gone';
    throw error;
  }
}
