import { describe, expect, it } from 'vitest';
import { brusselsDate, callStatus, currentCall } from '../../src/lib/project-call.ts';

const call = { opensOn: '2026-10-01', deadline: '2027-01-31T23:59:00+01:00' };

describe('callStatus', () => {
  it('is upcoming before the opening day in Brussels', () => {
    expect(callStatus(call, new Date('2026-09-30T21:59:00Z'))).toBe('upcoming');
  });

  it('opens at midnight in Brussels, not in UTC', () => {
    expect(callStatus(call, new Date('2026-09-30T22:00:00Z'))).toBe('open');
  });

  it('is open up to the deadline, to the minute', () => {
    expect(callStatus(call, new Date('2027-01-31T22:59:00Z'))).toBe('open');
    expect(callStatus(call, new Date('2027-01-31T22:59:01Z'))).toBe('closed');
  });
});

describe('brusselsDate', () => {
  it('is the calendar date in Brussels, summer and winter', () => {
    expect(brusselsDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});

describe('currentCall', () => {
  const past = { id: 'past', opensOn: '2025-10-01', deadline: '2026-01-31T23:59:00+01:00' };
  const open = { id: 'open', opensOn: '2026-10-01', deadline: '2027-01-31T23:59:00+01:00' };
  const next = { id: 'next', opensOn: '2027-10-01', deadline: '2028-01-31T23:59:00+01:00' };
  const now = new Date('2026-11-26T12:00:00Z');

  it('shows the open call first', () => {
    expect(currentCall([past, next, open], now)?.id).toBe('open');
  });

  it('otherwise the next one to open', () => {
    expect(currentCall([past, next], now)?.id).toBe('next');
  });

  it('otherwise the one that closed last', () => {
    expect(currentCall([past, { ...past, id: 'older', deadline: '2025-01-31T23:59:00+01:00' }], now)?.id).toBe('past');
  });

  it('is nothing without calls', () => {
    expect(currentCall([], now)).toBeUndefined();
  });
});
