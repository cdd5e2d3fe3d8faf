import { describe, expect, it } from 'vitest';
import { brusselsMoment } from '../src/activities/brussels-time.js';
import { dueScheduledAction, publicationScheduleProblems, rebuildMomentsAfter } from '../src/publication-schedule.js';

const at = (day: string, time: string) => brusselsMoment(day, time).toISOString();

describe('a publication schedule', () => {
  it('may leave either moment empty, or set both with the unpublish moment after the publish moment', () => {
    expect(publicationScheduleProblems({})).toEqual([]);
    expect(publicationScheduleProblems({ publishAt: at('2026-12-10', '09:00'), unpublishAt: null })).toEqual([]);
    expect(publicationScheduleProblems({ publishAt: at('2026-12-10', '09:00'), unpublishAt: at('2026-12-10', '09:01') })).toEqual([]);
  });

  it('refuses an unpublish moment at or before the publish moment, on the unpublish field', () => {
    const publishAt = at('2026-12-10', '09:00');
    expect(publicationScheduleProblems({ publishAt, unpublishAt: publishAt })).toEqual([{ field: 'unpublishAt', problem: 'unpublish-not-after-publish' }]);
    expect(publicationScheduleProblems({ publishAt, unpublishAt: at('2026-12-09', '23:59') })).toEqual([
      { field: 'unpublishAt', problem: 'unpublish-not-after-publish' },
    ]);
  });

  it('compares moments, not Brussels clock readings, across the October change (02:30 happens twice)', () => {
    // 01:59 CEST is 23:59 UTC the day before; 02:30 is read as its first occurrence, 00:30 UTC.
    expect(publicationScheduleProblems({ publishAt: at('2026-10-25', '01:59'), unpublishAt: at('2026-10-25', '02:30') })).toEqual([]);
    // 03:00 after the change is CET, 02:00 UTC: after 02:30 CEST (00:30 UTC).
    expect(publicationScheduleProblems({ publishAt: at('2026-10-25', '02:30'), unpublishAt: at('2026-10-25', '03:00') })).toEqual([]);
  });

  it('refuses an unreadable moment on its own field', () => {
    expect(publicationScheduleProblems({ publishAt: 'tomorrow', unpublishAt: 'later' })).toEqual([
      { field: 'publishAt', problem: 'not-a-moment' },
      { field: 'unpublishAt', problem: 'not-a-moment' },
    ]);
  });
});

describe('what is due', () => {
  const schedule = { publishAt: at('2026-03-29', '09:00'), unpublishAt: at('2026-04-05', '18:00') };

  it('publishes from the Brussels publish moment on the day summer time starts (07:00 UTC), not an hour off', () => {
    expect(schedule.publishAt).toBe('2026-03-29T07:00:00.000Z');
    expect(dueScheduledAction(schedule, false, new Date('2026-03-29T06:59:59.999Z'))).toBeUndefined();
    expect(dueScheduledAction(schedule, false, new Date('2026-03-29T07:00:00.000Z'))).toBe('publish');
    expect(dueScheduledAction(schedule, true, new Date('2026-03-29T07:00:00.000Z'))).toBeUndefined();
  });

  it('unpublishes from the unpublish moment, and never publishes again after it', () => {
    const after = new Date('2026-04-05T16:00:00.000Z');
    expect(dueScheduledAction(schedule, true, new Date('2026-04-05T15:59:59.999Z'))).toBeUndefined();
    expect(dueScheduledAction(schedule, true, after)).toBe('unpublish');
    expect(dueScheduledAction(schedule, false, after)).toBeUndefined();
  });

  it('does nothing without a schedule or with an unreadable moment', () => {
    expect(dueScheduledAction({}, false, new Date())).toBeUndefined();
    expect(dueScheduledAction({ publishAt: 'soon' }, false, new Date())).toBeUndefined();
  });
});

describe('rebuild moments', () => {
  it('keeps the moments still ahead, earliest first, once each', () => {
    const now = new Date('2026-12-05T10:00:00.000Z');
    const opens = at('2026-12-07', '09:00');
    const closes = at('2027-01-31', '23:59');
    expect(rebuildMomentsAfter([closes, null, opens, at('2026-12-01', '09:00'), opens, 'bad', undefined], now)).toEqual([new Date(opens), new Date(closes)]);
  });
});
