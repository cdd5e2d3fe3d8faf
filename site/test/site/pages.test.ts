import { LOCALES, LOCALE_TAGS } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { routes } from '@cb/domain';
import { builtPagesList, builtSiteUrl, fileOfPath, readPath, tags, attribute } from '../support/built-site.ts';

const PAGE_KINDS_PER_LOCALE = [
  'home',
  'stories',
  'story',
  'initiatives',
  'initiative',
  'activities',
  'municipalities',
  'leaflet',
  'organisations',
  'organisation',
  'projectCall',
  'page',
  'form',
  'search',
  'notFound',
  'serviceUnavailable',
  'intakeShell',
] as const;

describe('every page type exists in every locale', () => {
  for (const locale of LOCALES) {
    it.each(PAGE_KINDS_PER_LOCALE)(`${locale}: %s`, (kind) => {
      const pages = builtPagesList().filter((page) => page.locale === locale && page.kind === kind);
      expect(pages.length, `no ${kind} page in ${locale}`).toBeGreaterThan(0);
    });

    it(`${locale}: the fixed routes of the route map are built`, () => {
      const fixed = [
        routes.home(locale),
        routes.stories(locale),
        routes.initiatives(locale),
        routes.organisations(locale),
        routes.projectCall(locale),
        routes.search(locale),
        routes.notFound(locale),
        routes.serviceUnavailable(locale),
        routes.page(locale, 'about'),
        routes.page(locale, 'privacy'),
        routes.page(locale, 'accessibility'),
        routes.page(locale, 'contact'),
        routes.form(locale, 'ask-for-help'),
        routes.form(locale, 'offer-help'),
        routes.form(locale, 'share-a-story'),
        routes.form(locale, 'apply'),
        routes.initiativesByCategory(locale, 'groceries'),
        routes.initiativesByMunicipality(locale, 'schaerbeek'),
        routes.storiesFeed(locale),
        routes.activities(locale, 'week'),
        routes.activities(locale, 'month'),
        routes.activitiesFeed(locale),
        routes.municipalities(locale),
      ];
      expect(fixed.filter((path) => !fileOfPath(path))).toEqual([]);
    });
  }

  it('has the neutral landing page and a root 404.html', () => {
    expect(readPath('/')).toContain('data-page-kind="landing"');
    expect(readPath('/404.html')).toContain('data-page-kind="rootNotFound"');
  });
});

describe('the initiatives list (issue 16)', () => {
  it('puts the filters before the cards, and links each kind of help in a municipality to its own built page of both', () => {
    for (const locale of LOCALES) {
      const municipalityPage = readPath(routes.initiativesByMunicipality(locale, 'schaerbeek'));
      expect(municipalityPage.indexOf('class="list-filters"'), locale).toBeGreaterThan(0);
      expect(municipalityPage.indexOf('class="list-filters"'), locale).toBeLessThan(municipalityPage.indexOf('class="cards"'));
      const prefix = routes.initiativesByMunicipality(locale, 'schaerbeek').replace(/\/[^/]+\/[^/]+\/$/, '/');
      const combined = [...municipalityPage.matchAll(/href="([^"]+)"/g)]
        .map((match) => match[1]!)
        .filter(
          (href) =>
            href.startsWith(prefix) &&
            href.endsWith(routes.initiativesByMunicipality(locale, 'schaerbeek').slice(prefix.length - 1)) &&
            href.split('/').filter(Boolean).length === 6,
        );
      expect(combined.length, locale).toBeGreaterThan(0);
      for (const path of combined) {
        expect(fileOfPath(path), path).toBeTruthy();
        const page = readPath(path);
        expect(page, path).toContain('class="cards"');
        expect(page.match(/<article class="card"/g)?.length ?? 0, path).toBeGreaterThan(0);
      }
    }
  });
});

describe('every page', () => {
  it('has its locale as document language, one h1, a title, a description and a canonical URL to itself', () => {
    const problems: string[] = [];
    for (const page of builtPagesList()) {
      const lang = page.html.match(/<html[^>]*\slang="([^"]+)"/)?.[1];
      const expectedLang = page.locale ? LOCALE_TAGS[page.locale as (typeof LOCALES)[number]] : 'en';
      if (lang !== expectedLang) problems.push(`${page.path}: lang="${lang}"`);
      const h1s = page.html.match(/<h1\b/g)?.length ?? 0;
      if (h1s !== 1) problems.push(`${page.path}: ${h1s} h1`);
      if (!/<title>[^<]+<\/title>/.test(page.html)) problems.push(`${page.path}: no title`);
      if (!/<meta name="description" content="[^"]+"/.test(page.html)) problems.push(`${page.path}: no description`);
      const noindex = page.html.includes('content="noindex"');
      const canonical = tags(page.html, 'link').find((tag) => attribute(tag, 'rel') === 'canonical');
      if (!noindex && attribute(canonical ?? '', 'href') !== new URL(page.path, builtSiteUrl()).href) {
        problems.push(`${page.path}: canonical ${attribute(canonical ?? '', 'href')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a skip link to the main landmark, and header, nav, main and footer landmarks', () => {
    const problems = builtPagesList()
      .filter((page) => page.locale)
      .flatMap((page) => {
        const missing = ['<a class="skip" href="#main"', '<main id="main"', '<header', '<nav', '<footer'].filter((needle) => !page.html.includes(needle));
        return missing.map((needle) => `${page.path}: ${needle}`);
      });
    expect(problems).toEqual([]);
  });
});
