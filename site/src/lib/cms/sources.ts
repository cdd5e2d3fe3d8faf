import type { CmsApiDocument, CmsApiTypeName, CmsCollectionTypeName } from '@cb/domain/cms-api';
import type { InitiativeEntry, StoryEntry } from './model.ts';
import { fundedProjectEntry, globalEntry, homeEntry, initiativeEntry, organisationEntry, pageEntry, projectCallEntry, storyEntry } from './normalize.ts';

/**
 * What the site makes of each type it reads from the CMS. The endpoint, what to populate and the
 * schema a document must match are the CMS client's (`CMS_API_TYPES` in @cb/domain/cms-api).
 */
export interface CmsSource<Name extends CmsApiTypeName, Entry> {
  type: Name;
  toEntry(document: CmsApiDocument<Name>, cmsUrl: string): Entry;
  /**
   * The relations an entry keeps (as documentIds): when a linked document is published, changed,
   * unpublished or deleted, the entries linking to it are read again (an incremental load).
   */
  links?: readonly EntryLink<Entry>[];
}

export interface EntryLink<Entry> {
  /** The relation's name in the CMS, for `filters[<relation>][documentId]`. */
  relation: string;
  type: CmsCollectionTypeName;
  idsOf(entry: Entry): readonly string[];
}

export const storySource = {
  type: 'story',
  toEntry: storyEntry,
  links: [
    { relation: 'initiatives', type: 'initiative', idsOf: (story) => story.initiativeIds },
    { relation: 'organisations', type: 'organisation', idsOf: (story) => story.organisationIds },
  ],
} satisfies CmsSource<'story', StoryEntry>;
export const initiativeSource = {
  type: 'initiative',
  toEntry: initiativeEntry,
  links: [{ relation: 'organisation', type: 'organisation', idsOf: (initiative) => (initiative.organisationId ? [initiative.organisationId] : []) }],
} satisfies CmsSource<'initiative', InitiativeEntry>;
export const organisationSource = { type: 'organisation', toEntry: organisationEntry } satisfies CmsSource<'organisation', unknown>;
export const projectCallSource = { type: 'project-call', toEntry: projectCallEntry } satisfies CmsSource<'project-call', unknown>;
export const fundedProjectSource = { type: 'funded-project', toEntry: fundedProjectEntry } satisfies CmsSource<'funded-project', unknown>;
export const pageSource = { type: 'page', toEntry: pageEntry } satisfies CmsSource<'page', unknown>;
export const globalSource = { type: 'global', toEntry: globalEntry } satisfies CmsSource<'global', unknown>;
export const homeSource = { type: 'home', toEntry: homeEntry } satisfies CmsSource<'home', unknown>;
