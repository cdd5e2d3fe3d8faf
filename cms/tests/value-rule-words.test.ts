import { describe, expect, it } from 'vitest';
import { LOCALES, VALUE_RULES } from '@cb/domain';
import { parseDocument } from '@cb/domain/cms-api';
import { staffText } from '../src/staff-texts';
import { topFieldOf, whyRefused } from '../src/editing/value-rule-words';

/** The words of a refused value (site-build-failure-walk and editor-walk show them in a browser; content-validation on save). */

describe('why a value is refused', () => {
  it('has words in every staff language for every rule, with their numbers filled in', () => {
    for (const locale of LOCALES) {
      for (const rule of VALUE_RULES) {
        const { id, values } = whyRefused(rule);
        const words = staffText(locale, id, values);
        expect(words, `${locale} ${rule}`).not.toMatch(/[{}]/);
        expect(words.length, `${locale} ${rule}`).toBeGreaterThan(5);
      }
    }
    expect(staffText('fr', whyRefused('every-weeks').id, whyRefused('every-weeks').values)).toContain('de 1 à 4');
  });

  it('comes from the rule the site’s schema names, not from its English words', () => {
    const initiative = { id: 1, documentId: 'd1', locale: 'fr', publishedAt: '2026-12-01T10:00:00.000Z', website: 'www example be' };
    const parsed = parseDocument('initiative', initiative, 'fr');
    const rules = new Map(parsed.problems?.map((problem) => [problem.field, problem.rule]));
    expect(rules.get('website')).toBe('web-address');
    expect(rules.get('title')).toBe('required');
  });

  it('names an activity’s time that ends before it starts, and rich text the site cannot show', () => {
    const times = [{ repeats: 'weekly', date: '2027-01-04', weekday: 'monday', startTime: '14:00', endTime: '13:00' }];
    const parsed = parseDocument('initiative', { documentId: 'd1', locale: 'nl', times }, 'nl');
    expect(parsed.problems?.find((problem) => problem.field === 'times[0].endTime')?.rule).toBe('end-before-start');
    const heading = parseDocument(
      'story',
      { documentId: 's1', locale: 'en', body: [{ type: 'heading', level: 9, children: [{ type: 'text', text: 'x' }] }] },
      'en',
    );
    expect(heading.problems?.find((problem) => problem.field.startsWith('body'))?.rule).toBe('rich-text');
  });
});

describe('the field of a refused value', () => {
  it('is the document’s own field its path starts with', () => {
    expect(topFieldOf('website')).toBe('website');
    expect(topFieldOf('body[0].children[0].url')).toBe('body');
    expect(topFieldOf('times.2.startTime')).toBe('times');
  });
});
