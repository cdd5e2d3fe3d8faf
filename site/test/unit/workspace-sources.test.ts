import * as domainPackage from '@cb/domain';
import * as cmsApiPackage from '@cb/domain/cms-api';
import * as searchPackage from '@cb/search';
import { describe, expect, it } from 'vitest';
import * as domainSource from '../../../domain/src/index.ts';
import * as cmsApiSource from '../../../domain/src/cms-api/index.ts';
import * as searchSource from '../../../search/src/index.ts';

/**
 * The site's tests (and its Astro build, with the same conditions) run the workspace packages'
 * TypeScript source, not their `dist/`: an edit to `domain/src/taxonomies.ts` is seen without a rebuild.
 * The same module instance means the package name resolved to the source file itself.
 */
describe('the workspace packages as the site sees them', () => {
  it('are their source files, not a build of them', () => {
    expect(domainPackage.HELP_CATEGORIES).toBe(domainSource.HELP_CATEGORIES);
    expect(cmsApiPackage.CMS_API_TYPES).toBe(cmsApiSource.CMS_API_TYPES);
    expect(searchPackage.CONTENT_KINDS).toBe(searchSource.CONTENT_KINDS);
  });
});
