import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  HELP_CATEGORIES,
  LOCALES,
  MUNICIPALITIES,
  MUNICIPALITY_CODES,
  SPOKEN_LANGUAGES,
  municipalityByPostcode,
  otherLocales,
  inSentence,
  termName,
  termNameInSentence,
  type Term,
} from '../src/index.js';

const taxonomies: Record<string, readonly Term[]> = {
  HELP_CATEGORIES,
  AUDIENCES,
  SPOKEN_LANGUAGES,
  MUNICIPALITIES,
};

describe('taxonomies', () => {
  it.each(Object.entries(taxonomies))('%s has unique codes and a name in every locale', (_, terms) => {
    const codes = terms.map((term) => term.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const term of terms) {
      for (const locale of LOCALES) expect(term.name[locale].trim()).not.toBe('');
    }
  });

  it('lists the 19 municipalities of the Brussels-Capital Region', () => {
    expect(MUNICIPALITIES).toHaveLength(19);
    // The forms' schemas and layouts use the codes alone: the same 19, in the same order.
    expect(MUNICIPALITIES.map((municipality) => municipality.code)).toEqual([...MUNICIPALITY_CODES]);
    const postcodes = MUNICIPALITIES.flatMap((municipality) => municipality.postcodes);
    expect(new Set(postcodes).size).toBe(postcodes.length);
    for (const postcode of postcodes) expect(postcode).toMatch(/^1\d{3}$/);
  });

  it('keeps neighbours symmetric and known', () => {
    const codes = new Set(MUNICIPALITIES.map((municipality) => municipality.code));
    for (const municipality of MUNICIPALITIES) {
      expect(municipality.neighbours).not.toContain(municipality.code);
      for (const neighbour of municipality.neighbours) {
        expect(codes.has(neighbour)).toBe(true);
        const other = MUNICIPALITIES.find((candidate) => candidate.code === neighbour);
        expect(other?.neighbours, `${neighbour} should list ${municipality.code}`).toContain(municipality.code);
      }
    }
  });

  it('finds a municipality by postcode and names it per locale', () => {
    expect(municipalityByPostcode('1020')?.code).toBe('brussels');
    expect(municipalityByPostcode('1081')?.name.nl).toBe('Koekelberg');
    expect(municipalityByPostcode('9999')).toBeUndefined();
    expect(termName(MUNICIPALITIES, 'schaerbeek', 'nl')).toBe('Schaarbeek');
    expect(termName(MUNICIPALITIES, 'schaerbeek', 'fr')).toBe('Schaerbeek');
  });

  it('offers the other locales in platform order', () => {
    expect(otherLocales('fr')).toEqual(['nl', 'en']);
  });
});

describe('term names inside a sentence', () => {
  it('writes common nouns lowercase (kinds of help, audiences; languages in French) and keeps proper names (municipalities; languages in Dutch and English)', () => {
    expect(termNameInSentence('audience', 'seniors', 'nl')).toBe('ouderen');
    expect(termNameInSentence('audience', 'seniors', 'fr')).toBe('personnes âgées');
    expect(termNameInSentence('audience', 'seniors', 'en')).toBe('older people');
    expect(termNameInSentence('help-category', 'walking', 'nl')).toBe('wandelbuddy');
    expect(termNameInSentence('spoken-language', 'fr', 'fr')).toBe('français');
    expect(termNameInSentence('spoken-language', 'fr', 'nl')).toBe('Frans');
    expect(termNameInSentence('spoken-language', 'fr', 'en')).toBe('French');
    expect(termNameInSentence('spoken-language', 'vgt', 'nl')).toBe('Vlaamse Gebarentaal');
    expect(termNameInSentence('municipality', 'ixelles', 'fr')).toBe('Ixelles');
    expect(termNameInSentence('municipality', 'berchem-sainte-agathe', 'nl')).toBe('Sint-Agatha-Berchem');
    expect(termNameInSentence('audience', 'nobody', 'nl')).toBeUndefined();
  });

  it('leaves an acronym as it is', () => {
    expect(inSentence('NGO support', 'en')).toBe('NGO support');
    expect(inSentence('Weekends', 'en')).toBe('weekends');
  });
});
