import {
  ACTIVITY_REPEATS,
  AUDIENCES,
  HELP_CATEGORIES,
  LOCALES,
  MUNICIPALITIES,
  PAGE_KEYS,
  SOCIAL_PLATFORMS,
  SPOKEN_LANGUAGES,
  WEEKDAYS,
  WEEKS_OF_MONTH,
  codesOf,
  type ActivityTime,
  type Term,
} from '@cb/domain';
import { z } from 'zod';
import { blocksSchema } from '@cb/domain/cms-api';

/**
 * The content as the site uses it, one entry per document and locale: relations reduced to
 * documentIds and taxonomy codes, images to an absolute CMS URL with size and localized alt text.
 * These schemas give the entries their types; the loaders make them from the CMS (cms/strapi-loader.ts).
 */

const codes = <Code extends string>(terms: readonly Term<Code>[]) => z.enum(codesOf(terms) as [Code, ...Code[]]);
const helpCategory = codes(HELP_CATEGORIES);
const municipality = codes(MUNICIPALITIES);
const audience = codes(AUDIENCES);
const spokenLanguage = codes(SPOKEN_LANGUAGES);

export const cmsImageSchema = z.object({
  src: z.url(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Empty when the editor gave none: the image is then treated as decorative. */
  alt: z.string(),
});
export type CmsImage = z.infer<typeof cmsImageSchema>;

const localizedDocument = {
  documentId: z.string(),
  locale: z.enum(LOCALES),
  slug: z.string(),
  publishedAt: z.string(),
  updatedAt: z.string(),
};

export const storyEntrySchema = z.object({
  ...localizedDocument,
  title: z.string(),
  summary: z.string(),
  body: blocksSchema,
  authorName: z.string().optional(),
  storyDate: z.string(),
  cover: cmsImageSchema.optional(),
  municipality: municipality.optional(),
  initiativeIds: z.array(z.string()),
  organisationIds: z.array(z.string()),
});

/** An activity time as @cb/domain reads it from the CMS (checked there: cmsActivityTimeSchema). */
const activityTimeSchema = z.object({
  repeats: z.enum(ACTIVITY_REPEATS),
  date: z.string(),
  until: z.string().optional(),
  weekday: z.enum(WEEKDAYS).optional(),
  weekOfMonth: z.enum(WEEKS_OF_MONTH).optional(),
  everyWeeks: z.number().int(),
  startTime: z.string(),
  endTime: z.string().optional(),
  skipHolidays: z.boolean(),
  skipDays: z.array(z.string()),
}) satisfies z.ZodType<ActivityTime>;

export const initiativeEntrySchema = z.object({
  ...localizedDocument,
  title: z.string(),
  summary: z.string(),
  description: blocksSchema,
  forWhom: z.string().optional(),
  location: z.string().optional(),
  schedule: z.string().optional(),
  times: z.array(activityTimeSchema),
  howToJoin: z.string(),
  remote: z.boolean(),
  contactPhone: z.string().optional(),
  contactEmail: z.string().optional(),
  website: z.string().optional(),
  image: cmsImageSchema.optional(),
  organisationId: z.string().optional(),
  categories: z.array(helpCategory),
  municipalities: z.array(municipality),
  audiences: z.array(audience),
  languages: z.array(spokenLanguage),
});

export const organisationEntrySchema = z.object({
  ...localizedDocument,
  name: z.string(),
  summary: z.string(),
  description: blocksSchema,
  address: z.string().optional(),
  postcode: z.string().optional(),
  municipality: municipality.optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  logo: cmsImageSchema.optional(),
});

/** A project the call funds, public with its applicant's consent: runBy is the organisation's name only. */
export const fundedProjectEntrySchema = z.object({
  ...localizedDocument,
  title: z.string(),
  summary: z.string(),
  description: blocksSchema,
  runBy: z.string().optional(),
  location: z.string().optional(),
  howToJoin: z.string(),
  municipalities: z.array(municipality),
});

export const projectCallEntrySchema = z.object({
  ...localizedDocument,
  title: z.string(),
  summary: z.string(),
  body: blocksSchema,
  totalBudget: z.number(),
  maxPerProject: z.number(),
  opensOn: z.string(),
  deadline: z.string(),
  criteria: z.array(z.object({ title: z.string(), description: z.string().optional(), weight: z.number().optional() })),
  faq: z.array(z.object({ question: z.string(), answer: z.string() })),
});

export const pageEntrySchema = z.object({
  ...localizedDocument,
  key: z.enum(PAGE_KEYS),
  title: z.string(),
  summary: z.string().optional(),
  body: blocksSchema,
});

export const globalEntrySchema = z.object({
  locale: z.enum(LOCALES),
  siteName: z.string(),
  tagline: z.string(),
  phoneNumber: z.string(),
  phoneHours: z.string(),
  contactEmail: z.string().optional(),
  socialLinks: z.array(z.object({ platform: z.enum(SOCIAL_PLATFORMS), url: z.string() })),
  footerText: z.string(),
});

export const homeEntrySchema = z.object({
  locale: z.enum(LOCALES),
  heroTitle: z.string(),
  heroText: z.string(),
  phoneCallout: z.string(),
  featuredStoryIds: z.array(z.string()),
  featuredInitiativeIds: z.array(z.string()),
});

export type StoryEntry = z.infer<typeof storyEntrySchema>;
export type InitiativeEntry = z.infer<typeof initiativeEntrySchema>;
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type ProjectCallEntry = z.infer<typeof projectCallEntrySchema>;
export type FundedProjectEntry = z.infer<typeof fundedProjectEntrySchema>;
export type PageEntry = z.infer<typeof pageEntrySchema>;
export type GlobalEntry = z.infer<typeof globalEntrySchema>;
export type HomeEntry = z.infer<typeof homeEntrySchema>;

/** What every localized document has: enough to link to it and to find it in another locale. */
export type LocalizedDocument = Pick<StoryEntry, 'documentId' | 'locale' | 'slug'>;
