import type { PageKey } from './content.js';
import type { Locale, Localized } from './locales.js';
import { slugify } from './slugify.js';
import { HELP_CATEGORIES, MUNICIPALITIES, type HelpCategoryCode, type MunicipalityCode } from './taxonomies.js';

/**
 * The route map: the one place that knows the public site's URLs. Every link and every generated
 * page of the site, and every search result, goes through these functions, so a URL segment
 * changes here and nowhere else.
 * All paths are absolute, start with the locale and end with a slash (except files like feeds).
 */

export const FORM_KEYS = ['ask-for-help', 'offer-help', 'share-a-story', 'apply'] as const;
export type FormKey = (typeof FORM_KEYS)[number];

const SEGMENTS = {
  stories: { nl: 'verhalen', fr: 'recits', en: 'stories' },
  initiatives: { nl: 'initiatieven', fr: 'initiatives', en: 'initiatives' },
  byCategory: { nl: 'soort-hulp', fr: 'type-d-aide', en: 'kind-of-help' },
  byMunicipality: { nl: 'gemeente', fr: 'commune', en: 'municipality' },
  organisations: { nl: 'organisaties', fr: 'organisations', en: 'organisations' },
  projectCall: { nl: 'projectoproep', fr: 'appel-a-projets', en: 'project-call' },
  /** The projects the call funds whose applicants agreed to a public page. */
  fundedProjects: { nl: 'gesteunde-projecten', fr: 'projets-soutenus', en: 'funded-projects' },
  search: { nl: 'zoeken', fr: 'rechercher', en: 'search' },
  requestStatus: { nl: 'status-aanvraag', fr: 'suivi-demande', en: 'request-status' },
  /** The map of the 19 municipalities. */
  municipalities: { nl: 'gemeenten', fr: 'communes', en: 'municipalities' },
  /** Coming activities: /nl/activiteiten/ (this week), /nl/activiteiten/deze-maand/ */
  activities: { nl: 'activiteiten', fr: 'activites', en: 'activities' },
  thisMonth: { nl: 'deze-maand', fr: 'ce-mois-ci', en: 'this-month' },
  /** iCalendar feeds (RFC 5545): /nl/activiteiten/agenda.ics, /nl/initiatieven/<slug>/agenda.ics */
  calendarFile: { nl: 'agenda.ics', fr: 'agenda.ics', en: 'calendar.ics' },
  /** A municipality's printable leaflet: /nl/gemeenten/elsene/folder/ and its PDF /nl/gemeenten/elsene/folder-elsene.pdf */
  leaflet: { nl: 'folder', fr: 'depliant', en: 'leaflet' },
  /** Pagination: /nl/verhalen/pagina/2/ */
  page: { nl: 'pagina', fr: 'page', en: 'page' },
} as const satisfies Record<string, Localized>;

const FORM_SEGMENTS: Record<FormKey, Localized> = {
  'ask-for-help': { nl: 'hulp-vragen', fr: 'demander-de-l-aide', en: 'ask-for-help' },
  'offer-help': { nl: 'hulp-aanbieden', fr: 'proposer-de-l-aide', en: 'offer-help' },
  'share-a-story': { nl: 'deel-je-verhaal', fr: 'partager-une-histoire', en: 'share-your-story' },
  apply: { nl: 'project-indienen', fr: 'deposer-un-projet', en: 'apply' },
};

/** Static pages live at fixed, localized URLs, whatever slug the editor gives them. */
const PAGE_SEGMENTS: Record<PageKey, Localized> = {
  about: { nl: 'over-ons', fr: 'a-propos', en: 'about' },
  privacy: { nl: 'privacy', fr: 'vie-privee', en: 'privacy' },
  accessibility: { nl: 'toegankelijkheid', fr: 'accessibilite', en: 'accessibility' },
  contact: { nl: 'contact', fr: 'contact', en: 'contact' },
  'volunteer-code-of-conduct': { nl: 'gedragscode-vrijwilligers', fr: 'code-de-conduite-benevoles', en: 'volunteer-code-of-conduct' },
  'volunteer-information-note': { nl: 'informatienota-vrijwilligers', fr: 'note-d-information-benevoles', en: 'volunteer-information-note' },
};

const join = (...parts: (string | number)[]): string => `/${parts.map((part) => encodeURIComponent(String(part))).join('/')}/`;
const paged = (base: string, locale: Locale, page: number): string => (page > 1 ? `${base}${SEGMENTS.page[locale]}/${page}/` : base);

export function categorySlug(locale: Locale, code: HelpCategoryCode): string {
  const category = HELP_CATEGORIES.find((candidate) => candidate.code === code);
  if (!category) throw new Error(`Unknown help category "${code}"`);
  return slugify(category.name[locale]);
}

export function municipalitySlug(locale: Locale, code: MunicipalityCode): string {
  const municipality = MUNICIPALITIES.find((candidate) => candidate.code === code);
  if (!municipality) throw new Error(`Unknown municipality "${code}"`);
  return slugify(municipality.name[locale]);
}

/** The windows of the activity pages: the coming 7 days ("this week") and the coming 31 days ("this month"). */
export const ACTIVITY_PERIODS = ['week', 'month'] as const;
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];
export const ACTIVITY_PERIOD_DAYS: Record<ActivityPeriod, number> = { week: 7, month: 31 };

export const routes = {
  /** The neutral trilingual landing page. */
  landing: (): string => '/',
  home: (locale: Locale): string => join(locale),
  stories: (locale: Locale, page = 1): string => paged(join(locale, SEGMENTS.stories[locale]), locale, page),
  story: (locale: Locale, slug: string): string => join(locale, SEGMENTS.stories[locale], slug),
  storiesFeed: (locale: Locale): string => `/${locale}/${SEGMENTS.stories[locale]}/rss.xml`,
  initiatives: (locale: Locale, page = 1): string => paged(join(locale, SEGMENTS.initiatives[locale]), locale, page),
  initiativesByCategory: (locale: Locale, code: HelpCategoryCode, page = 1): string =>
    paged(join(locale, SEGMENTS.initiatives[locale], SEGMENTS.byCategory[locale], categorySlug(locale, code)), locale, page),
  initiativesByMunicipality: (locale: Locale, code: MunicipalityCode, page = 1): string =>
    paged(join(locale, SEGMENTS.initiatives[locale], SEGMENTS.byMunicipality[locale], municipalitySlug(locale, code)), locale, page),
  /** Both filters at once: /nl/initiatieven/soort-hulp/boodschappen/gemeente/jette/ (built for the pairs that have initiatives). */
  initiativesByCategoryAndMunicipality: (locale: Locale, category: HelpCategoryCode, municipality: MunicipalityCode, page = 1): string =>
    paged(
      join(
        locale,
        SEGMENTS.initiatives[locale],
        SEGMENTS.byCategory[locale],
        categorySlug(locale, category),
        SEGMENTS.byMunicipality[locale],
        municipalitySlug(locale, municipality),
      ),
      locale,
      page,
    ),
  initiative: (locale: Locale, slug: string): string => join(locale, SEGMENTS.initiatives[locale], slug),
  /** The coming activities (expanded dates) of this week or this month, everywhere or in one municipality. */
  activities: (locale: Locale, period: ActivityPeriod, municipality?: MunicipalityCode): string =>
    join(
      locale,
      SEGMENTS.activities[locale],
      ...(municipality ? [SEGMENTS.byMunicipality[locale], municipalitySlug(locale, municipality)] : []),
      ...(period === 'month' ? [SEGMENTS.thisMonth[locale]] : []),
    ),
  /** The calendar feed of every activity, or of one municipality's. */
  activitiesFeed: (locale: Locale, municipality?: MunicipalityCode): string =>
    `${join(locale, SEGMENTS.activities[locale], ...(municipality ? [SEGMENTS.byMunicipality[locale], municipalitySlug(locale, municipality)] : []))}${SEGMENTS.calendarFile[locale]}`,
  /** The calendar feed of one initiative ("add to my calendar"). */
  initiativeFeed: (locale: Locale, slug: string): string => `${join(locale, SEGMENTS.initiatives[locale], slug)}${SEGMENTS.calendarFile[locale]}`,
  /** The map of the 19 municipalities, each a link to its initiatives. */
  municipalities: (locale: Locale): string => join(locale, SEGMENTS.municipalities[locale]),
  /** A municipality's printable A4 leaflet (its initiatives, this month's activities, the phone line, a QR code). */
  leaflet: (locale: Locale, municipality: MunicipalityCode): string =>
    join(locale, SEGMENTS.municipalities[locale], municipalitySlug(locale, municipality), SEGMENTS.leaflet[locale]),
  /** The same leaflet as a PDF made at build time, named after the municipality when downloaded. */
  leafletPdf: (locale: Locale, municipality: MunicipalityCode): string =>
    `${join(locale, SEGMENTS.municipalities[locale], municipalitySlug(locale, municipality))}${SEGMENTS.leaflet[locale]}-${municipalitySlug(locale, municipality)}.pdf`,
  organisations: (locale: Locale): string => join(locale, SEGMENTS.organisations[locale]),
  organisation: (locale: Locale, slug: string): string => join(locale, SEGMENTS.organisations[locale], slug),
  /** The current project call. */
  projectCall: (locale: Locale): string => join(locale, SEGMENTS.projectCall[locale]),
  /** A call other than the current one (an earlier or a later one). */
  otherProjectCall: (locale: Locale, slug: string): string => join(locale, SEGMENTS.projectCall[locale], slug),
  fundedProjects: (locale: Locale): string => join(locale, SEGMENTS.fundedProjects[locale]),
  fundedProject: (locale: Locale, slug: string): string => join(locale, SEGMENTS.fundedProjects[locale], slug),
  page: (locale: Locale, key: PageKey): string => join(locale, PAGE_SEGMENTS[key][locale]),
  form: (locale: Locale, form: FormKey): string => join(locale, FORM_SEGMENTS[form][locale]),
  search: (locale: Locale): string => join(locale, SEGMENTS.search[locale]),
  /** Where a person looks up the state of their help request by its reference (the form posts to the CMS). */
  requestStatus: (locale: Locale): string => join(locale, SEGMENTS.requestStatus[locale]),
  /** Served by the web server for a missing page under /<locale>/ (the root /404.html is trilingual). */
  notFound: (locale: Locale): string => join(locale, '404'),
  /** Served by the web server when the CMS behind a form post cannot be reached (with the phone line). */
  serviceUnavailable: (locale: Locale): string => join(locale, '503'),
  /** The site's layout for the CMS's intake pages (see PAGE_SHELL_MARKERS in @cb/domain/intake); not a page anyone visits. */
  intakeShell: (locale: Locale): string => join(locale, 'intake-shell'),
} as const;

export type RouteName = keyof typeof routes;

/** An absolute URL on the public site, for canonical links, feeds, the sitemap and Open Graph. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}
