import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALE_TAGS, PREVIEW_TYPES, type Locale, type PreviewType } from '@cb/domain';
import { freePort } from '@cb/search';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { allFiles, distDir } from '../support/built-site.ts';
import { adminToken, DRAFTS } from '../support/drafts.ts';
import { buildPreview, startPreview, type PreviewServer } from '../support/preview-server.ts';
import { scratchDir } from '../../../cms/testing/scratch-dir.ts';

/**
 * Strapi's Preview and the site's preview server, as an editor uses them: the admin's handler gives
 * each public document's preview address in the locale being edited; the preview (a separate
 * program) renders it with the site's own views, draft included, only for a holder of the secret;
 * the static build holds no draft and no preview route. One CMS (a copy of the one the test build
 * read, drafts included), one preview build and server.
 */

const SECRET = 'preview-secret-for-tests-0123456789';
const TOKEN = 'preview-token-for-tests-abcdefghijklmnopqrstuvwxyz';
const EDITED_LOCALE: Locale = 'fr';

const previewUrlAnswer = z.object({ data: z.object({ url: z.string().optional() }) });
const listAnswer = z.object({ results: z.array(z.object({ documentId: z.string(), title: z.string().optional(), name: z.string().optional() })) });

let workDir: string;
let cms: CmsProcess;
let preview: PreviewServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  workDir = scratchDir('cb-site-preview-');
  const database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  const previewPort = await freePort();
  cms = await startCmsProcess({
    DATABASE_FILENAME: database,
    CMS_SEED: 'false',
    SITE_PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
    SITE_PREVIEW_SECRET: SECRET,
    SITE_PREVIEW_TOKEN: TOKEN,
  });
  const previewEnv = { CMS_URL: cms.url, SITE_URL: inject('siteUrl'), SITE_PREVIEW_SECRET: SECRET, SITE_PREVIEW_TOKEN: TOKEN, SITE_PREVIEW_ADMIN_URL: cms.url };
  await buildPreview(previewEnv);
  [preview, browser, admin] = await Promise.all([startPreview(previewPort, previewEnv), launchChromium(), adminToken(cms.url)]);
});

afterAll(async () => {
  await Promise.all([preview?.stop(), browser?.close(), cms?.stop()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const uidOf = (type: PreviewType) => `api::${type}.${type}`;
const isSingle = (type: PreviewType) => type === 'home' || type === 'global';

async function adminGet(pathAndQuery: string): Promise<Response> {
  return fetch(`${cms.url}${pathAndQuery}`, { headers: { authorization: `Bearer ${admin}` } });
}

/** What the content manager's Preview button opens for a document in a locale. */
async function previewAddress(type: PreviewType, locale: Locale, documentId?: string): Promise<string | undefined> {
  const query = new URLSearchParams({ locale, status: 'draft', ...(documentId ? { documentId } : {}) });
  const response = await adminGet(`/content-manager/preview/url/${uidOf(type)}?${query.toString()}`);
  expect(response.status, `${type}: ${await response.clone().text()}`).toBeLessThan(300);
  return previewUrlAnswer.parse(await response.json()).data.url;
}

async function someDocumentId(type: PreviewType, locale: Locale, title?: string): Promise<string> {
  const query = new URLSearchParams({ locale, page: '1', pageSize: '1', ...(title ? { 'filters[title][$eq]': title } : {}) });
  const response = await adminGet(`/content-manager/collection-types/${uidOf(type)}?${query.toString()}`);
  const [first] = listAnswer.parse(await response.json()).results;
  return first?.documentId ?? (await draftFundedProject(type, locale));
}

/** The seed publishes no funded project (one is drafted after a granted proposal): a draft to preview. */
async function draftFundedProject(type: PreviewType, locale: Locale): Promise<string> {
  if (type !== 'funded-project') throw new Error(`No ${type} in ${locale}`);
  const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Elke zondag in de buurtkeuken.' }] }];
  const body = { title: 'Soep op zondag', slug: 'soep-op-zondag', summary: 'Buren koken samen soep.', description: paragraph, howToJoin: 'Kom langs.' };
  const response = await fetch(`${cms.url}/content-manager/collection-types/${uidOf(type)}?locale=${locale}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const created = z.object({ data: z.object({ documentId: z.string() }) }).parse(await response.json());
  return created.data.documentId;
}

const textFiles = () => allFiles().filter((file) => /\.(html|xml|txt|json|ics|js|css|webmanifest)$/.test(file));
const draftWords = [DRAFTS.story.title, DRAFTS.story.paragraph, DRAFTS.homeHeroTitle];

describe("Strapi's Preview", () => {
  it('gives every public type and the home a preview address in the locale being edited, and the preview renders it', async () => {
    for (const type of PREVIEW_TYPES) {
      const documentId = isSingle(type) ? undefined : await someDocumentId(type, EDITED_LOCALE);
      const address = await previewAddress(type, EDITED_LOCALE, documentId);
      expect(address, type).toBeDefined();
      const url = new URL(address ?? '');
      expect(url.origin).toBe(preview.url);
      expect(url.pathname).toBe(`/preview/${type}/${EDITED_LOCALE}/${documentId ? `${documentId}/` : ''}`);
      expect(url.searchParams.get('status')).toBe('draft');
      const page = await fetch(url);
      const html = await page.text();
      expect(page.status, `${type}: ${html.slice(0, 500)}\n${preview.output().slice(-2000)}`).toBe(200);
      expect(html).toContain(`<html lang="${LOCALE_TAGS[EDITED_LOCALE]}"`);
    }
  });

  it('gives no address for a type the site does not show', async () => {
    const response = await adminGet(`/content-manager/preview/url/api::help-request.help-request?documentId=abc&locale=nl`);
    expect(response.status).toBe(204);
  });
});

describe('the preview server', () => {
  it("shows a draft's words, which are nowhere in the static output", async () => {
    const storyId = await someDocumentId('story', 'nl', DRAFTS.story.title);
    const story = await (await fetch((await previewAddress('story', 'nl', storyId)) ?? '')).text();
    expect(story).toContain(DRAFTS.story.title);
    expect(story).toContain(DRAFTS.story.paragraph);
    const home = await (await fetch((await previewAddress('home', 'fr')) ?? '')).text();
    expect(home).toContain(DRAFTS.homeHeroTitle);

    const files = textFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const words of draftWords) expect(text.includes(words), `${file} holds draft words "${words}"`).toBe(false);
    }
    expect(existsSync(path.join(distDir(), 'preview'))).toBe(false);
  });

  it('refuses a request without the secret (401) or with a wrong one (403), showing nothing', async () => {
    const storyId = await someDocumentId('story', 'nl', DRAFTS.story.title);
    const address = new URL((await previewAddress('story', 'nl', storyId)) ?? '');
    const without = new URL(address);
    without.searchParams.delete('secret');
    const wrong = new URL(address);
    wrong.searchParams.set('secret', `${SECRET}x`);
    for (const [url, status] of [
      [without, 401],
      [wrong, 403],
    ] as const) {
      const response = await fetch(url);
      const body = await response.text();
      expect(response.status).toBe(status);
      expect(body).not.toContain(DRAFTS.story.title);
      expect(body).not.toContain(DRAFTS.story.paragraph);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('is never stored, never indexed, and framed by the admin only', async () => {
    const response = await fetch((await previewAddress('home', 'nl')) ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(cms.url).origin};`);
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('reads drafts with its own token only: the public API refuses drafts to anyone else', async () => {
    const draftStories = `${cms.url}/api/stories?locale=nl&status=draft&filters[title][$eq]=${encodeURIComponent(DRAFTS.story.title)}`;
    expect((await fetch(draftStories)).status).toBe(403);
    expect((await fetch(draftStories, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(403);
    const withToken = await fetch(draftStories, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain(DRAFTS.story.paragraph);
    // The token reads public content only: no intake type.
    expect((await fetch(`${cms.url}/api/help-requests`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBeGreaterThanOrEqual(400);
  });

  it('shows a draft page that passes axe in Chromium', async () => {
    const storyId = await someDocumentId('story', 'nl', DRAFTS.story.title);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto((await previewAddress('story', 'nl', storyId)) ?? '');
    await expect(tab.locator('h1').textContent()).resolves.toBe(DRAFTS.story.title);
    expect(await axeViolations(tab)).toEqual([]);
    await context.close();
  });
});
