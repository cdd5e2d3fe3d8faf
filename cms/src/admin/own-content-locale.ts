import { LOCALES, type Locale } from '@cb/domain';
import { PUBLIC_TYPES, publicUid } from '../editing/public-types';

/**
 * The content manager opens a localized type on the default content locale (Dutch) for a staff member it
 * has not seen choose one: Strapi's i18n has no per-user first locale, and its menu keeps whatever locale
 * the address has. A French editor would start writing in the Dutch version. So an address into the
 * content manager for a public (localized) type that names no content locale gets the one of the staff
 * member's interface language, unless this browser remembers a content locale they chose (Strapi keeps
 * the last one picked and brings it back itself); an address that names one (the locale picker's, a
 * widget's link) is left as it is.
 *
 * The admin's router moves with the browser's history, so the history's two writers are wrapped:
 * Strapi's menu links, redirects and the address typed in all pass through them.
 */

/** Where the admin keeps the interface language it shows (Strapi's own key). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';
/** Where Strapi's content manager remembers the content locale last picked in this browser. */
const REMEMBERED_CONTENT_LOCALE_KEY = 'STRAPI_LOCALE';
const LOCALE_PARAM = 'plugins[i18n][locale]';
const CONTENT_MANAGER_ADDRESS = /^\/admin\/content-manager\/(?:collection-types|single-types)\/([^/?#]+)/;
const LOCALIZED_UIDS: ReadonlySet<string> = new Set(PUBLIC_TYPES.map(publicUid));

/** The content locale to add to an address that names none; none when Strapi will bring back one the staff member picked. */
function ownContentLocale(): Locale | undefined {
  if (window.localStorage.getItem(REMEMBERED_CONTENT_LOCALE_KEY)) return undefined;
  const language = window.localStorage.getItem(ADMIN_LANGUAGE_KEY) ?? 'en';
  return LOCALES.find((locale) => locale === language);
}

/** The address with the staff member's content locale added where it names none; otherwise unchanged. */
export function inOwnContentLocale(address: string, base: string, locale: Locale | undefined): string {
  const url = new URL(address, base);
  const uid = CONTENT_MANAGER_ADDRESS.exec(url.pathname)?.[1];
  if (!locale || !uid || !LOCALIZED_UIDS.has(uid) || url.searchParams.has(LOCALE_PARAM)) return address;
  // Written as Strapi writes it (brackets not encoded), so the address reads the same as the locale picker's.
  const search = `${url.search ? `${url.search}&` : '?'}${LOCALE_PARAM}=${locale}`;
  return `${url.pathname}${search}${url.hash}`;
}

export function openContentInOwnLocale(): void {
  const { history } = window;
  for (const method of ['pushState', 'replaceState'] as const) {
    const write = history[method].bind(history);
    history[method] = (state: unknown, unused: string, address?: string | URL | null) =>
      write(state, unused, address == null ? address : inOwnContentLocale(String(address), window.location.href, ownContentLocale()));
  }
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  const own = inOwnContentLocale(here, window.location.href, ownContentLocale());
  if (own !== here) history.replaceState(history.state, '', own);
}
