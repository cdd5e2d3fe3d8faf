import { frenchPunctuationProblems, LOCALES } from '@cb/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  byName,
  directoryLetter,
  formatDate,
  formatDateTime,
  formatEuro,
  formatList,
  languageName,
  telHref,
  ui,
  untranslatedNote,
} from '../../src/i18n/index.ts';

/** Every leaf of a dictionary, as "path: kind" so that the three locales can be compared. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: string`];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
}

/** The markup of an Astro component: what follows its frontmatter (between the two `---`). */
function templateOf(component: string): string {
  const parts = component.split(/^---$/m);
  return parts.length >= 3 ? parts.slice(2).join('---') : component;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value) return Object.values(value).flatMap(strings);
  return [];
}

describe('the dictionaries', () => {
  it('have the same keys in every locale', () => {
    expect(shape(ui('fr'))).toEqual(shape(ui('nl')));
    expect(shape(ui('en'))).toEqual(shape(ui('nl')));
  });

  it.each(LOCALES)('%s has no empty string', (locale) => {
    expect(strings(ui(locale)).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('writes French with a no-break space before ? ! : ; (a plain space lets the mark start a line)', () => {
    const texts = [...strings(ui('fr')), ui('fr').initiatives.categoryTitle('Courses')];
    expect(texts.filter((text) => frenchPunctuationProblems(text).length > 0)).toEqual([]);
  });

  it('lets no page glue punctuation after a text it shows (the dictionary owns the mark and its space)', () => {
    const sourceFolder = join(import.meta.dirname, '../../src');
    const astroFiles = readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    const glued = astroFiles.flatMap((file) =>
      templateOf(readFileSync(join(sourceFolder, file), 'utf8'))
        .split('\n')
        .filter((line) => /\}[:;?!]/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(glued).toEqual([]);
  });

  it('gives each locale its own words', () => {
    expect(new Set(LOCALES.map((locale) => ui(locale).skipToContent)).size).toBe(3);
  });

  it('counts initiatives in each language', () => {
    expect(ui('nl').initiatives.count(1)).toBe('1 initiatief');
    expect(ui('nl').initiatives.count(4)).toBe('4 initiatieven');
    expect(ui('fr').initiatives.count(0)).toBe('0 initiative');
    expect(ui('fr').initiatives.count(2)).toBe('2 initiatives');
    expect(ui('en').initiatives.count(1)).toBe('1 initiative');
  });
});

describe('formatList', () => {
  it('joins the last two with the conjunction of each language (the days an activity skips)', () => {
    expect(formatList('nl', ['24 december 2026', '31 december 2026'])).toBe('24 december 2026 en 31 december 2026');
    expect(formatList('fr', ['24 décembre 2026', '31 décembre 2026'])).toBe('24 décembre 2026 et 31 décembre 2026');
    expect(formatList('en', ['24 December 2026', '31 December 2026'])).toBe('24 December 2026 and 31 December 2026');
    expect(formatList('nl', ['a', 'b', 'c'])).toBe('a, b en c');
    expect(formatList('fr', ['1 mai 2027'])).toBe('1 mai 2027');
  });
});

describe('formatDate', () => {
  it('writes a calendar date the way each language does', () => {
    expect(formatDate('nl', '2026-09-03')).toBe('3 september 2026');
    expect(formatDate('fr', '2026-09-03')).toBe('3 septembre 2026');
    expect(formatDate('en', '2026-09-03')).toBe('3 September 2026');
  });

  it('does not shift a date by a day, whatever the time zone of the build machine', () => {
    expect(formatDate('en', '2026-01-01')).toBe('1 January 2026');
    // A moment is dated by its day in Brussels, never by the build machine's zone.
    expect(formatDate('en', '2026-12-31T23:30:00Z')).toBe('1 January 2027');
    expect(formatDate('en', '2026-12-31T22:30:00Z')).toBe('31 December 2026');
  });
});

describe('formatDateTime', () => {
  it('shows a deadline in Brussels time', () => {
    expect(formatDateTime('nl', '2027-01-31T22:59:00Z')).toBe('31 januari 2027 om 23:59');
    expect(formatDateTime('fr', '2027-01-31T23:59:00+01:00')).toBe('31 janvier 2027 à 23:59');
    expect(formatDateTime('en', '2026-07-01T10:00:00Z')).toBe('1 July 2026 at 12:00');
  });
});

describe('formatEuro', () => {
  it('writes whole euros with the separators of each language', () => {
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatEuro('nl', 150000))).toBe('€ 150.000');
    expect(plain(formatEuro('fr', 7500))).toBe('7 500 €');
    expect(formatEuro('en', 150000)).toBe('€150,000');
  });
});

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('fr', 'nl')).toBe('Frans');
    expect(languageName('nl', 'fr')).toBe('Néerlandais');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });

  it('falls back to the code for a language it does not know', () => {
    expect(languageName('xx', 'en')).toBe('xx');
  });
});

describe('telHref', () => {
  it('keeps only digits and the plus sign', () => {
    expect(telHref('+32 2 555 00 00')).toBe('tel:+3225550000');
    expect(telHref('02/555.00.00')).toBe('tel:025550000');
  });
});

describe('byName', () => {
  it('sorts ignoring case and accents, numbers naturally', () => {
    const names = ['Zonnewijzer', 'école', 'Atelier 10', 'Atelier 9', 'Buurt'];
    expect([...names].sort(byName('fr', (name: string) => name))).toEqual(['Atelier 9', 'Atelier 10', 'Buurt', 'école', 'Zonnewijzer']);
  });
});

describe('directoryLetter', () => {
  it('files a name under its first letter, accents removed', () => {
    expect(directoryLetter('Établissement')).toBe('E');
    expect(directoryLetter('  de Molenwiek')).toBe('D');
  });

  it('files names that start with a digit or a sign under #', () => {
    expect(directoryLetter('123 Solidarité')).toBe('#');
    expect(directoryLetter('« Ensemble »')).toBe('#');
  });
});

describe('untranslatedNote', () => {
  it('says nothing when the content exists in that language', () => {
    expect(untranslatedNote({ locale: 'fr', translated: true })).toBeUndefined();
  });

  it('says, in the target language, that it is not translated and where the link goes', () => {
    expect(untranslatedNote({ locale: 'fr', translated: false, destination: 'stories' })).toBe('pas encore traduit, voir tous les récits');
    expect(untranslatedNote({ locale: 'nl', translated: false, destination: 'initiatives' })).toBe('nog niet vertaald, naar alle initiatieven');
    expect(untranslatedNote({ locale: 'en', translated: false, destination: 'organisations' })).toBe('not translated yet, see all organisations');
  });

  it('says only that it is not translated when the link goes to the same page (shown in another language there)', () => {
    expect(untranslatedNote({ locale: 'en', translated: false })).toBe('not translated yet');
  });
});
