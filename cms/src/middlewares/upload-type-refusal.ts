import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentStaffLocale } from '../editing/staff-locale';
import { mediaLibraryKinds, MEDIA_LIBRARY_TYPES } from '../editing/media-types';
import { staffText } from '../staff-texts';

/**
 * Strapi's upload plugin refuses a kind of file it may not take (src/editing/media-types.ts) in English, naming a MIME
 * type: the staff member reads instead which kinds of file the media library takes, in their language. These are its
 * messages (@strapi/upload, utils/mime-validation); media-library-types.test.ts fails if they change.
 */
const STRAPI_TYPE_REFUSALS = [/^File type '[^']*' is not allowed$/, /^MIME type is not allowed$/, /^Cannot verify file type for security reasons$/];

interface UploadRequest {
  state?: { user?: { preferedLanguage?: string | null } };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: UploadRequest, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!(error instanceof errors.ValidationError && STRAPI_TYPE_REFUSALS.some((refusal) => refusal.test(error.message)))) throw error;
      const locale = currentStaffLocale(strapi, ctx.state?.user);
      throw new errors.ValidationError(staffText(locale, 'editing.refused.fileType', { types: mediaLibraryKinds(locale) }), {
        allowedTypes: MEDIA_LIBRARY_TYPES,
      });
    }
  };
