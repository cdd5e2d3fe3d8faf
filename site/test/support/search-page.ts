import { routes, type Locale } from '@cb/domain';
import type { Locator, Page } from 'playwright-core';
import { ui } from '../../src/i18n/index.ts';

/** Driving the search island in Chromium: where things are, and waiting until a search has landed. */

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export function islandText(locale: Locale) {
  return ui(locale).search.island;
}

export function searchUrl(serverUrl: string, locale: Locale, query = ''): string {
  return `${serverUrl}${routes.search(locale)}${query}`;
}

export const searchBox = (tab: Page): Locator => tab.locator('#search-page-q');
export const summary = (tab: Page): Locator => tab.locator('#search-summary');
export const liveRegion = (tab: Page): Locator => tab.locator('.search-island [role="status"]');
export const resultTitles = (tab: Page): Promise<string[]> => tab.locator('.search-hits h3').allTextContents();
export const resultItems = (tab: Page): Locator => tab.locator('.search-hits > li');

/** The checkbox of a facet value, found by the group's legend and the value's label. */
export function facetBox(tab: Page, legend: string, label: string): Locator {
  return tab
    .locator('fieldset.facet', { has: tab.locator('legend', { hasText: legend }) })
    .locator('label', { has: tab.locator('.facet-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('input');
}

export async function facetCount(tab: Page, legend: string, label: string): Promise<number> {
  const option = tab
    .locator('fieldset.facet', { has: tab.locator('legend', { hasText: legend }) })
    .locator('label', { has: tab.locator('.facet-label', { hasText: new RegExp(`^${label}$`) }) });
  return Number(await option.locator('.facet-count').textContent());
}

/**
 * Waits until the island shows the answer to the search in the URL (and, when given, the box holds
 * `query`): no request under way, and the results say which search they answer.
 */
export async function settled(tab: Page, query?: string): Promise<void> {
  await tab.waitForFunction(
    (expected) => {
      const section = document.querySelector('.search-results');
      const box = document.querySelector<HTMLInputElement>('#search-page-q');
      const urlQuery = new URLSearchParams(location.search).get('q') ?? '';
      return (
        section?.getAttribute('aria-busy') === 'false' &&
        section.getAttribute('data-results-for') === location.search &&
        (expected === undefined || (box?.value === expected && urlQuery === expected.trim()))
      );
    },
    query,
    { timeout: 10_000 },
  );
}

/** Opens the search page (with an optional query string) and waits for its first results. */
export async function openSearch(tab: Page, serverUrl: string, locale: Locale, query = ''): Promise<void> {
  await tab.goto(searchUrl(serverUrl, locale, query));
  await settled(tab);
}

/** Types like a person (one key at a time) into an empty box and waits for the results of the words. */
export async function typeSearch(tab: Page, words: string, delayMs = 20): Promise<void> {
  await searchBox(tab).fill('');
  await searchBox(tab).pressSequentially(words, { delay: delayMs });
  await settled(tab, words);
}

/** The number at the start of the summary ("12 resultaten voor …"), 0 for "no results". */
export async function shownCount(tab: Page): Promise<number> {
  const text = (await summary(tab).textContent()) ?? '';
  return Number(text.match(/^\d+/)?.[0] ?? 0);
}
