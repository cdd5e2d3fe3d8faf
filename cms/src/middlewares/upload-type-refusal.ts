import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Locale } from '@cb/domain';
import { currentStaffLocale } from '../editing/staff-locale';
import { mediaLibraryKinds, MEDIA_LIBRARY_TYPES } from '../editing/media-types';
import { staffText } from '../staff-texts';

/**
 * Strapi's upload plugin refuses a file in English, naming a MIME type: the staff member reads instead what the media
 * library takes, or what to do, in their language. These are its messages (@strapi/upload, utils/mime-validation and
 * services/upload); media-library-types.test.ts fails if they change.
 */
const STRAPI_UPLOAD_REFUSALS: { message: RegExp; text(locale: Locale): string }[] = [
  ...[/^File type '[^']*' is not allowed$/, /^MIME type is not allowed$/, /^Cannot verify file type for security reasons$/].map((message) => ({
    message,
    text: (locale: Locale) => staffText(locale, 'editing.refused.fileType', { types: mediaLibraryKinds(locale) }),
  })),
  { message: /^File name contains invalid characters$/, text: (locale) => staffText(locale, 'editing.refused.fileNameCharacters') },
  { message: /^Files are empty$/, text: (locale) => staffText(locale, 'editing.refused.noFile') },
  { message: /^File is not a valid image$/, text: (locale) => staffText(locale, 'editing.refused.faultyImage') },
  { message: /^Cannot replace a file with multiple ones$/, text: (locale) => staffText(locale, 'editing.refused.replaceWithOne') },
];

interface UploadRequest {
  state?: { user?: { preferedLanguage?: string | null } };
  request?: { body?: unknown };
}

/** The upload plugin parses a multipart request's `fileInfo` field with JSON.parse, unguarded: a malformed one was a 500. */
function isMalformedFileInfo(error: unknown, ctx: UploadRequest): boolean {
  const body = ctx.request?.body;
  return error instanceof SyntaxError && typeof body === 'object' && body !== null && 'fileInfo' in body;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: UploadRequest, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (isMalformedFileInfo(error, ctx)) throw new errors.ValidationError(staffText(currentStaffLocale(strapi, ctx.state?.user), 'editing.refused.fileInfo'));
      const refusal = error instanceof errors.ApplicationError && STRAPI_UPLOAD_REFUSALS.find(({ message }) => message.test(error.message));
      if (!refusal) throw error;
      throw new errors.ValidationError(refusal.text(currentStaffLocale(strapi, ctx.state?.user)), { allowedTypes: MEDIA_LIBRARY_TYPES });
    }
  };
