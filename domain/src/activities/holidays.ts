import type { Localized } from '../locales.js';
import { addDays, calendarDay, yearOf, type CalendarDay } from './calendar-days.js';

/**
 * Belgium's ten legal public holidays (Royal Decree of 18 April 1974): six on fixed dates, four
 * counted from Easter Sunday (Gregorian computus). Activities that say so do not take place on them.
 */

export interface PublicHoliday {
  date: CalendarDay;
  name: Localized;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, day);
}

const FIXED: readonly { month: number; day: number; name: Localized }[] = [
  { month: 1, day: 1, name: { nl: 'Nieuwjaar', fr: 'Jour de l’An', en: 'New Year’s Day' } },
  { month: 5, day: 1, name: { nl: 'Dag van de Arbeid', fr: 'Fête du Travail', en: 'Labour Day' } },
  { month: 7, day: 21, name: { nl: 'Nationale feestdag', fr: 'Fête nationale', en: 'Belgian National Day' } },
  { month: 8, day: 15, name: { nl: 'Onze-Lieve-Vrouw-Hemelvaart', fr: 'Assomption', en: 'Assumption Day' } },
  { month: 11, day: 1, name: { nl: 'Allerheiligen', fr: 'Toussaint', en: 'All Saints’ Day' } },
  { month: 11, day: 11, name: { nl: 'Wapenstilstand', fr: 'Armistice', en: 'Armistice Day' } },
  { month: 12, day: 25, name: { nl: 'Kerstmis', fr: 'Noël', en: 'Christmas Day' } },
];

const AFTER_EASTER: readonly { days: number; name: Localized }[] = [
  { days: 1, name: { nl: 'Paasmaandag', fr: 'Lundi de Pâques', en: 'Easter Monday' } },
  { days: 39, name: { nl: 'Onze-Lieve-Heer-Hemelvaart', fr: 'Ascension', en: 'Ascension Day' } },
  { days: 50, name: { nl: 'Pinkstermaandag', fr: 'Lundi de Pentecôte', en: 'Whit Monday' } },
];

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The year's public holidays in date order. */
export function belgianPublicHolidays(year: number): readonly PublicHoliday[] {
  let holidays = byYear.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    holidays = [
      ...FIXED.map(({ month, day, name }) => ({ date: calendarDay(year, month, day), name })),
      ...AFTER_EASTER.map(({ days, name }) => ({ date: addDays(easter, days), name })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    byYear.set(year, holidays);
  }
  return holidays;
}

export function publicHolidayOn(day: CalendarDay): PublicHoliday | undefined {
  return belgianPublicHolidays(yearOf(day)).find((holiday) => holiday.date === day);
}
