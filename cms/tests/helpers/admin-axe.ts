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

/**
 * axe's "region" rule (a best practice, not a WCAG success criterion, so not among the tags above) over the
 * whole page: every bit of content sits in a landmark (the admin's navigation, its main, a dialog), so a
 * screen reader's landmark list reaches all of it. What axe found is named with its markup.
 */
export async function expectContentInLandmarks(page: Page, what: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))');
  // Strapi's own announcement banner ("Introducing the new Media Library", closed with "Close the banner") stands
  // outside its landmarks: not this project's to fix, so left out, the whole block around its close button.
  await page.evaluate(`(() => {
    const close = [...document.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').startsWith('Close the banner'));
    let banner = close;
    while (banner && banner.parentElement && !banner.parentElement.querySelector('main, nav')) banner = banner.parentElement;
    if (banner) banner.setAttribute('data-strapi-banner', '');
  })()`);
  const result = await new AxeBuilder({ page })
    .exclude('[data-strapi-banner]')
    .withRules(['region'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  const targets = result.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
  // A node's own markup is its opening tag only: its text and its ancestors say what it is.
  const outside = await Promise.all(
    targets.map((target) =>
      page.evaluate(`(() => {
        const element = document.querySelector(${JSON.stringify(target)});
        const path = [];
        for (let at = element; at && at !== document.body; at = at.parentElement) path.unshift(at.tagName.toLowerCase() + (at.getAttribute('role') ? '[' + at.getAttribute('role') + ']' : ''));
        return path.join(' > ') + ': ' + (element ? element.outerHTML.slice(0, 600) : '');
      })()`),
    ),
  );
  expect(outside, `${what}: content outside landmarks`).toEqual([]);
}
