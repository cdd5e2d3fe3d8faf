import { LOCALES, type Locale } from '@cb/domain';

/**
 * The content manager opens a localized type on the default content locale (Dutch), whoever opens it:
 * Strapi's i18n has no per-user first locale, but the content manager's menu links may be changed
 * (its hooks below). Each link to a localized type asks for the content locale of the staff member's
 * own interface language, when that content locale exists; the locale picker still changes it.
 */
export const MUTATE_COLLECTION_TYPES_LINKS = 'Admin/CM/pages/App/mutate-collection-types-links';
export const MUTATE_SINGLE_TYPES_LINKS = 'Admin/CM/pages/App/mutate-single-types-links';

/** Where the admin keeps the interface language it shows (Strapi's own key). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

interface Link {
  uid: string;
  search?: string | null;
}

interface Model {
  uid: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

function ownContentLocale(): Locale | undefined {
  const language = window.localStorage.getItem(ADMIN_LANGUAGE_KEY) ?? 'en';
  return LOCALES.find((locale) => locale === language);
}

function inOwnLocale<L extends Link>(links: L[], models: Model[]): L[] {
  const locale = ownContentLocale();
  if (!locale) return links;
  const localized = new Set(models.filter((model) => model.pluginOptions?.i18n?.localized).map((model) => model.uid));
  return links.map((link) => {
    if (!localized.has(link.uid)) return link;
    const search = new URLSearchParams(link.search ?? '');
    search.set('plugins[i18n][locale]', locale);
    return { ...link, search: decodeURIComponent(search.toString()) };
  });
}

export const collectionTypeLinksInOwnLocale = <L extends Link>({ ctLinks, models }: { ctLinks: L[]; models: Model[] }) => ({
  ctLinks: inOwnLocale(ctLinks, models),
  models,
});

export const singleTypeLinksInOwnLocale = <L extends Link>({ stLinks, models }: { stLinks: L[]; models: Model[] }) => ({
  stLinks: inOwnLocale(stLinks, models),
  models,
});
