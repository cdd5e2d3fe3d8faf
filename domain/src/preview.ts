import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from './content.js';
import { isLocale, type Locale } from './locales.js';

/**
 * The address of a document's preview, as Strapi's Preview opens it (the CMS's admin config makes
 * it) and the site's preview server reads it: `/preview/<type>/<locale>/<documentId>/` for a
 * collection type, `/preview/<type>/<locale>/` for a single type, with the preview's secret and
 * the version (draft or published) in the query.
 */

export const PREVIEW_TYPES = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];
export type PreviewStatus = 'draft' | 'published';

export interface PreviewTarget {
  type: PreviewType;
  locale: Locale;
  /** Undefined for a single type. */
  documentId: string | undefined;
  status: PreviewStatus;
}

export const PREVIEW_SECRET_PARAMETER = 'secret';
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

const isPreviewType = (value: string): value is PreviewType => (PREVIEW_TYPES as readonly string[]).includes(value);
const isSingle = (type: PreviewType) => (PUBLIC_SINGLE_TYPES as readonly string[]).includes(type);

/** The type of a Strapi content type uid (`api::story.story` → `story`), when it is one the site shows. */
export function previewTypeOf(uid: string): PreviewType | undefined {
  const match = /^api::([a-z-]+)\.\1$/.exec(uid);
  return match?.[1] && isPreviewType(match[1]) ? match[1] : undefined;
}

export function previewUrl(previewBase: string, secret: string, target: PreviewTarget): string {
  const documentPart = isSingle(target.type) ? '' : `${encodeURIComponent(target.documentId ?? '')}/`;
  const url = new URL(`preview/${target.type}/${target.locale}/${documentPart}`, previewBase.endsWith('/') ? previewBase : `${previewBase}/`);
  url.searchParams.set('status', target.status);
  url.searchParams.set(PREVIEW_SECRET_PARAMETER, secret);
  return url.href;
}

/** Reads a preview address's path and query; undefined when it is not one. */
export function parsePreviewTarget(pathname: string, query: URLSearchParams): PreviewTarget | undefined {
  const [first, type, locale, documentId, ...rest] = pathname.split('/').filter((part) => part !== '');
  if (first !== 'preview' || !type || !isPreviewType(type) || !locale || !isLocale(locale) || rest.length > 0) return undefined;
  if (isSingle(type) ? documentId !== undefined : !documentId || !DOCUMENT_ID.test(documentId)) return undefined;
  const status = query.get('status') ?? 'draft';
  if (status !== 'draft' && status !== 'published') return undefined;
  return { type, locale, documentId, status };
}
