import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startCmsProcess } from '../../cms/testing/cms-process.ts';

const SITE_DIR = path.resolve(import.meta.dirname, '..');
const DIST_DIR = path.join(SITE_DIR, 'dist');
/** The public URL the test build is made for; tests serve the files elsewhere and compare paths. */
const SITE_URL = 'http://127.0.0.1:4321';
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    siteUrl: string;
  }
}

/**
 * Boots a CMS seeded with the sample content, builds the site from it into site/dist, stops the CMS.
 * SITE_TEST_REUSE_BUILD=1 skips both and tests the dist/ that is there (to iterate on tests).
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('distDir', DIST_DIR);
  project.provide('siteUrl', SITE_URL);
  if (process.env.SITE_TEST_REUSE_BUILD === '1' && existsSync(path.join(DIST_DIR, 'index.html'))) return;

  const started = Date.now();
  const cms = await startCmsProcess();
  try {
    await promisify(execFile)(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      cwd: SITE_DIR,
      env: { ...process.env, CMS_URL: cms.url, SITE_URL, SITE_OUT_DIR: DIST_DIR },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site build failed:\n${stderr || stdout}`.slice(0, 8000), { cause: error });
  } finally {
    await cms.stop();
  }
  console.log(`CMS and site build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
