import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { javascriptBytes } from '../../bench/measure.ts';
import { builtPagesList, distDir, samplePages } from '../support/built-site.ts';
import { NARROWEST_PHONE, sidewaysScroll } from '../support/reflow.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/**
 * WCAG 2.2 1.4.10 Reflow: every built page (the sitemap's and the 404 and 503 pages) fits a
 * 320 px wide screen without JavaScript, and every page that ships a script fits it with JavaScript too
 * (the others are the same page either way). The form pages' other states are in forms-on-a-phone.test.ts.
 */

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir())]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('at 320 px wide, no page scrolls sideways', () => {
  for (const javaScript of [true, false]) {
    it(`on every built page${javaScript ? ' that ships a script, with' : ', without'} JavaScript`, { timeout: 600_000 }, async () => {
      const pages = javaScript ? builtPagesList().filter((page) => javascriptBytes(distDir(), page) > 0) : builtPagesList();
      expect(pages.length).toBeGreaterThan(javaScript ? 6 : 100);
      const context = await browser.newContext({ viewport: NARROWEST_PHONE, javaScriptEnabled: javaScript });
      const tab = await context.newPage();
      const problems: string[] = [];
      try {
        for (const page of pages) {
          await tab.goto(`${server.url}${page.path}`);
          if (javaScript && page.kind === 'form') await tab.waitForSelector('form.intake-form .draft-note').catch(() => undefined);
          const scroll = await sidewaysScroll(tab);
          if (scroll) problems.push(`${page.path}: ${scroll.scrollWidth} > ${scroll.clientWidth}, widest: ${scroll.widest}`);
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe.each([390, NARROWEST_PHONE.width])('on a phone %i px wide, the header', (width) => {
  it('is at most 120 px tall on every kind of page in every locale, the phone number one tap away and the menu one tap away', async () => {
    const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false, hasTouch: true, isMobile: true });
    const tab = await context.newPage();
    const problems: string[] = [];
    try {
      for (const page of samplePages().filter((candidate) => candidate.locale)) {
        await tab.goto(`${server.url}${page.path}`);
        const header = await tab.evaluate(() => {
          const box = document.querySelector('body > header')!.getBoundingClientRect();
          const phone = document.querySelector<HTMLAnchorElement>('body > header a[href^="tel:"]');
          const phoneBox = phone?.getBoundingClientRect();
          return { height: box.height, phoneShown: phoneBox !== undefined && phoneBox.width > 0 && phoneBox.bottom <= box.bottom };
        });
        if (header.height > 120) problems.push(`${page.path}: the header is ${Math.round(header.height)} px tall`);
        if (!header.phoneShown) problems.push(`${page.path}: no phone link to tap in the header`);
      }
      await tab.goto(`${server.url}${samplePages().find((page) => page.locale === 'fr')!.path}`);
      expect(await tab.locator('#main-nav').isVisible()).toBe(false);
      await tab.locator('.menu-link').tap();
      expect(await tab.locator('#main-nav').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
