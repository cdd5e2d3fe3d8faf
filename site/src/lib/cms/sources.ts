import type { CmsApiDocument, CmsApiTypeName } from '@cb/domain/cms-api';
import { fundedProjectEntry, globalEntry, homeEntry, initiativeEntry, organisationEntry, pageEntry, projectCallEntry, storyEntry } from './normalize.ts';

/**
 * What the site makes of each type it reads from the CMS. The endpoint, what to populate and the
 * schema a document must match are the CMS client's (`CMS_API_TYPES` in @cb/domain/cms-api).
 */
export interface CmsSource<Name extends CmsApiTypeName, Entry> {
  type: Name;
  toEntry(document: CmsApiDocument<Name>, cmsUrl: string): Entry;
}

export const storySource = { type: 'story', toEntry: storyEntry } satisfies CmsSource<'story', unknown>;
export const initiativeSource = { type: 'initiative', toEntry: initiativeEntry } satisfies CmsSource<'initiative', unknown>;
export const organisationSource = { type: 'organisation', toEntry: organisationEntry } satisfies CmsSource<'organisation', unknown>;
export const projectCallSource = { type: 'project-call', toEntry: projectCallEntry } satisfies CmsSource<'project-call', unknown>;
export const fundedProjectSource = { type: 'funded-project', toEntry: fundedProjectEntry } satisfies CmsSource<'funded-project', unknown>;
export const pageSource = { type: 'page', toEntry: pageEntry } satisfies CmsSource<'page', unknown>;
export const globalSource = { type: 'global', toEntry: globalEntry } satisfies CmsSource<'global', unknown>;
export const homeSource = { type: 'home', toEntry: homeEntry } satisfies CmsSource<'home', unknown>;
