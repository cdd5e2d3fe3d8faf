import { describe, expect, it } from 'vitest';
import { computeFigures, isoWeek, lastWeeks, type Facts } from '../src/dashboard/figures';

const today = new Date('2026-11-26T12:00:00Z');

describe('ISO weeks', () => {
  it('names weeks the way calendars in Belgium do', () => {
    expect(isoWeek(new Date('2026-11-26T12:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
    expect(lastWeeks(today, 3)).toEqual(['2026-W46', '2026-W47', '2026-W48']);
  });
});

describe('dashboard figures', () => {
  const facts: Facts = {
    requests: [
      { createdAt: '2026-11-24T09:00:00Z', municipality: 'anderlecht', categories: ['chat', 'walking'] },
      { createdAt: '2026-11-25T09:00:00Z', municipality: 'anderlecht', categories: ['chat'] },
      { createdAt: '2026-11-17T09:00:00Z', municipality: 'uccle', categories: ['groceries'] },
    ],
    offers: [{ createdAt: '2026-11-18T09:00:00Z' }, { createdAt: '2025-01-01T09:00:00Z' }],
    matches: [
      { kind: 'match', caseStatus: 'active', confirmedAt: '2026-11-26T09:00:00Z', requestCreatedAt: '2026-11-24T09:00:00Z', requestId: 'a' },
      { kind: 'match', caseStatus: 'did-not-work-out', confirmedAt: '2026-11-25T09:00:00Z', requestCreatedAt: '2026-11-24T09:00:00Z', requestId: 'a' },
      { kind: 'match', caseStatus: 'proposed', confirmedAt: undefined, requestCreatedAt: '2026-11-17T09:00:00Z', requestId: 'c' },
      { kind: 'referral', caseStatus: 'ended', confirmedAt: '2026-11-21T09:00:00Z', requestCreatedAt: '2026-11-17T09:00:00Z', requestId: 'c' },
    ],
  };
  const figures = computeFigures(facts, today, 2);

  it('counts requests and offers per week, leaving out older weeks', () => {
    expect(figures.weeks).toEqual([
      { week: '2026-W47', requests: 1, offers: 1 },
      { week: '2026-W48', requests: 2, offers: 0 },
    ]);
  });

  it('counts matches by outcome, referrals apart', () => {
    expect(figures.outcomes).toEqual({ proposed: 1, contacted: 0, active: 1, ended: 0, 'did-not-work-out': 1 });
    expect(figures.referrals).toBe(1);
  });

  it('measures days from a request to its first contact, once per request', () => {
    expect(figures.daysToFirstContact).toEqual({ median: 1, p90: 4, count: 2 });
  });

  it('counts requests by municipality and by category', () => {
    expect(figures.byMunicipality).toEqual({ anderlecht: 2, uccle: 1 });
    expect(figures.byCategory).toEqual({ chat: 2, walking: 1, groceries: 1 });
  });
});
