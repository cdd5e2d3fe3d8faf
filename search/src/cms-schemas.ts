import { LOCALES } from '@cb/domain';
import { z } from 'zod';
import type { ContentKind } from './content-kinds.js';

/**
 * The shape of each public document as the CMS REST API serves it (Strapi 5, flat attributes).
 * Only what the search mapping reads is declared; zod drops every other key while parsing, so a
 * field the CMS adds later (or sends by mistake) cannot flow into an index unnoticed.
 */

const optionalText = z.string().nullish();
const blocks = z.array(z.unknown()).nullish();
const term = z.object({ code: z.string().min(1) });
const terms = z.array(term).nullish();
const media = z.object({ url: z.string() }).nullish();
const timestamp = z.string().min(1);

const publicDocument = {
  /** Strapi's row id: a fresh one at every publish, which is what keyset pagination needs. */
  id: z.number().int(),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  slug: z.string().min(1),
  summary: optionalText,
  publishedAt: timestamp,
  updatedAt: timestamp,
};

export const cmsInitiativeSchema = z.object({
  ...publicDocument,
  title: z.string().min(1),
  description: blocks,
  forWhom: optionalText,
  location: optionalText,
  schedule: optionalText,
  howToJoin: optionalText,
  remote: z.boolean().nullish(),
  imageAlt: optionalText,
  image: media,
  organisation: z.object({ name: z.string() }).nullish(),
  categories: terms,
  municipalities: terms,
  audiences: terms,
  languages: terms,
});

export const cmsOrganisationSchema = z.object({
  ...publicDocument,
  name: z.string().min(1),
  description: blocks,
  address: optionalText,
  postcode: optionalText,
  municipality: term.nullish(),
  logo: media,
  logoAlt: optionalText,
});

export const cmsStorySchema = z.object({
  ...publicDocument,
  title: z.string().min(1),
  body: blocks,
  storyDate: optionalText,
  municipality: term.nullish(),
  cover: media,
  coverAlt: optionalText,
});

export const cmsProjectCallSchema = z.object({
  ...publicDocument,
  title: z.string().min(1),
  body: blocks,
  totalBudget: z.number().nullish(),
  maxPerProject: z.number().nullish(),
  opensOn: optionalText,
  deadline: optionalText,
});

export type CmsInitiative = z.infer<typeof cmsInitiativeSchema>;
export type CmsOrganisation = z.infer<typeof cmsOrganisationSchema>;
export type CmsStory = z.infer<typeof cmsStorySchema>;
export type CmsProjectCall = z.infer<typeof cmsProjectCallSchema>;

export interface CmsDocumentByKind {
  initiative: CmsInitiative;
  organisation: CmsOrganisation;
  story: CmsStory;
  'project-call': CmsProjectCall;
}

/** A parsed CMS document together with its kind, so the mapping can switch on it safely. */
export type CmsDocument = { [K in ContentKind]: { kind: K; document: CmsDocumentByKind[K] } }[ContentKind];

export const CMS_DOCUMENT_SCHEMA: { [K in ContentKind]: z.ZodType<CmsDocumentByKind[K]> } = {
  initiative: cmsInitiativeSchema,
  organisation: cmsOrganisationSchema,
  story: cmsStorySchema,
  'project-call': cmsProjectCallSchema,
};

/** Strapi's list envelope; each entry of `data` is validated on its own so an error can name it. */
export const cmsListSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      total: z.number().int(),
    }),
  }),
});
