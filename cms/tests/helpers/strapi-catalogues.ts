import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { STRAPI_TEXTS } from '../../src/admin/strapi-texts';
import { STAFF_TEXTS } from '../../src/staff-texts';
import { spaced, wholeWords } from './staff-language';

/**
 * Strapi's own admin catalogues, as its packages ship them: the admin's ids bare, a plugin's prefixed
 * with the plugin's id, as the admin looks them up. The admin and the plugins staff use every day.
 */
const require = createRequire(import.meta.url);
const CATALOGUES = {
  '': ['@strapi/admin', 'dist/admin/admin/src/translations'],
  'content-manager.': ['@strapi/content-manager', 'dist/admin/translations'],
  'upload.': ['@strapi/upload', 'dist/admin/translations'],
  'i18n.': ['@strapi/i18n', 'dist/admin/translations'],
} as const;

export type StrapiLanguage = 'en' | 'nl' | 'fr';
export type Catalogue = Readonly<Record<string, string>>;

function strapiCatalogue(language: StrapiLanguage): Catalogue {
  return Object.fromEntries(
    Object.entries(CATALOGUES).flatMap(([prefix, [pkg, dir]]) => {
      // Read from the package's folder: its exports do not name the catalogues.
      const folder = path.dirname(require.resolve(`${pkg}/package.json`));
      const loaded = require(path.join(folder, dir, `${language}.json.js`)) as Record<string, string> & { default?: Record<string, string> };
      const messages = loaded.default ?? loaded;
      return Object.entries(messages).map(([id, text]) => [`${prefix}${id}`, text]);
    }),
  );
}

/** Strapi's catalogue of `language` as Strapi ships it. */
export const STRAPI_CATALOGUES: Readonly<Record<StrapiLanguage, Catalogue>> = {
  en: strapiCatalogue('en'),
  nl: strapiCatalogue('nl'),
  fr: strapiCatalogue('fr'),
};

/** A message the admin code asks for: `id: 'x'` or `id: getTranslation('x')` (the plugin's prefix added), then its English default. */
const MESSAGE_IN_CODE =
  /id:\s*(?:(?:getTranslation|getTrad|getTranslationKey|getTradId)\(\s*['"`]([^'"`]+)['"`]\s*\)|['"`]([^'"`$]+)['"`])\s*,\s*defaultMessage:\s*(['"`])((?:\\.|(?!\3).)*)\3/g;

function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tests' ? [] : scriptsUnder(file);
    return file.endsWith('.mjs') ? [file] : [];
  });
}

/**
 * The messages Strapi's admin code shows under an id that none of its catalogues has (a plugin asking
 * for an admin id under its own prefix, a message never added to a catalogue): every language gets
 * their English default. Read from the packages' admin code, with their English.
 */
function uncataloguedMessages(): Catalogue {
  const messages: Record<string, string> = {};
  for (const [prefix, [pkg]] of Object.entries(CATALOGUES)) {
    const folder = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist', 'admin');
    for (const file of scriptsUnder(folder)) {
      for (const [, pluginKey, id = `${prefix}${pluginKey}`, , english = ''] of readFileSync(file, 'utf8').matchAll(MESSAGE_IN_CODE)) {
        if (!(id in STRAPI_CATALOGUES.en) && !english.includes('${')) messages[id] = english;
      }
    }
  }
  return messages;
}

/** Strapi's English as the admin shows it: its catalogue, and the defaults of the messages no catalogue has. */
export const STRAPI_ENGLISH: Catalogue = { ...uncataloguedMessages(), ...STRAPI_CATALOGUES.en };

/** What the admin shows in `language`: Strapi's catalogue with ours over it (app.tsx). */
export function shownCatalogue(language: 'nl' | 'fr'): Catalogue {
  return { ...STRAPI_CATALOGUES[language], ...STRAPI_TEXTS[language] };
}

/** A text Strapi writes in English with letters in it (not only a placeholder or a symbol). */
export const hasWords = (text: string) => /\p{L}{3}/u.test(text);

const englishPhrases = new Map<'nl' | 'fr', { id: string; phrase: string; pattern: RegExp }[]>();

/**
 * Strapi's English texts that must not show in `language`: each one without placeholders that the
 * language says otherwise, unless that language's own texts (Strapi's or the back office's) use the
 * same words ("Status", "Logo", "Active").
 */
function englishPhrasesFor(language: 'nl' | 'fr'): { id: string; phrase: string; pattern: RegExp }[] {
  const known = englishPhrases.get(language);
  if (known) return known;
  const shown = shownCatalogue(language);
  // The language's own words: Strapi's (and ours over it), and the back office's ("Active" is French too).
  const ownWords = [...Object.values(shown), ...Object.values(STAFF_TEXTS[language])].map(spaced).join('\n');
  const phrases = Object.entries(STRAPI_ENGLISH)
    .filter(([id, text]) => hasWords(text) && !/[{<]/.test(text) && shown[id] !== text)
    .map(([id, text]) => {
      const phrase = spaced(text).replace(/[.:!…]+$/u, '');
      return { id, phrase, pattern: wholeWords(phrase) };
    })
    .filter(({ pattern }) => !pattern.test(ownWords));
  englishPhrases.set(language, phrases);
  return phrases;
}

/** Strapi's English words left in a text shown in `language` (with the id each comes from). */
export function englishStrapiWordsIn(text: string, language: 'nl' | 'fr'): string[] {
  const shown = spaced(text);
  return englishPhrasesFor(language).flatMap(({ id, phrase, pattern }) => {
    const found = pattern.exec(shown);
    if (!found) return [];
    return [`"${phrase}" (${id}) in "…${shown.slice(Math.max(0, found.index - 30), found.index + phrase.length + 30)}…"`];
  });
}

/** Everything the admin shows on this page, menus included, as a person and a screen reader get it. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts = [document.body.innerText, document.title];
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '');
    return texts.join('\n');
  });
}

/** No English of Strapi's own on the page in another language. */
export async function expectNoEnglishStrapiText(page: Page, language: 'nl' | 'fr', what: string, peoplesWords: readonly string[] = []): Promise<void> {
  // People's own words (a call's criteria, a note) may hold an English-looking word ("een folder"): not Strapi's.
  const shown = peoplesWords.filter(Boolean).reduce((text, words) => text.split(spaced(words)).join(' '), spaced(await pageText(page)));
  expect(englishStrapiWordsIn(shown, language), `Strapi's English on ${what} in ${language}`).toEqual([]);
}
