import type { z } from 'zod';
import {
  cmsFundedProjectSchema,
  cmsGlobalSchema,
  cmsHomeSchema,
  cmsInitiativeSchema,
  cmsOrganisationSchema,
  cmsPageSchema,
  cmsProjectCallSchema,
  cmsStorySchema,
} from './schemas.js';

/**
 * The public content types as their readers ask for them: the REST endpoint, the relations to
 * populate (with only the fields some reader uses, or `true` for a component), and the schema a
 * document must match. One query per type for every reader: the site and search read the same answer.
 */
export interface CmsApiType<Schema extends z.ZodType = z.ZodType> {
  endpoint: string;
  /** Single types (global, home) have one document per locale and are not paged. */
  single: boolean;
  populate: Readonly<Record<string, readonly string[] | true>>;
  schema: Schema;
}

const MEDIA_FIELDS = ['url', 'width', 'height', 'mime'] as const;
const CODE = ['code'] as const;
const SLUG = ['slug'] as const;

export const CMS_API_TYPES = {
  story: {
    endpoint: 'stories',
    single: false,
    populate: { cover: MEDIA_FIELDS, municipality: CODE, initiatives: SLUG, organisations: SLUG },
    schema: cmsStorySchema,
  },
  initiative: {
    endpoint: 'initiatives',
    single: false,
    populate: {
      image: MEDIA_FIELDS,
      organisation: ['name', 'slug'],
      categories: CODE,
      municipalities: CODE,
      audiences: CODE,
      languages: CODE,
      times: true,
    },
    schema: cmsInitiativeSchema,
  },
  organisation: {
    endpoint: 'organisations',
    single: false,
    populate: { logo: MEDIA_FIELDS, municipality: CODE },
    schema: cmsOrganisationSchema,
  },
  'project-call': {
    endpoint: 'project-calls',
    single: false,
    populate: { criteria: true, faq: true },
    schema: cmsProjectCallSchema,
  },
  'funded-project': {
    endpoint: 'funded-projects',
    single: false,
    populate: { municipalities: CODE },
    schema: cmsFundedProjectSchema,
  },
  page: { endpoint: 'pages', single: false, populate: {}, schema: cmsPageSchema },
  global: { endpoint: 'global', single: true, populate: { socialLinks: true }, schema: cmsGlobalSchema },
  home: { endpoint: 'home', single: true, populate: { featuredStories: SLUG, featuredInitiatives: SLUG }, schema: cmsHomeSchema },
} as const satisfies Record<string, CmsApiType>;

export type CmsApiTypeName = keyof typeof CMS_API_TYPES;
export type CmsCollectionTypeName = { [Name in CmsApiTypeName]: (typeof CMS_API_TYPES)[Name]['single'] extends false ? Name : never }[CmsApiTypeName];
export type CmsSingleTypeName = Exclude<CmsApiTypeName, CmsCollectionTypeName>;

/** A parsed public document of one type. */
export type CmsApiDocument<Name extends CmsApiTypeName> = z.output<(typeof CMS_API_TYPES)[Name]['schema']>;

/** The query parameters that populate a type's relations, in Strapi's REST syntax. */
export function populateParams(name: CmsApiTypeName): [string, string][] {
  return Object.entries(CMS_API_TYPES[name].populate as CmsApiType['populate']).flatMap(([relation, fields]): [string, string][] =>
    fields === true ? [[`populate[${relation}]`, 'true']] : fields.map((field, index) => [`populate[${relation}][fields][${index}]`, field]),
  );
}
