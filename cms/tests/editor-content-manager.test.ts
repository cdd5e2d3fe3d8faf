import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod';
import type { Locale } from '@cb/domain';
import {
  chooseAdminLanguage as chooseAdminLanguageOf,
  createStaffUser,
  launchChromium,
  logInToAdmin,
  startAdminPanel,
  type AdminPanel,
  type StaffUser,
} from '../testing/admin-panel';
import { CONTENT_TYPE_WORDS } from '../src/content-model/field-labels';
import { readJson } from './helpers/http';
import { openInAdmin, watchNetwork, type NetworkWatch } from './helpers/admin-navigation';
import { expectNoEnglishStrapiText } from './helpers/strapi-catalogues';

/**
 * The content manager as an editor uses it, in a real Chromium against a real CMS with the built
 * admin panel: words in the editor's language instead of field names, and a new story's web address
 * made from the title typed in each locale (Dutch first, French filled in from Dutch, then English).
 */

let cms: AdminPanel;
let browser: Browser;
let editor: StaffUser;
/** The editor's tab, logged in once through the login page (the admin limits login attempts). */
let page: Page;
let network: NetworkWatch;

const STORY = CONTENT_TYPE_WORDS['api::story.story'];
const CREATE_STORY = '/admin/content-manager/collection-types/api::story.story/create?plugins[i18n][locale]=nl';

const chooseAdminLanguage = (language: Locale) => chooseAdminLanguageOf(cms.url, editor, language);

const slugInput = () => page.locator('input[name="slug"]');

/** The slug field once it shows `expected` (it is filled in after the server answered). */
async function expectSlug(expected: string): Promise<void> {
  await expect.poll(() => slugInput().inputValue(), { timeout: 15_000 }).toBe(expected);
}

async function publicStorySlugs(locale: Locale, slug: string): Promise<string[]> {
  const response = await fetch(`${cms.url}/api/stories?locale=${locale}&filters[slug][$eq]=${slug}&fields[0]=slug`);
  expect(response.status).toBe(200);
  const { data } = await readJson(response, z.looseObject({ data: z.array(z.looseObject({ slug: z.string() })) }));
  return data.map((story) => story.slug);
}

beforeAll(async () => {
  cms = await startAdminPanel({}, { startFrom: inject('seededCmsDatabase') });
  editor = await createStaffUser(cms.url, 'cb-editor', 'editor@staff.example.org');
  await chooseAdminLanguage('nl');
  browser = await launchChromium();
  page = await logInToAdmin(browser, cms.url, editor);
  network = watchNetwork(page);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('a new story, written by an editor in the admin', () => {
  let storyUrl = '';

  it('gets its web address from the Dutch title typed, and goes live there', async () => {
    await openInAdmin(page, CREATE_STORY);
    // The admin's own proposal before a title is typed: the type's name.
    await expectSlug('story');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Samen koken in Laken');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Buren koken elke week samen.');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Elke donderdag koken buren samen in het buurthuis.');
    await page.getByRole('combobox', { name: 'Datum van het verhaal' }).fill('20/11/2026');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await expectSlug('samen-koken-in-laken');
    storyUrl = page.url().split('?')[0] ?? '';

    await page.getByRole('button', { name: 'Publiceer' }).click();
    // Publishing answers once saved; on a busy machine that takes more than vitest's 1 s default.
    await expect.poll(() => publicStorySlugs('nl', 'samen-koken-in-laken'), { timeout: 15_000 }).toEqual(['samen-koken-in-laken']);
    expect(await publicStorySlugs('nl', 'story')).toEqual([]);
  });

  it('gets the French title’s address in French, filled in from Dutch', async () => {
    await page.goto(`${storyUrl}?plugins[i18n][locale]=fr`);
    await page.getByRole('button', { name: 'Invullen vanuit andere taal' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: /Nederlands/ }).click();
    await dialog.getByRole('button', { name: 'Ja, invullen' }).click();
    // The Dutch slug came along with the Dutch title; the editor types the French title over it.
    await expectSlug('samen-koken-in-laken');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Cuisiner ensemble à Laeken');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expectSlug('cuisiner-ensemble-a-laeken');
  });

  it('gets the English title’s address in English, and follows the title until first published', async () => {
    await page.goto(`${storyUrl}?plugins[i18n][locale]=en`);
    await expectSlug('story');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Cooking together');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expectSlug('cooking-together');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Cooking together in Laeken');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expectSlug('cooking-together-in-laeken');
  });

  it('gives a second story with the same title a numbered address', async () => {
    // From the story's form to a new one, as the admin's "create" link goes.
    await openInAdmin(page, CREATE_STORY);
    await expectSlug('story');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Samen koken in Laken');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await expectSlug('samen-koken-in-laken-2');
  });
});

describe.each(['nl', 'fr', 'en'] as const)('the story form in %s', (language) => {
  it('names and describes each field in the editor’s language, never by its field name', async () => {
    await chooseAdminLanguage(language);
    // A whole load: the admin reads the interface language from the profile when it loads.
    await page.goto(CREATE_STORY);
    const main = page.getByRole('main');
    await main.getByRole('textbox', { name: STORY.fields.coverAlt.label[language] }).waitFor();
    const text = await main.innerText();
    for (const field of ['title', 'slug', 'summary', 'authorName', 'storyDate', 'cover', 'coverAlt', 'initiatives'] as const) {
      expect(text, field).toContain(STORY.fields[field].label[language]);
    }
    for (const field of ['slug', 'coverAlt', 'cover', 'storyDate', 'authorName'] as const) {
      expect(text, field).toContain(STORY.fields[field].description?.[language]);
    }
    expect(text).not.toMatch(/\b(authorName|storyDate|coverAlt|slug)\b/);

    // The menu and the list: the type's name and the columns in the same language.
    // The admin draws its menu and list after loading them: wait as a person would, not vitest's 1 s default.
    await expect.poll(() => page.getByRole('link', { name: STORY.name[language], exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await openInAdmin(page, '/admin/content-manager/collection-types/api::story.story?plugins[i18n][locale]=nl');
    await expect.poll(() => page.getByRole('heading', { name: STORY.name[language], exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await page.locator('thead').waitFor();
    const columns = (await page.locator('thead').textContent()) ?? '';
    expect(columns).toContain(STORY.fields.title.label[language]);
    expect(columns).toContain(STORY.fields.slug.label[language]);

    // What "schedule" should say, on the initiative form.
    const schedule = CONTENT_TYPE_WORDS['api::initiative.initiative'].fields.schedule;
    await openInAdmin(page, '/admin/content-manager/collection-types/api::initiative.initiative/create?plugins[i18n][locale]=nl');
    await page.getByRole('main').getByRole('textbox', { name: schedule.label[language] }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain(schedule.description?.[language]);
  });
});

/** Strapi's own screens an editor opens every day, each with the heading it shows once drawn. */
const STRAPI_SCREENS = [
  { name: 'the home page', path: '/admin' },
  { name: 'the list of stories', path: '/admin/content-manager/collection-types/api::story.story?plugins[i18n][locale]=nl' },
  { name: 'a new story', path: CREATE_STORY },
  { name: 'the media library', path: '/admin/plugins/upload' },
  { name: 'the profile page', path: '/admin/me' },
] as const;

describe.each(['nl', 'fr'] as const)('Strapi’s own screens for an editor who chose %s', (language) => {
  beforeAll(async () => {
    await chooseAdminLanguage(language);
    // The admin in that language, loaded once: each screen below is reached from it as its menu goes.
    await page.goto('/admin');
    await page.waitForFunction((chosen) => localStorage.getItem('strapi-admin-language') === chosen, language, { timeout: 30_000 });
  }, 60_000);

  it('opens a localized type in the content manager on the editor’s own language; a locale they pick stays', async () => {
    const contentLocale = () => new URL(page.url()).searchParams.get('plugins[i18n][locale]');
    // The admin takes the language from the profile once loaded (the test chose it through the API, not the profile page).
    await page.goto('/admin');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('strapi-admin-language')), { timeout: 30_000 }).toBe(language);
    // A browser in which the editor never picked a content locale (Strapi remembers the last one picked).
    await page.evaluate(() => localStorage.removeItem('STRAPI_LOCALE'));
    // From the content manager's own menu (a whole load: the admin sends this address on to a type at once, before a wait for it could see it).
    await page.goto('/admin/content-manager');
    await page.getByRole('link', { name: STORY.name[language], exact: true }).first().click({ timeout: 30_000 });
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toBe('/admin/content-manager/collection-types/api::story.story');
    await expect.poll(contentLocale, { timeout: 30_000 }).toBe(language);
    // An address typed without a locale, in a browser that remembers none (typed: a whole load).
    await page.evaluate(() => localStorage.removeItem('STRAPI_LOCALE'));
    await page.goto('/admin/content-manager/collection-types/api::story.story');
    await expect.poll(contentLocale, { timeout: 30_000 }).toBe(language);
    await page.getByRole('heading', { level: 1, name: STORY.name[language], exact: true }).waitFor({ timeout: 30_000 });
    // One that names a locale (the locale picker's, a widget's link) is left as it is.
    await page.goto('/admin/content-manager/collection-types/api::story.story?plugins[i18n][locale]=en');
    await page.getByRole('heading', { level: 1, name: STORY.name[language], exact: true }).waitFor({ timeout: 30_000 });
    expect(contentLocale()).toBe('en');
    // Picked once, it is the one the content manager comes back to.
    await page.goto('/admin/content-manager');
    await page.getByRole('link', { name: STORY.name[language], exact: true }).first().click({ timeout: 30_000 });
    await expect.poll(contentLocale, { timeout: 30_000 }).toBe('en');
  });

  for (const screen of STRAPI_SCREENS) {
    it(`shows ${screen.name} without English, menus included`, async () => {
      // From screen to screen as the admin's menu goes.
      await openInAdmin(page, screen.path);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
      await network.quiet();
      // Strapi's design system names its loading spinners "Loading" in every language (its own words, not the
      // admin's catalogue): read the screen once its fields have loaded.
      await expect.poll(() => page.getByText('Loading', { exact: true }).count(), { timeout: 15_000 }).toBe(0);
      await expectNoEnglishStrapiText(page, language, screen.name);
    });
  }
});
