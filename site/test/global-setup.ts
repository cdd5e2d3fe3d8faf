import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startMeilisearch } from '@cb/search';
import { startCmsProcess } from '../../cms/testing/cms-process.ts';
import { saveDrafts } from './support/drafts.ts';
import { startSeededSearch, type SeededSearch } from './support/seeded-search.ts';

const SITE_DIR = path.resolve(import.meta.dirname, '..');
const DIST_DIR = path.join(SITE_DIR, 'dist');
/** The public URL the test build is made for; tests serve the files elsewhere and compare paths. */
const SITE_URL = 'http://127.0.0.1:4321';
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
/** Outside dist/ on purpose: it holds the master key, which must never reach the built site. */
const SEARCH_RECORD = path.join(SITE_DIR, 'node_modules/.cache/cb-site-test/search.json');
/** The database of the CMS the site was built from, kept so the form tests boot a CMS with the same documents. */
const CMS_DATABASE = path.join(SITE_DIR, 'node_modules/.cache/cb-site-test/cms.db');

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    siteUrl: string;
    /** The Meilisearch the build's search pages query, running until the tests end. */
    meiliUrl: string;
    /** The key written into the search pages. */
    searchKey: string;
    /** For the tests only: it must appear nowhere in dist/. */
    masterKey: string;
    /** The SQLite file of the CMS the build read (copy it before starting a CMS on it). */
    cmsDatabase: string;
  }
}

/** What a later run with SITE_TEST_REUSE_BUILD=1 needs to bring the same Meilisearch back. */
interface SearchRecord {
  dataDir: string;
  port: number;
  masterKey: string;
  searchKey: string;
}

/**
 * Boots a CMS seeded with the sample content (and a few unpublished drafts) and a Meilisearch indexed from it, builds the site
 * into site/dist with the search-only key, and stops the CMS. Meilisearch keeps running for the
 * browser tests of the search island; the returned teardown stops it.
 * SITE_TEST_REUSE_BUILD=1 skips the CMS and the build, tests the dist/ that is there and restarts
 * the Meilisearch of the run that built it (to iterate on tests).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('distDir', DIST_DIR);
  project.provide('siteUrl', SITE_URL);
  project.provide('cmsDatabase', CMS_DATABASE);
  const reuse =
    process.env.SITE_TEST_REUSE_BUILD === '1' && existsSync(path.join(DIST_DIR, 'index.html')) && existsSync(SEARCH_RECORD) && existsSync(CMS_DATABASE);
  const search = reuse ? await restartRecordedSearch() : await buildWithFreshSearch();
  project.provide('meiliUrl', search.url);
  project.provide('searchKey', search.searchKey);
  project.provide('masterKey', search.masterKey);
  return () => search.stop();
}

async function buildWithFreshSearch(): Promise<Pick<SeededSearch, 'url' | 'searchKey' | 'masterKey' | 'stop'>> {
  const started = Date.now();
  forgetRecordedSearch();
  mkdirSync(path.dirname(CMS_DATABASE), { recursive: true });
  rmSync(CMS_DATABASE, { force: true });
  const cms = await startCmsProcess({ DATABASE_FILENAME: CMS_DATABASE });
  let search: SeededSearch | undefined;
  try {
    // Unpublished drafts in the CMS the site is built from: the build must leave them out (preview.test.ts).
    await saveDrafts(cms.url);
    search = await startSeededSearch(cms.url, { keepDataDir: true });
    await buildSite(cms.url, search);
    recordSearch(search);
  } catch (error) {
    await search?.stop();
    throw error;
  } finally {
    await cms.stop();
  }
  console.log(`CMS, Meilisearch (${search.documents} documents) and site build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return search;
}

async function buildSite(cmsUrl: string, search: SeededSearch): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      cwd: SITE_DIR,
      env: { ...process.env, CMS_URL: cmsUrl, SITE_URL, SITE_OUT_DIR: DIST_DIR, PUBLIC_MEILI_URL: search.url, PUBLIC_MEILI_SEARCH_KEY: search.searchKey },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site build failed:\n${stderr || stdout}`.slice(0, 8000), { cause: error });
  }
}

function recordSearch(search: SeededSearch): void {
  const record: SearchRecord = { dataDir: search.dataDir, port: search.port, masterKey: search.masterKey, searchKey: search.searchKey };
  mkdirSync(path.dirname(SEARCH_RECORD), { recursive: true });
  writeFileSync(SEARCH_RECORD, JSON.stringify(record));
}

/** A fresh run removes the index the previous run kept for reuse. */
function forgetRecordedSearch(): void {
  if (!existsSync(SEARCH_RECORD)) return;
  const { dataDir } = JSON.parse(readFileSync(SEARCH_RECORD, 'utf8')) as SearchRecord;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(SEARCH_RECORD, { force: true });
}

/** Same data, port and master key as the run that built dist/: the URL and key in its pages work again. */
async function restartRecordedSearch(): Promise<Pick<SeededSearch, 'url' | 'searchKey' | 'masterKey' | 'stop'>> {
  const record = JSON.parse(readFileSync(SEARCH_RECORD, 'utf8')) as SearchRecord;
  const meili = await startMeilisearch({ dataDir: record.dataDir, masterKey: record.masterKey, port: record.port });
  return { url: meili.url, searchKey: record.searchKey, masterKey: record.masterKey, stop: meili.stop };
}
