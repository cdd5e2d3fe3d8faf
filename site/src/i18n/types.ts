import type { PageKey } from '@cb/domain';
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
}
