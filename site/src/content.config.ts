import { defineCollection } from 'astro:content';
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

/**
 * Everything the site shows comes from the CMS at build time. Entry ids are `<locale>/<documentId>`.
 * The loaders keep the entries beside Astro's store (lib/cms/entry-store.ts, read by lib/site-content.ts):
 * Astro's store holds none of them, so the collections have no schema here; the entries' types are lib/cms/model.ts.
 */
export const collections = {
  stories: defineCollection({ loader: strapiCollectionLoader(storySource) }),
  initiatives: defineCollection({ loader: strapiCollectionLoader(initiativeSource) }),
  organisations: defineCollection({ loader: strapiCollectionLoader(organisationSource) }),
  projectCalls: defineCollection({ loader: strapiCollectionLoader(projectCallSource) }),
  fundedProjects: defineCollection({ loader: strapiCollectionLoader(fundedProjectSource) }),
  pages: defineCollection({ loader: strapiCollectionLoader(pageSource) }),
  /** Entry ids are the locale. */
  global: defineCollection({ loader: strapiSingleTypeLoader(globalSource) }),
  home: defineCollection({ loader: strapiSingleTypeLoader(homeSource) }),
};
