import { brusselsMoment, clockTime } from './brussels-time.js';
import {
  addDays,
  dayOfMonth,
  daysBetween,
  daysFrom,
  earlierOf,
  isCalendarDay,
  laterOf,
  mondayOf,
  sameMonth,
  weekdayOf,
  type CalendarDay,
  type Weekday,
} from './calendar-days.js';
import { publicHolidayOn } from './holidays.js';

/**
 * When an initiative's activities take place, as editors describe them in the CMS (one entry per
 * pattern: "every Thursday 14:00–16:00", "the first Monday of the month", "on 12 March"), and the
 * occurrences they stand for. All days and times are Brussels wall-clock time. The patterns are a
 * subset of RFC 5545 recurrence rules (FREQ=WEEKLY with BYDAY and INTERVAL, FREQ=MONTHLY with an
 * nth BYDAY, UNTIL, EXDATE), which `recurrenceRule` writes out for calendar feeds.
 */

export const ACTIVITY_REPEATS = ['once', 'weekly', 'monthly'] as const;
export type ActivityRepeat = (typeof ACTIVITY_REPEATS)[number];

/** Which of its weekdays in a month a monthly activity takes: "fifth" skips months that have only four. */
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'fifth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

export const MAX_EVERY_WEEKS = 4;

export interface ActivityTime {
  repeats: ActivityRepeat;
  /** Once: the day. Weekly and monthly: the first day it may take place. */
  date: CalendarDay;
  /** Weekly and monthly: the last day it may take place; none means it goes on. */
  until?: CalendarDay;
  /** Weekly and monthly: the day of the week. */
  weekday?: Weekday;
  /** Monthly: which of that weekday in the month. */
  weekOfMonth?: WeekOfMonth;
  /** Weekly: 1 every week, 2 every other week (counted from the week of `date`), up to MAX_EVERY_WEEKS. */
  everyWeeks: number;
  /** "HH:MM", Brussels time. */
  startTime: string;
  endTime?: string;
  /** Not on Belgian public holidays. */
  skipHolidays: boolean;
  /** Days it does not take place (a closing, a holiday of the organisation). */
  skipDays: CalendarDay[];
}

export interface Occurrence {
  day: CalendarDay;
  startTime: string;
  endTime?: string;
  start: Date;
  end?: Date;
}

/** What is wrong with an activity time, per field, in English for editors and build logs; empty when it is fine. */
/** What can be wrong with one entry of an activity's dates and hours, as a code each reader words in its own language. */
export const ACTIVITY_TIME_RULES = [
  'day',
  'until-before-date',
  'weekday-needed',
  'week-of-month-needed',
  'every-weeks',
  'time-of-day',
  'end-before-start',
  'skip-days',
] as const;
export type ActivityTimeRule = (typeof ACTIVITY_TIME_RULES)[number];

/** The English words of each rule, after the field's name (the build's output and logs). */
export const ACTIVITY_TIME_RULE_MESSAGES: Record<ActivityTimeRule, string> = {
  day: 'must be a day (YYYY-MM-DD)',
  'until-before-date': 'must not be before the first day',
  'weekday-needed': 'is needed for an activity that repeats',
  'week-of-month-needed': 'is needed for an activity that repeats every month',
  'every-weeks': `must be a whole number from 1 to ${MAX_EVERY_WEEKS}`,
  'time-of-day': 'must be a time of day (HH:MM)',
  'end-before-start': 'must be after the start time',
  'skip-days': 'must be days written as 24/12/2027, separated by commas',
};

export interface ActivityTimeProblem {
  field: keyof ActivityTime;
  rule: ActivityTimeRule;
}

export function activityTimeProblems(time: ActivityTime): ActivityTimeProblem[] {
  const problems: ActivityTimeProblem[] = [];
  if (!isCalendarDay(time.date)) problems.push({ field: 'date', rule: 'day' });
  if (time.until !== undefined && !isCalendarDay(time.until)) problems.push({ field: 'until', rule: 'day' });
  else if (time.until !== undefined && isCalendarDay(time.date) && time.until < time.date) problems.push({ field: 'until', rule: 'until-before-date' });
  if (time.repeats !== 'once' && !time.weekday) problems.push({ field: 'weekday', rule: 'weekday-needed' });
  if (time.repeats === 'monthly' && !time.weekOfMonth) problems.push({ field: 'weekOfMonth', rule: 'week-of-month-needed' });
  if (!Number.isInteger(time.everyWeeks) || time.everyWeeks < 1 || time.everyWeeks > MAX_EVERY_WEEKS)
    problems.push({ field: 'everyWeeks', rule: 'every-weeks' });
  if (!clockTime(time.startTime)) problems.push({ field: 'startTime', rule: 'time-of-day' });
  if (time.endTime !== undefined) {
    const end = clockTime(time.endTime);
    const start = clockTime(time.startTime);
    if (!end) problems.push({ field: 'endTime', rule: 'time-of-day' });
    else if (start && end <= start) problems.push({ field: 'endTime', rule: 'end-before-start' });
  }
  if (time.skipDays.some((day) => !isCalendarDay(day))) problems.push({ field: 'skipDays', rule: 'skip-days' });
  return problems;
}

/**
 * A list of days as editors type them: "13/04/2027, 25.05.2027" or "2027-04-13", separated by commas,
 * semicolons, spaces or new lines. Day first, as in Belgium.
 */
export function parseDayList(text: string | undefined): { days: CalendarDay[]; invalid: string[] } {
  const days: CalendarDay[] = [];
  const invalid: string[] = [];
  for (const word of (text ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(word);
    const day = dayFirst ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}` : word;
    if (isCalendarDay(day)) days.push(day);
    else invalid.push(word);
  }
  return { days: [...new Set(days)].sort(), invalid };
}

/** True when the pattern falls on `day`, before days to skip are taken out. */
export function fallsOn(time: ActivityTime, day: CalendarDay): boolean {
  if (day < time.date || (time.until !== undefined && day > time.until)) return false;
  switch (time.repeats) {
    case 'once':
      return day === time.date;
    case 'weekly':
      return weekdayOf(day) === time.weekday && (daysBetween(mondayOf(time.date), mondayOf(day)) / 7) % time.everyWeeks === 0;
    case 'monthly':
      return weekdayOf(day) === time.weekday && time.weekOfMonth !== undefined && isWeekOfMonth(day, time.weekOfMonth);
  }
}

function isWeekOfMonth(day: CalendarDay, week: WeekOfMonth): boolean {
  if (week === 'last') return !sameMonth(day, addDays(day, 7));
  return Math.ceil(dayOfMonth(day) / 7) === WEEKS_OF_MONTH.indexOf(week) + 1;
}

/** True when the activity does not take place on a day its pattern falls on. */
export function isSkipped(time: ActivityTime, day: CalendarDay): boolean {
  return time.skipDays.includes(day) || (time.skipHolidays && publicHolidayOn(day) !== undefined);
}

/** The activity's occurrences from `from` to `to` (both included), in order. */
export function occurrencesBetween(time: ActivityTime, from: CalendarDay, to: CalendarDay): Occurrence[] {
  const first = laterOf(from, time.date);
  const last = time.until === undefined ? to : earlierOf(to, time.until);
  const occurrences: Occurrence[] = [];
  for (const day of daysFrom(first, last)) {
    if (fallsOn(time, day) && !isSkipped(time, day)) occurrences.push(occurrenceOn(time, day));
  }
  return occurrences;
}

export function occurrenceOn(time: ActivityTime, day: CalendarDay): Occurrence {
  const startTime = clockTime(time.startTime) ?? time.startTime;
  const endTime = time.endTime === undefined ? undefined : (clockTime(time.endTime) ?? time.endTime);
  return {
    day,
    startTime,
    start: brusselsMoment(day, startTime),
    ...(endTime === undefined ? {} : { endTime, end: brusselsMoment(day, endTime) }),
  };
}

/** The first day the pattern falls on (skipped or not), looking at most about a year ahead; undefined when it never does. */
export function firstDayOf(time: ActivityTime): CalendarDay | undefined {
  const last = time.until ?? addDays(time.date, 400);
  for (const day of daysFrom(time.date, earlierOf(last, addDays(time.date, 400)))) if (fallsOn(time, day)) return day;
  return undefined;
}

/** An activity as RFC 5545 writes it: its first occurrence, the rule of the others, and the days taken out. */
export interface RecurrenceRule {
  /** DTSTART's day: the first day the pattern falls on. */
  firstDay: CalendarDay;
  /** The RRULE value, e.g. "FREQ=MONTHLY;BYDAY=1MO"; none for a one-off activity. */
  rule?: string;
  /** EXDATE days: where the pattern falls but the activity does not take place, up to `horizon`. */
  exceptDays: CalendarDay[];
}

const BYDAY: Record<Weekday, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };
const NTH: Record<WeekOfMonth, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5', last: '-1' };

/**
 * The activity as a recurrence rule. Days skipped after `horizon` are not listed (a calendar that
 * subscribes to the daily-built feed gets them later); undefined when the pattern never falls.
 */
export function recurrenceRule(time: ActivityTime, horizon: CalendarDay): RecurrenceRule | undefined {
  const firstDay = firstDayOf(time);
  if (firstDay === undefined) return undefined;
  const lastListed = time.until === undefined ? horizon : earlierOf(horizon, time.until);
  const exceptDays = [...daysFrom(firstDay, lastListed)].filter((day) => fallsOn(time, day) && isSkipped(time, day));
  if (time.repeats === 'once') return { firstDay, exceptDays };
  const weekday = BYDAY[time.weekday ?? weekdayOf(firstDay)];
  const parts =
    time.repeats === 'weekly'
      ? ['FREQ=WEEKLY', ...(time.everyWeeks > 1 ? [`INTERVAL=${time.everyWeeks}`, 'WKST=MO'] : []), `BYDAY=${weekday}`]
      : ['FREQ=MONTHLY', `BYDAY=${NTH[time.weekOfMonth ?? 'first']}${weekday}`];
  // With a DTSTART in local time, UNTIL is a UTC moment (RFC 5545, 3.3.10): the end of the last day in Brussels.
  if (time.until !== undefined) parts.push(`UNTIL=${utcStamp(brusselsMoment(time.until, '23:59'))}`);
  return { firstDay, rule: parts.join(';'), exceptDays };
}

/** "20270104T130000Z": a UTC date-time as RFC 5545 writes it. */
export function utcStamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
