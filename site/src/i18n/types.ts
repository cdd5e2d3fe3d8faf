import type { PageKey, WeekOfMonth } from '@cb/domain';
import type { FormKey, SearchWords } from '@cb/domain';
import type { Destination } from '../lib/site-plan.ts';

/** The words of the search island: plain data, shared with the CMS's page of results without JavaScript. */
export type { SearchIslandStrings } from '@cb/domain';

/**
 * Every string of the interface, in one locale. Each locale file must provide all of them, so a
 * missing translation is a type error, not an empty spot on a page. Texts that need a value are
 * small functions; plain words stay strings.
 */
export interface UiStrings {
  /** The name of this language in this language, for `lang`-tagged links. */
  languageName: string;
  skipToContent: string;
  mainNavLabel: string;
  /** On a phone, the link in the header that opens the main menu. */
  menuLink: string;
  footerNavLabel: string;
  homeLinkLabel: string;
  nav: {
    stories: string;
    initiatives: string;
    organisations: string;
    projectCall: string;
    search: string;
  };
  switcher: {
    label: string;
    /** Shown, in the target language, next to a language where this content does not exist yet. */
    notTranslated: string;
    /** Where the link goes instead, e.g. "all stories". */
    goesTo: (destination: string) => string;
    destinations: Record<Destination, string>;
  };
  /** When a page shows content from another language because it is not translated yet. */
  fallbackNotice: (shownLanguage: string) => string;
  phone: {
    heading: string;
    /** Leads into the phone number, its colon included (French wants a no-break space before it). */
    callUs: string;
    /** For screen readers and the `tel:` link. */
    callLabel: (phoneNumber: string) => string;
  };
  waysIn: {
    heading: string;
    askForHelp: { title: string; text: string };
    offerHelp: { title: string; text: string };
    shareStory: { title: string; text: string };
    projectCall: { title: string; text: string };
  };
  /** Each form page's introduction (its title is the shared one: formTitle in @cb/domain/intake). */
  forms: Record<FormKey, { intro: string }>;
  formPage: {
    /** Under the form: the phone line, for whoever prefers to talk. */
    callInstead: string;
  };
  home: {
    featuredStories: string;
    featuredInitiatives: string;
    allStories: string;
    allInitiatives: string;
  };
  search: SearchWords;
  stories: {
    title: string;
    intro: string;
    by: (author: string) => string;
    publishedOn: (date: string) => string;
    relatedInitiatives: string;
    relatedOrganisations: string;
    shareYours: string;
    empty: string;
    feedTitle: string;
    feedLink: string;
  };
  initiatives: {
    title: string;
    intro: string;
    count: (count: number) => string;
    byCategory: string;
    byMunicipality: string;
    all: string;
    categoryTitle: (category: string) => string;
    municipalityTitle: (municipality: string) => string;
    /** A kind of help in a municipality: both filters at once. */
    combinedTitle: (category: string, municipality: string) => string;
    /** The filter link that drops the kind of help (keeps the municipality). */
    everyCategory: string;
    /** The filter link that drops the municipality (keeps the kind of help). */
    everyMunicipality: string;
    empty: string;
    remote: string;
    what: string;
    forWhom: string;
    where: string;
    when: string;
    languages: string;
    organisation: string;
    howToJoin: string;
    contact: string;
    kindOfHelp: string;
    audiences: string;
    municipalities: string;
    website: string;
    email: string;
    phoneLabel: string;
    printHint: string;
  };
  /** The coming activities ("this week", "this month"), the calendar feeds, and an initiative's dates and hours. */
  activities: {
    thisWeek: string;
    thisMonth: string;
    /** "This week in Jette". */
    inMunicipality: (period: string, municipality: string) => string;
    /** "From Friday 4 to Thursday 10 December": the two days come formatted. */
    period: (from: string, to: string) => string;
    intro: string;
    empty: string;
    everywhere: string;
    byMunicipality: string;
    /** The link to the calendar feed of the page's activities. */
    subscribe: string;
    subscribeHint: string;
    /** On an initiative's page: its calendar feed. */
    addToCalendar: string;
    nextDates: string;
    /** A time of day: "14.00 uur", "14 h 30", "14:00". */
    clock: (hours: number, minutes: number) => string;
    hours: (start: string, end: string | undefined) => string;
    weekly: (weekday: string) => string;
    everyWeeks: (weekday: string, weeks: number) => string;
    monthly: (week: WeekOfMonth, weekday: string) => string;
    once: (date: string) => string;
    since: (date: string) => string;
    until: (date: string) => string;
    notOnHolidays: string;
    notOn: (dates: string) => string;
    /** The name of a calendar feed, everywhere or in a municipality. */
    feedTitle: (municipality: string | undefined) => string;
    /** The home page's and the initiatives page's link. */
    whatsOn: string;
  };
  /** A municipality's printable A4 leaflet (page and PDF). */
  leaflet: {
    /** The leaflet's title: "Help and company in Jette". */
    title: (municipality: string) => string;
    intro: string;
    initiativesHeading: string;
    noInitiatives: string;
    activitiesHeading: string;
    /** The period of the activities listed, as dates. */
    period: (from: string, to: string) => string;
    noActivities: string;
    phoneHeading: string;
    /** Under the QR code, before the address it opens. */
    qrCaption: string;
    /** The accessible name of the QR code: "QR code to …". */
    qrLabel: (url: string) => string;
    /** The link to the PDF, on the page and on the municipality's pages. */
    pdfLink: string;
    printHint: string;
    /** The link from a municipality's pages to its leaflet. */
    link: (municipality: string) => string;
  };
  /** The map of the 19 municipalities. */
  map: {
    title: string;
    intro: string;
    /** The accessible name of the map drawing. */
    label: string;
    /** A municipality on the map and in the list: "Jette, 3 initiatives". */
    tile: (municipality: string, count: string) => string;
    legend: string;
    /** The legend's ranges of numbers of initiatives. */
    shades: readonly [string, string, string, string];
    listHeading: string;
    note: string;
    link: string;
  };
  organisations: {
    title: string;
    intro: string;
    lettersLabel: string;
    address: string;
    theirInitiatives: string;
    noInitiatives: string;
    otherLetters: string;
  };
  projectCall: {
    title: string;
    none: string;
    open: (deadline: string) => string;
    upcoming: (opensOn: string) => string;
    closed: (deadline: string) => string;
    totalBudget: string;
    maxPerProject: string;
    period: string;
    criteria: string;
    weight: (weight: number) => string;
    faq: string;
    howToApply: string;
    applyButton: string;
    applyClosed: string;
    otherCalls: string;
  };
  fundedProjects: {
    title: string;
    intro: string;
    none: string;
    runBy: string;
    where: string;
    howToJoin: string;
    /** Under a project: how it came to be (the project call). */
    fundedBy: string;
    allProjects: string;
  };
  pages: Record<PageKey, string>;
  pagination: {
    label: string;
    previous: string;
    next: string;
    pageOf: (page: number, total: number) => string;
  };
  notFound: {
    title: string;
    text: string;
    backHome: string;
  };
  serviceUnavailable: {
    title: string;
    text: string;
    backHome: string;
  };
  footer: {
    follow: string;
    feed: string;
  };
  /** The preview server's answers to an editor (site/preview). */
  preview: {
    title: string;
    needsLink: string;
    invalidLink: string;
    nothingToShow: string;
    cmsUnreachable: string;
    invalidContent: string;
  };
}
