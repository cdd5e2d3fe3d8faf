/**
 * Calendar days as "YYYY-MM-DD" strings: a day in Brussels, without a time or a time zone. The
 * arithmetic runs on UTC midnights, where every day has 24 hours, so daylight saving never shifts a day.
 */

export type CalendarDay = string;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written as YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDay(value: string): value is CalendarDay {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dayOfUtcDate(date) === value;
}

function utcDate(day: CalendarDay): Date {
  if (!CALENDAR_DAY.test(day)) throw new Error(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return new Date(`${day}T00:00:00Z`);
}

function dayOfUtcDate(date: Date): CalendarDay {
  return date.toISOString().slice(0, 10);
}

export function calendarDay(year: number, month: number, day: number): CalendarDay {
  return dayOfUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return dayOfUtcDate(new Date(utcDate(day).getTime() + days * DAY_MS));
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / DAY_MS);
}

export function weekdayOf(day: CalendarDay): Weekday {
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday, as weeks do in Belgium.
  return WEEKDAYS[(utcDate(day).getUTCDay() + 6) % 7]!;
}

/** The Monday of the day's week. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

export function dayOfMonth(day: CalendarDay): number {
  return utcDate(day).getUTCDate();
}

export function sameMonth(a: CalendarDay, b: CalendarDay): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

export function yearOf(day: CalendarDay): number {
  return Number(day.slice(0, 4));
}

/** Every day from `from` to `to`, both included. */
export function* daysFrom(from: CalendarDay, to: CalendarDay): Generator<CalendarDay> {
  for (let day = from; day <= to; day = addDays(day, 1)) yield day;
}

export function laterOf(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a > b ? a : b;
}

export function earlierOf(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a < b ? a : b;
}
