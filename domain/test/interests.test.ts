import { describe, expect, it } from 'vitest';
import { INTEREST_CODES, INTERESTS, LOCALES, interestCodesOf } from '../src/index.js';
import { fieldLabel, fieldMessage, fieldMessages, fieldOptions, fromPostedFields, layoutFields, validateIntake } from '../src/intake/index.js';

const helpRequest = {
  forWhom: 'self',
  contactName: 'Jeanne Peeters',
  phone: '02 555 01 23',
  categories: ['chat'],
  description: 'Ik zou graag wat gezelschap hebben.',
  municipality: 'jette',
  languages: ['nl'],
  consent: true,
};

const helpOffer = {
  offerAs: 'person',
  contactName: 'Ali Benali',
  email: 'ali@example.org',
  categories: ['walking'],
  description: 'Samen wandelen in het park',
  anywhereInBrussels: true,
  municipalities: [],
  languages: ['fr'],
  frequency: 'weekly',
  codeOfConduct: true,
  consent: true,
};

describe('the shared list of interests', () => {
  it('names every interest in Dutch, French and English, and no two alike in one language', () => {
    for (const locale of LOCALES) {
      const names = INTERESTS.map((interest) => interest.name[locale]);
      expect(names.every((name) => name.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(INTEREST_CODES.length);
    }
    expect(INTERESTS.find((interest) => interest.code === 'gardening')?.name).toEqual({ nl: 'Tuinieren', fr: 'Jardinage', en: 'Gardening' });
  });

  it('reads stored interests back as known codes, each once', () => {
    expect(interestCodesOf(['music', 'music', 'poker', 3, null])).toEqual(['music']);
    expect(interestCodesOf('music')).toEqual([]);
  });
});

describe('interests on the two forms', () => {
  it('are asked on the offer form and, optionally, on the ask-for-help form, with the list’s words as choices', () => {
    for (const form of ['help-request', 'help-offer'] as const) {
      const field = layoutFields(form).find((candidate) => candidate.name === 'interests');
      expect(field).toMatchObject({ kind: 'checkboxes', required: false, options: [...INTEREST_CODES] });
      for (const locale of LOCALES) {
        expect(fieldOptions(field!, locale).map(([, label]) => label)).toEqual(INTERESTS.map((interest) => interest.name[locale]));
      }
    }
    expect(fieldLabel('help-request', 'interests', 'nl')).toBe('Wat doe je graag? (mag leeg blijven)');
  });

  it.each(LOCALES)('accept known interests, each once, and no interest at all (%s)', (locale) => {
    const request = validateIntake('help-request', { ...helpRequest, interests: ['music', 'walking', 'music'] }, fieldMessages(locale));
    expect(request.ok && request.data.interests).toEqual(['music', 'walking']);
    expect(validateIntake('help-request', helpRequest, fieldMessages(locale)).ok).toBe(true);
    const offer = validateIntake('help-offer', { ...helpOffer, interests: [] }, fieldMessages(locale));
    expect(offer.ok && offer.data.interests).toEqual([]);
  });

  it.each(LOCALES)('refuse an interest that is not on the list, on the field itself and in the form’s language (%s)', (locale) => {
    for (const form of ['help-request', 'help-offer'] as const) {
      const values = form === 'help-request' ? helpRequest : helpOffer;
      for (const interests of [['poker'], 'music', [42], Array.from({ length: INTEREST_CODES.length + 1 }, () => 'music')]) {
        const refused = validateIntake(form, { ...values, interests }, fieldMessages(locale));
        expect(refused.ok).toBe(false);
        if (refused.ok) continue;
        expect(Object.keys(refused.errors)).toEqual(['interests']);
        expect(refused.errors.interests).not.toContain('poker');
      }
    }
    const refused = validateIntake('help-offer', { ...helpOffer, interests: ['poker'] }, fieldMessages(locale));
    expect(refused).toEqual({ ok: false, errors: { interests: fieldMessage('choose-valid', locale) } });
  });

  it('read interests posted without JavaScript like the same list sent by the island', () => {
    const posted = fromPostedFields('help-request', { interests: ['reading', 'games'], forWhom: 'self' });
    expect(posted.interests).toEqual(['reading', 'games']);
    expect(fromPostedFields('help-request', { forWhom: 'self' }).interests).toEqual([]);
  });
});

describe('how many people a volunteer can help at once', () => {
  it('is asked on the offer form only, as a choice of 1 to 10 people worded in each language', () => {
    const field = layoutFields('help-offer').find((candidate) => candidate.name === 'capacity');
    expect(field).toMatchObject({ kind: 'select', required: false });
    expect(fieldOptions(field!, 'en').slice(0, 2)).toEqual([
      ['1', '1 person'],
      ['2', '2 people'],
    ]);
    expect(fieldOptions(field!, 'nl')[2]).toEqual(['3', '3 personen']);
    expect(fieldOptions(field!, 'fr')[0]).toEqual(['1', '1 personne']);
    expect(layoutFields('help-request').some((candidate) => candidate.name === 'capacity')).toBe(false);
  });

  it.each(LOCALES)('is stored as a number, left out when empty, refused on its field when not a choice (%s)', (locale) => {
    const chosen = validateIntake('help-offer', { ...helpOffer, capacity: '3' }, fieldMessages(locale));
    expect(chosen.ok && chosen.data.capacity).toBe(3);
    const empty = validateIntake('help-offer', { ...helpOffer, capacity: '' }, fieldMessages(locale));
    expect(empty.ok && empty.data.capacity).toBeUndefined();
    for (const capacity of ['0', '11', '2.5', 'many', 4, -1]) {
      expect(validateIntake('help-offer', { ...helpOffer, capacity }, fieldMessages(locale))).toEqual({
        ok: false,
        errors: { capacity: fieldMessage('choose-valid', locale) },
      });
    }
  });
});
