import { routes, SEARCH_RESULTS_PATH, type Locale } from '@cb/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import {
  DESKTOP,
  PHONE,
  facetBox,
  facetCount,
  islandText,
  liveRegion,
  openSearch,
  resultItems,
  resultTitles,
  searchBox,
  searchUrl,
  settled,
  shownCount,
  summary,
  typeSearch,
} from '../support/search-page.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/**
 * The search island in Chromium, on the built search pages, against the Meilisearch of the global
 * setup (filled from the seeded CMS). Each test opens its own browser context.
 */

let browser: Browser;
let server: RunningServer;
let context: BrowserContext | undefined;
/** Uncaught errors in the page of the current test. */
let pageErrors: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir())]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function newTab(
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  context = await browser.newContext({ viewport: DESKTOP, ...options });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  return tab;
}

const searchParams = (tab: Page): URLSearchParams => new URL(tab.url()).searchParams;

describe('finding things as you type', () => {
  it('finds a groceries initiative in Dutch despite the typo in "boodschapen", with the match marked', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'nl');
    await typeSearch(tab, 'boodschapen');
    expect(searchParams(tab).get('q')).toBe('boodschapen');
    const groceries = resultItems(tab)
      .filter({ has: tab.locator('.tags li', { hasText: /^Boodschappen$/ }) })
      .filter({ hasText: ui('nl').search.island.kinds.initiative });
    expect(await groceries.count()).toBeGreaterThan(0);
    expect(await groceries.first().locator('h3 a').getAttribute('href')).toMatch(new RegExp(`^${routes.initiatives('nl')}`));
    const marked = await tab.locator('.search-hits mark').allTextContents();
    expect(marked.some((word) => /^boodschap/i.test(word))).toBe(true);
    expect((await resultTitles(tab)).join('')).not.toMatch(/[\uE000\uE001]/);
  });

  it('finds the Jette walking buddy first for "wandelen Jette"', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'nl');
    await typeSearch(tab, 'wandelen Jette');
    expect((await resultTitles(tab))[0]).toBe('Wandelbuddy in Jette');
  });

  it('finds groceries in Anderlecht and telephone volunteering in French', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'fr');
    await typeSearch(tab, 'courses Anderlecht');
    expect((await resultTitles(tab)).slice(0, 3)).toContain('Courses à domicile à Anderlecht');
    await typeSearch(tab, 'bénévole téléphone');
    expect((await resultTitles(tab)).slice(0, 5).some((title) => /t[ée]l[ée]phon/i.test(title))).toBe(true);
  });

  it('finds the walking buddy in English', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'en');
    await typeSearch(tab, 'walking buddy');
    expect((await resultTitles(tab))[0]).toBe('Walking buddy in Jette');
  });

  it('searches the words typed before the island woke up (a slow phone)', async () => {
    const tab = await newTab({ viewport: PHONE });
    await tab.route('**/_astro/client.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await tab.goto(searchUrl(server.url, 'nl'), { waitUntil: 'domcontentloaded' });
    await searchBox(tab).pressSequentially('wandelen', { delay: 20 });
    await settled(tab, 'wandelen');
    expect(await shownCount(tab)).toBeGreaterThan(0);
  });

  it('says so when nothing matches, and offers the advice', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'en');
    await typeSearch(tab, 'xqzwvk');
    expect(await summary(tab).textContent()).toBe('No results for “xqzwvk”.');
    expect(await tab.locator('.search-results').textContent()).toContain(islandText('en').noResultsHelp);
    expect(await resultItems(tab).count()).toBe(0);
  });

  it('offers to clear the filters right under "no results" when filters caused it', async () => {
    const tab = await newTab({ viewport: PHONE });
    const t = islandText('nl');
    await openSearch(tab, server.url, 'nl', '?q=boodschappen&kind=project-call');
    expect(await shownCount(tab)).toBe(0);
    await tab.locator('.search-results').getByRole('button', { name: t.clearFilters }).click();
    await settled(tab, 'boodschappen');
    expect(searchParams(tab).get('kind')).toBeNull();
    expect(await shownCount(tab)).toBeGreaterThan(0);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-summary');
  });

  it('waits for a pause in the typing, and cancels a search that newer words made stale', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'nl');
    const sent: string[] = [];
    const cancelled: string[] = [];
    tab.on('request', (request) => request.url().endsWith('/multi-search') && sent.push(request.postData() ?? ''));
    tab.on('requestfailed', (request) => request.url().endsWith('/multi-search') && cancelled.push(request.failure()?.errorText ?? ''));
    await searchBox(tab).pressSequentially('wandelbuddy', { delay: 40 });
    await settled(tab, 'wandelbuddy');
    // Not a search per key: a few at most (a busy machine may itself pause the typing long enough for one more).
    expect(sent.length).toBeLessThanOrEqual(4);

    // A slow Meilisearch: the first words' answer is still on its way when the next words go out.
    await tab.route('**/multi-search', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue().catch(() => undefined);
    });
    // The next words come while the first words' search is on its way (sent, its answer held back).
    const firstSent = tab.waitForRequest((request) => request.url().endsWith('/multi-search') && (request.postData() ?? '').includes('"wandel"'));
    await searchBox(tab).fill('wandel');
    await firstSent;
    await searchBox(tab).fill('wandelen Jette');
    await settled(tab, 'wandelen Jette');
    expect(cancelled.length).toBeGreaterThan(0);
    expect((await resultTitles(tab))[0]).toBe('Wandelbuddy in Jette');
  });
});

describe('facets', () => {
  it('show counts, and ticking a municipality filters the results, updates the URL and keeps the other municipalities on offer', async () => {
    const tab = await newTab();
    const t = islandText('nl');
    await openSearch(tab, server.url, 'nl', '?q=boodschappen');
    const inAnderlecht = await facetCount(tab, t.facets.municipalities, 'Anderlecht');
    expect(inAnderlecht).toBeGreaterThan(0);
    expect(inAnderlecht).toBeLessThan(await shownCount(tab));
    await facetBox(tab, t.facets.municipalities, 'Anderlecht').check();
    await tab.waitForURL((url) => url.searchParams.get('municipality') === 'anderlecht');
    await settled(tab);
    expect(searchParams(tab).get('q')).toBe('boodschappen');
    expect(await shownCount(tab)).toBe(inAnderlecht);
    for (const meta of await tab.locator('.search-hits .muted').allTextContents()) expect(meta).toContain('Anderlecht');
    expect(await facetBox(tab, t.facets.municipalities, 'Anderlecht').isChecked()).toBe(true);
    expect(await facetBox(tab, t.facets.municipalities, 'Evere').count()).toBe(1);
    expect(await tab.locator('.filters-active').textContent()).toBe('1 filter aan');
  });

  it('filter on the kind of result, the language spoken and the audience, and can all be cleared at once', async () => {
    const tab = await newTab();
    const t = islandText('fr');
    await openSearch(tab, server.url, 'fr');
    const all = await shownCount(tab);
    await facetBox(tab, t.facets.kind, t.kinds.story).check();
    await settled(tab);
    const stories = await shownCount(tab);
    expect(stories).toBeGreaterThan(0);
    expect(stories).toBeLessThan(all);
    for (const meta of await tab.locator('.search-hits .muted').allTextContents()) expect(meta.startsWith(t.kinds.story)).toBe(true);
    await facetBox(tab, t.facets.kind, t.kinds.story).uncheck();
    await settled(tab);
    await facetBox(tab, t.facets.languages, 'Arabe').check();
    await settled(tab);
    await facetBox(tab, t.facets.audiences, 'Personnes âgées').check();
    await settled(tab);
    expect(searchParams(tab).getAll('language')).toEqual(['ar']);
    expect(searchParams(tab).getAll('audience')).toEqual(['seniors']);
    expect(await shownCount(tab)).toBeGreaterThan(0);
    await tab.getByRole('button', { name: t.clearFilters }).click();
    await settled(tab);
    expect(await tab.evaluate(() => document.activeElement?.classList.contains('filters-toggle'))).toBe(true);
    expect(tab.url()).toBe(searchUrl(server.url, 'fr'));
    expect(await shownCount(tab)).toBe(all);
  });

  it('offer "from home" when some results can be joined by phone or online', async () => {
    const tab = await newTab();
    const t = islandText('en');
    await openSearch(tab, server.url, 'en');
    const fromHome = await facetCount(tab, t.remoteHeading, t.remoteOption);
    expect(fromHome).toBeGreaterThan(0);
    await facetBox(tab, t.remoteHeading, t.remoteOption).check();
    await settled(tab);
    expect(searchParams(tab).get('remote')).toBe('1');
    expect(await shownCount(tab)).toBe(fromHome);
  });
});

describe('filters on a phone', () => {
  it('close with a "show N results" button under the list, which takes the reader to the results', async () => {
    const tab = await newTab({ viewport: PHONE });
    const t = islandText('nl');
    await openSearch(tab, server.url, 'nl', '?q=boodschappen');
    await tab.locator('.filters-toggle').click();
    const inAnderlecht = await facetCount(tab, t.facets.municipalities, 'Anderlecht');
    await facetBox(tab, t.facets.municipalities, 'Anderlecht').check();
    await settled(tab);
    // The list stays open after a tick, and the results are below it, out of view.
    expect(await tab.locator('.filters-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await summary(tab).isVisible()).toBe(true);
    expect(await summary(tab).evaluate((heading) => heading.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    const show = tab.getByRole('button', { name: t.showResults.other.replace('{count}', String(inAnderlecht)) });
    expect(inAnderlecht).toBeGreaterThan(1);
    await show.click();
    expect(await tab.locator('.filters-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-summary');
    expect(
      await summary(tab).evaluate((heading) => {
        const box = heading.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    expect(await shownCount(tab)).toBe(inAnderlecht);
  });

  it('show no such button beside the results on a wide screen', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'en', '?q=walk');
    expect(await tab.locator('.show-results').isVisible()).toBe(false);
  });
});

describe('the search in the URL', () => {
  it('is restored from a shared link: words, ticked filters and results, with unknown values dropped', async () => {
    const tab = await newTab();
    const t = islandText('nl');
    await tab.goto(searchUrl(server.url, 'nl', '?municipality=jette&municipality=atlantis&q=wandelen&municipality=ganshoren&page=0'));
    await settled(tab, 'wandelen');
    expect(tab.url()).toBe(searchUrl(server.url, 'nl', '?q=wandelen&municipality=ganshoren&municipality=jette'));
    expect(await searchBox(tab).inputValue()).toBe('wandelen');
    expect(await facetBox(tab, t.facets.municipalities, 'Jette').isChecked()).toBe(true);
    expect(await facetBox(tab, t.facets.municipalities, 'Ganshoren').isChecked()).toBe(true);
    expect(await shownCount(tab)).toBeGreaterThan(0);
    for (const meta of await tab.locator('.search-hits .muted').allTextContents()) expect(meta).toMatch(/Jette|Ganshoren/);
    expect(await summary(tab).textContent()).toMatch(/resultaten? voor “wandelen”$/);
  });

  it('follows the back and forward buttons: one history entry per search, not per letter', async () => {
    const tab = await newTab();
    const t = islandText('nl');
    await openSearch(tab, server.url, 'nl');
    const everything = await shownCount(tab);
    await typeSearch(tab, 'wandelen', 60);
    const walks = await shownCount(tab);
    await facetBox(tab, t.facets.municipalities, 'Jette').check();
    await settled(tab);
    const walksInJette = await shownCount(tab);
    expect(walksInJette).toBeLessThan(walks);

    await tab.goBack();
    await settled(tab, 'wandelen');
    expect(searchParams(tab).get('municipality')).toBeNull();
    expect(await facetBox(tab, t.facets.municipalities, 'Jette').isChecked()).toBe(false);
    expect(await shownCount(tab)).toBe(walks);

    await tab.goBack();
    await settled(tab, '');
    expect(tab.url()).toBe(searchUrl(server.url, 'nl'));
    expect(await shownCount(tab)).toBe(everything);

    await tab.goForward();
    await settled(tab, 'wandelen');
    await tab.goForward();
    await settled(tab, 'wandelen');
    expect(await facetBox(tab, t.facets.municipalities, 'Jette').isChecked()).toBe(true);
    expect(await shownCount(tab)).toBe(walksInJette);
  });

  it('pages through the results, with the page in the URL and focus brought to the new results', async () => {
    const tab = await newTab();
    const pagination = ui('nl').pagination;
    await openSearch(tab, server.url, 'nl');
    const pager = tab.getByRole('navigation', { name: pagination.label });
    const firstPage = await resultTitles(tab);
    expect(firstPage).toHaveLength(10);
    const pages = Math.ceil((await shownCount(tab)) / 10);
    expect(pages).toBeGreaterThan(1);
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe(`Pagina 1 van ${pages}`);

    await pager.getByRole('link', { name: pagination.next }).click();
    await settled(tab);
    expect(searchParams(tab).get('page')).toBe('2');
    expect(await pager.locator('[aria-current="page"]').textContent()).toBe(`Pagina 2 van ${pages}`);
    expect(await resultTitles(tab)).not.toEqual(firstPage);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-summary');
    expect(await pager.getByRole('link', { name: pagination.previous }).getAttribute('href')).toBe(routes.search('nl'));

    await tab.goBack();
    await settled(tab);
    expect(await resultTitles(tab)).toEqual(firstPage);
  });
});

describe('announcing the results', () => {
  it('has a polite live region whose text follows the count once typing pauses, not at every letter', async () => {
    const tab = await newTab();
    await openSearch(tab, server.url, 'nl');
    expect(await liveRegion(tab).getAttribute('role')).toBe('status');
    await tab.waitForFunction(() => /\d+ resultaten/.test(document.querySelector('.search-island [role="status"]')?.textContent ?? ''));

    await tab.evaluate(() => {
      const region = document.querySelector('.search-island [role="status"]');
      const said: string[] = ((window as unknown as { announced: string[] }).announced = []);
      new MutationObserver(() => region?.textContent && said.push(region.textContent)).observe(region!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await typeSearch(tab, 'boodschappen', 80);
    await tab.waitForFunction(() => /voor “boodschappen”/.test(document.querySelector('.search-island [role="status"]')?.textContent ?? ''));
    const groceries = await liveRegion(tab).textContent();
    expect(groceries).toBe(await summary(tab).textContent());
    expect(await tab.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([groceries]);

    await typeSearch(tab, 'wandelbuddy');
    await tab.waitForFunction(() => /voor “wandelbuddy”/.test(document.querySelector('.search-island [role="status"]')?.textContent ?? ''));
    expect(await liveRegion(tab).textContent()).not.toBe(groceries);
    expect(await liveRegion(tab).textContent()).toBe(await summary(tab).textContent());
  });
});

describe('by keyboard alone', () => {
  it('reaches the box, searches, opens the filters on a phone and ticks them with Space and Enter', async () => {
    const tab = await newTab({ viewport: PHONE });
    const t = islandText('nl');
    await openSearch(tab, server.url, 'nl');
    await tabUntil(tab, () => document.activeElement?.id === 'search-page-q');
    await tab.keyboard.type('boodschappen', { delay: 20 });
    await settled(tab, 'boodschappen');

    await tabUntil(tab, () => document.activeElement?.classList.contains('filters-toggle') ?? false);
    expect(await tab.locator('.filters-toggle').getAttribute('aria-expanded')).toBe('false');
    await tab.keyboard.press('Enter');
    expect(await tab.locator('.filters-toggle').getAttribute('aria-expanded')).toBe('true');

    await tabUntil(tab, () => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    const first = await tab.evaluate(() => document.activeElement?.closest('label')?.querySelector('.facet-label')?.textContent);
    await tab.keyboard.press('Space');
    await settled(tab, 'boodschappen');
    expect(await facetBox(tab, t.facets.categories, first!).isChecked()).toBe(true);
    expect(searchParams(tab).getAll('category')).toHaveLength(1);

    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await settled(tab, 'boodschappen');
    expect(searchParams(tab).getAll('category')).toHaveLength(2);
    expect(await tab.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
  });
});

/** Presses Tab until `reached` holds in the page (at most 60 times). */
async function tabUntil(tab: Page, reached: () => boolean): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await tab.evaluate(reached)) return;
    await tab.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

describe('when things go wrong or JavaScript is off', () => {
  it('says search is unavailable and keeps the static filter pages when Meilisearch cannot be reached', async () => {
    const tab = await newTab();
    await tab.route('**/multi-search', (route) => route.abort('connectionrefused'));
    await tab.goto(searchUrl(server.url, 'fr', '?q=courses'));
    await tab.waitForFunction((text) => document.querySelector('#search-summary')?.textContent === text, islandText('fr').unavailable);
    await tab.waitForFunction((text) => document.querySelector('.search-island [role="status"]')?.textContent === text, islandText('fr').unavailable);
    expect(await tab.locator('.facets a').count()).toBeGreaterThan(20);
  });

  it('without JavaScript, offers the plain GET form to the page of results (search-no-javascript.test.ts) and the static filter pages', async () => {
    const tab = await newTab({ javaScriptEnabled: false, viewport: PHONE });
    await tab.goto(searchUrl(server.url, 'nl'));
    const form = tab.locator('form[role="search"]');
    expect(await form.getAttribute('action')).toBe(SEARCH_RESULTS_PATH);
    expect(await form.locator('input[type="hidden"][name="locale"]').getAttribute('value')).toBe('nl');
    expect(await form.getAttribute('method')).toBe('get');
    // Playwright's text search skips <noscript>; a CSS locator reaches it.
    expect(await tab.locator('noscript p').textContent()).toBe(ui('nl').search.browseInstead);
    expect(await tab.locator('noscript p').isVisible()).toBe(true);
    expect(await tab.locator('.search-results').count()).toBe(0);
    expect(await tab.locator(`.facets a[href="${routes.initiativesByMunicipality('nl', 'jette')}"]`).count()).toBe(1);
    await tab.getByLabel(ui('nl').search.label).fill('wandelen');
    await tab.getByRole('button', { name: ui('nl').search.button }).click();
    await tab.waitForURL(`${server.url}${SEARCH_RESULTS_PATH}?locale=nl&q=wandelen`);
  });
});

describe('layout', () => {
  it('does not shift while the results load and arrive', async () => {
    const tab = await newTab({ viewport: PHONE });
    await tab.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openSearch(tab, server.url, 'nl', '?q=wandelen');
    await tab.waitForTimeout(300);
    const shift = await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
    expect(shift).toBeLessThan(0.01);
  });

  it('gives every control a touch target of at least 44 by 44 CSS pixels', async () => {
    const tab = await newTab({ viewport: PHONE });
    await openSearch(tab, server.url, 'nl', '?q=boodschappen&municipality=anderlecht');
    await tab.locator('.filters-toggle').click();
    const small = await tab.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.search-island button, .search-island input:not([type="hidden"]), .facet label, .search-island .pagination a',
        ),
      ]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ element, box }) => (element.matches('input[type="checkbox"]') ? false : box.height < 44 || box.width < 44))
        .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });
});

describe('axe-core finds no violation on the search page', () => {
  const STATES = [
    { name: 'initial', query: '', viewport: PHONE },
    { name: 'results, filters open', query: '?q=wandelen&municipality=jette', viewport: DESKTOP },
    { name: 'no results', query: '?q=xqzwvk', viewport: DESKTOP },
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in every locale, initial, with results and with none, ${colorScheme}`, async () => {
      const violations: string[] = [];
      for (const locale of ['nl', 'fr', 'en'] satisfies Locale[]) {
        for (const state of STATES) {
          const tab = await newTab({ colorScheme, viewport: state.viewport });
          await openSearch(tab, server.url, locale, state.query);
          for (const violation of await axeViolations(tab, colorScheme)) violations.push(`${locale} ${state.name}: ${violation}`);
          await context?.close();
          context = undefined;
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
