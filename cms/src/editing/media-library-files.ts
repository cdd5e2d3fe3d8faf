import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Locale } from '@cb/domain';
import { staffText } from '../staff-texts';
import { currentStaffLocale } from './staff-locale';
import { checkBeforeStoring, type UploadedFile } from './upload-service';
import {
  MEDIA_FILE_HEAD_BYTES,
  MEDIA_LIBRARY_TYPES,
  isNamedAs,
  mediaKindExtensions,
  mediaKindName,
  mediaLibraryKinds,
  mediaTypeOfContent,
} from './media-types';

type StaffUser = { preferedLanguage?: string | null } | null | undefined;

/**
 * Every file stored in the media library, by any route, must begin as a kind the library takes and be named as
 * that kind (media-types.ts); a replacement must also be of the replaced file's kind, whose extension Strapi keeps.
 * Strapi's own check trusts a file's content alone when its declared type is generic, and then stores it under
 * whatever extension its name has, which is the type it is served with. One refused file refuses the whole
 * request: nothing of it is stored.
 */
export function takeOnlyMediaLibraryFiles(strapi: Core.Strapi): void {
  checkBeforeStoring(strapi, async ({ files, options, replacing }) => {
    const staffLocale = () => currentStaffLocale(strapi, options?.user);
    const replaced =
      replacing === undefined ? undefined : await strapi.db.query('plugin::upload.file').findOne({ where: { id: replacing }, select: ['name', 'ext'] });
    for (const file of files) {
      const head = await fileHead(file);
      const refusal = mediaFileRefusal(file.originalFilename ?? '', head, staffLocale) ?? (replaced && replacementRefusal(replaced, head, staffLocale));
      if (refusal) throw new errors.ValidationError(refusal, { allowedTypes: MEDIA_LIBRARY_TYPES });
    }
  });
}

/**
 * The admin's "from URL" import makes the CMS fetch whatever address a staff member gives, the CMS's own
 * neighbours included: the platform fetches nothing beyond its own services, so the route is refused. A file
 * from elsewhere is saved on the computer first and uploaded from there.
 */
export function refuseUploadsFromUrls(strapi: Core.Strapi): void {
  const controller: { uploadFromUrls(ctx: unknown): Promise<void> } = strapi.plugin('upload').controller('admin-upload');
  controller.uploadFromUrls = (ctx) => {
    const { state } = ctx as { state?: { user?: StaffUser } };
    // A PolicyError, not a ForbiddenError: Strapi's router answers the latter with a bare "Forbidden".
    throw new errors.PolicyError(staffText(currentStaffLocale(strapi, state?.user), 'editing.refused.fromUrl'));
  };
}

/** Why the media library refuses a file of this name and these first bytes, in the staff member's language; undefined when it takes it. */
export function mediaFileRefusal(fileName: string, head: Uint8Array, staffLocale: () => Locale): string | undefined {
  const type = mediaTypeOfContent(head);
  if (!type) {
    const locale = staffLocale();
    return staffText(locale, 'editing.refused.fileType', { types: mediaLibraryKinds(locale) });
  }
  if (isNamedAs(type, fileName)) return undefined;
  const locale = staffLocale();
  return staffText(locale, 'editing.refused.fileName', { name: fileName, kind: mediaKindName(type), extensions: mediaKindExtensions(type, locale) });
}

/** Why a file of these first bytes may not replace this stored one (already checked as a file the library takes). */
export function replacementRefusal(replaced: { name: string; ext?: string | null }, head: Uint8Array, staffLocale: () => Locale): string | undefined {
  const type = mediaTypeOfContent(head);
  if (!type || isNamedAs(type, `file${replaced.ext ?? ''}`)) return undefined;
  const locale = staffLocale();
  return staffText(locale, 'editing.refused.replaceKind', { name: replaced.name, kind: mediaKindName(type), extensions: mediaKindExtensions(type, locale) });
}

async function fileHead(file: UploadedFile): Promise<Uint8Array> {
  if (!file.filepath) return new Uint8Array();
  const handle = await open(file.filepath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(MEDIA_FILE_HEAD_BYTES), 0, MEDIA_FILE_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
