import { routes, type Locale } from '@cb/domain';

/**
 * The kinds of public content that search finds. Intake types (help requests, offers, proposals,
 * submissions, matches) are deliberately absent: nothing here can fetch or index them.
 */
export const CONTENT_KINDS = ['initiative', 'organisation', 'story', 'project-call'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export function isContentKind(value: unknown): value is ContentKind {
  return typeof value === 'string' && (CONTENT_KINDS as readonly string[]).includes(value);
}

/** The CMS REST collection each kind is read from. */
export const CMS_COLLECTION: Record<ContentKind, string> = {
  initiative: 'initiatives',
  organisation: 'organisations',
  story: 'stories',
  'project-call': 'project-calls',
};

/** The relations the REST API must populate for the mapping, and only the fields the mapping reads. */
export const CMS_POPULATE: Record<ContentKind, Record<string, readonly string[]>> = {
  initiative: {
    organisation: ['name', 'slug'],
    categories: ['code'],
    municipalities: ['code'],
    audiences: ['code'],
    languages: ['code'],
    image: ['url'],
  },
  organisation: { municipality: ['code'], logo: ['url'] },
  story: { municipality: ['code'], cover: ['url'] },
  'project-call': {},
};

/** Where a document lives on the public site, from the site's route map in @cb/domain. */
export function sitePath(kind: ContentKind, locale: Locale, slug: string): string {
  switch (kind) {
    case 'initiative':
      return routes.initiative(locale, slug);
    case 'organisation':
      return routes.organisation(locale, slug);
    case 'story':
      return routes.story(locale, slug);
    case 'project-call':
      return routes.projectCall(locale);
  }
}

/** The search document id: stable across locales, so one document has the same id in every index. */
export function searchDocumentId(kind: ContentKind, documentId: string): string {
  return `${kind}-${documentId}`;
}
