import type { Core } from '@strapi/strapi';
import { LOCALES, isLocale, type Locale } from '@cb/domain';
import { standingScheduleRefusals } from '../publishing/schedule-refusals';
import type { MissingAltText, MissingLocales, MissingWork } from './contracts';
import { momentText, SCHEDULED_TYPES, type ScheduledType } from '../publishing/schedule-rules';
import { PUBLIC_TYPES, publicTypeInfo, publicTypeOfUid, type PublicTypeInfo } from './public-types';

/** More rows than an editor would ever work through in one sitting; the widget says how many there are. */
const MAX_ROWS_PER_TYPE = 5000;

interface PublishedRow {
  documentId: string;
  locale: string | null;
  [field: string]: unknown;
}

/**
 * What editors still have to do: scheduled publishes the content rules refused, and on published
 * content, documents missing a language and images whose alternative text is empty in a language
 * they are published in. Read with the Query Engine (published rows only: a draft is not yet missing anything).
 */
export async function findMissingWork(strapi: Core.Strapi): Promise<MissingWork> {
  const work: MissingWork = { scheduleRefusals: await standingScheduleRefusals(strapi), locales: [], altTexts: [] };
  for (const type of PUBLIC_TYPES) {
    const info = publicTypeInfo(strapi, type);
    const rows = await publishedRowsOf(strapi, info);
    const byDocument = groupByDocument(rows);
    for (const [documentId, versions] of byDocument) {
      const title = titleOf(info, versions);
      const present = new Set(versions.map((version) => version.locale));
      const missing = LOCALES.filter((locale) => !present.has(locale));
      const where = { type, uid: info.uid, kind: info.kind, documentId, title };
      if (missing.length > 0) work.locales.push({ ...where, missing } satisfies MissingLocales);
      work.altTexts.push(
        ...versions.flatMap((version) =>
          altTextsMissingIn(info, version).map((altField) => ({ ...where, locale: localeOf(version), altField }) satisfies MissingAltText),
        ),
      );
    }
  }
  work.locales.push(...(await scheduledDraftsMissingLocales(strapi)));
  return work;
}

/**
 * Documents never published yet but scheduled to be: they go online at their moment in the languages
 * written by then, so a missing language is listed before, not after, the public sees the document.
 */
async function scheduledDraftsMissingLocales(strapi: Core.Strapi): Promise<MissingLocales[]> {
  const rows: MissingLocales[] = [];
  for (const uid of SCHEDULED_TYPES) {
    const type = publicTypeOfUid(uid);
    if (!type) continue;
    const info = publicTypeInfo(strapi, type);
    const versions: unknown[] = await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale', 'publishedAt', 'publishAt', ...(info.titleField ? [info.titleField] : [])],
      where: { documentId: { $in: await documentsScheduledAhead(strapi, uid) } },
      limit: MAX_ROWS_PER_TYPE,
    });
    for (const [documentId, ofDocument] of groupByDocument(versions.filter(isDocumentRow))) {
      if (ofDocument.some((version) => version.publishedAt !== null && version.publishedAt !== undefined)) continue;
      const present = new Set(ofDocument.map((version) => version.locale));
      const missing = LOCALES.filter((locale) => !present.has(locale));
      const scheduledFor = momentText(ofDocument[0]?.publishAt);
      if (missing.length > 0 && scheduledFor)
        rows.push({ type, uid: info.uid, kind: info.kind, documentId, title: titleOf(info, ofDocument), missing, scheduledFor });
    }
  }
  return rows;
}

/** The documents whose draft has a publish moment still ahead. */
async function documentsScheduledAhead(strapi: Core.Strapi, uid: ScheduledType): Promise<string[]> {
  const drafts: unknown[] = await strapi.db.query(uid).findMany({
    select: ['documentId'],
    where: { publishedAt: { $null: true }, publishAt: { $gt: new Date() } },
    limit: MAX_ROWS_PER_TYPE,
  });
  return [...new Set(drafts.filter(isDocumentRow).map((draft) => draft.documentId))];
}

async function publishedRowsOf(strapi: Core.Strapi, info: PublicTypeInfo): Promise<PublishedRow[]> {
  const select = ['documentId', 'locale', ...(info.titleField ? [info.titleField] : []), ...info.images.map(({ alt }) => alt)];
  const populate = Object.fromEntries(info.images.map(({ image }) => [image, { select: ['id'] }]));
  const rows: unknown[] = await strapi.db.query(info.uid).findMany({
    select,
    populate,
    where: { publishedAt: { $notNull: true } },
    orderBy: [{ documentId: 'asc' }],
    limit: MAX_ROWS_PER_TYPE,
  });
  return rows.filter(isDocumentRow);
}

function groupByDocument(rows: PublishedRow[]): Map<string, PublishedRow[]> {
  const groups = new Map<string, PublishedRow[]>();
  for (const row of rows) groups.set(row.documentId, [...(groups.get(row.documentId) ?? []), row]);
  return groups;
}

function isDocumentRow(row: unknown): row is PublishedRow {
  return typeof row === 'object' && row !== null && 'documentId' in row && typeof row.documentId === 'string';
}

function localeOf(row: PublishedRow): Locale {
  return isLocale(row.locale) ? row.locale : 'nl';
}

/** The title in Dutch, else in the first language that has one. */
function titleOf(info: PublicTypeInfo, versions: PublishedRow[]): string | null {
  if (!info.titleField) return null;
  const field = info.titleField;
  const ordered = LOCALES.flatMap((locale) => versions.filter((version) => version.locale === locale));
  const titled = ordered.find((version) => typeof version[field] === 'string' && String(version[field]).trim() !== '');
  return titled ? String(titled[field]) : null;
}

/** The alternative-text fields left empty next to an image this version shows. */
export function altTextsMissingIn(info: Pick<PublicTypeInfo, 'images'>, version: Record<string, unknown>): string[] {
  return info.images.filter(({ image, alt }) => hasImage(version[image]) && !hasText(version[alt])).map(({ alt }) => alt);
}

const hasImage = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined);
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
