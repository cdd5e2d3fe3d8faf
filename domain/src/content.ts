/** The vocabulary of public content that the CMS and the site share. */

/** The public content types, as the CMS names them. Each is localized and has draft & publish. */
export const PUBLIC_COLLECTION_TYPES = ['story', 'initiative', 'organisation', 'project-call', 'page'] as const;
export type PublicCollectionType = (typeof PUBLIC_COLLECTION_TYPES)[number];

export const PUBLIC_SINGLE_TYPES = ['global', 'home'] as const;

/** The static pages every locale must have; the site finds them by key, whatever their slug. */
export const PAGE_KEYS = ['about', 'privacy', 'accessibility', 'contact'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

export const SOCIAL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'youtube', 'mastodon'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];
