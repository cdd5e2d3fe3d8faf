import type { Page } from 'playwright-core';

/** Moving through a page the way someone without a mouse does: Tab until the wanted control has the focus. */

const MAX_TABS = 150;

async function focusedMatches(page: Page, match: { id?: string; text?: string }): Promise<boolean> {
  return page.evaluate(({ id, text }) => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return false;
    return id !== undefined ? active.id === id : active.textContent?.trim() === text;
  }, match);
}

export async function tabTo(page: Page, target: { id: string } | { text: string }): Promise<void> {
  for (let presses = 0; presses <= MAX_TABS; presses++) {
    if (await focusedMatches(page, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, { id });
  await page.keyboard.type(text);
}

/** Tab to a box and tick it with the space bar. */
export async function tick(page: Page, id: string): Promise<void> {
  await tabTo(page, { id });
  await page.keyboard.press('Space');
}

/** Tab to a button and press it with Enter. */
export async function press(page: Page, text: string): Promise<void> {
  await tabTo(page, { text });
  await page.keyboard.press('Enter');
}
