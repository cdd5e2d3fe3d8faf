import { defineCollection } from 'astro:content';
import {
  fundedProjectEntrySchema,
  globalEntrySchema,
  homeEntrySchema,
  initiativeEntrySchema,
  organisationEntrySchema,
  pageEntrySchema,
  projectCallEntrySchema,
  storyEntrySchema,
} from './lib/cms/model.ts';
import {
  fundedProjectSource,
  globalSource,
  homeSource,
  initiativeSource,
  organisationSource,
  pageSource,
  projectCallSource,
  storySource,
} from './lib/cms/sources.ts';
import { strapiCollectionLoader, strapiSingleTypeLoader } from './lib/cms/strapi-loader.ts';

/** Everything the site shows comes from the CMS at build time. Entry ids are `<locale>/<documentId>`. */
export const collections = {
  stories: defineCollection({ loader: strapiCollectionLoader(storySource), schema: storyEntrySchema }),
  initiatives: defineCollection({ loader: strapiCollectionLoader(initiativeSource), schema: initiativeEntrySchema }),
  organisations: defineCollection({ loader: strapiCollectionLoader(organisationSource), schema: organisationEntrySchema }),
  projectCalls: defineCollection({ loader: strapiCollectionLoader(projectCallSource), schema: projectCallEntrySchema }),
  fundedProjects: defineCollection({ loader: strapiCollectionLoader(fundedProjectSource), schema: fundedProjectEntrySchema }),
  pages: defineCollection({ loader: strapiCollectionLoader(pageSource), schema: pageEntrySchema }),
  /** Entry ids are the locale. */
  global: defineCollection({ loader: strapiSingleTypeLoader(globalSource), schema: globalEntrySchema }),
  home: defineCollection({ loader: strapiSingleTypeLoader(homeSource), schema: homeEntrySchema }),
};
