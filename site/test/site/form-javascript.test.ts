import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_CATEGORIES, INTERESTS, LOCALES, LONELINESS_ITEMS, MUNICIPALITIES, SPOKEN_LANGUAGES, isLocale, otherLocales, type Locale } from '@cb/domain';
import { fieldMessages } from '@cb/domain/intake';
import { islandJavascript } from '../../bench/measure.ts';
import { attribute, builtPagesList, distDir, tags } from '../support/built-site.ts';

/**
 * What a form page makes the browser download (issue 5's goal, issue 16): its own language only, the
 * texts coming with the page (the island's props), and all its JavaScript, React included, under 90 KB
 * brotli. The bench (bench/run.ts) gives the same figure as served.
 */

const FORM_PAGE_GOAL_BROTLI_BYTES = 90 * 1024;

const formPages = builtPagesList().filter((page) => page.kind === 'form' && tags(page.html, 'astro-island').length > 0);

/** Every text the domain holds per language that the form island could drag along. */
function textsOf(locale: Locale): string[] {
  const termNames = [HELP_CATEGORIES, MUNICIPALITIES, SPOKEN_LANGUAGES, INTERESTS].flatMap((terms) => terms.map((term) => term.name[locale]));
  return [
    ...Object.values(fieldMessages(locale).texts),
    ...LONELINESS_ITEMS.map((item) => item.statement[locale]),
    // A name stands alone in a string literal (a code is lower case and would not match).
    ...termNames.flatMap((name) => ['`', '"', "'"].map((quote) => `${quote}${name}${quote}`)),
  ];
}

describe('the JavaScript of a form page', () => {
  it('exists for the four forms in each locale', () => {
    expect(new Set(formPages.map((page) => page.html.match(/<div id="intake-form" data-form="([^"]+)"/)?.[1])).size).toBe(4);
    expect(new Set(formPages.map((page) => page.locale))).toEqual(new Set(LOCALES));
  });

  it('holds no text of any language: messages, taxonomy names and the loneliness items come with the page', () => {
    const files = new Set(formPages.flatMap((page) => islandJavascript(distDir(), page.html).islandFiles));
    const sources = [...files].map((file) => readFileSync(path.join(distDir(), file), 'utf8'));
    const found = LOCALES.flatMap(textsOf).filter((text) => sources.some((source) => source.includes(text)));
    expect(found).toEqual([]);
  });

  it('gets the validation messages of its own language in the island’s props, and of no other', () => {
    for (const page of formPages) {
      const locale = page.locale;
      if (!isLocale(locale)) throw new Error(`${page.path} is in no locale`);
      const props = tags(page.html, 'astro-island')
        .map((tag) => attribute(tag, 'props') ?? '')
        .join('');
      const { texts } = fieldMessages(locale);
      expect(props, page.path).toContain(JSON.stringify(texts.required));
      expect(props, page.path).toContain(JSON.stringify(texts['budget-mismatch']));
      for (const other of otherLocales(locale)) expect(props, page.path).not.toContain(JSON.stringify(fieldMessages(other).texts.required));
    }
  });

  it(`is under ${FORM_PAGE_GOAL_BROTLI_BYTES / 1024} KB brotli, React and Astro's hydration included`, () => {
    for (const page of formPages) {
      const { island, astroRuntime, react } = islandJavascript(distDir(), page.html);
      expect(island.brotli + astroRuntime.brotli + react.brotli, page.path).toBeLessThan(FORM_PAGE_GOAL_BROTLI_BYTES);
    }
  });
});
