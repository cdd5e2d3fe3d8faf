import type { z } from 'zod';
import type { QueryParams } from './strapi-client.ts';
import {
  strapiGlobalSchema,
  strapiHomeSchema,
  strapiInitiativeSchema,
  strapiOrganisationSchema,
  strapiPageSchema,
  strapiProjectCallSchema,
  strapiStorySchema,
} from './strapi-schemas.ts';
import { globalEntry, homeEntry, initiativeEntry, organisationEntry, pageEntry, projectCallEntry, storyEntry } from './normalize.ts';

/**
 * What the site reads from the CMS, type by type: the REST endpoint, what to populate, the schema
 * a document must match, and how it becomes a site entry.
 */
export interface CmsSource<Schema extends z.ZodType, Entry> {
  /** The CMS's name for the type, used in error messages. */
  type: string;
  endpoint: string;
  populate: QueryParams;
  schema: Schema;
  toEntry(document: z.output<Schema>, cmsUrl: string): Entry;
}

const slugOnly = (relation: string): QueryParams => ({ [`populate[${relation}][fields][0]`]: 'slug' });
const codeOnly = (relation: string): QueryParams => ({ [`populate[${relation}][fields][0]`]: 'code' });
const media = (field: string): QueryParams => ({
  [`populate[${field}][fields][0]`]: 'url',
  [`populate[${field}][fields][1]`]: 'width',
  [`populate[${field}][fields][2]`]: 'height',
  [`populate[${field}][fields][3]`]: 'mime',
});

export const storySource = {
  type: 'story',
  endpoint: 'stories',
  populate: { ...media('cover'), ...codeOnly('municipality'), ...slugOnly('initiatives'), ...slugOnly('organisations') },
  schema: strapiStorySchema,
  toEntry: storyEntry,
} satisfies CmsSource<typeof strapiStorySchema, unknown>;

export const initiativeSource = {
  type: 'initiative',
  endpoint: 'initiatives',
  populate: {
    ...media('image'),
    ...slugOnly('organisation'),
    ...codeOnly('categories'),
    ...codeOnly('municipalities'),
    ...codeOnly('audiences'),
    ...codeOnly('languages'),
  },
  schema: strapiInitiativeSchema,
  toEntry: initiativeEntry,
} satisfies CmsSource<typeof strapiInitiativeSchema, unknown>;

export const organisationSource = {
  type: 'organisation',
  endpoint: 'organisations',
  populate: { ...media('logo'), ...codeOnly('municipality') },
  schema: strapiOrganisationSchema,
  toEntry: organisationEntry,
} satisfies CmsSource<typeof strapiOrganisationSchema, unknown>;

export const projectCallSource = {
  type: 'project-call',
  endpoint: 'project-calls',
  populate: { 'populate[criteria]': 'true', 'populate[faq]': 'true' },
  schema: strapiProjectCallSchema,
  toEntry: projectCallEntry,
} satisfies CmsSource<typeof strapiProjectCallSchema, unknown>;

export const pageSource = {
  type: 'page',
  endpoint: 'pages',
  populate: {},
  schema: strapiPageSchema,
  toEntry: pageEntry,
} satisfies CmsSource<typeof strapiPageSchema, unknown>;

export const globalSource = {
  type: 'global',
  endpoint: 'global',
  populate: { 'populate[socialLinks]': 'true' },
  schema: strapiGlobalSchema,
  toEntry: globalEntry,
} satisfies CmsSource<typeof strapiGlobalSchema, unknown>;

export const homeSource = {
  type: 'home',
  endpoint: 'home',
  populate: { ...slugOnly('featuredStories'), ...slugOnly('featuredInitiatives') },
  schema: strapiHomeSchema,
  toEntry: homeEntry,
} satisfies CmsSource<typeof strapiHomeSchema, unknown>;
