import {
  AUDIENCES,
  CONTENT_RULE_MESSAGES,
  HELP_CATEGORIES,
  LOCALES,
  MUNICIPALITIES,
  PAGE_KEYS,
  SOCIAL_PLATFORMS,
  SPOKEN_LANGUAGES,
  codesOf,
  followsContentRule,
  webAddress,
  type Term,
} from '@cb/domain';
import { z } from 'zod';
import { blocksSchema } from './blocks.ts';

/**
 * The documents as the CMS's public REST API serves them (Strapi 5: flat, no `attributes`).
 * Only what the site reads is declared; other keys are dropped while parsing.
 * Taxonomy codes are checked against @cb/domain, so a term the site cannot name fails the build.
 */

const text = z.string().trim().min(1);
const optionalText = z.string().nullish().transform((value) => (value?.trim() ? value.trim() : undefined));
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
/** Strapi's uid field; it ends up in URLs. */
const slug = z.string().regex(/^[A-Za-z0-9._~-]+$/, 'must be a URL-safe slug (letters, digits, - . _ ~)');

/** A taxonomy term as a relation (`{ code }`), checked against the codes @cb/domain knows. */
const term = <Code extends string>(terms: readonly Term<Code>[]) =>
  z.object({ code: z.enum(codesOf(terms) as [Code, ...Code[]]) }).transform((item) => item.code);
const termList = <Code extends string>(terms: readonly Term<Code>[]) =>
  z.array(term(terms)).nullish().transform((list) => list ?? []);
const documentRef = z.object({ documentId: z.string().min(1) });
const documentRefs = z.array(documentRef).nullish().transform((list) => (list ?? []).map((item) => item.documentId));

/** An uploaded image. Only images are allowed on public content, so width and height are known. */
export const strapiMediaSchema = z.object({
  url: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mime: z.string().startsWith('image/', 'must be an image'),
});
export type StrapiMedia = z.infer<typeof strapiMediaSchema>;

/** Web addresses, emails and phone numbers follow the rules in @cb/domain, which the CMS enforces on save. */
const website = z
  .string()
  .nullish()
  .transform((value, context) => {
    if (!value?.trim()) return undefined;
    const href = webAddress(value);
    if (href) return href;
    context.addIssue({ code: 'custom', message: CONTENT_RULE_MESSAGES['web-address'] });
    return z.NEVER;
  });

const ruled = (rule: 'email' | 'phone') =>
  z
    .string()
    .nullish()
    .transform((value, context) => {
      const trimmed = value?.trim();
      if (!trimmed) return undefined;
      if (followsContentRule(rule, trimmed)) return trimmed;
      context.addIssue({ code: 'custom', message: CONTENT_RULE_MESSAGES[rule] });
      return z.NEVER;
    });
const email = ruled('email');
const phone = ruled('phone');

const publicDocument = {
  /** Strapi's row id: a new one at every publish. Only used to page through a collection. */
  id: z.number().int(),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const strapiStorySchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  body: blocksSchema,
  authorName: optionalText,
  storyDate: isoDate,
  cover: strapiMediaSchema.nullish(),
  coverAlt: optionalText,
  municipality: term(MUNICIPALITIES).nullish(),
  initiatives: documentRefs,
  organisations: documentRefs,
});

export const strapiInitiativeSchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  description: blocksSchema,
  forWhom: optionalText,
  location: optionalText,
  schedule: optionalText,
  howToJoin: text,
  remote: z.boolean().nullish().transform((value) => value ?? false),
  contactPhone: phone,
  contactEmail: email,
  website,
  image: strapiMediaSchema.nullish(),
  imageAlt: optionalText,
  organisation: documentRef.nullish(),
  categories: termList(HELP_CATEGORIES),
  municipalities: termList(MUNICIPALITIES),
  audiences: termList(AUDIENCES),
  languages: termList(SPOKEN_LANGUAGES),
});

export const strapiOrganisationSchema = z.object({
  ...publicDocument,
  name: text,
  slug,
  summary: text,
  description: blocksSchema.nullish().transform((value) => value ?? []),
  address: optionalText,
  postcode: optionalText,
  municipality: term(MUNICIPALITIES).nullish(),
  website,
  email,
  phone,
  logo: strapiMediaSchema.nullish(),
  logoAlt: optionalText,
});

export const strapiProjectCallSchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  body: blocksSchema,
  totalBudget: z.number().int().min(0),
  maxPerProject: z.number().int().min(0),
  opensOn: isoDate,
  deadline: isoDateTime,
  criteria: z
    .array(z.object({ title: text, description: optionalText, weight: z.number().int().nullish().transform((value) => value ?? undefined) }))
    .nullish()
    .transform((list) => list ?? []),
  faq: z
    .array(z.object({ question: text, answer: text }))
    .nullish()
    .transform((list) => list ?? []),
});

export const strapiPageSchema = z.object({
  ...publicDocument,
  key: z.enum(PAGE_KEYS),
  title: text,
  slug,
  summary: optionalText,
  body: blocksSchema,
});

export const strapiGlobalSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  siteName: text,
  tagline: text,
  phoneNumber: text.refine((value) => followsContentRule('phone', value), CONTENT_RULE_MESSAGES.phone),
  phoneHours: text,
  contactEmail: email,
  socialLinks: z
    .array(z.object({ platform: z.enum(SOCIAL_PLATFORMS), url: website.pipe(z.string()) }))
    .nullish()
    .transform((list) => list ?? []),
  footerText: text,
});

export const strapiHomeSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  heroTitle: text,
  heroText: text,
  phoneCallout: text,
  featuredStories: documentRefs,
  featuredInitiatives: documentRefs,
});

/** A page of a collection: `{ data: [...], meta: { pagination } }`. Documents are checked one by one. */
export const strapiListSchema = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  meta: z.object({
    pagination: z.object({ pageSize: z.number().int(), pageCount: z.number().int().optional() }).loose(),
  }),
});

export const strapiSingleSchema = z.object({ data: z.record(z.string(), z.unknown()) });

export type StrapiStory = z.infer<typeof strapiStorySchema>;
export type StrapiInitiative = z.infer<typeof strapiInitiativeSchema>;
export type StrapiOrganisation = z.infer<typeof strapiOrganisationSchema>;
export type StrapiProjectCall = z.infer<typeof strapiProjectCallSchema>;
export type StrapiPage = z.infer<typeof strapiPageSchema>;
export type StrapiGlobal = z.infer<typeof strapiGlobalSchema>;
export type StrapiHome = z.infer<typeof strapiHomeSchema>;
