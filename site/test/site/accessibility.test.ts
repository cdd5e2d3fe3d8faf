import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { distDir, samplePages, type BuiltPage } from '../support/built-site.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/** WCAG 2.0/2.1/2.2 A and AA, and axe's best practices (one main, headings in order, regions...). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The dark scheme only swaps colours (custom properties): the rules that read colours are what it can break. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

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
      const axe = new AxeBuilder({ page: tab }).options({ resultTypes: ['violations'] });
      const result = await (colorScheme === 'light' ? axe.withTags(AXE_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
      for (const violation of result.violations) {
        const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
        violations.push(`${page.path} [${page.kind}, ${colorScheme}]: ${violation.id} (${violation.impact}) ${where.join(' | ')}`);
      }
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
