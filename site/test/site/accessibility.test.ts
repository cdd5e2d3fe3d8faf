import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { distDir, samplePages, type BuiltPage } from '../support/built-site.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir())]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** Every violation axe finds on the pages, one line each, in one tab of a fresh context. */
async function violationsOn(pages: BuiltPage[], colorScheme: 'light' | 'dark'): Promise<string[]> {
  const context: BrowserContext = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
  const violations: string[] = [];
  try {
    const tab = await context.newPage();
    for (const page of pages) {
      await tab.goto(`${server.url}${page.path}`);
      for (const violation of await axeViolations(tab, colorScheme)) violations.push(`${page.path} [${page.kind}, ${colorScheme}]: ${violation}`);
    }
  } finally {
    await context.close();
  }
  return violations;
}

describe('axe-core in Chromium finds no violation', () => {
  const pages = samplePages();

  it('looks at every page type in every locale', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12 * 3 + 2);
  });

  // One test per locale keeps each within its limit on a busy machine; light and dark run side by side.
  for (const locale of ['nl', 'fr', 'en', undefined]) {
    const localePages = pages.filter((page) => page.locale === locale);
    it(`on every page type ${locale ? `in ${locale}` : 'outside the locales'}, light and dark`, { timeout: 300_000 }, async () => {
      expect(localePages.length).toBeGreaterThan(0);
      const [light, dark] = await Promise.all([violationsOn(localePages, 'light'), violationsOn(localePages, 'dark')]);
      expect([...light, ...dark]).toEqual([]);
    });
  }
});
