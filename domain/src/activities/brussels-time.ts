import { BRUSSELS_TIME_ZONE, brusselsDay } from '../format.js';
import { addDays, type CalendarDay } from './calendar-days.js';

/**
 * Brussels wall-clock time and the moments it stands for. Europe/Brussels is CET (UTC+1) in winter
 * and CEST (UTC+2) from the last Sunday of March to the last Sunday of October; `Intl` knows the rules,
 * so no table is kept here.
 */

/** "14:00" or "14:00:00.000" (as Strapi sends a time) → "14:00"; undefined when it is not a time of day. */
export function clockTime(value: string): string | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,3})?)?$/.exec(value.trim());
  return match ? `${match[1]}:${match[2]}` : undefined;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: BRUSSELS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Brussels is ahead of UTC at a moment, in minutes (60 or 120). */
export function brusselsOffsetMinutes(moment: Date): number {
  const parts = Object.fromEntries(PARTS.formatToParts(moment).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The moment a Brussels clock shows `time` on `day`. A time that does not exist (the hour skipped in
 * March) is read with the winter offset, so it lands one hour later, as clocks put it; a time that
 * happens twice (the hour repeated in October) is the first one.
 */
export function brusselsMoment(day: CalendarDay, time: string): Date {
  const clock = clockTime(time);
  if (!clock) throw new Error(`Not a time of day (HH:MM): "${time}"`);
  const wall = Date.parse(`${day}T${clock}:00Z`);
  // Try the summer offset first (the earlier moment when both fit), then the winter one.
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    if (brusselsOffsetMinutes(candidate) === offset) return candidate;
  }
  return new Date(wall - 60 * 60_000);
}

/** The next moment, strictly after `now`, a Brussels clock shows `time` (for a daily job, whatever the season). */
export function nextBrusselsMoment(now: Date, time: string): Date {
  const today = brusselsDay(now);
  const candidate = brusselsMoment(today, time);
  return candidate.getTime() > now.getTime() ? candidate : brusselsMoment(addDays(today, 1), time);
}
