import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { compileCms } from '../../testing/cms-process';
import { makeSeededDatabase } from '../../testing/seeded-database';
import { scratchDir } from '../../testing/scratch-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A SQLite file as a first start leaves it; `startCms` boots from a copy unless told otherwise. */
    seededCmsDatabase: string;
  }
}

/**
 * Compiles the CMS's TypeScript once for the whole test run; every test file boots from dist/.
 * The CMS runs `@cb/domain` and `@cb/search` from their dist/ too: they are brought up to date first.
 * Then one CMS makes the first start's database, which test files copy instead of seeding their own.
 */
export default async function compileOnce(project: TestProject): Promise<() => void> {
  compileCms();
  const dir = scratchDir('cb-cms-seeded-');
  project.provide('seededCmsDatabase', await makeSeededDatabase(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
