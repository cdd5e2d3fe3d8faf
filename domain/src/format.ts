import type { Locale, Localized } from './locales.js';
import { LOCALE_TAGS } from './locales.js';

/**
 * Dates, numbers and amounts as a reader of each platform language writes them: one helper on `Intl`
 * for the site, the no-JS pages, the mails and the back office.
 *
 * English in Brussels writes dates day first and uses a 24-hour clock, as British English does
 * (`lang` attributes keep LOCALE_TAGS).
 */
export const FORMAT_LOCALES: Localized = { nl: LOCALE_TAGS.nl, fr: LOCALE_TAGS.fr, en: 'en-GB' };
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

/** The platform locale that formats for an admin or browser language tag ("nl", "fr-BE", "en-GB"; anything else formats as English). */
export function formatLocaleOf(tag: string | null | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'nl' || language === 'fr' ? language : 'en';
}

/**
 * "2026-09-03" → "3 september 2026" / "3 septembre 2026" / "3 September 2026". A calendar date has no time zone;
 * a moment ("2026-09-03T23:30:00Z") is dated by its day in Brussels (there, 4 September).
 */
export function formatDate(locale: Locale, isoDate: string, style: 'long' | 'medium' = 'long'): string {
  const moment = isoDate.length > 10 ? new Date(isoDate) : undefined;
  const day = moment && !Number.isNaN(moment.getTime()) ? brusselsDay(moment) : isoDate.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return written(locale, new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: style, timeZone: 'UTC' }), date);
}

/** A moment, shown in Brussels time: "31 januari 2027 om 23:59". */
export function formatDateTime(locale: Locale, isoDateTime: string, style: 'long' | 'medium' = 'long'): string {
  const moment = new Date(isoDateTime);
  if (Number.isNaN(moment.getTime())) return isoDateTime;
  return written(locale, new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: style, timeStyle: 'short', timeZone: BRUSSELS_TIME_ZONE }), moment);
}

/** A date as `format` writes it, but the first of the month as French writes it: "1er mars 2027" (Intl says "1 mars"). */
function written(locale: Locale, format: Intl.DateTimeFormat, date: Date): string {
  if (locale !== 'fr') return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** The calendar day of a moment in Brussels, as "2026-12-11" (for comparing and for keys, not for reading). */
export function brusselsDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** Euros, whole when whole, cents when there are any: "€ 2.500" / "2 500 €" / "€2,500", "€ 12,50". */
export function formatEuro(locale: Locale, amount: number): string {
  const cents = !Number.isInteger(amount);
  return new Intl.NumberFormat(FORMAT_LOCALES[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A count or a score: "7.500" / "7 500" / "7,500"; `fractionDigits` for averages. */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(FORMAT_LOCALES[locale], { minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(value);
}

/** Sorts by a name the way a reader of that language expects (accents and case ignored, numbers natural). */
export function byName<T>(locale: Locale, nameOf: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(FORMAT_LOCALES[locale], { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
}

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fillIn(text: string, params: Readonly<Record<string, number | string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/**
 * Fills "{name}" placeholders with their values as given, and "{name:euro}" with an amount in euros as
 * the locale writes it (formatEuro); an unknown placeholder stays visible rather than vanishing.
 */
export function fillPlaceholders(locale: Locale, text: string, params: Readonly<Record<string, number | string>> = {}): string {
  return text.replace(/\{(\w+)(:euro)?\}/g, (placeholder, name: string, euro: string | undefined) => {
    if (!(name in params)) return placeholder;
    const value = params[name];
    return euro && typeof value === 'number' ? formatEuro(locale, value) : String(value);
  });
}

/**
 * A colon as the locale writes it after a label: French puts a no-break space before it ("Erreur : …"),
 * so that the colon never starts a line; Dutch and English do not.
 */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0:' : ':';
}
