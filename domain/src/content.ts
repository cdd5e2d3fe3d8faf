/** The vocabulary of public content that the CMS and the site share. */

/** The public content types, as the CMS names them. Each is localized and has draft & publish. */
export const PUBLIC_COLLECTION_TYPES = ['story', 'initiative', 'organisation', 'project-call', 'funded-project', 'page'] as const;
export type PublicCollectionType = (typeof PUBLIC_COLLECTION_TYPES)[number];

export const PUBLIC_SINGLE_TYPES = ['global', 'home'] as const;

/** The static pages every locale must have; the site finds them by key, whatever their slug. */
export const PAGE_KEYS = ['about', 'privacy', 'accessibility', 'contact', 'volunteer-code-of-conduct', 'volunteer-information-note'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];
/** The texts a volunteer accepts and receives (see screening.ts): the offer form links them, the footer does not. */
export const VOLUNTEER_PAGE_KEYS = ['volunteer-code-of-conduct', 'volunteer-information-note'] as const satisfies readonly PageKey[];
export type VolunteerPageKey = (typeof VOLUNTEER_PAGE_KEYS)[number];
/** The pages every page's footer links. */
export const FOOTER_PAGE_KEYS = PAGE_KEYS.filter((key) => !(VOLUNTEER_PAGE_KEYS as readonly string[]).includes(key));

export const SOCIAL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'youtube', 'mastodon'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];
