import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_RULE_MESSAGES, routes, type Locale } from '@cb/domain';
import { freePort } from '@cb/search';
import { SiteBuilds } from '../../scripts/lib/site-builds.ts';
import { chooseAdminLanguage, createStaffUser, launchChromium, logInToAdmin, type StaffUser } from '../testing/admin-panel';
import { STAFF_ROLES } from '../src/access/staff-roles';
import { CONTENT_TYPE_WORDS } from '../src/content-model/field-labels';
import { staffText } from '../src/staff-texts';
import { expectNoAxeViolationsIn } from './helpers/admin-axe';
import { startCms, type TestCms } from './helpers/cms';
import { parseJson } from './helpers/http';
import { expectNoEnglishStaffText, spaced } from './helpers/staff-language';

/**
 * Issue #18: "a build made to fail by a bad value is shown to the editor with the document and the
 * field", with real parts only. One CMS (in this process, serving its built admin panel, seeded like
 * a first start), the site's real build run by the local runner's builder (scripts/lib/site-builds.ts,
 * as `./platform start` runs it, with its build hook), one Chromium.
 *
 * A published initiative holds, in French, a website the site cannot use. The CMS refuses such a
 * value on save and on publish (src/publishing/content-rules.ts), so it is written straight into the
 * SQLite tables, past Strapi: it stands for data stored before the rule existed (or imported), which
 * is how a real build comes to fail on it. The build fails and reports; the editor sees the failed
 * build on her home page naming the initiative, the language and the field, follows the link to the
 * document in the content manager, corrects the website and publishes; the CMS's build hook makes the
 * builder build again, which succeeds, and the home page says so. axe finds nothing in the widget.
 */

const HOOK_TOKEN = 'site-build-hook-token-for-the-failure-walk';
const SITE_DIR = path.resolve(import.meta.dirname, '../../site');
const SITE_URL = 'http://127.0.0.1:4321';
const INITIATIVE_UID = 'api::initiative.initiative';
const WEBSITE_LABEL = CONTENT_TYPE_WORDS[INITIATIVE_UID].fields.website.label;
const BROKEN_LOCALE: Locale = 'fr';
/** Old data: an address without its scheme, with a space, as typed before the rule (the site cannot link to it). */
const BROKEN_WEBSITE = 'www.soupe populaire.be';
const FIXED_WEBSITE = 'https://www.soupe-populaire.be';

const buildState = z.object({
  data: z.looseObject({ latest: z.looseObject({ status: z.string() }).optional() }),
});
const initiativeRow = z.object({ document_id: z.string(), slug: z.string(), title: z.string() });

let workDir: string;
let cms: TestCms;
let site: SiteBuilds;
let hook: Server | undefined;
let hookPort: number;
let browser: Browser;
let editor: StaffUser;
let page: Page;
let initiative: z.infer<typeof initiativeRow>;

/** The site build's environment, without a search service whatever the shell has set (as the editor walk builds). */
function siteBuildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PUBLIC_MEILI_') && name !== 'SITE_CACHE_DIR'));
  return { ...env, CMS_URL: cms.url, SITE_URL };
}

/** What the CMS last heard from the builder, as the editors' widget reads it. */
async function latestBuildStatus(): Promise<string | undefined> {
  const response = await fetch(`${cms.url}/site-builds/status`, { headers: { authorization: `Bearer ${editor.token}` } });
  return parseJson(await response.text(), buildState).data.latest?.status;
}

/**
 * Writes a value into both rows of one language of a document (its draft and its published version)
 * with SQL, past Strapi's document service and its rules: data as an older version of the CMS left it.
 */
async function storeOldValue(documentId: string, locale: Locale, column: string, value: string): Promise<void> {
  const changed = await cms.strapi.db
    .connection('initiatives')
    .where({ document_id: documentId, locale })
    .update({ [column]: value });
  expect(changed).toBe(2);
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'cb-build-failure-walk-'));
  hookPort = await freePort();
  cms = await startCms(
    { SITE_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/rebuild`, SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN, SITE_BUILD_HOOK_DEBOUNCE_MS: '200' },
    { adminPanel: true },
  );
  site = new SiteBuilds(SITE_DIR, path.join(workDir, 'site'), siteBuildEnv(), { url: `${cms.url}/api/site-builds/report`, token: HOOK_TOKEN });
  [browser, editor] = await Promise.all([launchChromium(), createStaffUser(cms.url, STAFF_ROLES.editor.code, 'build-failure-editor@staff.example.org')]);
  const published: unknown = await cms.strapi.db
    .connection('initiatives')
    .select('document_id', 'slug', 'title')
    .where({ locale: BROKEN_LOCALE })
    .whereNotNull('published_at')
    .orderBy('id')
    .first();
  initiative = initiativeRow.parse(published);
  page = await logInToAdmin(browser, cms.url, editor);
  await storeOldValue(initiative.document_id, BROKEN_LOCALE, 'website', BROKEN_WEBSITE);
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  hook?.close();
  // A rebuild the hook asked for reports to the CMS: it ends first.
  await site?.close();
  await cms?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a site build that a stored value makes fail, fixed by an editor', () => {
  it('fails in the builder, which tells the CMS', async () => {
    await expect(site.build()).rejects.toThrow();
    expect(await latestBuildStatus()).toBe('failed');
    // From here on, publishing in the CMS rebuilds the site through the build hook, as in `./platform start`.
    hook = await site.listenForHook(hookPort, HOOK_TOKEN);
  }, 900_000);

  // French first, English last: the editor then follows the link in the English admin.
  for (const language of ['fr', 'en'] as const) {
    it(`is shown on the editor’s home page in ${language === 'fr' ? 'French' : 'English'}: the initiative, the language, the field as labelled and why; axe finds nothing`, async () => {
      await chooseAdminLanguage(cms.url, editor, language);
      await page.goto('/admin');
      const alert = page.getByTestId('site-build-failed');
      await alert.waitFor({ timeout: 60_000 });
      const text = spaced(await alert.innerText());
      expect(text).toContain(
        spaced(
          staffText(language, 'editing.build.problem', {
            type: staffText(language, 'editing.type.initiative'),
            name: initiative.title,
            language: staffText(language, 'editing.locale.fr'),
            field: WEBSITE_LABEL[language],
            message: staffText(language, 'editing.why.web-address'),
          }),
        ),
      );
      // The build's own words are English: none of them reaches the editor.
      expect(text).not.toContain(CONTENT_RULE_MESSAGES['web-address']);
      await expectNoAxeViolationsIn(page, ['[data-testid="site-build-failed"]'], `the failed site build on the home page (${language})`);
      if (language !== 'en') await expectNoEnglishStaffText(page, language, 'the home page with a failed site build', [initiative.slug, initiative.title]);
    });
  }

  it('links to the initiative in French in the content manager, where the editor corrects the website and publishes', async () => {
    const french = staffText('en', 'editing.locale.fr');
    await page
      .getByTestId('site-build-failed')
      .getByRole('link', { name: staffText('en', 'editing.build.open', { language: french }) })
      .click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${INITIATIVE_UID}/${initiative.document_id}`) && url.search.includes(`locale]=${BROKEN_LOCALE}`), {
      timeout: 30_000,
    });
    // The edit view shows the stored value, as it is, for the editor to correct.
    const website = page.getByRole('textbox', { name: WEBSITE_LABEL.en });
    await expect.poll(() => website.inputValue()).toBe(BROKEN_WEBSITE);
    await website.fill(FIXED_WEBSITE);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect
      .poll(async () => {
        const row: unknown = await cms.strapi.db
          .connection('initiatives')
          .select('website')
          .where({ document_id: initiative.document_id, locale: BROKEN_LOCALE })
          .whereNotNull('published_at')
          .first();
        return z.object({ website: z.string().nullable() }).parse(row).website;
      })
      .toBe(FIXED_WEBSITE);
  });

  it('makes the next build, asked for by the CMS after the publish, succeed; the home page says so', async () => {
    await expect.poll(latestBuildStatus, { timeout: 600_000, interval: 2_000 }).toBe('succeeded');
    const served = readFileSync(path.join(site.servedDir(), routes.initiative(BROKEN_LOCALE, initiative.slug), 'index.html'), 'utf8');
    expect(served).toContain(FIXED_WEBSITE);

    await page.goto('/admin');
    await page.getByTestId('site-build-ok').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('site-build-failed').count()).toBe(0);
    await expectNoAxeViolationsIn(page, ['[data-testid="site-build-ok"]'], 'the successful site build on the home page');
  }, 900_000);
});
