import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailyBuildTime, everyDayAt } from '../site/scripts/daily-build.ts';

/** The daily site rebuild (local runner and compose's site-daily): when it runs, and what it refuses. */

afterEach(() => {
  vi.useRealTimers();
});

describe('the daily site rebuild', () => {
  it('runs at 04:00 Brussels time unless SITE_DAILY_BUILD_AT says otherwise, and refuses what is no time of day', () => {
    expect(dailyBuildTime({})).toBe('04:00');
    expect(dailyBuildTime({ SITE_DAILY_BUILD_AT: ' 00:30 ' })).toBe('00:30');
    expect(() => dailyBuildTime({ SITE_DAILY_BUILD_AT: '25:00' })).toThrow('SITE_DAILY_BUILD_AT must be a time of day in Brussels, HH:MM (got "25:00")');
  });

  it('runs the job every day at that Brussels time, across the change to summer time, until stopped', async () => {
    vi.useFakeTimers({ now: new Date('2027-03-27T12:00:00Z') });
    const runs: string[] = [];
    const stop = everyDayAt('04:00', async () => {
      runs.push(new Date().toISOString());
    });
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000);
    stop();
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000);
    expect(runs).toEqual(['2027-03-28T02:00:00.000Z', '2027-03-29T02:00:00.000Z']);
  });
});
