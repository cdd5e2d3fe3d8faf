import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, ViewportSize } from 'playwright-core';

/** WCAG 2.0/2.1/2.2 A and AA, and axe's best practices (one main, headings in order, regions...). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The dark scheme only swaps colours (custom properties): the rules that read colours are what it can break. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * What axe finds on the page, one line per violation (the rule, its impact, where): every rule of
 * AXE_TAGS in the light scheme, the colour rules in the dark one. axe collects violations only.
 */
export async function axeViolations(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(withoutFrames(page));
  const result = await (colorScheme === 'light' ? axe.withTags(AXE_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
  return result.violations.map((violation) => {
    const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
    return `${violation.id} (${violation.impact}): ${where.join(' | ')}`;
  });
}

/**
 * A page without frames is checked by axe in the page itself. Otherwise axe checks each frame, then
 * gathers the results in a blank tab it opens and loads itself into again: on a busy machine that
 * takes as long as the checks. The rules and the elements checked are the same either way.
 */
const withoutFrames = (page: Page): boolean => page.frames().length === 1;

/**
 * axe runs inside the page: a page reached without JavaScript is checked by its HTML, served again at
 * `origin` (so its styles and images load) in a tab that has JavaScript.
 */
export async function axeViolationsOfHtml(browser: Browser, origin: string, html: string, viewport: ViewportSize): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport });
  try {
    const page = await context.newPage();
    await page.route(`${origin}/axe-check`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(`${origin}/axe-check`);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}
