/**
 * What the editing routes answer, written once: the server returns these types and the admin's
 * widgets read them. Type-only imports: the admin bundle must never pull server code in.
 */
import type { Locale, PublicCollectionType, ValueRule } from '@cb/domain';

export type PublicContentType = PublicCollectionType | 'global' | 'home';

/** One published document, and the languages it is not published in. */
export interface MissingLocales {
  type: PublicContentType;
  uid: string;
  kind: 'collectionType' | 'singleType';
  documentId: string;
  /** Its title or name, in the first language it has (Dutch first). */
  title: string | null;
  missing: Locale[];
  /** For a document not published yet: the moment it is scheduled to go online (ISO). */
  scheduledFor?: string | undefined;
}

/** A document of the public content in one language, as the widgets name and link it. */
export interface DocumentInLocale {
  type: PublicContentType;
  uid: string;
  kind: 'collectionType' | 'singleType';
  documentId: string;
  title: string | null;
  locale: Locale;
}

/** A published image whose alternative text is empty in one language. */
export interface MissingAltText extends DocumentInLocale {
  /** The field holding the alternative text, next to the image. */
  altField: string;
}

/** Why the content rules refused a scheduled publish: the widget says it in the editor's language. */
export type ScheduleRefusalReason = 'alt-missing' | ValueRule;

/** One field a scheduled publish was refused for, and why (as a code the widget words in the editor's language), never the value. */
export interface ScheduleRefusalProblem {
  /** The top field, as the content manager labels it. */
  field: string;
  /** Where in it (e.g. body.0.children.1.url). */
  path: string;
  reason: ScheduleRefusalReason;
}

/** A scheduled publish of one language the content rules refused, still standing (not published since, not rescheduled). */
export interface ScheduleRefusal extends DocumentInLocale {
  /** The publish moment refused (ISO). */
  moment: string;
  problems: ScheduleRefusalProblem[];
}

export interface MissingWork {
  /** Scheduled publishes refused by the content rules: first, as the public was promised them. */
  scheduleRefusals: ScheduleRefusal[];
  locales: MissingLocales[];
  altTexts: MissingAltText[];
}

/** The content manager's edit view of one document in one language, as a path of the admin's router. */
export function editViewPath(row: { uid: string; kind: 'collectionType' | 'singleType'; documentId: string }, locale: Locale): string {
  const base = row.kind === 'singleType' ? `/content-manager/single-types/${row.uid}` : `/content-manager/collection-types/${row.uid}/${row.documentId}`;
  return `${base}?plugins[i18n][locale]=${locale}`;
}

export const SITE_BUILD_STATUSES = ['started', 'succeeded', 'failed'] as const;
export type SiteBuildStatus = (typeof SITE_BUILD_STATUSES)[number];

/** One value the site's build refused: where (type, document, language, field) and why, never the value. */
export interface SiteBuildProblem {
  type: string;
  documentId?: string | undefined;
  slug?: string | undefined;
  locale: Locale;
  field: string;
  /** Why, in the build's English. */
  message: string;
  /** Why, as a code the widget words in the editor's language. */
  rule: ValueRule;
  /** The document's title in that language, added by the CMS when it shows the report (the build names a document by its slug). */
  title?: string | undefined;
}

export interface SiteBuildReport {
  status: SiteBuildStatus;
  startedAt: string;
  finishedAt?: string | undefined;
  /** Why a build failed, in the builder's words (the end of its output when no document was named). */
  reason?: string | undefined;
  /** The documents and fields the site refused, when that is why it failed. */
  problems?: SiteBuildProblem[] | undefined;
}

export interface SiteBuildState {
  latest?: SiteBuildReport;
  /** The last build that failed, kept until a later one succeeds. */
  failing?: SiteBuildReport;
  lastSuccess?: SiteBuildReport;
}
