import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_RULE_MESSAGES } from '@cb/domain';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { STAFF_ROLES } from '../src/access/staff-roles';
import { CONTENT_TYPE_WORDS } from '../src/content-model/field-labels';
import { staffText } from '../src/staff-texts';
import { dataOf, readJson, strapiDocument } from './helpers/http';

/**
 * An editor's home page in a real Chromium: the published story missing French and English, with
 * a link that opens it in French in the content manager; the last build's refused field, named.
 * Back-office staff do not get these widgets. axe finds nothing in them.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const HOOK_TOKEN = 'site-build-hook-token-for-editing-admin';
const STORY = '/content-manager/collection-types/api::story.story';

let panel: AdminPanel;
let browser: Browser;
let editor: StaffUser;
let storyId: string;

async function asEditor(method: string, route: string, body?: unknown): Promise<Response> {
  return fetch(`${panel.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function expectNoAxeViolations(page: Page, selector: string): Promise<void> {
  await page.mouse.move(0, 0);
  // Without frames, axe runs in the page itself, not once per frame and again in a blank tab it opens (as long as the checks).
  const result = await new AxeBuilder({ page })
    .include(selector)
    .withTags(AXE_TAGS)
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  const violations = result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(violations).toEqual([]);
}

beforeAll(async () => {
  panel = await startAdminPanel({ SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN }, { startFrom: inject('seededCmsDatabase') });
  browser = await launchChromium();
  editor = await createStaffUser(panel.url, STAFF_ROLES.editor.code, 'missing-work-editor@staff.example.org');
  const created = await asEditor('POST', `${STORY}?locale=nl`, {
    title: 'Soep voor de hele straat',
    slug: 'soep-voor-de-hele-straat',
    summary: 'Samen koken.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Elke vrijdag.' }] }],
    storyDate: '2026-11-20',
  });
  storyId = (await readJson(created, dataOf(strapiDocument))).data.documentId;
  expect((await asEditor('POST', `${STORY}/${storyId}/actions/publish?locale=nl`, {})).status).toBe(200);
  const reported = await fetch(`${panel.url}/api/site-builds/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${HOOK_TOKEN}` },
    body: JSON.stringify({
      status: 'failed',
      startedAt: new Date(Date.now() - 60_000).toISOString(),
      finishedAt: new Date().toISOString(),
      reason: 'The CMS sent content the site cannot use (1 problem)',
      problems: [
        {
          type: 'story',
          documentId: storyId,
          slug: 'soep-voor-de-hele-straat',
          locale: 'nl',
          field: 'body[0].children[0].url',
          message: CONTENT_RULE_MESSAGES.link,
          rule: 'link',
        },
      ],
    }),
  });
  expect(reported.status).toBe(204);
});
afterAll(async () => {
  await browser?.close();
  await panel?.stop();
});

describe('an editor’s home page', () => {
  it('lists the story missing French and English, and opens it in French; axe finds nothing', async () => {
    const page = await logInToAdmin(browser, panel.url, editor);
    await page.goto('/admin');
    const widget = page.getByTestId('missing-work');
    await widget.waitFor({ timeout: 60_000 });
    const row = widget.locator('li', { hasText: 'Soep voor de hele straat' });
    expect(await row.textContent()).toContain('Add French');
    expect(await row.textContent()).toContain('Add English');
    await expectNoAxeViolations(page, '[data-testid="missing-work"]');

    await row.getByRole('link', { name: 'Add French' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/api::story.story/${storyId}`) && url.search.includes('locale]=fr'), { timeout: 30_000 });
  });

  it('names the document, language and field the last build refused, with a link to it', async () => {
    const page = await logInToAdmin(browser, panel.url, editor);
    await page.goto('/admin');
    const alert = page.getByTestId('site-build-failed');
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.textContent();
    // The field as the content manager labels it, and the reason in the editor's words, not the build's English.
    expect(text).toContain(
      staffText('en', 'editing.build.problem', {
        type: 'Story',
        name: 'Soep voor de hele straat',
        language: 'Dutch',
        field: CONTENT_TYPE_WORDS['api::story.story'].fields.body.label.en,
        message: staffText('en', 'editing.why.link'),
      }),
    );
    await expectNoAxeViolations(page, '[data-testid="site-build-failed"]');
    await alert.getByRole('link', { name: 'Open in Dutch' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/api::story.story/${storyId}`) && url.search.includes('locale]=nl'), { timeout: 30_000 });
  });
});

describe('a back-office staff member’s home page', () => {
  it('has neither editors’ widget', async () => {
    const backOffice = await createStaffUser(panel.url, STAFF_ROLES.backOffice.code, 'missing-work-back-office@staff.example.org');
    const page = await logInToAdmin(browser, panel.url, backOffice);
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('missing-work').count()).toBe(0);
    expect(await page.getByText('Missing translations and alternative texts').count()).toBe(0);
    expect(await page.getByTestId('site-build-failed').count()).toBe(0);
  });
});
