import { LOCALE_TAGS, SPOKEN_LANGUAGES, termName, type Locale, type Localized } from '@cb/domain';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { LanguageLink } from '../lib/site-plan.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings } from './types.ts';

const DICTIONARIES: Localized<UiStrings> = { nl, fr, en };

/** The interface strings of a locale. */
export function ui(locale: Locale): UiStrings {
  return DICTIONARIES[locale];
}

/**
 * Locales for Intl formatting. English in Brussels writes dates day first and uses a 24-hour
 * clock, as British English does; `lang` attributes keep LOCALE_TAGS.
 */
const FORMAT_LOCALES: Localized = { nl: LOCALE_TAGS.nl, fr: LOCALE_TAGS.fr, en: 'en-GB' };
const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

/** "2026-09-03" → "3 september 2026" / "3 septembre 2026" / "3 September 2026". A calendar date has no time zone. */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment, shown in Brussels time: "31 januari 2027 om 23:59". */
export function formatDateTime(locale: Locale, isoDateTime: string): string {
  return new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: BRUSSELS_TIME_ZONE }).format(new Date(isoDateTime));
}

/** Whole euros: "€ 150.000" / "150 000 €" / "€150,000". */
export function formatEuro(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(FORMAT_LOCALES[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

/** The name of a language (one of the platform's, or a spoken language code) in the reader's locale. */
export function languageName(language: string, inLocale: Locale): string {
  return termName(SPOKEN_LANGUAGES, language, inLocale) ?? language;
}

/** A `tel:` link that phones accept: "+32 2 555 00 00" → "tel:+3225550000". */
export function telHref(phoneNumber: string): string {
  return `tel:${phoneNumber.replace(/[^\d+]/g, '')}`;
}

/** Sorts by a name the way a reader of that language expects (accents and case ignored, numbers natural). */
export function byName<T>(locale: Locale, nameOf: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(FORMAT_LOCALES[locale], { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
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
