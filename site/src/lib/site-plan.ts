import {
  HELP_CATEGORIES,
  LOCALES,
  MUNICIPALITIES,
  PAGE_KEYS,
  otherLocales,
  type HelpCategoryCode,
  type Locale,
  type MunicipalityCode,
  type PageKey,
} from '@cb/domain';
import type { FundedProjectEntry, GlobalEntry, HomeEntry, InitiativeEntry, OrganisationEntry, PageEntry, ProjectCallEntry, StoryEntry } from './cms/model.ts';
import { callStatus, currentCall, type CallStatus } from './project-call.ts';
import {
  ACTIVITY_PERIODS,
  ACTIVITY_PERIOD_DAYS,
  FORM_KEYS,
  addDays,
  brusselsDay,
  routes,
  type ActivityPeriod,
  type CalendarDay,
  type FormKey,
  type Occurrence,
} from '@cb/domain';
import { byDay, comingActivities, nextOccurrences, type ActivityDay } from './activities.ts';

/**
 * Every page of the site, decided from the content alone: its path, its locale, the same page in
 * the other locales (hreflang and the language switcher) and what it shows. Pure, so the whole
 * site map can be tested without a build; the one catch-all Astro page renders from this plan.
 */

export interface SiteContent {
  stories: StoryEntry[];
  initiatives: InitiativeEntry[];
  organisations: OrganisationEntry[];
  projectCalls: ProjectCallEntry[];
  /** Optional: content from before funded projects existed has none. */
  fundedProjects?: FundedProjectEntry[];
  pages: PageEntry[];
  globals: Partial<Record<Locale, GlobalEntry>>;
  homes: Partial<Record<Locale, HomeEntry>>;
}

/** Where the language switcher sends a reader when this content is not translated. */
export type Destination = 'home' | 'stories' | 'initiatives' | 'organisations' | 'projectCall' | 'fundedProjects';

export interface LanguageLink {
  locale: Locale;
  path: string;
  /** False: the content does not exist in that language (yet); the link goes to `destination` or to a page that says so. */
  translated: boolean;
  destination?: Destination;
}

export interface Pagination {
  page: number;
  /** Paths of every page of the list, in order. */
  paths: string[];
}

export type InitiativeFilter =
  | { by: 'all' }
  | { by: 'category'; code: HelpCategoryCode }
  | { by: 'municipality'; code: MunicipalityCode }
  | { by: 'both'; category: HelpCategoryCode; municipality: MunicipalityCode };

export interface InitiativeFacets {
  categories: Partial<Record<HelpCategoryCode, number>>;
  municipalities: Partial<Record<MunicipalityCode, number>>;
}

/** The open call in the page's locale that a project proposal answers (the one closing first). */
export interface OpenCall {
  documentId: string;
  maxPerProject: number;
}

export interface OtherCall {
  title: string;
  path: string;
  status: CallStatus;
}

interface PageBase {
  path: string;
  locale: Locale;
  /** The same content in each locale where it is translated, this page included. */
  alternates: Partial<Record<Locale, string>>;
  /** One per other locale, in platform order. */
  languageLinks: LanguageLink[];
  /** False for pages that must stay out of search engines and the sitemap (404, fallbacks, empty filters). */
  indexable: boolean;
}

export type SitePage = PageBase &
  (
    | { kind: 'home'; home: HomeEntry; featuredStories: StoryEntry[]; featuredInitiatives: InitiativeEntry[] }
    | { kind: 'stories'; stories: StoryEntry[]; pagination: Pagination }
    | { kind: 'story'; story: StoryEntry; initiatives: InitiativeEntry[]; organisations: OrganisationEntry[] }
    | {
        kind: 'initiatives';
        filter: InitiativeFilter;
        initiatives: InitiativeEntry[];
        total: number;
        pagination: Pagination;
        /** Counts of the whole list, in this locale. */
        facets: InitiativeFacets;
        /** Counts within this page's own filter: the kinds of help in its municipality, the municipalities of its kind of help. */
        narrowed: InitiativeFacets;
      }
    | { kind: 'initiative'; initiative: InitiativeEntry; organisation: OrganisationEntry | undefined; upcoming: Occurrence[] }
    | {
        kind: 'activities';
        period: ActivityPeriod;
        municipality: MunicipalityCode | undefined;
        /** The first and last day shown (Brussels), both included. */
        from: CalendarDay;
        to: CalendarDay;
        days: ActivityDay[];
        /** Municipalities with activities in this period, for the links to their own pages. */
        municipalitiesWithActivities: MunicipalityCode[];
      }
    | { kind: 'organisations'; organisations: OrganisationEntry[] }
    | { kind: 'municipalities'; initiativeCounts: Partial<Record<MunicipalityCode, number>> }
    | {
        kind: 'leaflet';
        municipality: MunicipalityCode;
        /** The municipality's initiatives, by title. */
        initiatives: InitiativeEntry[];
        /** This month's activities there (the coming 31 days), day by day. */
        from: CalendarDay;
        to: CalendarDay;
        days: ActivityDay[];
        /** The municipality's page, which the leaflet's QR code opens. */
        municipalityPath: string;
        pdfPath: string;
      }
    | { kind: 'organisation'; organisation: OrganisationEntry; initiatives: InitiativeEntry[] }
    | { kind: 'projectCall'; call: ProjectCallEntry | undefined; status: CallStatus | undefined; isCurrent: boolean; otherCalls: OtherCall[] }
    | { kind: 'fundedProjects'; projects: FundedProjectEntry[] }
    | { kind: 'fundedProject'; project: FundedProjectEntry }
    | { kind: 'page'; key: PageKey; page: PageEntry | undefined }
    | { kind: 'form'; form: FormKey; applicationsOpen: boolean; openCall: OpenCall | undefined }
    | { kind: 'search' }
    | { kind: 'requestStatus' }
    | { kind: 'notFound' }
    | { kind: 'serviceUnavailable' }
    | { kind: 'intakeShell' }
  );

export type PageKind = SitePage['kind'];

export const STORIES_PER_PAGE = 12;
export const INITIATIVES_PER_PAGE = 20;
export const FEATURED_COUNT = 3;

type Localized<T> = Partial<Record<Locale, T>>;
type Entry = { documentId: string; locale: Locale; slug: string };

export function planSite(content: SiteContent, now: Date): SitePage[] {
  const today = brusselsDay(now);
  const initiativesOf = groupedBy(content.initiatives, (initiative) =>
    initiative.organisationId ? `${initiative.locale}/${initiative.organisationId}` : undefined,
  );
  const pages = [
    ...LOCALES.flatMap((locale) => [
      homePage(content, locale),
      ...storyListPages(content, locale),
      ...initiativeListPages(content, locale),
      ...activityPages(content, locale, now),
      organisationsPage(content, locale),
      fundedProjectsPage(content, locale),
      municipalitiesPage(content, locale),
      ...MUNICIPALITIES.map((municipality) => leafletPage(content, locale, municipality.code, now)),
      ...PAGE_KEYS.map((key) => staticPage(content, locale, key)),
      ...FORM_KEYS.map((form) => formPage(content, locale, form, now)),
      fixedPage(locale, 'search', routes.search),
      fixedPage(locale, 'requestStatus', routes.requestStatus),
      notFoundPage(locale),
      serviceUnavailablePage(locale),
      intakeShellPage(locale),
    ]),
    ...documentPages(content.stories, (story, locale, translations) => storyPage(content, story, locale, translations)),
    ...documentPages(content.initiatives, (initiative, locale, translations) => initiativePage(content, initiative, locale, translations, today)),
    ...documentPages(content.organisations, (organisation, locale, translations) => organisationPage(initiativesOf, organisation, locale, translations)),
    ...projectCallPages(content, now),
    ...documentPages(content.fundedProjects ?? [], (project, locale, translations) => ({
      ...documentBase(locale, translations, routes.fundedProject, routes.fundedProjects, 'fundedProjects'),
      kind: 'fundedProject' as const,
      project,
    })),
  ];
  assertUniquePaths(pages);
  return pages;
}

/** Groups entries by document: documentId → locale → entry. */
export function byDocument<T extends Entry>(entries: readonly T[]): Map<string, Localized<T>> {
  const documents = new Map<string, Localized<T>>();
  for (const entry of entries) {
    const versions = documents.get(entry.documentId) ?? {};
    versions[entry.locale] = entry;
    documents.set(entry.documentId, versions);
  }
  return documents;
}

function inLocale<T extends { locale: Locale }>(entries: readonly T[], locale: Locale): T[] {
  return entries.filter((entry) => entry.locale === locale);
}

function languageLinks(locale: Locale, alternates: Localized<string>, fallback: (other: Locale) => string, destination?: Destination): LanguageLink[] {
  return otherLocales(locale).map((other) => {
    const path = alternates[other];
    return path
      ? { locale: other, path, translated: true }
      : { locale: other, path: fallback(other), translated: false, ...(destination ? { destination } : {}) };
  });
}

/** A page that exists in every locale with equivalent content (home, search, forms...). */
function everyLocale(route: (locale: Locale) => string): Localized<string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, route(locale)]));
}

function fixedPage<K extends 'search' | 'requestStatus'>(locale: Locale, kind: K, route: (locale: Locale) => string) {
  const alternates = everyLocale(route);
  return { kind, path: route(locale), locale, alternates, languageLinks: languageLinks(locale, alternates, route), indexable: true } as const;
}

/** Shown for any missing URL under /<locale>/: no alternates of its own; the switcher goes to the other homes. */
function notFoundPage(locale: Locale): SitePage {
  return {
    kind: 'notFound',
    path: routes.notFound(locale),
    locale,
    alternates: {},
    languageLinks: otherLocales(locale).map((other) => ({ locale: other, path: routes.home(other), translated: true })),
    indexable: false,
  };
}

/** Served by the web server instead of a form's answer when the CMS cannot be reached; like the 404, out of search engines. */
function serviceUnavailablePage(locale: Locale): SitePage {
  return { ...notFoundPage(locale), kind: 'serviceUnavailable', path: routes.serviceUnavailable(locale) };
}

/**
 * The site's layout for the CMS's own intake pages (thank-you, the form again, errors), which fills it in
 * (PAGE_SHELL_MARKERS). Its language links lead to the other shells; the CMS points them at its page in that language.
 */
function intakeShellPage(locale: Locale): SitePage {
  const alternates = everyLocale(routes.intakeShell);
  return {
    kind: 'intakeShell',
    path: routes.intakeShell(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, routes.intakeShell),
    indexable: false,
  };
}

function homePage(content: SiteContent, locale: Locale): SitePage {
  const home = content.homes[locale];
  if (!home) throw new Error(`The home page content is missing in ${locale}`);
  const alternates = everyLocale(routes.home);
  const stories = newestStories(inLocale(content.stories, locale));
  const initiatives = inLocale(content.initiatives, locale).sort(byNewest);
  return {
    kind: 'home',
    path: routes.home(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, routes.home),
    indexable: true,
    home,
    featuredStories: featured(home.featuredStoryIds, stories),
    featuredInitiatives: featured(home.featuredInitiativeIds, initiatives),
  };
}

/** The editors' choice, in their order, where translated; the newest when they chose nothing (yet). */
function featured<T extends Entry>(chosenIds: readonly string[], newestFirst: readonly T[]): T[] {
  const chosen = chosenIds.flatMap((id) => newestFirst.filter((entry) => entry.documentId === id));
  return (chosen.length > 0 ? chosen : newestFirst).slice(0, FEATURED_COUNT);
}

function byNewest(a: { publishedAt: string }, b: { publishedAt: string }): number {
  return b.publishedAt.localeCompare(a.publishedAt);
}

export function newestStories(stories: readonly StoryEntry[]): StoryEntry[] {
  return [...stories].sort((a, b) => b.storyDate.localeCompare(a.storyDate) || byNewest(a, b));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * A paginated list: page N of a locale is the alternate of page N of another locale when that
 * locale has that many pages; otherwise the switcher goes to the first page.
 */
function paginated<T>(
  locale: Locale,
  items: readonly T[],
  perPage: number,
  route: (locale: Locale, page: number) => string,
  pageCountIn: (locale: Locale) => number,
  destination: Destination,
) {
  const slices = chunks(items, perPage);
  const paths = slices.map((_, index) => route(locale, index + 1));
  return slices.map((slice, index) => {
    const page = index + 1;
    const alternates = Object.fromEntries(LOCALES.filter((other) => pageCountIn(other) >= page).map((other) => [other, route(other, page)]));
    return {
      slice,
      base: {
        path: route(locale, page),
        locale,
        alternates,
        languageLinks: languageLinks(locale, alternates, (other) => route(other, 1), destination),
        indexable: items.length > 0,
      },
      pagination: { page, paths },
    };
  });
}

const pageCount = (count: number, perPage: number): number => Math.max(1, Math.ceil(count / perPage));

function storyListPages(content: SiteContent, locale: Locale): SitePage[] {
  const countIn = (other: Locale) => pageCount(inLocale(content.stories, other).length, STORIES_PER_PAGE);
  return paginated(locale, newestStories(inLocale(content.stories, locale)), STORIES_PER_PAGE, routes.stories, countIn, 'stories').map(
    ({ slice, base, pagination }) => ({ ...base, kind: 'stories', stories: slice, pagination }),
  );
}

function initiativeListPages(content: SiteContent, locale: Locale): SitePage[] {
  const found = Object.fromEntries(LOCALES.map((other) => [other, initiativesByFilter(inLocale(content.initiatives, other))])) as Record<
    Locale,
    Map<string, InitiativeEntry[]>
  >;
  const foundBy = (other: Locale, filter: InitiativeFilter) => found[other].get(filterKey(filter)) ?? [];
  const facetsCache = new Map<string, InitiativeFacets>();
  const facetsFor = (filter: InitiativeFilter) => {
    const key = filterKey(filter);
    let facets = facetsCache.get(key);
    if (!facets) facetsCache.set(key, (facets = facetsOf(foundBy(locale, filter))));
    return facets;
  };
  const filters: InitiativeFilter[] = [
    { by: 'all' },
    ...HELP_CATEGORIES.map((category) => ({ by: 'category', code: category.code }) as const),
    ...MUNICIPALITIES.map((municipality) => ({ by: 'municipality', code: municipality.code }) as const),
    ...combinedFilters(content.initiatives),
  ];
  const facets = facetsFor({ by: 'all' });
  return filters.flatMap((filter) => {
    const route = (other: Locale, page: number) => filterRoute(other, filter, page);
    const countIn = (other: Locale) => pageCount(foundBy(other, filter).length, INITIATIVES_PER_PAGE);
    const items = sortedByTitle(locale, [...foundBy(locale, filter)]);
    const narrowed = narrowedFacets(filter, facetsFor);
    return paginated(locale, items, INITIATIVES_PER_PAGE, route, countIn, 'initiatives').map(({ slice, base, pagination }) => ({
      ...base,
      kind: 'initiatives',
      filter,
      initiatives: slice,
      total: items.length,
      pagination,
      facets,
      narrowed,
    }));
  });
}

/**
 * The initiatives each filter finds, by `filterKey`, gathered in one pass: every kind of help, every
 * municipality, every pair of the two an initiative has (a site has hundreds of such filters).
 */
function initiativesByFilter(initiatives: readonly InitiativeEntry[]): Map<string, InitiativeEntry[]> {
  const found = new Map<string, InitiativeEntry[]>();
  const add = (filter: InitiativeFilter, initiative: InitiativeEntry) => addTo(found, filterKey(filter), initiative);
  for (const initiative of initiatives) {
    add({ by: 'all' }, initiative);
    const municipalities = new Set(initiative.municipalities);
    for (const municipality of municipalities) add({ by: 'municipality', code: municipality }, initiative);
    for (const category of new Set(initiative.categories)) {
      add({ by: 'category', code: category }, initiative);
      for (const municipality of municipalities) add({ by: 'both', category, municipality }, initiative);
    }
  }
  return found;
}

function filterKey(filter: InitiativeFilter): string {
  switch (filter.by) {
    case 'all':
      return 'all';
    case 'category':
      return `category ${filter.code}`;
    case 'municipality':
      return `municipality ${filter.code}`;
    case 'both':
      return `both ${filter.category} ${filter.municipality}`;
  }
}

/**
 * Kind of help × municipality, for every pair some initiative has in some locale: built in every locale,
 * so each page has its language alternates (a pair without initiatives in a locale says so).
 */
function combinedFilters(initiatives: readonly InitiativeEntry[]): InitiativeFilter[] {
  const pairs = new Set(
    initiatives.flatMap((initiative) =>
      initiative.categories.flatMap((category) => initiative.municipalities.map((municipality) => `${category} ${municipality}`)),
    ),
  );
  return HELP_CATEGORIES.flatMap((category) =>
    MUNICIPALITIES.filter((municipality) => pairs.has(`${category.code} ${municipality.code}`)).map(
      (municipality) => ({ by: 'both', category: category.code, municipality: municipality.code }) as const,
    ),
  );
}

/**
 * The counts beside a page's filter links, so they can be combined: the kinds of help among the
 * initiatives of the page's municipality, the municipalities among those of its kind of help.
 */
function narrowedFacets(filter: InitiativeFilter, facetsFor: (filter: InitiativeFilter) => InitiativeFacets): InitiativeFacets {
  const category = filter.by === 'category' ? filter.code : filter.by === 'both' ? filter.category : undefined;
  const municipality = filter.by === 'municipality' ? filter.code : filter.by === 'both' ? filter.municipality : undefined;
  return {
    categories: facetsFor(municipality ? { by: 'municipality', code: municipality } : { by: 'all' }).categories,
    municipalities: facetsFor(category ? { by: 'category', code: category } : { by: 'all' }).municipalities,
  };
}

function filterRoute(locale: Locale, filter: InitiativeFilter, page: number): string {
  switch (filter.by) {
    case 'all':
      return routes.initiatives(locale, page);
    case 'category':
      return routes.initiativesByCategory(locale, filter.code, page);
    case 'municipality':
      return routes.initiativesByMunicipality(locale, filter.code, page);
    case 'both':
      return routes.initiativesByCategoryAndMunicipality(locale, filter.category, filter.municipality, page);
  }
}

export function facetsOf(initiatives: readonly InitiativeEntry[]): InitiativeFacets {
  const facets: InitiativeFacets = { categories: {}, municipalities: {} };
  for (const initiative of initiatives) {
    for (const code of initiative.categories) facets.categories[code] = (facets.categories[code] ?? 0) + 1;
    for (const code of initiative.municipalities) facets.municipalities[code] = (facets.municipalities[code] ?? 0) + 1;
  }
  return facets;
}

function sortedByTitle<T extends { title: string }>(locale: Locale, entries: T[]): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return entries.sort((a, b) => collator.compare(a.title, b.title));
}

/**
 * "This week" and "this month": the coming 7 and 31 days from the build's day in Brussels (the site is
 * rebuilt every night), everywhere and per municipality. A page with nothing on stays out of search engines.
 */
function activityPages(content: SiteContent, locale: Locale, now: Date): SitePage[] {
  const from = brusselsDay(now);
  const initiatives = inLocale(content.initiatives, locale).filter((initiative) => initiative.times.length > 0);
  return ACTIVITY_PERIODS.flatMap((period) => {
    const to = addDays(from, ACTIVITY_PERIOD_DAYS[period] - 1);
    const everywhere = comingActivities(initiatives, from, to);
    const municipalitiesWithActivities = MUNICIPALITIES.map((municipality) => municipality.code).filter((code) =>
      everywhere.some((item) => item.initiative.municipalities.includes(code)),
    );
    return [undefined, ...MUNICIPALITIES.map((municipality) => municipality.code)].map((municipality): SitePage => {
      const items = municipality ? everywhere.filter((item) => item.initiative.municipalities.includes(municipality)) : everywhere;
      const route = (other: Locale) => routes.activities(other, period, municipality);
      const alternates = everyLocale(route);
      return {
        kind: 'activities',
        path: route(locale),
        locale,
        alternates,
        languageLinks: languageLinks(locale, alternates, route),
        indexable: items.length > 0,
        period,
        municipality,
        from,
        to,
        days: byDay(items),
        municipalitiesWithActivities,
      };
    });
  });
}

/** The map of the municipalities, coloured by how many initiatives each has in this locale. */
function municipalitiesPage(content: SiteContent, locale: Locale): SitePage {
  const alternates = everyLocale(routes.municipalities);
  return {
    kind: 'municipalities',
    path: routes.municipalities(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, routes.municipalities),
    indexable: true,
    initiativeCounts: facetsOf(inLocale(content.initiatives, locale)).municipalities,
  };
}

/**
 * A municipality's printable A4 leaflet, for GPs, pharmacies, libraries and OCMW/CPAS offices (the same
 * content is made into a PDF at build time). Out of the sitemap: it repeats the municipality's pages.
 */
function leafletPage(content: SiteContent, locale: Locale, municipality: MunicipalityCode, now: Date): SitePage {
  const route = (other: Locale) => routes.leaflet(other, municipality);
  const alternates = everyLocale(route);
  const initiatives = sortedByTitle(
    locale,
    inLocale(content.initiatives, locale).filter((initiative) => initiative.municipalities.includes(municipality)),
  );
  const from = brusselsDay(now);
  const to = addDays(from, ACTIVITY_PERIOD_DAYS.month - 1);
  return {
    kind: 'leaflet',
    path: route(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, route),
    indexable: false,
    municipality,
    initiatives,
    from,
    to,
    days: byDay(comingActivities(initiatives, from, to)),
    municipalityPath: routes.initiativesByMunicipality(locale, municipality),
    pdfPath: routes.leafletPdf(locale, municipality),
  };
}

function organisationsPage(content: SiteContent, locale: Locale): SitePage {
  const alternates = everyLocale(routes.organisations);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return {
    kind: 'organisations',
    path: routes.organisations(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, routes.organisations),
    indexable: true,
    organisations: inLocale(content.organisations, locale).sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/** The funded projects whose applicants agreed to a public page, by title. */
function fundedProjectsPage(content: SiteContent, locale: Locale): SitePage {
  const alternates = everyLocale(routes.fundedProjects);
  return {
    kind: 'fundedProjects',
    path: routes.fundedProjects(locale),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, routes.fundedProjects),
    indexable: true,
    projects: sortedByTitle(locale, inLocale(content.fundedProjects ?? [], locale)),
  };
}

/** One page per document and locale; its alternates are the same document in the other locales. */
function documentPages<T extends Entry>(entries: readonly T[], page: (entry: T, locale: Locale, translations: Localized<T>) => SitePage): SitePage[] {
  return [...byDocument(entries).values()].flatMap((translations) =>
    LOCALES.flatMap((locale) => {
      const entry = translations[locale];
      return entry ? [page(entry, locale, translations)] : [];
    }),
  );
}

function documentBase<T extends Entry>(
  locale: Locale,
  translations: Localized<T>,
  route: (locale: Locale, slug: string) => string,
  list: (locale: Locale) => string,
  destination: Destination,
) {
  const alternates = Object.fromEntries(LOCALES.flatMap((other) => (translations[other] ? [[other, route(other, translations[other].slug)]] : [])));
  const path = alternates[locale];
  if (!path) throw new Error(`No ${destination} path in ${locale}`);
  return { path, locale, alternates, languageLinks: languageLinks(locale, alternates, list, destination), indexable: true };
}

/** The entries of these documents in a locale, in the order of `ids` (those not in that locale left out). */
function resolve<T extends Entry>(ids: readonly string[], entries: readonly T[], locale: Locale): T[] {
  const index = entryIndex(entries);
  return ids.flatMap((id) => index.get(`${locale}/${id}`) ?? []);
}

/** Entries by `<locale>/<documentId>`, made once per list: a plan resolves tens of thousands of links. */
const entryIndexes = new WeakMap<readonly Entry[], Map<string, Entry>>();
function entryIndex<T extends Entry>(entries: readonly T[]): Map<string, T> {
  let index = entryIndexes.get(entries);
  if (!index) {
    index = new Map(entries.map((entry) => [`${entry.locale}/${entry.documentId}`, entry]));
    entryIndexes.set(entries, index);
  }
  return index as Map<string, T>;
}

/** Entries grouped by a key (those without one left out), in their order. */
function groupedBy<T>(entries: readonly T[], keyOf: (entry: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key !== undefined) addTo(groups, key, entry);
  }
  return groups;
}

function addTo<T>(groups: Map<string, T[]>, key: string, entry: T): void {
  const group = groups.get(key);
  if (group) group.push(entry);
  else groups.set(key, [entry]);
}

function storyPage(content: SiteContent, story: StoryEntry, locale: Locale, translations: Localized<StoryEntry>): SitePage {
  return {
    ...documentBase(locale, translations, routes.story, (other) => routes.stories(other), 'stories'),
    kind: 'story',
    story,
    initiatives: resolve(story.initiativeIds, content.initiatives, locale),
    organisations: resolve(story.organisationIds, content.organisations, locale),
  };
}

function initiativePage(
  content: SiteContent,
  initiative: InitiativeEntry,
  locale: Locale,
  translations: Localized<InitiativeEntry>,
  today: CalendarDay,
): SitePage {
  return {
    ...documentBase(locale, translations, routes.initiative, (other) => routes.initiatives(other), 'initiatives'),
    kind: 'initiative',
    initiative,
    upcoming: nextOccurrences(initiative.times, today),
    organisation: initiative.organisationId ? resolve([initiative.organisationId], content.organisations, locale)[0] : undefined,
  };
}

function organisationPage(
  initiativesOf: ReadonlyMap<string, InitiativeEntry[]>,
  organisation: OrganisationEntry,
  locale: Locale,
  translations: Localized<OrganisationEntry>,
): SitePage {
  const own = [...(initiativesOf.get(`${locale}/${organisation.documentId}`) ?? [])];
  return {
    ...documentBase(locale, translations, routes.organisation, routes.organisations, 'organisations'),
    kind: 'organisation',
    organisation,
    initiatives: sortedByTitle(locale, own),
  };
}

/** The entry in the reader's locale, or else in the first other locale that has it. */
function withFallback<T>(translations: Localized<T>, locale: Locale): T | undefined {
  return (
    translations[locale] ??
    otherLocales(locale)
      .map((other) => translations[other])
      .find(Boolean)
  );
}

/** A page whose URL exists in every locale: translated versions are alternates; fallbacks stay out of search engines. */
function everyLocaleWithFallback<T>(locale: Locale, translations: Localized<T>, route: (locale: Locale) => string, anyContent: boolean) {
  const translatedIn = anyContent ? LOCALES.filter((other) => translations[other]) : [...LOCALES];
  const alternates = Object.fromEntries(translatedIn.map((other) => [other, route(other)]));
  return {
    path: route(locale),
    locale,
    alternates,
    languageLinks: otherLocales(locale).map((other) => ({ locale: other, path: route(other), translated: translatedIn.includes(other) })),
    indexable: translatedIn.includes(locale),
  };
}

function staticPage(content: SiteContent, locale: Locale, key: PageKey): SitePage {
  const versions = byDocument(content.pages.filter((page) => page.key === key));
  const translations = versions.values().next().value ?? {};
  const route = (other: Locale) => routes.page(other, key);
  return { ...everyLocaleWithFallback(locale, translations, route, versions.size > 0), kind: 'page', key, page: withFallback(translations, locale) };
}

function projectCallPages(content: SiteContent, now: Date): SitePage[] {
  const calls = byDocument(content.projectCalls);
  const anyVersion = [...calls.values()].map((translations) => withFallback(translations, 'nl')).filter((call) => call !== undefined);
  const current = currentCall(anyVersion, now);
  const currentTranslations = current ? (calls.get(current.documentId) ?? {}) : {};
  const others = anyVersion.filter((call) => call.documentId !== current?.documentId);
  const otherCalls = (locale: Locale): OtherCall[] =>
    others.flatMap((call) => {
      const version = calls.get(call.documentId)?.[locale];
      return version ? [{ title: version.title, path: routes.otherProjectCall(locale, version.slug), status: callStatus(version, now) }] : [];
    });

  const currentPages = LOCALES.map((locale): SitePage => {
    const call = withFallback(currentTranslations, locale);
    return {
      ...everyLocaleWithFallback(locale, currentTranslations, routes.projectCall, current !== undefined),
      kind: 'projectCall',
      call,
      status: call && callStatus(call, now),
      isCurrent: true,
      otherCalls: otherCalls(locale),
    };
  });
  const otherPages = documentPages(
    content.projectCalls.filter((call) => call.documentId !== current?.documentId),
    (call, locale, translations): SitePage => ({
      ...documentBase(locale, translations, routes.otherProjectCall, routes.projectCall, 'projectCall'),
      kind: 'projectCall',
      call,
      status: callStatus(call, now),
      isCurrent: false,
      otherCalls: [],
    }),
  );
  return [...currentPages, ...otherPages];
}

function formPage(content: SiteContent, locale: Locale, form: FormKey, now: Date): SitePage {
  const alternates = everyLocale((other) => routes.form(other, form));
  const openCall = currentCall(
    inLocale(content.projectCalls, locale).filter((call) => callStatus(call, now) === 'open'),
    now,
  );
  return {
    kind: 'form',
    form,
    path: routes.form(locale, form),
    locale,
    alternates,
    languageLinks: languageLinks(locale, alternates, (other) => routes.form(other, form)),
    indexable: true,
    applicationsOpen: content.projectCalls.some((call) => callStatus(call, now) === 'open'),
    openCall: openCall && { documentId: openCall.documentId, maxPerProject: openCall.maxPerProject },
  };
}

function assertUniquePaths(pages: readonly SitePage[]): void {
  const seen = new Map<string, SitePage>();
  const clashes: string[] = [];
  for (const page of pages) {
    const earlier = seen.get(page.path);
    if (earlier) clashes.push(`${page.path} (${earlier.kind} and ${page.kind})`);
    seen.set(page.path, page);
  }
  if (clashes.length > 0) throw new Error(`Two pages would have the same URL; change a slug in the CMS:\n  ${clashes.join('\n  ')}`);
}
