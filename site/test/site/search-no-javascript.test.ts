import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES, routes, SEARCH_RESULTS_PATH, searchWords, type Locale } from '@cb/domain';
import { freePort } from '@cb/search';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import { axeViolationsOfHtml } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import { DESKTOP, openSearch, resultTitles } from '../support/search-page.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';
import { scratchDir } from '../../../cms/testing/scratch-dir.ts';

/**
 * Search without JavaScript (issue 16): the site's search forms are plain GET forms to /api/search, which
 * the site's own server passes to a real CMS (on a copy of the database the site was built from); the CMS
 * asks the global setup's Meilisearch with the search-only key and answers with a page of results in the
 * site's layout. Driven in Chromium with JavaScript off, in each locale, and compared with the island.
 */

const NARROW = { width: 320, height: 800 };

/** A word per locale that finds several initiatives in the seed, and a municipality among them. */
const SEARCHES: Record<Locale, string> = { nl: 'wandelen', fr: 'courses', en: 'walk' };

let browser: Browser;
let server: RunningServer;
let cms: CmsProcess;
let workDir: string;

beforeAll(async () => {
  workDir = scratchDir('cb-site-nojs-search-');
  const database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  const sitePort = await freePort();
  cms = await startCmsProcess({
    DATABASE_FILENAME: database,
    CMS_SEED: 'false',
    SITE_URL: `http://127.0.0.1:${sitePort}`,
    // The search-only key, as the site's pages carry it; no master key, so this CMS never writes to the index.
    MEILI_URL: inject('meiliUrl'),
    MEILI_SEARCH_KEY: inject('searchKey'),
    // One line per request, to show the words searched are in none.
    LOG_LEVEL: 'http',
  });
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir(), sitePort, { cmsUrl: cms.url })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), cms?.stop()]);
  rmSync(workDir, { recursive: true, force: true });
});

/** axe runs inside the page: a page reached without JavaScript is checked again, by its HTML, in a context that has it. */
const axeViolationsOf = (html: string) => axeViolationsOfHtml(browser, server.url, html, NARROW);

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
const hitTitles = (page: Page) => page.locator('.search-hits h3').allTextContents();

async function withoutJavaScript<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: NARROW });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('searching without JavaScript', () => {
  it('finds results from the search page’s form in each locale, in the site’s layout, with facets as links; axe-clean, no sideways scroll at 320 px', async () => {
    for (const locale of LOCALES) {
      const t = searchWords(locale);
      await withoutJavaScript(async (page) => {
        await page.goto(`${server.url}${routes.search(locale)}`);
        await page.getByLabel(t.label).fill(SEARCHES[locale]);
        await Promise.all([
          page.waitForURL(`${server.url}${SEARCH_RESULTS_PATH}?locale=${locale}&q=${SEARCHES[locale]}`),
          page.getByRole('button', { name: t.button }).click(),
        ]);

        const titles = await hitTitles(page);
        expect(titles.length, locale).toBeGreaterThan(1);
        const summary = (await page.locator('#search-summary').textContent()) ?? '';
        const total = Number(summary.match(/^\d+/)?.[0]);
        expect(summary, locale).toContain(SEARCHES[locale]);
        expect(await page.locator('#search-q').inputValue()).toBe(SEARCHES[locale]);
        // The site's own layout: its header, with the language links to the same search.
        expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${locale}`));
        expect(await page.locator('.site-header').count()).toBe(1);
        for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
          expect(await page.locator(`a[href="${SEARCH_RESULTS_PATH}?locale=${other}&q=${SEARCHES[locale]}"]`).count(), `${locale} → ${other}`).toBeGreaterThan(
            0,
          );
        }
        expect(await scrollsSideways(page), locale).toBe(false);
        expect(await axeViolationsOf(await page.content()), locale).toEqual([]);

        // A municipality's link narrows the results to it; its link then turns it off again.
        const municipalities = page
          .locator('.search-filter-links .facet', { has: page.locator('h3', { hasText: t.island.facets.municipalities }) })
          .locator('a');
        const first = municipalities.first();
        const count = Number(await first.locator('.facet-count').textContent());
        const name = (await first.locator('.facet-label').textContent()) ?? '';
        expect(count).toBeGreaterThan(0);
        await Promise.all([page.waitForURL(/municipality=/), first.click()]);
        expect(Number((await page.locator('#search-summary').textContent())?.match(/^\d+/)?.[0])).toBe(count);
        const on = page.locator('.search-filter-links a[aria-current="true"]');
        expect(await on.locator('.facet-label').textContent()).toBe(name);
        expect(await page.locator('form[role="search"] input[type="hidden"][name="municipality"]').count()).toBe(1);
        expect(await scrollsSideways(page), locale).toBe(false);
        expect(await axeViolationsOf(await page.content()), `${locale}, filtered`).toEqual([]);
        await Promise.all([page.waitForURL((url) => !url.search.includes('municipality=')), on.click()]);
        expect(Number((await page.locator('#search-summary').textContent())?.match(/^\d+/)?.[0])).toBe(total);
      });
    }
  });

  it('gives the same top results as the search island, for the same words', async () => {
    const queries: [Locale, string][] = [
      ['nl', 'boodschappen'],
      ['nl', 'kerstkaartjes'],
      ['fr', 'solitude'],
      ['fr', 'marche'],
      ['en', 'groceries'],
      ['en', 'lonely'],
    ];
    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      const tab = await context.newPage();
      for (const [locale, words] of queries) {
        await openSearch(tab, server.url, locale, `?q=${encodeURIComponent(words)}`);
        const island = (await resultTitles(tab)).slice(0, 5);
        const page = await withoutJavaScript(async (noScript) => {
          await noScript.goto(`${server.url}${SEARCH_RESULTS_PATH}?locale=${locale}&q=${encodeURIComponent(words)}`);
          return (await hitTitles(noScript)).slice(0, 5);
        });
        expect(island.length, `${locale} ${words}`).toBeGreaterThan(0);
        expect(page, `${locale} ${words}`).toEqual(island);
      }
    } finally {
      await context.close();
    }
  });

  it('answers from the home page’s form too, and pages through the results', async () => {
    await withoutJavaScript(async (page) => {
      await page.goto(`${server.url}${routes.home('fr')}`);
      await page.locator('main form[role="search"] input[name="q"]').fill('aide');
      await Promise.all([page.waitForURL(/\/api\/search\?locale=fr&q=aide$/), page.locator('main form[role="search"] button').click()]);
      expect((await hitTitles(page)).length).toBe(10);
      const firstPage = await hitTitles(page);
      await Promise.all([page.waitForURL(/page=2/), page.locator('.pagination a[rel="next"]').click()]);
      expect(await page.locator('.search-hits').getAttribute('start')).toBe('11');
      expect(await hitTitles(page)).not.toEqual(firstPage);
    });
  });
});

describe('the page of results and what is sent to it', () => {
  const ask = (query: string) => fetch(`${server.url}${SEARCH_RESULTS_PATH}?${query}`);

  it('is kept by no cache, and the words searched are in no log line', async () => {
    const secret = 'zoekwoordjanssens';
    const answer = await ask(`locale=nl&q=${secret}&municipality=jette`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    await answer.text();
    await expect.poll(() => cms.output()).toContain('GET /api/search');
    expect(cms.output()).not.toContain(secret);
  });

  it('answers hostile input with a clear page, never a 500: a very long query, odd characters, unknown filters, many parameters, a huge page', async () => {
    const long = 'boodschappen '.repeat(400);
    const cases = [
      `locale=nl&q=${encodeURIComponent(long)}`,
      `locale=fr&q=${encodeURIComponent('<script>alert(1)</script>" onmouseover="x')}`,
      `locale=en&q=${encodeURIComponent('\u0000\u202e\ud83d\ude00 \\ " \' ` %')}`,
      'locale=en&q=%E0%A4%A&q=%ZZ',
      'locale=nl&municipality=atlantis&category=%22%20OR%201%3D1&kind=user&language=klingon&remote=yes',
      `locale=nl&${Array.from({ length: 400 }, (_, index) => `municipality=m${index}`).join('&')}`,
      'locale=nl&q=wandelen&page=99999999999999999999',
      'locale=nl&q=wandelen&page=-3',
      'locale=xx&q=wandelen',
      'q[]=a&q[b]=c&locale[]=nl',
    ];
    for (const query of cases) {
      const answer = await ask(query);
      const html = await answer.text();
      expect(answer.status, query.slice(0, 80)).toBe(200);
      expect(html, query.slice(0, 80)).toContain('id="search-summary"');
      expect(html).not.toContain('<script>alert(1)');
      expect(html).not.toContain('" onmouseover="x');
    }
    const shortened = await (await ask(`locale=nl&q=${encodeURIComponent(long)}`)).text();
    expect(shortened).toContain(searchWords('nl').page.shortened.replace('{max}', '200'));
  });

  it('refuses other methods, and is reached only at its exact path', async () => {
    expect((await fetch(`${server.url}${SEARCH_RESULTS_PATH}?locale=nl&q=x`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}/api/search/?locale=nl&q=x`)).status).toBe(404);
    expect((await fetch(`${server.url}/API/search?locale=nl&q=x`)).status).toBe(404);
  });
});
