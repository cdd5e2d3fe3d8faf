import { SPOKEN_LANGUAGES, termName, type Locale, type Localized } from '@cb/domain';
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
