import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { LOCALES, type Locale } from '@cb/domain';
import { SiteBuilds } from '../../../scripts/lib/site-builds.ts';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import LOCAL_ADMIN from '../../../cms/src/access/local-admin.json' with { type: 'json' };

/**
 * Publish → live (issue 17): the local runner's builds keep Astro's cache and the loaders' sync state,
 * so a build after a change copies unchanged pages and reads only changed documents. After each series
 * of changes, published through the admin API of a real CMS (a copy of the database the site was built
 * from), the runner's incremental build must equal a clean full build of the same content, file by file.
 */

const SITE_DIR = path.resolve(import.meta.dirname, '../..');
const SITE_URL = 'http://127.0.0.1:4321';

let cms: CmsProcess;
let workDir: string;
let runner: SiteBuilds;
let adminToken: string;
let cleanBuilds = 0;

/** The build's environment, without a search service whatever the shell has set. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PUBLIC_MEILI_') && name !== 'SITE_CACHE_DIR'));
  return { ...env, CMS_URL: cms.url, SITE_URL };
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'cb-site-incremental-'));
  const database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  cms = await startCmsProcess({ DATABASE_FILENAME: database, CMS_SEED: 'false' });
  adminToken = await adminLogin();
  runner = new SiteBuilds(SITE_DIR, path.join(workDir, 'runner'), buildEnv());
  await runner.build();
});

afterAll(async () => {
  await runner?.close();
  await cms?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const loginAnswer = z.object({ data: z.object({ token: z.string() }) });
const documentAnswer = z.object({ data: z.object({ documentId: z.string() }).loose() });
const listAnswer = z.object({ data: z.array(z.object({ documentId: z.string() }).loose()) });
const fieldsOf = z.record(z.string(), z.unknown());

async function adminLogin(): Promise<string> {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: LOCAL_ADMIN.email, password: LOCAL_ADMIN.password }),
  });
  return loginAnswer.parse(await response.json()).data.token;
}

async function admin(method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${cms.url}/content-manager/collection-types/${route}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

/** A published document of the public API, as a reader sees it. */
async function firstPublished(endpoint: string, locale: Locale, query = '', sort = 'id:asc'): Promise<{ documentId: string; [field: string]: unknown }> {
  const answer = listAnswer.parse(await (await fetch(`${cms.url}/api/${endpoint}?locale=${locale}&sort[0]=${sort}${query}`)).json());
  const first = answer.data[0];
  if (!first) throw new Error(`No published ${endpoint} in ${locale}`);
  return first;
}

/** Saves fields of one locale of a document and publishes it, as an editor does in the admin. */
async function editAndPublish(uid: string, documentId: string, locale: Locale, fields: Record<string, unknown>): Promise<void> {
  await admin('PUT', `${uid}/${documentId}?locale=${locale}`, fields);
  await admin('POST', `${uid}/${documentId}/actions/publish?locale=${locale}`, {});
}

async function draftOf(uid: string, documentId: string, locale: Locale): Promise<Record<string, unknown>> {
  const answer = documentAnswer.parse(await admin('GET', `${uid}/${documentId}?locale=${locale}`));
  return fieldsOf.parse(answer.data);
}

/** Every file under a folder, by its path relative to it. */
function filesOf(root: string, folder = root): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const file = path.join(folder, entry);
    return statSync(file).isDirectory() ? filesOf(root, file) : [path.relative(root, file)];
  });
}

/** The incremental build of the runner, then a clean full build (fresh output and cache) of the same content; their differences. */
async function buildBothWays(): Promise<{ onlyIncremental: string[]; onlyClean: string[]; different: string[] }> {
  const previousDir = runner.servedDir();
  const previous = contentsOf(previousDir);
  await runner.build();
  // The new build took the unchanged pages from the previous one without changing a byte of it.
  expect(changedFiles(previousDir, previous), 'files of the build that was served').toEqual([]);
  expect(sharedPages(previousDir, runner.servedDir()), 'pages linked from the previous build').toBeGreaterThan(0);
  const clean = new SiteBuilds(SITE_DIR, path.join(workDir, `clean-${cleanBuilds++}`), buildEnv());
  await clean.build();
  await clean.close();
  const incrementalDir = runner.servedDir();
  const cleanDir = clean.servedDir();
  const incrementalFiles = new Set(filesOf(incrementalDir));
  const cleanFiles = new Set(filesOf(cleanDir));
  const different = [...incrementalFiles]
    .filter((file) => cleanFiles.has(file))
    .filter((file) => !readFileSync(path.join(incrementalDir, file)).equals(readFileSync(path.join(cleanDir, file))));
  rmSync(path.dirname(cleanDir), { recursive: true, force: true });
  return {
    onlyIncremental: [...incrementalFiles].filter((file) => !cleanFiles.has(file)).sort(),
    onlyClean: [...cleanFiles].filter((file) => !incrementalFiles.has(file)).sort(),
    different: different.sort(),
  };
}

/** Each file's bytes, to tell later whether a build changed them. */
function contentsOf(root: string): Map<string, Buffer> {
  return new Map(filesOf(root).map((file) => [file, readFileSync(path.join(root, file))]));
}

function changedFiles(root: string, before: ReadonlyMap<string, Buffer>): string[] {
  return [...before].filter(([file, bytes]) => !readFileSync(path.join(root, file)).equals(bytes)).map(([file]) => file);
}

/** Pages that are one file (hard links) in both builds: the unchanged pages, as integrations/linked-cached-pages.ts links them. */
function sharedPages(previousDir: string, nextDir: string): number {
  return filesOf(nextDir)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => statSync(path.join(previousDir, file), { throwIfNoEntry: false })?.ino === statSync(path.join(nextDir, file)).ino).length;
}

const STORY = 'api::story.story';
const ORGANISATION = 'api::organisation.organisation';
const INITIATIVE = 'api::initiative.initiative';
const PAGE = 'api::page.page';
const NO_DIFFERENCE = { onlyIncremental: [], onlyClean: [], different: [] };

describe('an incremental build after published changes', () => {
  it('equals a clean build after a story is edited and an organisation renamed', async () => {
    const story = await firstPublished('stories', 'nl');
    await editAndPublish(STORY, story.documentId, 'nl', { title: 'Een nieuwe titel voor dit verhaal' });
    // An organisation that has initiatives: its name shows on their pages and in lists.
    const initiative = await firstPublished('initiatives', 'fr', '&populate[organisation][fields][0]=name&filters[organisation][id][$notNull]=true');
    const organisation = z.object({ organisation: z.object({ documentId: z.string() }) }).parse(initiative).organisation;
    await editAndPublish(ORGANISATION, organisation.documentId, 'fr', { name: 'Association renommée des voisins' });

    const differences = await buildBothWays();
    const served = runner.servedDir();
    expect(filesOf(served).some((file) => readFileSync(path.join(served, file)).includes('Association renommée des voisins'))).toBe(true);
    expect(differences).toEqual(NO_DIFFERENCE);
  });

  it('equals a clean build after an initiative is unpublished, a story deleted and one locale of a page deleted', async () => {
    const initiative = await firstPublished('initiatives', 'en');
    await admin('POST', `${INITIATIVE}/${initiative.documentId}/actions/unpublish?locale=en`, {});
    const story = await firstPublished('stories', 'fr', '', 'id:desc');
    for (const locale of LOCALES) await admin('DELETE', `${STORY}/${story.documentId}?locale=${locale}`);
    const page = await firstPublished('pages', 'en');
    await admin('DELETE', `${PAGE}/${page.documentId}?locale=en`);
    pageWithoutEnglish = page.documentId;

    expect(await buildBothWays()).toEqual(NO_DIFFERENCE);
  });

  it('equals a clean build after a locale is added to a document', async () => {
    const dutch = await draftOf(PAGE, pageWithoutEnglish, 'nl');
    const { documentId: _id, id: _rowId, locale: _locale, localizations: _localizations, createdAt: _c, updatedAt: _u, publishedAt: _p, ...fields } = dutch;
    await editAndPublish(PAGE, pageWithoutEnglish, 'en', { ...fields, title: 'A page in English again' });

    expect(await buildBothWays()).toEqual(NO_DIFFERENCE);
  });
});

let pageWithoutEnglish = '';
