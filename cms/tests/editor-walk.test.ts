import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, brusselsDay, brusselsMoment, formatDateTime, routes, type Locale } from '@cb/domain';
import { freePort } from '@cb/search';
import { SiteBuilds } from '../../scripts/lib/site-builds.ts';
import { buildPreview, startPreview, type PreviewServer } from '../../site/test/support/preview-server.ts';
import { axeViolations } from '../../site/test/support/axe.ts';
import { chooseAdminLanguage as chooseAdminLanguageOf, createStaffUser, launchChromium, logInToAdmin, type StaffUser } from '../testing/admin-panel';
import { CONTENT_TYPE_WORDS } from '../src/content-model/field-labels';
import { scheduleOf } from '../src/schedule';
import { SCHEDULED_PUBLISHING_JOB } from '../src/publishing/scheduled-publishing';
import { staffText } from '../src/staff-texts';
import AxeBuilder from '@axe-core/playwright';
import { startCms, type TestCms } from './helpers/cms';
import { expectNoEnglishStaffText } from './helpers/staff-language';
import { dataOf, parseJson, readJson, strapiDocument } from './helpers/http';
import { openInAdmin } from './helpers/admin-navigation';

/**
 * Issue #18's "done when", as one Dutch-speaking editor walks it in a real Chromium against one CMS
 * (in this process, serving its built admin panel, so the schedule job can be run for a chosen minute):
 * she writes a story in Dutch in the content manager, opens Strapi's Preview and reads her draft on the
 * site's preview server, follows the missing-translations list to add French and English (filled in
 * from Dutch, then typed over), and schedules it for tomorrow 09:00 Brussels time. With the clock moved,
 * the story is not on the site at 08:59 and is at 09:00: the site's static output, built by the local
 * runner's builder after the job asked for a rebuild, holds it then and never before.
 * Then a scheduled publish the content rules refuse is shown to her on the home page, in Dutch and in
 * French, until it is rescheduled.
 */

const PREVIEW = { SITE_PREVIEW_SECRET: 'preview-secret-for-walk-0123456789', SITE_PREVIEW_TOKEN: 'preview-token-for-walk-abcdefghijklmnopqrstuvwxyz' };
const HOOK_TOKEN = 'site-build-hook-token-for-the-editor-walk';
const SITE_DIR = path.resolve(import.meta.dirname, '../../site');
const SITE_URL = 'http://127.0.0.1:4321';
const STORY_UID = 'api::story.story';
const STORY_WORDS = CONTENT_TYPE_WORDS[STORY_UID];

/** What the editor writes: words found nowhere else, so the static output can be searched for them. */
const STORY = {
  nl: {
    title: 'Wandelclub Zonnebloem in Vorst',
    slug: 'wandelclub-zonnebloem-in-vorst',
    summary: 'Buren wandelen elke zaterdag samen.',
    body: 'Kladwoord Pimpelmees: elke zaterdag wandelen we samen door het Dudenpark.',
  },
  fr: {
    title: 'Club de marche Tournesol à Forest',
    slug: 'club-de-marche-tournesol-a-forest',
    summary: 'Des voisins marchent ensemble chaque samedi.',
    body: 'Mot-brouillon Mésange : chaque samedi, nous marchons ensemble au parc Duden.',
  },
  en: {
    title: 'Sunflower walking club in Forest',
    slug: 'sunflower-walking-club-in-forest',
    summary: 'Neighbours walk together every Saturday.',
    body: 'Draft-word Bluetit: every Saturday we walk together through Duden Park.',
  },
} as const;
const DRAFT_WORDS = Object.values(STORY).flatMap((version) => [version.title, version.body]);

const tomorrow = addDays(brusselsDay(new Date()), 1);
const nineTomorrow = brusselsMoment(tomorrow, '09:00');
const minutesAfter = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * 60_000);

let workDir: string;
let cms: TestCms;
let preview: PreviewServer;
let site: SiteBuilds;
let hook: Server;
/** What each rebuild the CMS asked the site for names as changed. */
const rebuilds: string[][] = [];
let browser: Browser;
let editor: StaffUser;
let page: Page;

async function listenForRebuilds(): Promise<number> {
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      rebuilds.push(parseJson(body, z.looseObject({ changed: z.array(z.string()) })).changed);
      response.writeHead(202).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => hook.listen(port, '127.0.0.1', resolve));
  return port;
}

/** The site build's environment, without a search service whatever the shell has set. */
function siteBuildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PUBLIC_MEILI_') && name !== 'SITE_CACHE_DIR'));
  return { ...env, CMS_URL: cms.url, SITE_URL };
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'cb-editor-walk-'));
  const [previewPort, hookPort] = await Promise.all([freePort(), listenForRebuilds()]);
  cms = await startCms(
    {
      ...PREVIEW,
      SITE_PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
      SITE_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/rebuild`,
      SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN,
      SITE_BUILD_HOOK_DEBOUNCE_MS: '200',
    },
    { adminPanel: true },
  );
  const previewEnv = { ...PREVIEW, CMS_URL: cms.url, SITE_URL, SITE_PREVIEW_ADMIN_URL: cms.url };
  await buildPreview(previewEnv);
  [preview, browser, editor] = await Promise.all([
    startPreview(previewPort, previewEnv),
    launchChromium(),
    createStaffUser(cms.url, 'cb-editor', 'walking-editor@staff.example.org'),
  ]);
  await chooseAdminLanguage('nl');
  // The content manager shows and reads dates and hours in the browser's time zone: the editor's, in Brussels.
  page = await logInToAdmin(browser, cms.url, editor, { timezoneId: 'Europe/Brussels' });
  site = new SiteBuilds(SITE_DIR, path.join(workDir, 'site'), siteBuildEnv(), { url: `${cms.url}/api/site-builds/report`, token: HOOK_TOKEN });
}, 1_200_000);

afterAll(async () => {
  await Promise.all([browser?.close(), preview?.stop()]);
  // A rebuild the hook asked for reports to the CMS: it ends first.
  await site?.close();
  await cms?.stop();
  hook?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const chooseAdminLanguage = (language: Locale) => chooseAdminLanguageOf(cms.url, editor, language);

/** axe over one of the editors' widgets on the home page (Strapi's own widgets are not this project's). */
async function expectNoAxeViolationsIn(tab: Page, selector: string): Promise<void> {
  // The pointer rests off the content: the design system's buttons change colour while hovered.
  await tab.mouse.move(0, 0);
  const result = await new AxeBuilder({ page: tab })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 200)).join(' | ')}`)).toEqual([]);
}

const slugInput = () => page.locator('input[name="slug"]');
const expectSlug = (slug: string) => expect.poll(() => slugInput().inputValue()).toBe(slug);

/** Types over the first paragraph of the rich text (after "fill in from another locale" copied the Dutch one). */
async function typeBody(text: string): Promise<void> {
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The draft as stored, read past the admin (what the schedule job reads). */
async function storedDrafts(documentId: string): Promise<{ locale: unknown; publishAt: unknown; title: unknown }[]> {
  return cms.strapi.db.query(STORY_UID).findMany({ select: ['locale', 'publishAt', 'title'], where: { documentId, publishedAt: { $null: true } } });
}

const publicStory = (documentId: string, locale: Locale) => fetch(`${cms.url}/api/stories/${documentId}?locale=${locale}`);

/** Runs the schedule job for the minute of `moment`, as every replica's cron would. */
async function runJobAt(moment: Date) {
  const outcome = await scheduleOf(cms.strapi).runSlot(SCHEDULED_PUBLISHING_JOB, moment);
  expect(outcome).toMatchObject({ ran: true, status: 'succeeded' });
  return outcome.ran ? outcome.report : null;
}

/** Every text file of the site being served, by its path. */
function servedTextFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((entry) => {
      const file = path.join(folder, entry);
      return statSync(file).isDirectory() ? walk(file) : [file];
    });
  return walk(site.servedDir()).filter((file) => /\.(html|xml|txt|json|ics|js|css|webmanifest)$/.test(file));
}

function servedFilesHolding(words: readonly string[]): string[] {
  return servedTextFiles().filter((file) => {
    const text = readFileSync(file, 'utf8');
    return words.some((word) => text.includes(word));
  });
}

/** A text as it reads on screen: any kind of space as one space (Node's and Chromium's dates differ in theirs). */
const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const servedPage = (route: string) => readFileSync(path.join(site.servedDir(), route, 'index.html'), 'utf8');

describe('a Dutch-speaking editor’s story, from draft to the site at its moment', () => {
  let storyId = '';
  let storyPath = '';

  it('is written in Dutch in the content manager', async () => {
    // From the admin's home, where logging in landed, as its menu goes.
    await openInAdmin(page, `/admin/content-manager/collection-types/${STORY_UID}/create?plugins[i18n][locale]=nl`);
    await page.getByRole('textbox', { name: STORY_WORDS.fields.title.label.nl }).fill(STORY.nl.title);
    await page.getByRole('textbox', { name: STORY_WORDS.fields.summary.label.nl }).fill(STORY.nl.summary);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(STORY.nl.body);
    await page.getByRole('combobox', { name: STORY_WORDS.fields.storyDate.label.nl }).fill('20/11/2026');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await expectSlug(STORY.nl.slug);
    storyPath = new URL(page.url()).pathname;
    storyId = storyPath.split('/').pop() ?? '';
    expect((await storedDrafts(storyId)).map((draft) => draft.title)).toEqual([STORY.nl.title]);
    expect((await publicStory(storyId, 'nl')).status).toBe(404);
  });

  it('is read in Strapi’s Preview as the site will show it, draft words included; the preview page passes axe', async () => {
    await page.getByText('Voorbeeld openen', { exact: true }).first().click();
    await page.waitForURL((url) => url.pathname.endsWith('/preview'));
    const frame = page.locator('iframe').first();
    await frame.waitFor({ timeout: 30_000 });
    const address = new URL((await frame.getAttribute('src')) ?? '');
    expect(address.origin).toBe(preview.url);
    const framed = page.frameLocator('iframe').first();
    await expect.poll(() => framed.locator('h1').textContent()).toBe(STORY.nl.title);
    expect(await framed.locator('main').innerText()).toContain(STORY.nl.body);

    // The framed page on its own, as axe reads a page.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await phone.newPage();
    await tab.goto(address.href);
    await expect.poll(() => tab.locator('h1').textContent()).toBe(STORY.nl.title);
    expect(await axeViolations(tab)).toEqual([]);
    await phone.close();
  });

  it('is scheduled for tomorrow 09:00 Brussels time in the content manager’s fields', async () => {
    // Back from Preview to the story's form, as Preview's own "back" link goes.
    await openInAdmin(page, `${storyPath}?plugins[i18n][locale]=nl`);
    const publishAt = page.getByRole('group', { name: STORY_WORDS.fields.publishAt.label.nl, exact: true });
    // Typed as the date picker reads a Dutch date (its separator is the locale's: 06-12-2026).
    const dutchDate = new Intl.DateTimeFormat('nl', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${tomorrow}T12:00:00Z`),
    );
    await publishAt.getByRole('combobox', { name: 'Choose date' }).fill(dutchDate);
    await page.keyboard.press('Tab');
    await publishAt.getByRole('combobox', { name: 'Choose time' }).click();
    await page.getByRole('option', { name: '09:00', exact: true }).click();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expect
      .poll(async () => (await storedDrafts(storyId)).map((draft) => draft.publishAt && new Date(String(draft.publishAt)).toISOString()))
      .toEqual([nineTomorrow.toISOString()]);
  });

  for (const [locale, language] of [
    ['fr', 'Frans'],
    ['en', 'Engels'],
  ] as const) {
    it(`gets its ${locale === 'fr' ? 'French' : 'English'} version through the missing-translations list, filled in from Dutch`, async () => {
      // To the home page as the admin's menu goes: its widgets ask the server again as they are drawn.
      await openInAdmin(page, '/admin');
      const widget = page.getByTestId('missing-work');
      await widget.waitFor({ timeout: 60_000 });
      const row = widget.locator('li', { hasText: STORY.nl.title });
      expect(spaced((await row.textContent()) ?? '')).toContain(
        spaced(staffText('nl', 'editing.missing.scheduled', { when: formatDateTime('nl', nineTomorrow.toISOString()) })),
      );
      await expectNoAxeViolationsIn(page, '[data-testid="missing-work"]');
      await row.getByRole('link', { name: `${language} toevoegen` }).click();
      await page.waitForURL((url) => url.pathname === storyPath && url.search.includes(`locale]=${locale}`), { timeout: 30_000 });

      await page.getByRole('button', { name: 'Invullen vanuit andere taal' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('combobox').click();
      await page.getByRole('option', { name: /Nederlands/ }).click();
      await dialog.getByRole('button', { name: 'Ja, invullen' }).click();
      await expectSlug(STORY.nl.slug);
      await page.getByRole('textbox', { name: STORY_WORDS.fields.title.label.nl }).fill(STORY[locale].title);
      await page.getByRole('textbox', { name: STORY_WORDS.fields.summary.label.nl }).fill(STORY[locale].summary);
      await typeBody(STORY[locale].body);
      await page.getByRole('button', { name: 'Bewaar' }).click();
      await expectSlug(STORY[locale].slug);
      expect((await storedDrafts(storyId)).map((draft) => draft.locale).sort()).toContain(locale);
    }, 180_000);
  }

  it('is in no list of missing translations once it has its three languages', async () => {
    await openInAdmin(page, '/admin');
    const widget = page.getByTestId(/^missing-work(-none)?$/);
    await widget.waitFor({ timeout: 60_000 });
    expect(await widget.getByText(STORY.nl.title).count()).toBe(0);
  });

  it('is not on the site at 08:59: the public API refuses it, and the static output holds none of its words', async () => {
    expect(await runJobAt(minutesAfter(nineTomorrow, -1))).toMatchObject({ published: 0, refused: 0 });
    for (const locale of ['nl', 'fr', 'en'] as const) expect((await publicStory(storyId, locale)).status).toBe(404);

    await site.build();
    expect(servedTextFiles().length).toBeGreaterThan(100);
    expect(servedFilesHolding(DRAFT_WORDS)).toEqual([]);
  }, 900_000);

  it('is on the site at 09:00 in its three languages: the job publishes it and the rebuild it asks for shows it', async () => {
    rebuilds.length = 0;
    expect(await runJobAt(nineTomorrow)).toMatchObject({ published: 3, refused: 0 });
    // The CMS asks the site for a rebuild naming the story, as after an editor's click; the runner builds.
    await expect.poll(() => rebuilds.some((changed) => changed.includes(`story:${storyId}`))).toBe(true);
    await site.build();
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const html = servedPage(routes.story(locale, STORY[locale].slug));
      expect(html).toContain(STORY[locale].title);
      expect(html).toContain(STORY[locale].body);
    }
  }, 900_000);

  it('tells the editor on the home page that the site was built and is up to date', async () => {
    await openInAdmin(page, '/admin');
    await page.getByTestId('site-build-ok').waitFor({ timeout: 60_000 });
  });
});

describe('a scheduled publish the content rules refuse', () => {
  const TITLE = 'Repair café in de Marollen';
  const tenTomorrow = brusselsMoment(tomorrow, '10:00');
  let documentId = '';

  const asEditor = (method: string, route: string, body?: unknown) =>
    fetch(`${cms.url}/content-manager/collection-types/${STORY_UID}${route}`, {
      method,
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    const created = await asEditor('POST', '?locale=nl', {
      title: TITLE,
      summary: 'Samen herstellen.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Elke maandag.' }] }],
      storyDate: '2026-11-20',
      publishAt: tenTomorrow.toISOString(),
    });
    documentId = (await readJson(created, dataOf(strapiDocument))).data.documentId;
    // The French draft has only its title: a draft may lack required fields, a published version may not.
    expect((await asEditor('PUT', `/${documentId}?locale=fr`, { title: 'Repair café aux Marolles' })).status).toBe(200);
    expect(await runJobAt(tenTomorrow)).toMatchObject({ published: 1, refused: 1 });
  });

  for (const language of ['nl', 'fr'] as const) {
    it(`is shown on the home page in ${language === 'nl' ? 'Dutch' : 'French'}: the document, the language, the field and why; axe finds nothing`, async () => {
      await chooseAdminLanguage(language);
      // A whole load: the admin reads the interface language from the profile when it loads.
      await page.goto('/admin');
      const refusals = page.getByTestId('schedule-refusals');
      await refusals.waitFor({ timeout: 60_000 });
      const text = spaced(await refusals.innerText());
      const french = staffText(language, 'editing.locale.fr');
      expect(text).toContain(staffText(language, 'editing.refusals.heading', { count: 1 }));
      expect(text).toContain(
        spaced(
          staffText(language, 'editing.refusals.row', {
            type: staffText(language, 'editing.type.story'),
            title: 'Repair café aux Marolles',
            language: french,
            when: formatDateTime(language, tenTomorrow.toISOString()),
          }),
        ),
      );
      expect(text).toContain(
        spaced(
          staffText(language, 'editing.refusals.problem', {
            field: STORY_WORDS.fields.summary.label[language],
            why: staffText(language, 'editing.why.required'),
          }),
        ),
      );
      await expectNoAxeViolationsIn(page, '[data-testid="schedule-refusals"]');
      await expectNoEnglishStaffText(page, language, 'the home page with a refused schedule', [TITLE, 'Repair café aux Marolles', STORY.nl.title]);
      await refusals.getByRole('link', { name: staffText(language, 'editing.build.open', { language: french }) }).click();
      await page.waitForURL((url) => url.pathname.endsWith(`/${STORY_UID}/${documentId}`) && url.search.includes('locale]=fr'), { timeout: 30_000 });
    });
  }

  it('is no longer shown once the editor chooses another moment', async () => {
    expect((await asEditor('PUT', `/${documentId}?locale=fr`, { publishAt: brusselsMoment(addDays(tomorrow, 1), '10:00').toISOString() })).status).toBe(200);
    await openInAdmin(page, '/admin');
    await page.getByTestId(/^missing-work(-none)?$/).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('schedule-refusals').count()).toBe(0);
  });
});
