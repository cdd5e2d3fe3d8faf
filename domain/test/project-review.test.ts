import { describe, expect, it } from 'vitest';
import {
  budgetSummary,
  decisionBlocks,
  decisionPermit,
  enterpriseNumberDigits,
  mayReadOtherReviews,
  normalizedName,
  duplicateReasonsFor,
  possibleDuplicates,
  spreadEvenly,
} from '../src/index.js';

describe('a budget against the call', () => {
  it('adds the lines in cents and compares the amount asked with the maximum', () => {
    expect(budgetSummary([{ amount: 0.1 }, { amount: 0.2 }, { amount: 1000 }], 1000.3, 7500)).toEqual({
      total: 1000.3,
      requested: 1000.3,
      maximum: 7500,
      requestedAboveMaximum: false,
      linesDifferFromRequested: false,
    });
    expect(budgetSummary([{ amount: 5000 }, { amount: 3000 }], 7600, 7500)).toMatchObject({
      total: 8000,
      requestedAboveMaximum: true,
      linesDifferFromRequested: true,
    });
  });
});

describe('when a decision may be taken', () => {
  const deadline = '2027-01-31T23:59:00+01:00';
  const after = new Date('2027-02-01T00:00:00+01:00');

  it('not before the deadline, nor with fewer complete reviews than the minimum', () => {
    expect(decisionBlocks({ now: new Date('2027-01-31T12:00:00+01:00'), deadline, completeReviews: 3, minimumReviews: 2 })).toEqual(['before-deadline']);
    expect(decisionBlocks({ now: after, deadline, completeReviews: 1, minimumReviews: 2 })).toEqual(['too-few-reviews']);
    expect(decisionBlocks({ now: after, deadline, completeReviews: 2, minimumReviews: 2 })).toEqual([]);
    expect(decisionBlocks({ now: after, deadline: 'soon', completeReviews: 2, minimumReviews: 2 })).toEqual(['before-deadline']);
  });

  it('overrides need a real reason, and say what they overrode', () => {
    expect(decisionPermit([], undefined)).toEqual({ allowed: true, overridden: [] });
    expect(decisionPermit(['too-few-reviews'], undefined)).toEqual({ allowed: false, blocks: ['too-few-reviews'], reasonTooShort: false });
    expect(decisionPermit(['too-few-reviews'], '  ok  ')).toEqual({ allowed: false, blocks: ['too-few-reviews'], reasonTooShort: true });
    expect(decisionPermit(['before-deadline', 'too-few-reviews'], 'Only one application, the jury met early')).toEqual({
      allowed: true,
      overridden: ['before-deadline', 'too-few-reviews'],
    });
  });
});

describe('blind scoring', () => {
  it('shows the others only to a reviewer who has scored, and to staff who decide', () => {
    expect(mayReadOtherReviews({ decides: false, ownReviewComplete: false })).toBe(false);
    expect(mayReadOtherReviews({ decides: false, ownReviewComplete: true })).toBe(true);
    expect(mayReadOtherReviews({ decides: true, ownReviewComplete: false })).toBe(true);
  });
});

describe('spreading proposals over the committee', () => {
  it('gives each proposal its reviewers, the least busy first, never one with a conflict', () => {
    const proposals = [
      { id: 'a', assigned: [1], conflicts: [] },
      { id: 'b', assigned: [], conflicts: [2] },
      { id: 'c', assigned: [], conflicts: [] },
      { id: 'd', assigned: [], conflicts: [] },
    ];
    const added = spreadEvenly(proposals, [1, 2, 3], 2);
    expect(added).toEqual([
      { proposal: 'a', reviewer: 2 },
      { proposal: 'b', reviewer: 3 },
      { proposal: 'b', reviewer: 1 },
      { proposal: 'c', reviewer: 2 },
      { proposal: 'c', reviewer: 3 },
      { proposal: 'd', reviewer: 1 },
      { proposal: 'd', reviewer: 2 },
    ]);
    const load = (reviewer: number) => added.filter((assignment) => assignment.reviewer === reviewer).length + (reviewer === 1 ? 1 : 0);
    expect([load(1), load(2), load(3)]).toEqual([3, 3, 2]);
    expect(added.some((assignment) => assignment.proposal === 'b' && assignment.reviewer === 2)).toBe(false);
  });

  it('leaves a proposal short when too few reviewers are free for it', () => {
    expect(spreadEvenly([{ id: 'a', assigned: [], conflicts: [1] }], [1, 2], 2)).toEqual([{ proposal: 'a', reviewer: 2 }]);
  });
});

describe('possible duplicates', () => {
  it('finds the same organisation however written, the same enterprise number, the same contact', () => {
    expect(normalizedName('Buurthuis De Linde vzw')).toBe(normalizedName('buurthuis  de linde, VZW'));
    expect(enterpriseNumberDigits('BE 0123.456.789')).toBe(enterpriseNumberDigits('123456789'));
    const pairs = possibleDuplicates([
      { id: 'nl', organisationName: 'Buurthuis De Linde vzw', text: 'Soep op zondag voor eenzame buren' },
      { id: 'fr', organisationName: 'BUURTHUIS DE LINDE (asbl)', text: 'De la soupe le dimanche pour les voisins isolés' },
      { id: 'other', enterpriseNumber: '0123.456.789', email: 'x@example.be', text: 'Wandelen in het park' },
      { id: 'same-number', enterpriseNumber: 'BE0123456789', email: 'X@example.be ', text: 'Koken met kinderen' },
      { id: 'alone', organisationName: 'Iets anders', text: 'Muziek' },
    ]);
    expect(pairs.map(({ ids, reasons }) => ({ ids, reasons }))).toEqual([
      { ids: ['nl', 'fr'], reasons: ['same-organisation'] },
      { ids: ['other', 'same-number'], reasons: ['same-enterprise-number', 'same-email'] },
    ]);
  });

  it('names the contact detail that matched: the e-mail address, the phone number (however written), or both', () => {
    const pairs = possibleDuplicates([
      { id: 'mail', email: 'Buren@example.be', phone: '02 555 01 01', text: 'Soep' },
      { id: 'mail-too', email: 'buren@example.be ', phone: '02 555 09 09', text: 'Koor' },
      { id: 'phone', phone: '+32 2 555 01 01', text: 'Wandelen' },
    ]);
    expect(pairs.map(({ ids, reasons }) => ({ ids, reasons }))).toEqual([
      { ids: ['mail', 'mail-too'], reasons: ['same-email'] },
      { ids: ['mail', 'phone'], reasons: ['same-phone'] },
    ]);
    const [both] = possibleDuplicates([
      { id: 'one', email: 'a@example.be', phone: '0470 12 34 56', text: 'Soep' },
      { id: 'two', email: 'A@example.be', phone: '0470123456', text: 'Koor' },
    ]);
    expect(both?.reasons).toEqual(['same-email', 'same-phone']);
  });

  it('tells a reader who may not read contact details only that one matched, never which (nor its value)', () => {
    expect(duplicateReasonsFor(['same-email', 'same-phone', 'similar-text'], false)).toEqual(['same-contact', 'similar-text']);
    expect(duplicateReasonsFor(['same-organisation', 'same-phone'], false)).toEqual(['same-organisation', 'same-contact']);
    expect(duplicateReasonsFor(['same-enterprise-number'], false)).toEqual(['same-enterprise-number']);
    expect(duplicateReasonsFor(['same-email', 'same-phone'], true)).toEqual(['same-email', 'same-phone']);
  });

  it('finds texts that share most of their words, whatever their case, accents and punctuation', () => {
    const text = 'Repair café à Molenbeek: chaque samedi, 40 voisins réparent ensemble, budget 3000 euros.';
    const [pair] = possibleDuplicates([
      { id: 'one', text },
      { id: 'two', text: 'REPAIR CAFE a Molenbeek — chaque samedi 40 voisins reparent ensemble (budget 3000 euros)' },
      { id: 'three', text: 'Une chorale pour les aînés de Schaerbeek' },
    ]);
    expect(pair).toEqual({ ids: ['one', 'two'], reasons: ['similar-text'], similarity: 1 });
  });
});
