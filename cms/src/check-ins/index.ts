import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  CHECK_IN_ANSWER_KINDS,
  MATCH_PEOPLE,
  isOpenMatch,
  isUrgentCheckInAnswer,
  type CheckInAnswer,
  type LonelinessScores,
  type MatchPerson,
} from '@cb/domain';
import { configOf } from '../config';
import { addToTimeline, type Author } from '../matching/timeline';
import { clearedField } from '../matching/workflow';
import { outboxOf, type DurableOutbox, type JobPayload } from '../outbox';
import { send } from '../notifications';
import { brusselsDate } from '../notifications/back-office';
import { readConfirmedMatch, type ConfirmedMatch, type Recipient } from '../notifications/back-office-records';
import { readPlatformContact } from '../notifications/submission';
import { checkInMail } from '../notifications/templates/check-in';
import type { LinkGrant } from './links';
import { checkInLinks, type DueCheckIn } from './urls';
import { awayUrl } from '../holiday-cover/links';
import { CHECK_IN_ANSWERS_TABLE, ensureCheckInAnswersTable } from './table';

/**
 * Check-ins after a match: at each of CHECK_IN_DAYS after staff confirm contact, each person with an
 * email gets a mail asking how it goes, answered by one click on a signed link; a check-in left
 * unanswered puts the match on the follow-up list. Every step is an outbox job held back until its
 * time: recorded in the database, run once across replicas under the outbox's lease, kept across restarts.
 */

const MATCH = 'api::match.match';
const REQUEST = 'api::help-request.help-request';
const CHECK_IN_MAIL = 'check-in-mail';
const CHECK_IN_NO_ANSWER = 'check-in-no-answer';
const DAY_MS = 24 * 3_600_000;

export { CHECK_IN_ANSWERS_TABLE } from './table';
export { concernUrl } from './urls';

export async function prepareCheckIns(strapi: Core.Strapi, outbox: DurableOutbox): Promise<void> {
  await ensureCheckInAnswersTable(strapi.db.connection);
  outbox.handle(CHECK_IN_MAIL, async (payload, job) => {
    const due = checkInOf(payload);
    if (!due) return;
    const state = await matchState(strapi, due.match);
    if (!state || !state.open || state.paused) return;
    const recipient = recipientOf(state.people, due.person);
    if (!recipient?.email) return;
    // Recorded before the mail leaves: a mail sent again after a crash finds the same job (dedupe key).
    await outboxOf(strapi).record(CHECK_IN_NO_ANSWER, payload, {
      label: `check-in after ${due.checkIn} days unanswered? (${due.person} of ${recipient.reference})`,
      dedupeKey: `${CHECK_IN_NO_ANSWER}:${due.match}:${due.person}:${due.checkIn}`,
      dueAt: Date.now() + configOf(strapi).checkIns.noAnswerDays * DAY_MS,
    });
    const offer = due.person === 'volunteer' ? state.relations.helpOffer : undefined;
    const links = { ...checkInLinks(strapi, due, recipient.formLocale), away: offer ? awayUrl(strapi, offer, recipient.formLocale) : undefined };
    await send(strapi, recipient.email, checkInMail(due.person, recipient, links, await readPlatformContact(strapi, recipient.formLocale)), job);
  });
  outbox.handle(CHECK_IN_NO_ANSWER, async (payload) => {
    const due = checkInOf(payload);
    if (!due || (await answerOf(strapi, due))) return;
    const state = await matchState(strapi, due.match);
    if (!state || !state.open || state.paused) return;
    const today = brusselsDate(new Date());
    await strapi.db.transaction(async () => {
      if (!state.followUpOn || state.followUpOn > today) await strapi.documents(MATCH).update({ documentId: due.match, data: { followUpOn: today } });
      await addToTimeline(strapi, undefined, { kind: 'check-in-unanswered', person: due.person, ...state.relations, match: due.match });
    });
  });
}

/** Call when staff confirm contact on a match: one check-in job per person with an email and per CHECK_IN_DAYS, held back until its day. */
export async function scheduleCheckIns(strapi: Core.Strapi, matchDocumentId: string, confirmedAt = new Date()): Promise<number> {
  const match = await readConfirmedMatch(strapi, matchDocumentId);
  if (!match || match.kind !== 'match') return 0;
  let scheduled = 0;
  for (const checkIn of configOf(strapi).checkIns.afterDays) {
    for (const person of MATCH_PEOPLE) {
      const recipient = recipientOf(match, person);
      if (!recipient?.email) continue;
      await outboxOf(strapi).record(CHECK_IN_MAIL, { match: matchDocumentId, person, checkIn } satisfies JobPayload, {
        label: `check-in after ${checkIn} days to the ${person} for ${recipient.reference}`,
        dedupeKey: `${CHECK_IN_MAIL}:${matchDocumentId}:${person}:${checkIn}`,
        dueAt: confirmedAt.getTime() + checkIn * DAY_MS,
      });
      scheduled += 1;
    }
  }
  return scheduled;
}

export type AnswerOutcome = 'recorded' | 'already-answered' | 'gone';

/**
 * Records one person's answer to one check-in, once: a second post of the same link (a double click,
 * a replay) changes nothing. "It's not working" and "please call me" make the request urgent.
 */
/**
 * The requester's last check-in (six weeks after contact by default) asks the loneliness scale again, with
 * consent, to compare with the measure at intake. The volunteer is never asked.
 */
export function asksLoneliness(strapi: Core.Strapi, grant: LinkGrant): boolean {
  const { afterDays } = configOf(strapi).checkIns;
  return grant.purpose === 'check-in' && grant.person === 'requester' && afterDays.length > 0 && grant.checkIn === Math.max(...afterDays);
}

export async function recordAnswer(strapi: Core.Strapi, grant: LinkGrant, answer: CheckInAnswer, loneliness?: LonelinessScores): Promise<AnswerOutcome> {
  if (grant.purpose !== 'check-in' || grant.checkIn === undefined) return 'gone';
  const state = await matchState(strapi, grant.match);
  if (!state || state.anonymised) return 'gone';
  const nonce = randomUUID();
  return strapi.db.transaction(async ({ trx }) => {
    const table = () => strapi.db.connection(CHECK_IN_ANSWERS_TABLE).transacting(trx);
    const key = { match_document_id: grant.match, person: grant.person, check_in: grant.checkIn };
    await table()
      .insert({ ...key, answer, nonce, answered_at: Date.now() })
      .onConflict(['match_document_id', 'person', 'check_in'])
      .ignore();
    const won = (await table()
      .where({ ...key, nonce })
      .first('id')) as { id: number } | undefined;
    if (!won) return 'already-answered';
    await addToTimeline(strapi, undefined, { kind: CHECK_IN_ANSWER_KINDS[answer], person: grant.person, ...state.relations, match: grant.match });
    if (isUrgentCheckInAnswer(answer)) await markUrgent(strapi, state.relations.helpRequest, false);
    if (loneliness && asksLoneliness(strapi, grant)) await keepSecondMeasure(strapi, state.relations.helpRequest, loneliness);
    return 'recorded';
  });
}

export interface Concern {
  match: string;
  person: MatchPerson;
  text: string;
  callMe: boolean;
  /** Staff only: pause the match at once. */
  pauseMatch?: boolean | undefined;
}

/**
 * A concern about a match, from its link or typed by staff from a phone call: on the case's timeline
 * only (staff read it; no mail or page of the other person does), the request urgent and at the top
 * of the queue until staff take the urgency off.
 */
export async function recordConcern(strapi: Core.Strapi, concern: Concern, author?: Author): Promise<'recorded' | 'gone'> {
  const state = await matchState(strapi, concern.match);
  if (!state || state.anonymised) return 'gone';
  await strapi.db.transaction(async () => {
    await addToTimeline(strapi, author, {
      kind: concern.callMe ? 'concern-call-me' : 'concern',
      text: concern.text,
      person: concern.person,
      ...state.relations,
      match: concern.match,
    });
    await markUrgent(strapi, state.relations.helpRequest, true);
    if (concern.pauseMatch && !state.paused) await setPaused(strapi, concern.match, state, true, author);
  });
  return 'recorded';
}

/** Staff pause a match (no check-in mails meanwhile) or let it go on. */
export async function pauseMatch(strapi: Core.Strapi, match: string, paused: boolean, author?: Author): Promise<'changed' | 'unchanged' | 'gone'> {
  const state = await matchState(strapi, match);
  if (!state || state.anonymised) return 'gone';
  if (state.paused === paused) return 'unchanged';
  await strapi.db.transaction(() => setPaused(strapi, match, state, paused, author));
  return 'changed';
}

interface MatchState {
  open: boolean;
  paused: boolean;
  anonymised: boolean;
  followUpOn: string | null;
  relations: { helpRequest?: string | undefined; helpOffer?: string | undefined };
  people: ConfirmedMatch;
}

async function matchState(strapi: Core.Strapi, documentId: string): Promise<MatchState | undefined> {
  const row = await strapi.documents(MATCH).findOne({
    documentId,
    fields: ['caseStatus', 'pausedAt', 'anonymisedAt', 'followUpOn'],
    populate: { helpRequest: { fields: ['documentId'] }, helpOffer: { fields: ['documentId'] } },
  });
  const people = row ? await readConfirmedMatch(strapi, documentId) : undefined;
  if (!row || !people) return undefined;
  return {
    open: isOpenMatch(row.caseStatus ?? 'proposed'),
    paused: Boolean(row.pausedAt),
    anonymised: Boolean(row.anonymisedAt),
    // SQLite gives the date as text, PostgreSQL may give a Date.
    followUpOn: row.followUpOn ? (row.followUpOn instanceof Date ? row.followUpOn.toISOString() : String(row.followUpOn)).slice(0, 10) : null,
    relations: { helpRequest: row.helpRequest?.documentId, helpOffer: row.helpOffer?.documentId },
    people,
  };
}

async function setPaused(strapi: Core.Strapi, match: string, state: MatchState, paused: boolean, author: Author | undefined): Promise<void> {
  await strapi.documents(MATCH).update({ documentId: match, data: { pausedAt: paused ? new Date().toISOString() : clearedField() } });
  await addToTimeline(strapi, author, { kind: paused ? 'match-paused' : 'match-resumed', ...state.relations, match });
}

async function markUrgent(strapi: Core.Strapi, request: string | undefined, concern: boolean): Promise<void> {
  if (!request) return;
  await strapi.documents(REQUEST).update({ documentId: request, data: { urgency: 'urgent', ...(concern ? { concernOpen: true } : {}) } });
}

/** The scale's scores at the six-week check-in, on the request; consent counts from now if not given at intake. */
async function keepSecondMeasure(strapi: Core.Strapi, request: string | undefined, scores: LonelinessScores): Promise<void> {
  if (!request) return;
  const row = await strapi.documents(REQUEST).findOne({ documentId: request, fields: ['lonelinessConsentedAt'] });
  if (!row) return;
  const now = new Date().toISOString();
  await strapi.documents(REQUEST).update({
    documentId: request,
    data: { lonelinessAtFollowUp: { ...scores }, lonelinessFollowUpAt: now, ...(row.lonelinessConsentedAt ? {} : { lonelinessConsentedAt: now }) },
  });
}

/** Whether this person has answered this check-in (the answer page says so instead of asking again). */
export async function answerOf(strapi: Core.Strapi, due: DueCheckIn): Promise<boolean> {
  const row: unknown = await strapi.db
    .connection(CHECK_IN_ANSWERS_TABLE)
    .where({ match_document_id: due.match, person: due.person, check_in: due.checkIn })
    .first('id');
  return row !== undefined;
}

function checkInOf(payload: JobPayload): DueCheckIn | undefined {
  const person = MATCH_PEOPLE.find((candidate) => candidate === payload.person);
  const { match, checkIn } = payload;
  return person && typeof match === 'string' && typeof checkIn === 'number' ? { match, person, checkIn } : undefined;
}

function recipientOf(match: ConfirmedMatch, person: MatchPerson): Recipient | undefined {
  return person === 'requester' ? match.requester : match.volunteer;
}
