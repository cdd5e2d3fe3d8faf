import { isLocale, previewTypeOf, previewUrl, type PreviewStatus } from '@cb/domain';
import type { CmsConfig } from '../config/env';

/**
 * Strapi's Preview (`preview` in config/admin.ts): the content manager opens a public document,
 * in the locale being edited, on the site's preview server, which renders it with the site's own
 * page components, draft included. Off unless SITE_PREVIEW_URL, _SECRET and _TOKEN are all set.
 */

interface PreviewParams {
  documentId?: string | undefined;
  locale?: string | null | undefined;
  status?: string | undefined;
}

export function previewAdminConfig(preview: CmsConfig['preview']) {
  if (!preview) return { enabled: false };
  return {
    enabled: true,
    config: {
      // Strapi adds these to the admin's frame-src, so the preview shows in its frame.
      allowedOrigins: [new URL(preview.url).origin],
      handler: (uid: string, params: PreviewParams) => previewHandler(preview, uid, params),
    },
  };
}

/** The preview's address of a document, or null for a type the site does not show (no Preview button then). */
export function previewHandler(preview: { url: string; secret: string }, uid: string, { documentId, locale, status }: PreviewParams): string | null {
  const type = previewTypeOf(uid);
  if (!type || !isLocale(locale)) return null;
  const version: PreviewStatus = status === 'published' ? 'published' : 'draft';
  return previewUrl(preview.url, preview.secret, { type, locale, documentId, status: version });
}
