import { addDays, daysBetween, isCalendarDay, type CalendarDay } from './activities/calendar-days.js';
import { isOpenMatch } from './cases.js';
import { brusselsDay } from './format.js';
import type { OfferScreening } from './screening.js';

/**
 * Holiday cover (issue #14): a volunteer says which days they are away, through a link in their mails
 * or through staff. While away the offer is not matched (`offerIsAway` in screening.ts); and each
 * morning staff hear which open matches have their volunteer away in the coming days, so they can
 * call the person helped. Days are Brussels calendar days (YYYY-MM-DD), both ends included.
 */

/** How far ahead the morning digest looks: today and the next seven days. */
export const AWAY_LOOKAHEAD_DAYS = 7;
/** The longest absence one period may cover (about six months); longer, staff pause the offer instead. */
export const AWAY_MAX_DAYS = 183;

export const AWAY_FIELDS = ['awayFrom', 'awayUntil'] as const;
export type AwayField = (typeof AWAY_FIELDS)[number];

/** What may be wrong with an away period, in codes each audience puts in its own words. */
export const AWAY_PROBLEMS = ['missing', 'not-a-day', 'until-before-from', 'until-in-past', 'too-long'] as const;
export type AwayProblem = (typeof AWAY_PROBLEMS)[number];

export interface AwayFieldProblem {
  field: AwayField;
  problem: AwayProblem;
}

/** An away period as given: both days, or neither (not away). */
export interface AwayPeriod {
  awayFrom?: string | null | undefined;
  awayUntil?: string | null | undefined;
}

const blank = (value: string | null | undefined): boolean => value === null || value === undefined || value.trim() === '';

/**
 * Field-level problems of an away period given at `now`; empty when it may be saved. Both days empty
 * clears the period. Otherwise both are real days, the first not after the last, the last not before
 * today (Brussels), and the period at most AWAY_MAX_DAYS days long.
 */
export function awayPeriodProblems(period: AwayPeriod, now: Date): AwayFieldProblem[] {
  const { awayFrom, awayUntil } = period;
  if (blank(awayFrom) && blank(awayUntil)) return [];
  const problems: AwayFieldProblem[] = [];
  for (const field of AWAY_FIELDS) {
    const value = period[field];
    if (blank(value)) problems.push({ field, problem: 'missing' });
    else if (!isCalendarDay(value ?? '')) problems.push({ field, problem: 'not-a-day' });
  }
  if (problems.length > 0 || !awayFrom || !awayUntil) return problems;
  if (awayUntil < awayFrom) return [{ field: 'awayUntil', problem: 'until-before-from' }];
  if (awayUntil < brusselsDay(now)) return [{ field: 'awayUntil', problem: 'until-in-past' }];
  if (daysBetween(awayFrom, awayUntil) + 1 > AWAY_MAX_DAYS) return [{ field: 'awayUntil', problem: 'too-long' }];
  return [];
}

/** Whether the volunteer is away on any day from `today` to `today + days` (both included). */
export function awayWithin(offer: Pick<OfferScreening, 'awayFrom' | 'awayUntil'>, today: CalendarDay, days = AWAY_LOOKAHEAD_DAYS): boolean {
  const { awayFrom, awayUntil } = offer;
  if (!awayFrom || !awayUntil || !isCalendarDay(awayFrom) || !isCalendarDay(awayUntil)) return false;
  return awayFrom <= addDays(today, days) && awayUntil >= today;
}

/** A match as the holiday cover reads it: its status and its volunteer's away days (no offer: a referral, or removed). */
export interface MatchWithOffer {
  kind?: string;
  caseStatus: string;
  helpOffer: Pick<OfferScreening, 'awayFrom' | 'awayUntil'> | null | undefined;
}

/**
 * The open matches whose volunteer is away on some day from today to today + AWAY_LOOKAHEAD_DAYS
 * (`today`: a Brussels day, or the Brussels day of a moment): the people staff should call. Referrals
 * have no volunteer and never count.
 */
export function matchesWithVolunteerAway<Match extends MatchWithOffer>(matches: readonly Match[], today: Date | CalendarDay): Match[] {
  const day = typeof today === 'string' ? today : brusselsDay(today);
  return matches.filter(
    (match) => (match.kind ?? 'match') === 'match' && isOpenMatch(match.caseStatus) && !!match.helpOffer && awayWithin(match.helpOffer, day),
  );
}
