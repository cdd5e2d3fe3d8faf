import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, hideSmallGroup, lonelinessChanges, outcomeOf, type MeasuredTwice } from '../src/outcomes.js';

describe('groups smaller than five are never shown', () => {
  it('shows a group of five with its figures, hides a group of four without any figure', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect(hideSmallGroup(5, () => ({ mean: 1.5 }))).toEqual({ shown: true, count: 5, mean: 1.5 });
    expect(hideSmallGroup(4, () => ({ mean: 1.5 }))).toEqual({ shown: false, fewerThan: 5 });
    expect(hideSmallGroup(1, () => ({ mean: 3 }))).toEqual({ shown: false, fewerThan: 5 });
  });

  it('does not even compute the figures of a hidden group', () => {
    let computed = false;
    hideSmallGroup(2, () => {
      computed = true;
      return {};
    });
    expect(computed).toBe(false);
  });
});

describe('the outcome of a request', () => {
  it('is matched once contact was made, referred for an initiative, otherwise not matched', () => {
    expect(outcomeOf([{ kind: 'match', caseStatus: 'active' }])).toBe('matched');
    expect(
      outcomeOf([
        { kind: 'match', caseStatus: 'ended' },
        { kind: 'referral', caseStatus: 'ended' },
      ]),
    ).toBe('matched');
    expect(
      outcomeOf([
        { kind: 'match', caseStatus: 'proposed' },
        { kind: 'referral', caseStatus: 'ended' },
      ]),
    ).toBe('referred');
    expect(outcomeOf([{ kind: 'match', caseStatus: 'did-not-work-out' }])).toBe('not-matched');
    expect(outcomeOf([])).toBe('not-matched');
  });
});

describe('change in loneliness per month and outcome', () => {
  const measure = (month: string, outcome: MeasuredTwice['outcome'], before: number, after: number): MeasuredTwice => ({
    month,
    outcome,
    before: { overall: before, emotional: Math.min(before, 3), social: Math.max(0, before - 3) },
    after: { overall: after, emotional: Math.min(after, 3), social: Math.max(0, after - 3) },
  });

  it('gives the count and the mean change (after minus before) of each group of five or more, and hides smaller groups', () => {
    const measures = [
      ...[6, 5, 4, 4, 6].map((before) => measure('2026-10', 'matched', before, before - 2)),
      measure('2026-10', 'matched', 6, 6),
      ...[3, 3, 3, 3].map((before) => measure('2026-10', 'not-matched', before, before)),
    ];
    expect(lonelinessChanges(measures)).toEqual([
      { month: '2026-10', outcome: 'matched', group: { shown: true, count: 6, meanChange: { overall: -1.7, emotional: -0.3, social: -1.3 } } },
      { month: '2026-10', outcome: 'not-matched', group: { shown: false, fewerThan: 5 } },
    ]);
  });
});
