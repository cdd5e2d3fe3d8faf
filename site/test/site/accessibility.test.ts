import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { distDir, samplePages } from '../support/built-site.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/** WCAG 2.0/2.1/2.2 A and AA, and axe's best practices (one main, headings in order, regions...). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const COLOR_SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir())]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('axe-core in Chromium finds no violation', () => {
  const pages = samplePages();

  it('looks at every page type in every locale', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12 * 3 + 2);
  });

  // Light and dark run side by side in the one Chromium; each checks every sample page.
  // 38 pages × axe take about a minute on 2 idle cores: the limit leaves room for a busy machine.
  for (const colorScheme of COLOR_SCHEMES) {
    it.concurrent(`on every page type in every locale, ${colorScheme}`, { timeout: 360_000 }, async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 }, javaScriptEnabled: true });
      const violations: string[] = [];
      try {
        for (const page of pages) {
          const tab = await context.newPage();
          await tab.goto(`${server.url}${page.path}`);
          const result = await new AxeBuilder({ page: tab }).withTags(AXE_TAGS).analyze();
          for (const violation of result.violations) {
            violations.push(
              `${page.path} [${page.kind}]: ${violation.id} (${violation.impact}) ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(' '))
                .join(' | ')}`,
            );
          }
          await tab.close();
        }
      } finally {
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }
});
