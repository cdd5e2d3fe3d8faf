import { LOCALES, LOCALE_TAGS, routes, type Locale } from '@cb/domain';
import { freePort } from '@cb/search';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { SECURITY_HEADERS } from '../../src/lib/security-policy.ts';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { builtPagesList, distDir, readPath } from '../support/built-site.ts';
import { settled, typeSearch } from '../support/search-page.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/**
 * The site under its Content-Security-Policy (the page's own, with the hashes of its inline script and
 * styles, and the server's), in Chromium: the search island and the form islands work with not one
 * violation. And a form post while the CMS is down gets the site's own page, in the visitor's language,
 * with the phone line.
 */

let browser: Browser;
let server: RunningServer;
let context: BrowserContext | undefined;
let violations: string[] = [];

beforeAll(async () => {
  // No CMS listens on this port: the proxy finds it down.
  const stoppedCms = `http://127.0.0.1:${await freePort()}`;
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir(), 0, { cmsUrl: stoppedCms })]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  violations = [];
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** A tab that records every CSP violation: the DOM event, the console's report, and uncaught errors. */
async function newTab(options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const tab = await context.newPage();
  await context.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  tab.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|Permissions-Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return tab;
}

describe('the Content-Security-Policy', () => {
  it('is in every built page, strict: scripts and styles from the site or hashed, no inline handlers, requests only to the site and its search', () => {
    const meiliOrigin = new URL(inject('meiliUrl')).origin;
    for (const page of builtPagesList()) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page.html)?.[1];
      expect(policy, page.path).toBeDefined();
      const directives = new Map(
        policy!
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1)]),
      );
      expect(directives.get('default-src'), page.path).toEqual(["'self'"]);
      expect(directives.get('connect-src'), page.path).toEqual(["'self'", meiliOrigin]);
      expect(
        directives.get('script-src')?.filter((source) => !source.startsWith("'sha256-")),
        page.path,
      ).toEqual(["'self'"]);
      expect(
        directives.get('style-src')?.filter((source) => !source.startsWith("'sha256-")),
        page.path,
      ).toEqual(["'self'"]);
      expect(policy, page.path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });

  it('comes with the server’s headers: no framing, referrer and permissions policies', async () => {
    const answer = await fetch(`${server.url}${routes.home('fr')}`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers.get(name), name).toBe(value);
  });

  it('lets the search island search, with not one violation', async () => {
    for (const locale of LOCALES) {
      const tab = await newTab();
      await tab.goto(`${server.url}${routes.search(locale)}`);
      await settled(tab);
      await typeSearch(tab, 'Brussel');
      expect(await tab.locator('.search-hits > li').count(), locale).toBeGreaterThan(0);
      expect(violations, locale).toEqual([]);
      await context?.close();
    }
  });

  it('blocks a script injected into a page, and says so (the violations above would be seen)', async () => {
    const tab = await newTab();
    await tab.goto(`${server.url}${routes.home('nl')}`);
    const ran = await tab.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes"';
      document.body.append(script);
      return document.body.dataset.injected === 'yes';
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
  });

  it('lets every form island run and validate in the browser, with not one violation', async () => {
    const formPages = builtPagesList().filter((page) => page.kind === 'form');
    expect(formPages.length).toBeGreaterThanOrEqual(4 * LOCALES.length);
    for (const page of formPages) {
      const tab = await newTab();
      await tab.goto(`${server.url}${page.path}`);
      const island = tab.locator('form.intake-form');
      if ((await island.count()) === 0) continue; // A closed project call has no form.
      await tab.waitForSelector('form.intake-form .draft-note');
      // Sent (or the first step confirmed) empty: the shared schema judges in the browser and the field messages appear.
      await island.locator('button.button:not(.secondary)').last().click();
      await tab.waitForSelector('form.intake-form [aria-invalid="true"]');
      expect(violations, page.path).toEqual([]);
      await context?.close();
    }
  });
});

describe('a form post while the CMS is down', () => {
  const phoneNumber = (locale: Locale) => /href="tel:([^"]+)"/.exec(readPath(routes.home(locale)))?.[1];

  it('gets the site’s 503 page in the form’s language, with the phone line, in every locale', async () => {
    for (const locale of LOCALES) {
      const phone = phoneNumber(locale);
      expect(phone).toBeTruthy();
      const answer = await fetch(`${server.url}/api/intake/help-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'de' },
        body: new URLSearchParams({ locale, name: 'Jan', consent: 'on' }),
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await answer.text();
      expect(html).toContain(`<html lang="${LOCALE_TAGS[locale]}"`);
      expect(html).toContain(ui(locale).serviceUnavailable.title);
      expect(html).toContain(`href="tel:${phone}"`);
    }
  });

  it('is shown to a browser without JavaScript in the language of the form page, and passes axe', async () => {
    for (const locale of LOCALES) {
      const formPage = builtPagesList().find(
        (page) => page.kind === 'form' && page.locale === locale && page.path.includes(routes.form(locale, 'ask-for-help')),
      );
      expect(formPage).toBeDefined();
      const tab = await newTab({ javaScriptEnabled: false, locale: 'en-US' });
      await tab.goto(`${server.url}${formPage!.path}`);
      const answer = tab.waitForResponse((response) => response.request().method() === 'POST');
      await tab.locator('form.intake-form button[type=submit]').last().click();
      expect((await answer).status()).toBe(503);
      await tab.waitForLoadState();
      expect(await tab.locator('h1').textContent()).toBe(ui(locale).serviceUnavailable.title);
      expect(await tab.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(violations, locale).toEqual([]);
      await context?.close();

      const axeTab = await newTab();
      await axeTab.goto(`${server.url}${routes.serviceUnavailable(locale)}`);
      expect(await axeViolations(axeTab), locale).toEqual([]);
      expect(violations, locale).toEqual([]);
    }
  });
});
