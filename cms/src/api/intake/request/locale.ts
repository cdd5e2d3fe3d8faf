import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@cb/domain';

interface LocaleSources {
  query: Record<string, unknown>;
  acceptsLanguages(...languages: string[]): string | false;
}

/**
 * The language to answer in before the form's own `locale` field is read: the form's action
 * names it (`?locale=fr`), else the browser's preference, else Dutch.
 */
export function requestLocale(ctx: LocaleSources): Locale {
  if (isLocale(ctx.query.locale)) return ctx.query.locale;
  const preferred = ctx.acceptsLanguages(...LOCALES);
  return isLocale(preferred) ? preferred : DEFAULT_LOCALE;
}

/** The form's `locale` field wins over the request's. */
export function submissionLocale(body: Record<string, unknown>, fallback: Locale): Locale {
  const posted = Array.isArray(body.locale) ? body.locale.at(-1) : body.locale;
  return isLocale(posted) ? posted : fallback;
}
