import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, slugify } from '@cb/domain';

/**
 * A public document's slug is made from its own locale's title (or name), and stays unique per
 * content type and locale. Strapi 5's admin does not do this: on a new document (or a new locale)
 * its UID field asks the server for a default while the title is still empty, gets the content
 * type's name ("story"), and keeps it whatever the editor then types. "Fill in from another
 * locale" copies the other locale's slug as well. So the CMS decides on every save:
 *
 * - until a locale is first published, its slug follows its title, unless the editor typed a slug
 *   of their own (anything other than empty, the type's placeholder, the slug of the earlier title
 *   or another locale's slug);
 * - once published, the slug stays (links to the page keep working) unless the editor changes it;
 * - a slug another document of the same type and locale has (draft or published) gets a suffix:
 *   `mijn-verhaal-2`, `mijn-verhaal-3`.
 */

const WRITING_ACTIONS = new Set(['create', 'update']);

export interface SlugField {
  field: string;
  targetField: string;
}

/** The uid attribute made from another field (`slugOf` in attributes.ts), if the model has one. */
export function slugFieldOf(strapi: Core.Strapi, uid: UID.ContentType): SlugField | undefined {
  for (const [field, attribute] of Object.entries(strapi.contentTypes[uid]?.attributes ?? {})) {
    if (attribute.type === 'uid' && typeof attribute.targetField === 'string') return { field, targetField: attribute.targetField };
  }
  return undefined;
}

export interface SlugSituation {
  /** The content type's singular name: the admin's placeholder slug before a title is typed. */
  placeholder: string;
  title: string;
  /** The slug the save carries, or the stored one when the save does not touch it. */
  slug: string;
  /** The title stored before this save, if this locale existed. */
  earlierTitle?: string;
  /** The slugs of the document's other locales. */
  otherLocaleSlugs: readonly string[];
  published: boolean;
}

const withSuffix = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(-\\d+)?$`);

/** Whether the slug is one the CMS made (or copied) rather than one the editor chose. */
export function isMadeSlug(situation: Omit<SlugSituation, 'title' | 'published'>): boolean {
  const { slug, placeholder, earlierTitle, otherLocaleSlugs } = situation;
  if (slug.trim() === '') return true;
  if (withSuffix(slugify(placeholder)).test(slug)) return true;
  if (earlierTitle !== undefined && slugify(earlierTitle) !== '' && withSuffix(slugify(earlierTitle)).test(slug)) return true;
  return otherLocaleSlugs.includes(slug);
}

/** The slug before the uniqueness check: from the title, or the one given. */
export function wantedSlug(situation: SlugSituation): string {
  const fromTitle = slugify(situation.title);
  if (fromTitle === '') return situation.slug;
  if (situation.slug.trim() === '') return fromTitle;
  if (situation.published) return situation.slug;
  return isMadeSlug(situation) ? fromTitle : situation.slug;
}

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` does not claim. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

interface WriteParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

type Row = Record<string, unknown>;

export function makeSlugsFromTitles(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const slugField = slugFieldOf(strapi, context.uid);
    const params = context.params as WriteParams;
    if (slugField && WRITING_ACTIONS.has(context.action) && params.data) {
      const slug = await slugToStore(strapi, context.uid, slugField, params, params.data);
      if (slug !== undefined) params.data = { ...params.data, [slugField.field]: slug };
    }
    return next();
  });
}

async function slugToStore(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { field, targetField }: SlugField,
  params: WriteParams,
  data: Row,
): Promise<string | undefined> {
  const query = strapi.db.query(uid);
  const locale = params.locale ?? DEFAULT_LOCALE;
  const documentId = params.documentId;
  const localeRows: Row[] = documentId ? await query.findMany({ where: { documentId }, select: [field, targetField, 'locale', 'publishedAt'] }) : [];
  const draft = localeRows.find((row) => row.locale === locale && row.publishedAt === null);
  const sentTitle = data[targetField];
  const sentSlug = data[field];
  if (sentTitle === undefined && sentSlug === undefined) return undefined;

  const model = strapi.contentTypes[uid];
  const published =
    model.options?.draftAndPublish === false ? draft !== undefined : localeRows.some((row) => row.locale === locale && row.publishedAt !== null);
  const wanted = wantedSlug({
    placeholder: model.info.singularName,
    title: text(sentTitle ?? draft?.[targetField]),
    slug: text(sentSlug ?? draft?.[field]),
    earlierTitle: draft ? text(draft[targetField]) : undefined,
    otherLocaleSlugs: localeRows.filter((row) => row.locale !== locale).map((row) => text(row[field])),
    published,
  });
  if (wanted === '') return undefined;
  // A slug kept as stored is not checked again: a published page's address never moves on its own.
  if (draft !== undefined && wanted === draft[field]) return wanted;
  const isTaken = async (candidate: string) =>
    (await query.count({ where: { [field]: candidate, locale, ...(documentId ? { documentId: { $ne: documentId } } : {}) } })) > 0;
  return firstFreeSlug(wanted, isTaken);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
