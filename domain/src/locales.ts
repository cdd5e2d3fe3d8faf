/** The three languages of the platform. Brussels is bilingual (NL/FR); English serves expats and students. */
export const LOCALES = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The CMS's default locale. The public site has no default: `/` is a neutral trilingual page. */
export const DEFAULT_LOCALE: Locale = 'nl';

/**
 * A value given in every locale of the platform.
 *
 * Trilingual text is written one way everywhere: one object per language (`nl`, `fr`, `en`), each with
 * all the texts of its module, gathered as `Localized<Texts>`. `Texts` is the type of the reference
 * language, English (`typeof en`), or an interface where texts are functions (the site's `UiStrings`,
 * the mails): a text missing in Dutch or French, or one English does not have, fails the typecheck.
 */
export type Localized<T = string> = Record<Locale, T>;

export const LOCALE_NAMES: Localized = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** BCP 47 tags for `lang`, `hreflang` and Open Graph. */
export const LOCALE_TAGS: Localized = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other locales, in platform order: what a language switcher offers. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((candidate) => candidate !== locale);
}
