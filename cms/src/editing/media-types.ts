import type { Locale } from '@cb/domain';

/**
 * What the media library takes, with the name a person knows each by: the raster images that public content shows
 * (every media field of the content model takes images only, `media()` in content-model/attributes.ts) and PDF
 * documents. Anything else, an HTML page, a script or an SVG with its scripts, would be served from the CMS's own
 * origin, where a script runs with the session of the staff member who opens the link. Strapi's upload plugin checks
 * each file's content, extension and declared type against these on every upload and replace (config/plugins.ts).
 */
const MEDIA_LIBRARY_KINDS = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/avif': 'AVIF',
  'application/pdf': 'PDF',
} as const;

export const MEDIA_LIBRARY_TYPES = Object.keys(MEDIA_LIBRARY_KINDS);

/** The kinds of file the media library takes, as a list in `locale` ("JPEG, PNG, … en PDF"). */
export function mediaLibraryKinds(locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(Object.values(MEDIA_LIBRARY_KINDS));
}
