import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LONELINESS_ANSWERS,
  LONELINESS_FIELDS,
  LONELINESS_ITEM_NUMBERS,
  LONELINESS_ITEMS,
  lonelinessMeasureOf,
  scoreLoneliness,
  withoutLonelinessFields,
  type LonelinessAnswers,
} from '../src/loneliness.js';
import { fieldMessage, fieldMessages, validateIntake } from '../src/intake/index.js';

const all = (answer: (typeof LONELINESS_ANSWERS)[number]): LonelinessAnswers => ({ 1: answer, 2: answer, 3: answer, 4: answer, 5: answer, 6: answer });

describe('the De Jong Gierveld 6-item loneliness scale', () => {
  it('has three emotional and three social items, numbered 1–6 in order', () => {
    expect(LONELINESS_ITEMS.map((item) => `${item.number}${item.dimension[0]}`)).toEqual(['1e', '2e', '3e', '4s', '5s', '6s']);
  });

  it('names the form fields after the items, from their numbers alone (the forms carry no statements)', () => {
    expect(LONELINESS_ITEMS.map((item) => item.number)).toEqual([...LONELINESS_ITEM_NUMBERS]);
    expect(LONELINESS_FIELDS).toEqual(['loneliness1', 'loneliness2', 'loneliness3', 'loneliness4', 'loneliness5', 'loneliness6']);
  });

  it('scores by the published rules: emotional items on yes or more-or-less, social items on no or more-or-less', () => {
    expect(scoreLoneliness(all('yes'))).toEqual({ emotional: 3, social: 0, overall: 3, reading: 'lonely' });
    expect(scoreLoneliness(all('no'))).toEqual({ emotional: 0, social: 3, overall: 3, reading: 'lonely' });
    expect(scoreLoneliness(all('more-or-less'))).toEqual({ emotional: 3, social: 3, overall: 6, reading: 'severely-lonely' });
    // Not lonely at all: no emptiness, nobody missed, not rejected; plenty of people to rely on, trust, feel close to.
    expect(scoreLoneliness({ 1: 'no', 2: 'no', 3: 'no', 4: 'yes', 5: 'yes', 6: 'yes' })).toEqual({
      emotional: 0,
      social: 0,
      overall: 0,
      reading: 'not-lonely',
    });
    expect(scoreLoneliness({ 1: 'yes', 2: 'no', 3: 'no', 4: 'yes', 5: 'yes', 6: 'yes' })?.reading).toBe('not-lonely');
    expect(scoreLoneliness({ 1: 'yes', 2: 'more-or-less', 3: 'no', 4: 'yes', 5: 'yes', 6: 'yes' })?.reading).toBe('lonely');
    expect(scoreLoneliness({ 1: 'yes', 2: 'yes', 3: 'yes', 4: 'no', 5: 'more-or-less', 6: 'yes' })).toMatchObject({ overall: 5, reading: 'severely-lonely' });
  });

  it('gives no score when any item is unanswered', () => {
    for (const item of LONELINESS_ITEMS) {
      const answers = all('yes');
      delete answers[item.number];
      expect(scoreLoneliness(answers)).toBeUndefined();
    }
  });

  it('keeps every score within its range, overall the sum of both dimensions', () => {
    const answer = fc.constantFrom(...LONELINESS_ANSWERS);
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer, answer, answer, answer), (answers) => {
        const score = scoreLoneliness(Object.fromEntries(answers.map((value, index) => [index + 1, value])));
        expect(score).toBeDefined();
        if (!score) return;
        expect(score.emotional).toBeGreaterThanOrEqual(0);
        expect(score.emotional).toBeLessThanOrEqual(3);
        expect(score.social).toBeLessThanOrEqual(3);
        expect(score.overall).toBe(score.emotional + score.social);
      }),
    );
  });
});

describe('the scale on the ask-for-help form', () => {
  const request = {
    forWhom: 'self',
    contactName: 'Maria Peeters',
    phone: '02 555 01 23',
    categories: ['chat'],
    description: 'Iemand om mee te praten',
    municipality: 'anderlecht',
    languages: ['nl'],
    consent: true,
  };
  const answered = {
    lonelinessConsent: true,
    loneliness1: 'yes',
    loneliness2: 'more-or-less',
    loneliness3: 'no',
    loneliness4: 'no',
    loneliness5: 'yes',
    loneliness6: 'more-or-less',
  };

  it('keeps the three scores only with the consent box ticked and every item answered', () => {
    expect(lonelinessMeasureOf(answered)).toEqual({ overall: 4, emotional: 2, social: 2 });
    expect(lonelinessMeasureOf({ ...answered, lonelinessConsent: false })).toBeUndefined();
    expect(lonelinessMeasureOf({ ...answered, loneliness6: undefined })).toBeUndefined();
    expect(withoutLonelinessFields({ ...request, ...answered })).toEqual(request);
  });

  it('is optional: a request without it is valid', () => {
    expect(validateIntake('help-request', request, fieldMessages('nl')).ok).toBe(true);
    expect(validateIntake('help-request', { ...request, ...answered }, fieldMessages('fr')).ok).toBe(true);
  });

  it('says in the form’s language which item has an answer that is not one of the three', () => {
    const result = validateIntake('help-request', { ...request, ...answered, loneliness3: 'sometimes' }, fieldMessages('fr'));
    expect(result).toEqual({ ok: false, errors: { loneliness3: fieldMessage('choose-valid', 'fr') } });
  });

  it('asks for every item once the box is ticked', () => {
    const result = validateIntake('help-request', { ...request, lonelinessConsent: true, loneliness1: 'yes' }, fieldMessages('nl'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['loneliness2', 'loneliness3', 'loneliness4', 'loneliness5', 'loneliness6']);
    expect(result.errors.loneliness2).toBe(fieldMessage('loneliness-unanswered', 'nl'));
  });
});
