import type { Core, UID } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '@cb/domain';
import { apiUid } from '../content-model/uids';
import type { PublicContentType } from './contracts';

/** The public content types editors write, with what the editing tools need to know of each. */
export interface PublicTypeInfo {
  type: PublicContentType;
  uid: UID.ContentType;
  kind: 'collectionType' | 'singleType';
  /** The field that names a document to an editor, when the type has one. */
  titleField: 'title' | 'name' | undefined;
  /** Each image field and the localized field next to it holding its alternative text. */
  images: ImageWithAlt[];
}

export interface ImageWithAlt {
  image: string;
  alt: string;
}

export const PUBLIC_TYPES: readonly PublicContentType[] = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES];

export const publicUid = (type: PublicContentType): UID.ContentType => apiUid(type);

export function publicTypeInfo(strapi: Core.Strapi, type: PublicContentType): PublicTypeInfo {
  const uid = publicUid(type);
  const model = strapi.getModel(uid);
  const attributes: Record<string, { type: string }> = model.attributes;
  return {
    type,
    uid,
    kind: model.kind,
    titleField: 'title' in attributes ? 'title' : 'name' in attributes ? 'name' : undefined,
    images: imagesWithAlt(attributes),
  };
}

export function publicTypeOfUid(uid: string): PublicContentType | undefined {
  return PUBLIC_TYPES.find((type) => publicUid(type) === uid);
}

/**
 * The upload plugin's `alternativeText` belongs to the file, shared by every language, so an image's
 * alternative text is a localized text field beside it, named after it: `cover` → `coverAlt`.
 */
export function imagesWithAlt(attributes: Record<string, { type: string }>): ImageWithAlt[] {
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.type === 'media' && attributes[`${name}Alt`]?.type === 'string')
    .map(([name]) => ({ image: name, alt: `${name}Alt` }));
}
