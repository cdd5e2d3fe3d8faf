import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES, formatNumber, isLocale, type Locale } from '@cb/domain';
import { configOf } from '../config';
import { staffText, type StaffTextId } from '../staff-texts';
import { fieldLabelOf } from './field-label';
import { altTextsMissingIn } from './missing-work';
import { publicTypeInfo, publicTypeOfUid, type PublicTypeInfo } from './public-types';
import { checkBeforeStoring, type UploadedFile } from './upload-service';
import { currentStaffLocale } from './staff-locale';

const MEGABYTE = 1024 * 1024;

/**
 * Images on public content: each language's alternative text is written before that language is
 * published (a blind visitor hears it), and an image larger than CMS_IMAGE_MAX_MB is refused at
 * upload with a message that says the limit. Refusals are in the staff member's language and name
 * the field.
 */
export function guardImages(strapi: Core.Strapi): void {
  refusePublishingWithoutAltText(strapi);
}

/**
 * Publishing is `publish`, or a `create`/`update` with status "published" (the document service then
 * publishes without passing through middlewares again): both are checked.
 */
function refusePublishingWithoutAltText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const type = publicTypeOfUid(context.uid);
    const params = context.params as { documentId?: string; locale?: unknown; status?: unknown; data?: Record<string, unknown> };
    const publishes = context.action === 'publish' || ((context.action === 'create' || context.action === 'update') && params.status === 'published');
    if (!type || !publishes) return next();
    const info = publicTypeInfo(strapi, type);
    if (info.images.length === 0) return next();
    const problems = context.action === 'publish' ? await missingOnPublish(strapi, info, params) : await missingOnSave(strapi, info, params);
    if (problems.length > 0) {
      const staffLocale = currentStaffLocale(strapi);
      const errorsOf = problems.map(({ locale, altField }) => ({
        path: [altField],
        message: staffText(staffLocale, 'editing.refused.altMissing', {
          language: languageName(staffLocale, locale),
          field: fieldLabelOf(info.uid, altField, staffLocale),
        }),
        name: 'ValidationError' as const,
      }));
      throw new errors.ValidationError(errorsOf.map((problem) => problem.message).join(' '), { errors: errorsOf });
    }
    return next();
  });
}

interface MissingAlt {
  locale: Locale;
  altField: string;
}

/** Publishing copies each draft named: its values are what must carry the alternative texts. */
async function missingOnPublish(strapi: Core.Strapi, info: PublicTypeInfo, params: { documentId?: string; locale?: unknown }): Promise<MissingAlt[]> {
  if (!params.documentId) return [];
  const drafts = await draftsOf(strapi, info, params.documentId, localesOf(params.locale));
  return drafts.flatMap((draft) => {
    const locale = isLocale(draft.locale) ? draft.locale : 'nl';
    return altTextsMissingIn(info, draft).map((altField) => ({ locale, altField }));
  });
}

/** Saved and published at once: the values sent, over the draft they change. */
async function missingOnSave(
  strapi: Core.Strapi,
  info: PublicTypeInfo,
  params: { documentId?: string; locale?: unknown; data?: Record<string, unknown> },
): Promise<MissingAlt[]> {
  const locale = isLocale(params.locale) ? params.locale : await defaultLocaleOf(strapi);
  const [draft] = params.documentId ? await draftsOf(strapi, info, params.documentId, [locale]) : [];
  return altTextsMissingIn(info, { ...draft, ...params.data }).map((altField) => ({ locale, altField }));
}

async function defaultLocaleOf(strapi: Core.Strapi): Promise<Locale> {
  const code: unknown = await strapi.plugin('i18n').service('locales').getDefaultLocale();
  return isLocale(code) ? code : 'nl';
}

/** `publish` names one language, several, or every one ('*'). */
function localesOf(locale: unknown): Locale[] {
  if (isLocale(locale)) return [locale];
  if (Array.isArray(locale)) return locale.filter(isLocale);
  return [...LOCALES];
}

async function draftsOf(strapi: Core.Strapi, info: PublicTypeInfo, documentId: string, locales: Locale[]): Promise<Record<string, unknown>[]> {
  const uid: UID.ContentType = info.uid;
  const populate = Object.fromEntries(info.images.map(({ image }) => [image, { select: ['id'] }]));
  const drafts: unknown[] = await strapi.db.query(uid).findMany({
    select: ['locale', ...info.images.map(({ alt }) => alt)],
    populate,
    where: { documentId, publishedAt: { $null: true }, locale: { $in: locales } },
  });
  return drafts.filter(isRecord);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function languageName(staffLocale: Locale, locale: Locale): string {
  const id: StaffTextId = `editing.locale.${locale}`;
  return staffText(staffLocale, id);
}

/**
 * The upload plugin's own `sizeLimit` answers in English after resizing; this refuses an image
 * over the limit before anything is stored, on every way in (media library, content API, replace).
 */
export function refuseOversizeImages(strapi: Core.Strapi): void {
  const limitMb = configOf(strapi).editing.imageMaxMb;
  checkBeforeStoring(strapi, ({ files, options }) => {
    const tooLarge = files.find((file) => isImage(file) && (file.size ?? 0) > limitMb * MEGABYTE);
    if (!tooLarge) return;
    const locale = currentStaffLocale(strapi, options?.user);
    const size = formatNumber(locale, (tooLarge.size ?? 0) / MEGABYTE, 1);
    const message = staffText(locale, 'editing.refused.imageTooLarge', { size, limit: formatNumber(locale, limitMb) });
    throw new errors.PayloadTooLargeError(message, { limitMb });
  });
}

function isImage(file: UploadedFile): boolean {
  return (file.mimetype ?? file.type ?? '').startsWith('image/');
}
