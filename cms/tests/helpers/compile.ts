import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';
import { buildSharedPackages } from '../../../scripts/shared-build.ts';

/**
 * Compiles the CMS's TypeScript once for the whole test run; every test file boots from dist/.
 * The CMS runs `@cb/domain` and `@cb/search` from their dist/ too: they are brought up to date first.
 */
export default async function compileOnce(): Promise<void> {
  buildSharedPackages();
  await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..', '..') });
}
