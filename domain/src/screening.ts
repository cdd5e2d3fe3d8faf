import { offerCanTakeMatch, offerIsFull, type OfferAs, type OfferLoad } from './cases.js';
import { addDays } from './activities/calendar-days.js';
import { brusselsDay } from './format.js';

/**
 * A volunteer is screened before any match, as befriending services do: a conversation with staff,
 * references checked (or waived, with a reason), the code of conduct accepted and the information note
 * that Belgian law on volunteers requires given in the volunteer's language. A screening holds for a
 * while (SCREENING_VALID_MONTHS in the CMS), then the offer is "to screen" again; an organisation's
 * offers follow the organisation's own screening, which staff check once.
 *
 * `offerMatchability` is the one rule that says whether an offer may be suggested or matched: the CMS's
 * suggestions and its match workflow both ask it.
 */

/** How long a screening holds unless the CMS is configured otherwise. */
export const DEFAULT_SCREENING_VALID_MONTHS = 24;

/** The versions of the texts a volunteer accepts and receives; a new text gets a new version here and on its page. */
export const CODE_OF_CONDUCT_VERSION = '2026-12';
export const INFORMATION_NOTE_VERSION = '2026-12';

// The two texts are CMS pages (keys `volunteer-code-of-conduct` and `volunteer-information-note`, content.ts).

/** What staff did about the volunteer's references. */
export const REFERENCE_CHECKS = ['checked', 'waived'] as const;
export type ReferenceCheck = (typeof REFERENCE_CHECKS)[number];

/** What an offer's screening is made of, as stored. */
export interface OfferScreening {
  offerAs: OfferAs;
  /** The day of the screening conversation (YYYY-MM-DD or an ISO time); none: never screened. */
  screenedOn: string | null;
  /** When staff marked the offer's organisation as checked; none: not checked (or not an organisation). */
  organisationCheckedAt: string | null;
  /** Holiday cover: the first and last day (YYYY-MM-DD, Brussels) the volunteer is away; none: not away. */
  awayFrom?: string | null;
  awayUntil?: string | null;
}

export interface ScreeningPolicy {
  now: Date;
  validMonths: number;
}

export type ScreeningState = 'screened' | 'organisation-checked' | 'to-screen' | 'expired';

/** Why an offer may not be suggested or matched, in codes the back office puts in words. */
export const MATCH_REFUSALS = ['already-matched', 'to-screen', 'screening-expired', 'away', 'at-capacity', 'not-free'] as const;
export type MatchRefusal = (typeof MATCH_REFUSALS)[number];

export type Matchability = { matchable: true } | { matchable: false; refusal: MatchRefusal };

/** The first moment a screening no longer holds: the same day, `months` later (the month's last day when it has no such day). */
export function screeningExpiresAt(screenedOn: string, months: number): Date {
  const start = new Date(screenedOn.length === 10 ? `${screenedOn}T00:00:00.000Z` : screenedOn);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay), start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()),
  );
}

/**
 * The last day a screening could have been held and no longer hold at `now` (YYYY-MM-DD): an offer
 * screened on that day or before is "expired" by `screeningStateOf`, one screened later still holds.
 * The cut-off a database filters on (screenedOn <= it) to find the expired offers without reading them
 * all; derived from `screeningExpiresAt`, so the two cannot disagree. Several days can end their screening
 * on one day (the 29th to 31st, a month later, all end on the 28th of February): the last of them counts.
 */
export function lastLapsedScreeningDay(now: Date, months: number): string {
  // The same day `months` back from now's (UTC) day lapsed at its midnight at the latest (screeningExpiresAt clamps to a month's last day).
  let day = screeningExpiresAt(now.toISOString().slice(0, 10), -months).toISOString().slice(0, 10);
  while (screeningExpiresAt(addDays(day, 1), months) <= now) day = addDays(day, 1);
  return day;
}

/**
 * Where an offer's screening stands. An organisation's offer counts once the organisation is checked;
 * any offer counts while its own screening holds; a screening that no longer holds is "expired"
 * (the offer is to screen again), none at all is "to screen".
 */
export function screeningStateOf(offer: OfferScreening, policy: ScreeningPolicy): ScreeningState {
  if (offer.offerAs === 'organisation' && offer.organisationCheckedAt) return 'organisation-checked';
  if (!offer.screenedOn) return 'to-screen';
  const expires = screeningExpiresAt(offer.screenedOn, policy.validMonths);
  if (Number.isNaN(expires.getTime())) return 'to-screen';
  return policy.now < expires ? 'screened' : 'expired';
}

/** Whether the volunteer is away on the Brussels day of `now` (holiday cover: both days included). */
export function offerIsAway(offer: Pick<OfferScreening, 'awayFrom' | 'awayUntil'>, now: Date): boolean {
  if (!offer.awayFrom || !offer.awayUntil) return false;
  const today = brusselsDay(now);
  return offer.awayFrom <= today && today <= offer.awayUntil;
}

/**
 * Whether the offer may be suggested or matched now: screened (or its organisation checked), not away
 * (holiday cover, `offerIsAway`), below its
 * capacity (`offerIsFull`: as many open matches as its volunteer can take) and otherwise free to take a match.
 */
export function offerMatchability(offer: OfferLoad & OfferScreening, policy: ScreeningPolicy): Matchability {
  const state = screeningStateOf(offer, policy);
  if (state === 'to-screen') return { matchable: false, refusal: 'to-screen' };
  if (state === 'expired') return { matchable: false, refusal: 'screening-expired' };
  if (offerIsAway(offer, policy.now)) return { matchable: false, refusal: 'away' };
  if (!offer.anonymised && (offerIsFull(offer) || offer.caseStatus === 'busy')) return { matchable: false, refusal: 'at-capacity' };
  if (!offerCanTakeMatch(offer)) return { matchable: false, refusal: 'not-free' };
  return { matchable: true };
}

/**
 * Whether the offer may be suggested for, or matched with, one request: never twice at once (a
 * volunteer with room for another person could otherwise be matched again with the same one), and
 * otherwise as `offerMatchability` says.
 */
export function pairMatchability(offer: OfferLoad & OfferScreening, policy: ScreeningPolicy, openMatchWithRequest: boolean): Matchability {
  return openMatchWithRequest ? { matchable: false, refusal: 'already-matched' } : offerMatchability(offer, policy);
}

/** An organisation's name folded for comparing (case, accents, spaces, punctuation): "Croix-Rouge " and "croix rouge" are one. */
export function organisationNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
