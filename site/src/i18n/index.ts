import {
  FORMAT_LOCALES,
  SPOKEN_LANGUAGES,
  WEEKDAYS,
  addDays,
  formatDate,
  termName,
  type ActivityTime,
  type CalendarDay,
  type Locale,
  type Localized,
  type Occurrence,
  type Weekday,
} from '@cb/domain';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { LanguageLink } from '../lib/site-plan.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings } from './types.ts';
/** Dates, amounts and sorting are formatted once, for every part of the platform. */
export { byName, formatDate, formatDateTime, formatEuro } from '@cb/domain';

const DICTIONARIES: Localized<UiStrings> = { nl, fr, en };

/** The interface strings of a locale. */
export function ui(locale: Locale): UiStrings {
  return DICTIONARIES[locale];
}

/** The name of a language (one of the platform's, or a spoken language code) in the reader's locale. */
export function languageName(language: string, inLocale: Locale): string {
  return termName(SPOKEN_LANGUAGES, language, inLocale) ?? language;
}

/** A `tel:` link that phones accept: "+32 2 555 00 00" → "tel:+3225550000". */
export function telHref(phoneNumber: string): string {
  return `tel:${phoneNumber.replace(/[^\d+]/g, '')}`;
}

/** The letter a name is filed under in an A–Z directory; names that start otherwise go under "#". */
export function directoryLetter(name: string): string {
  const first = name
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * What the language switcher adds, in the target language, when the content is not translated:
 * "pas encore traduit, voir tous les récits". Nothing when it is.
 */
export function untranslatedNote(link: Pick<LanguageLink, 'locale' | 'translated' | 'destination'>): string | undefined {
  if (link.translated) return undefined;
  const { switcher } = ui(link.locale);
  return link.destination ? `${switcher.notTranslated}, ${switcher.goesTo(switcher.destinations[link.destination])}` : switcher.notTranslated;
}

/** A Monday: the weekdays' names are read off the week that starts on it. */
const A_MONDAY = '2024-01-01';

/** "donderdag", "jeudi", "Thursday". */
export function weekdayName(locale: Locale, weekday: Weekday): string {
  const day = addDays(A_MONDAY, WEEKDAYS.indexOf(weekday));
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "donderdag 10 december", "jeudi 10 décembre", "Thursday 10 December": a day of the coming weeks. */
export function formatWeekday(locale: Locale, day: CalendarDay): string {
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** "14.00 uur" / "14 h" / "14:00" from "14:00". */
export function formatClock(locale: Locale, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return ui(locale).activities.clock(hours, minutes);
}

export function formatHours(locale: Locale, occurrence: Pick<Occurrence, 'startTime' | 'endTime'>): string {
  const end = occurrence.endTime === undefined ? undefined : formatClock(locale, occurrence.endTime);
  return ui(locale).activities.hours(formatClock(locale, occurrence.startTime), end);
}

/** A list the way each language joins it: "24 december 2026 en 31 december 2026", "a, b et c". */
export function formatList(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(FORMAT_LOCALES[locale], { style: 'long', type: 'conjunction' }).format(items);
}

/** An activity time in words: "Elke eerste maandag van de maand, van 10.00 tot 12.00 uur (niet op feestdagen)". */
export function describeActivityTime(locale: Locale, time: ActivityTime, today: CalendarDay): string {
  const t = ui(locale).activities;
  const weekday = time.weekday ? weekdayName(locale, time.weekday) : '';
  const pattern =
    time.repeats === 'once'
      ? t.once(formatDate(locale, time.date))
      : time.repeats === 'monthly' && time.weekOfMonth
        ? t.monthly(time.weekOfMonth, weekday)
        : time.everyWeeks > 1
          ? t.everyWeeks(weekday, time.everyWeeks)
          : t.weekly(weekday);
  const notes =
    time.repeats === 'once'
      ? []
      : [
          ...(time.date > today ? [t.since(formatDate(locale, time.date))] : []),
          ...(time.until ? [t.until(formatDate(locale, time.until))] : []),
          ...(time.skipHolidays ? [t.notOnHolidays] : []),
          ...(time.skipDays.some((day) => day >= today)
            ? [
                t.notOn(
                  formatList(
                    locale,
                    time.skipDays.filter((day) => day >= today).map((day) => formatDate(locale, day)),
                  ),
                ),
              ]
            : []),
        ];
  return `${pattern}, ${formatHours(locale, time)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}
