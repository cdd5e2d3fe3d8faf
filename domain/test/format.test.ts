import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro, formatLocaleOf, formatNumber } from '../src/format.js';

describe('formatting in the reader’s language', () => {
  it('writes a calendar date day first in every locale (11 December, never 12/11)', () => {
    expect(formatDate('nl', '2026-12-11')).toBe('11 december 2026');
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('en', '2026-12-11')).toBe('11 December 2026');
    expect(formatDate('en', '2026-12-11T22:30:00.000Z')).toBe('11 December 2026');
  });

  it('writes the first of the month as French does: 1er', () => {
    expect(formatDate('fr', '2027-03-01')).toBe('1er mars 2027');
    expect(formatDate('fr', '2027-03-01', 'medium')).toBe('1er mars 2027');
    expect(formatDate('fr', '2027-03-11')).toBe('11 mars 2027');
    expect(formatDateTime('fr', '2027-02-28T23:30:00.000Z')).toBe('1er mars 2027 à 00:30');
    expect(formatDate('nl', '2027-03-01')).toBe('1 maart 2027');
    expect(formatDate('en', '2027-03-01')).toBe('1 March 2027');
  });

  it('dates a moment by its day in Brussels (a request received at 00:30 there is of that day)', () => {
    expect(formatDate('en', '2026-12-11T23:30:00.000Z')).toBe('12 December 2026');
    expect(formatDate('nl', '2026-07-01T22:15:00.000Z')).toBe('2 juli 2026');
  });

  it('shows a moment in Brussels time', () => {
    expect(formatDateTime('en', '2026-12-11T23:30:00.000Z')).toBe('12 December 2026 at 00:30');
  });

  it('writes amounts one way per locale, cents only when there are any', () => {
    const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaces(formatEuro('nl', 2500))).toBe('€ 2.500');
    expect(spaces(formatEuro('fr', 7500))).toBe('7 500 €');
    expect(formatEuro('en', 2500)).toBe('€2,500');
    expect(spaces(formatEuro('nl', 12.5))).toBe('€ 12,50');
    expect(spaces(formatNumber('fr', 3.25, 1))).toBe('3,3');
    // What nl-BE writes (the sign first, a space, points for thousands): the site and the back office share this one function.
    expect(spaces(formatEuro('nl', 1255.75))).toBe('€ 1.255,75');
    expect(spaces(formatEuro('fr', 1255.5))).toBe('1 255,50 €');
  });

  it('keeps what is not a date as it came', () => {
    expect(formatDate('nl', 'not a date')).toBe('not a date');
  });

  it('maps admin and browser language tags to a platform locale', () => {
    expect(formatLocaleOf('nl')).toBe('nl');
    expect(formatLocaleOf('fr-BE')).toBe('fr');
    expect(formatLocaleOf('en-GB')).toBe('en');
    expect(formatLocaleOf('de')).toBe('en');
    expect(formatLocaleOf(undefined)).toBe('en');
  });
});
