import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES, requestStatusText, routes, type Locale } from '@cb/domain';
import { freePort } from '@cb/search';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import { axeViolationsOfHtml } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';
import { scratchDir } from '../../../cms/testing/scratch-dir.ts';

/**
 * The status page (issue 14) in a real Chromium with JavaScript off, in each locale: the static
 * page's plain form posts through the site's own origin to a real CMS (started on a copy of the
 * database the site was built from), which answers with its own page. axe finds nothing on either
 * page, and neither scrolls sideways on a 320 px wide screen.
 */

let browser: Browser;
let server: RunningServer;
let cms: CmsProcess;
let workDir: string;

beforeAll(async () => {
  workDir = scratchDir('cb-site-status-');
  const database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  const sitePort = await freePort();
  cms = await startCmsProcess({
    DATABASE_FILENAME: database,
    INTAKE_RATE_LIMIT_MAX: '1000',
    STATUS_LOOKUP_RATE_LIMIT_MAX: '1000',
    CMS_SEED: 'false',
    SITE_URL: `http://127.0.0.1:${sitePort}`,
  });
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir(), sitePort, { cmsUrl: cms.url })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), cms?.stop()]);
  rmSync(workDir, { recursive: true, force: true });
});

/** A help request sent through the site's own proxy as JSON, as the island sends it; answers its reference. */
async function askForHelp(phone: string): Promise<string> {
  const response = await fetch(`${server.url}/api/intake/help-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      locale: 'nl',
      forWhom: 'self',
      contactName: 'Status Test',
      phone,
      categories: ['chat'],
      description: 'Ik wil graag af en toe een babbel.',
      municipality: 'jette',
      languages: ['nl'],
      consent: true,
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

const axeViolationsOf = (html: string) => axeViolationsOfHtml(browser, server.url, html, { width: 320, height: 800 });

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Looks a request up on the static page; axe checks the form itself when `checkForm` (once per locale: it is the same page each time). */
async function lookUpWithoutJavaScript(
  locale: Locale,
  reference: string,
  check: string,
  { checkForm = false } = {},
): Promise<{ html: string; sideways: boolean; formViolations: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.requestStatus(locale)}`);
    expect(await scrollsSideways(page)).toBe(false);
    const formViolations = checkForm ? await axeViolationsOf(await page.content()) : [];
    await page.fill('#status-reference', reference);
    await page.fill('#status-check', check);
    await Promise.all([page.waitForURL(`${server.url}/api/request-status?locale=${locale}`), page.click('button[type=submit]')]);
    return { html: await page.content(), sideways: await scrollsSideways(page), formViolations };
  } finally {
    await context.close();
  }
}

/** A text as the browser serializes it in `page.content()`: French no-break spaces as `&nbsp;`. */
const asHtml = (text: string) => text.replaceAll('\u00a0', '&nbsp;');

describe('the status page without JavaScript', () => {
  it('shows the state of a request in each locale, and the same answer for a wrong pair as for an unknown reference; axe-clean, no sideways scroll at 320 px', async () => {
    const reference = await askForHelp('0470 12 86 39');
    for (const locale of LOCALES) {
      const t = requestStatusText(locale);
      const right = await lookUpWithoutJavaScript(locale, reference.toLowerCase(), '8639', { checkForm: true });
      expect(right.formViolations).toEqual([]);
      expect(right.html).toContain('data-state="received"');
      expect(right.html).toContain(asHtml(t.states.received.label));
      expect(right.html).not.toContain(reference);
      expect(right.html).not.toContain('Status Test');
      expect(right.sideways).toBe(false);
      expect(await axeViolationsOf(right.html)).toEqual([]);

      const wrong = await lookUpWithoutJavaScript(locale, reference, '8638');
      const unknown = await lookUpWithoutJavaScript(locale, 'CB-ZZZZZZ', '8639');
      expect(wrong.html).toBe(unknown.html);
      expect(wrong.html).not.toContain('data-state=');
      expect(wrong.sideways).toBe(false);
      expect(await axeViolationsOf(wrong.html)).toEqual([]);

      const malformed = await lookUpWithoutJavaScript(locale, 'not a reference', '12');
      expect(malformed.html).toContain(asHtml(t.problems['reference-malformed']));
      expect(malformed.html).toContain(asHtml(t.problems['check-malformed']));
      expect(malformed.sideways).toBe(false);
      expect(await axeViolationsOf(malformed.html)).toEqual([]);
    }
  }, 180_000);

  it('is linked from every page’s footer', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const locale of LOCALES) {
        await page.goto(`${server.url}${routes.home(locale)}`);
        expect(await page.locator(`footer a[href="${routes.requestStatus(locale)}"]`).count()).toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});
