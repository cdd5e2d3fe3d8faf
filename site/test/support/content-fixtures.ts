import type { Locale } from '@cb/domain';
import type { GlobalEntry, HomeEntry, InitiativeEntry, OrganisationEntry, PageEntry, ProjectCallEntry, StoryEntry } from '../../src/lib/cms/model.ts';
import type { SiteContent } from '../../src/lib/site-plan.ts';

/** Small site entries for the page-plan tests: only what a test cares about needs saying. */

const base = (documentId: string, locale: Locale, slug: string) => ({
  documentId,
  locale,
  slug,
  publishedAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
});

export function story(documentId: string, locale: Locale, overrides: Partial<StoryEntry> = {}): StoryEntry {
  return {
    ...base(documentId, locale, `${documentId}-${locale}`),
    title: `${documentId} ${locale}`,
    summary: 'Summary',
    body: [],
    storyDate: '2026-09-03',
    initiativeIds: [],
    organisationIds: [],
    ...overrides,
  };
}

export function initiative(documentId: string, locale: Locale, overrides: Partial<InitiativeEntry> = {}): InitiativeEntry {
  return {
    ...base(documentId, locale, `${documentId}-${locale}`),
    title: `${documentId} ${locale}`,
    summary: 'Summary',
    description: [],
    howToJoin: 'Call us.',
    times: [],
    remote: false,
    categories: ['chat'],
    municipalities: ['jette'],
    audiences: [],
    languages: ['nl'],
    ...overrides,
  };
}

export function organisation(documentId: string, locale: Locale, overrides: Partial<OrganisationEntry> = {}): OrganisationEntry {
  return { ...base(documentId, locale, `${documentId}-${locale}`), name: `${documentId} ${locale}`, summary: 'Summary', description: [], ...overrides };
}

export function projectCall(documentId: string, locale: Locale, overrides: Partial<ProjectCallEntry> = {}): ProjectCallEntry {
  return {
    ...base(documentId, locale, `${documentId}-${locale}`),
    title: `${documentId} ${locale}`,
    summary: 'Summary',
    body: [],
    totalBudget: 150000,
    maxPerProject: 7500,
    opensOn: '2026-10-01',
    deadline: '2027-01-31T23:59:00+01:00',
    criteria: [],
    faq: [],
    ...overrides,
  };
}

export function page(documentId: string, locale: Locale, key: PageEntry['key']): PageEntry {
  return { ...base(documentId, locale, `${key}-${locale}`), key, title: `${key} ${locale}`, body: [] };
}

const global = (locale: Locale): GlobalEntry => ({
  locale,
  siteName: 'Connecting Brussels',
  tagline: 'Tagline',
  phoneNumber: '+32 2 555 00 00',
  phoneHours: '9-17',
  socialLinks: [],
  footerText: 'Footer',
});

const home = (locale: Locale, featuredStoryIds: string[] = []): HomeEntry => ({
  locale,
  heroTitle: 'Hero',
  heroText: 'Text',
  phoneCallout: 'Call',
  featuredStoryIds,
  featuredInitiativeIds: [],
});

export function siteContent(overrides: Partial<SiteContent> & { featuredStoryIds?: string[] } = {}): SiteContent {
  const { featuredStoryIds = [], ...rest } = overrides;
  return {
    stories: [],
    initiatives: [],
    organisations: [],
    projectCalls: [],
    pages: [],
    globals: { nl: global('nl'), fr: global('fr'), en: global('en') },
    homes: { nl: home('nl', featuredStoryIds), fr: home('fr', featuredStoryIds), en: home('en', featuredStoryIds) },
    ...rest,
  };
}
