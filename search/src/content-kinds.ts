import { routes, type Locale } from '@cb/domain';
import type { CmsApiDocument, CmsCollectionTypeName } from '@cb/domain/cms-api';

/**
 * The kinds of public content that search finds. Intake types (help requests, offers, proposals,
 * submissions, matches) are deliberately absent: nothing here can fetch or index them.
 */
export const CONTENT_KINDS = ['initiative', 'organisation', 'story', 'project-call', 'funded-project'] as const satisfies readonly CmsCollectionTypeName[];
export type ContentKind = (typeof CONTENT_KINDS)[number];

export function isContentKind(value: unknown): value is ContentKind {
  return typeof value === 'string' && (CONTENT_KINDS as readonly string[]).includes(value);
}

/** A document read from the CMS (with @cb/domain/cms-api) together with its kind, so the mapping can switch on it safely. */
export type CmsDocument = { [Kind in ContentKind]: { kind: Kind; document: CmsApiDocument<Kind> } }[ContentKind];

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
    case 'funded-project':
      return routes.fundedProject(locale, slug);
  }
}

/** The search document id: stable across locales, so one document has the same id in every index. */
export function searchDocumentId(kind: ContentKind, documentId: string): string {
  return `${kind}-${documentId}`;
}
