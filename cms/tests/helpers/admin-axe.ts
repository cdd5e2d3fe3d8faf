import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe over the back office's own content: the page's main region, and the dialog it opened (dialogs live outside main). */
export async function expectNoAxeViolations(page: Page, what: string, dialog?: 'dialog' | 'alertdialog'): Promise<void> {
  await expectNoAxeViolationsIn(page, dialog ? ['main', `[role="${dialog}"]`] : ['main'], what);
}

/**
 * axe over parts of a page given by selectors: one of this project's widgets on the admin's home page, whose
 * neighbours (Strapi's own widgets, each with a `main` of its own) are not this project's to fix.
 */
export async function expectNoAxeViolationsIn(page: Page, selectors: readonly string[], what: string): Promise<void> {
  // The pointer rests off the content: the design system's primary button, while hovered, is white on #7b79ff (3.5:1).
  await page.mouse.move(0, 0);
  // A dialog fades in: measured half-way, its text would be half as dark. Let every animation end first.
  await page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))');
  // Violations only: axe does not gather the details of every check passed.
  const builder = new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    // Without frames, axe runs in the page itself, not once per frame and again in a blank tab it opens (as long as the checks).
    .setLegacyMode(page.frames().length === 1);
  for (const selector of selectors) builder.include(selector);
  const result = await builder.analyze();
  const violations = result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  // What axe saw on each node (its markup, why it failed) goes with the failure: a selector of generated class names says little.
  const seen = result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.html.slice(0, 300)} -- ${node.failureSummary ?? ''}`),
  );
  expect(violations, `${what}\n${seen.join('\n')}`).toEqual([]);
}
