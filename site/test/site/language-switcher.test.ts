import { LOCALE_TAGS, LOCALES } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { attribute, builtPagesList, builtSiteUrl, fileOfPath, sitePath, tags, type BuiltPage } from '../support/built-site.ts';

const tagToLocale = Object.fromEntries(LOCALES.map((locale) => [LOCALE_TAGS[locale], locale]));

/** The links of the language switcher: the <a> elements inside <nav class="switcher">. */
function switcherLinks(page: BuiltPage): { href: string; lang: string; text: string }[] {
  const nav = page.html.match(/<nav class="switcher"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
  return [...nav.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((match) => ({
    href: attribute(`<a ${match[1]}>`, 'href') ?? '',
    lang: attribute(`<a ${match[1]}>`, 'lang') ?? '',
    text: (match[2] ?? '').replace(/<[^>]+>/g, ''),
  }));
}

function hreflangAlternates(page: BuiltPage): Map<string, string> {
  return new Map(
    tags(page.html, 'link')
      .filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'hreflang'))
      .map((tag) => [attribute(tag, 'hreflang') ?? '', sitePath(attribute(tag, 'href') ?? '')]),
  );
}

const localizedPages = () => builtPagesList().filter((page) => page.locale);

describe('the language switcher', () => {
  it('offers the two other languages on every page, each link tagged with its language', () => {
    const problems = localizedPages().flatMap((page) => {
      const links = switcherLinks(page);
      const expected = LOCALES.filter((locale) => locale !== page.locale).map((locale) => LOCALE_TAGS[locale]);
      return JSON.stringify(links.map((link) => link.lang)) === JSON.stringify(expected) ? [] : [`${page.path}: ${links.map((link) => link.lang)}`];
    });
    expect(problems).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const broken = localizedPages().flatMap((page) =>
      switcherLinks(page)
        .filter((link) => !fileOfPath(link.href))
        .map((link) => `${page.path} → ${link.href}`),
    );
    expect(broken).toEqual([]);
  });

  it('goes to the same document in the other language when it is translated (its hreflang alternate)', () => {
    const problems: string[] = [];
    let documentPages = 0;
    for (const page of localizedPages().filter((candidate) => candidate.kind !== 'notFound' && candidate.kind !== 'serviceUnavailable')) {
      const alternates = hreflangAlternates(page);
      for (const link of switcherLinks(page)) {
        const alternate = alternates.get(link.lang);
        if (alternate && alternate !== link.href) problems.push(`${page.path}: ${link.lang} goes to ${link.href}, not ${alternate}`);
        if (!alternate && !/\(.+\)/.test(link.text)) problems.push(`${page.path}: ${link.lang} is not translated but the link does not say so`);
      }
      if (['story', 'initiative', 'organisation'].includes(page.kind)) documentPages += 1;
    }
    expect(documentPages).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('keeps slugs per locale: a story in French is found under its French slug', () => {
    const story = localizedPages().find((page) => page.kind === 'story' && page.locale === 'nl');
    expect(story).toBeDefined();
    const french = switcherLinks(story!).find((link) => link.lang === LOCALE_TAGS.fr);
    expect(french?.href).toMatch(/^\/fr\/recits\/[^/]+\/$/);
    expect(fileOfPath(french!.href)).toBeDefined();
  });
});

describe('hreflang alternates', () => {
  it('are reciprocal and include the page itself', () => {
    const problems: string[] = [];
    const byPath = new Map(builtPagesList().map((page) => [page.path, page]));
    for (const page of localizedPages()) {
      const alternates = hreflangAlternates(page);
      if (alternates.size === 0) continue;
      if (alternates.get(LOCALE_TAGS[page.locale as (typeof LOCALES)[number]]) !== page.path) problems.push(`${page.path}: does not list itself`);
      for (const [lang, target] of alternates) {
        if (lang === 'x-default') continue;
        const other = byPath.get(target);
        if (!other) {
          problems.push(`${page.path}: ${lang} → ${target} is not built`);
          continue;
        }
        if (tagToLocale[lang] !== other.locale) problems.push(`${page.path}: ${lang} → ${target} is in ${other.locale}`);
        if (hreflangAlternates(other).get(LOCALE_TAGS[page.locale as (typeof LOCALES)[number]]) !== page.path)
          problems.push(`${target} does not point back to ${page.path}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use absolute URLs on the public site', () => {
    const wrong = builtPagesList().flatMap((page) =>
      tags(page.html, 'link')
        .filter((tag) => attribute(tag, 'hreflang'))
        .map((tag) => attribute(tag, 'href') ?? '')
        .filter((href) => !href.startsWith(`${builtSiteUrl()}/`)),
    );
    expect(wrong).toEqual([]);
  });
});
