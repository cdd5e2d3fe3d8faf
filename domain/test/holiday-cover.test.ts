import { describe, expect, it } from 'vitest';
import { AWAY_MAX_DAYS, addDays, awayPeriodProblems, awayWithin, matchesWithVolunteerAway, offerIsAway } from '../src/index.js';

// 07:00 in Brussels on Saturday 5 December 2026 (winter time: UTC+1).
const now = new Date('2026-12-05T06:00:00Z');

describe('an away period, as a volunteer or staff give it', () => {
  it('may be cleared: both days empty', () => {
    expect(awayPeriodProblems({}, now)).toEqual([]);
    expect(awayPeriodProblems({ awayFrom: '', awayUntil: null }, now)).toEqual([]);
  });

  it('needs both days, each a real day', () => {
    expect(awayPeriodProblems({ awayFrom: '2026-12-20' }, now)).toEqual([{ field: 'awayUntil', problem: 'missing' }]);
    expect(awayPeriodProblems({ awayUntil: '2026-12-20' }, now)).toEqual([{ field: 'awayFrom', problem: 'missing' }]);
    expect(awayPeriodProblems({ awayFrom: '2027-02-30', awayUntil: 'soon' }, now)).toEqual([
      { field: 'awayFrom', problem: 'not-a-day' },
      { field: 'awayUntil', problem: 'not-a-day' },
    ]);
  });

  it('ends on or after its first day', () => {
    expect(awayPeriodProblems({ awayFrom: '2026-12-20', awayUntil: '2026-12-19' }, now)).toEqual([{ field: 'awayUntil', problem: 'until-before-from' }]);
    expect(awayPeriodProblems({ awayFrom: '2026-12-20', awayUntil: '2026-12-20' }, now)).toEqual([]);
  });

  it('does not end before today in Brussels (may have started already)', () => {
    expect(awayPeriodProblems({ awayFrom: '2026-11-01', awayUntil: '2026-12-04' }, now)).toEqual([{ field: 'awayUntil', problem: 'until-in-past' }]);
    expect(awayPeriodProblems({ awayFrom: '2026-11-01', awayUntil: '2026-12-05' }, now)).toEqual([]);
    // 23:30 UTC on 4 December is already 5 December in Brussels.
    expect(awayPeriodProblems({ awayFrom: '2026-12-04', awayUntil: '2026-12-04' }, new Date('2026-12-04T23:30:00Z'))).toEqual([
      { field: 'awayUntil', problem: 'until-in-past' },
    ]);
  });

  it('lasts at most about six months', () => {
    const from = '2026-12-10';
    expect(awayPeriodProblems({ awayFrom: from, awayUntil: addDays(from, AWAY_MAX_DAYS - 1) }, now)).toEqual([]);
    expect(awayPeriodProblems({ awayFrom: from, awayUntil: addDays(from, AWAY_MAX_DAYS) }, now)).toEqual([{ field: 'awayUntil', problem: 'too-long' }]);
  });
});

describe('a volunteer away in the coming week', () => {
  it('counts any day from today to today + 7, both ends included', () => {
    expect(awayWithin({ awayFrom: '2026-12-12', awayUntil: '2026-12-20' }, '2026-12-05')).toBe(true);
    expect(awayWithin({ awayFrom: '2026-12-13', awayUntil: '2026-12-20' }, '2026-12-05')).toBe(false);
    expect(awayWithin({ awayFrom: '2026-11-20', awayUntil: '2026-12-05' }, '2026-12-05')).toBe(true);
    expect(awayWithin({ awayFrom: '2026-11-20', awayUntil: '2026-12-04' }, '2026-12-05')).toBe(false);
  });

  it('never for no period, half a period or days that are no days', () => {
    expect(awayWithin({}, '2026-12-05')).toBe(false);
    expect(awayWithin({ awayFrom: '2026-12-06', awayUntil: null }, '2026-12-05')).toBe(false);
    expect(awayWithin({ awayFrom: 'x', awayUntil: 'y' }, '2026-12-05')).toBe(false);
  });

  it('is wider than away today (the matching rule), which it includes', () => {
    const period = { awayFrom: '2026-12-08', awayUntil: '2026-12-09' };
    expect(offerIsAway(period, now)).toBe(false);
    expect(awayWithin(period, '2026-12-05')).toBe(true);
  });
});

describe('the open matches whose volunteer is away', () => {
  const away = { awayFrom: '2026-12-10', awayUntil: '2026-12-24' };
  const here = { awayFrom: null, awayUntil: null };

  it('lists open matches with their volunteer away in the coming week, nothing else', () => {
    const matches = [
      { id: 1, kind: 'match', caseStatus: 'active', helpOffer: away },
      { id: 2, kind: 'match', caseStatus: 'contacted', helpOffer: away },
      { id: 3, kind: 'match', caseStatus: 'ended', helpOffer: away },
      { id: 4, kind: 'match', caseStatus: 'active', helpOffer: here },
      { id: 5, kind: 'referral', caseStatus: 'active', helpOffer: away },
      { id: 6, kind: 'match', caseStatus: 'active', helpOffer: null },
      { id: 7, kind: 'match', caseStatus: 'active', helpOffer: { awayFrom: '2027-01-10', awayUntil: '2027-01-20' } },
    ];
    expect(matchesWithVolunteerAway(matches, now).map((match) => match.id)).toEqual([1, 2]);
  });

  it('counts the days in Brussels: 23:30 UTC on the 2nd is the 3rd there, and the 10th comes within reach', () => {
    const matches = [{ caseStatus: 'active', helpOffer: away }];
    expect(matchesWithVolunteerAway(matches, new Date('2026-12-02T12:00:00Z'))).toHaveLength(0);
    expect(matchesWithVolunteerAway(matches, new Date('2026-12-02T23:30:00Z'))).toHaveLength(1);
    expect(matchesWithVolunteerAway(matches, '2026-12-03')).toHaveLength(1);
    expect(matchesWithVolunteerAway(matches, '2026-12-02')).toHaveLength(0);
  });
});
