import { describe, expect, it } from 'vitest';
import {
  activityTimeProblems,
  belgianPublicHolidays,
  brusselsMoment,
  easterSunday,
  nextBrusselsMoment,
  occurrencesBetween,
  parseDayList,
  publicHolidayOn,
  recurrenceRule,
  weekdayOf,
  type ActivityTime,
} from '../src/activities/index.js';

const weekly = (overrides: Partial<ActivityTime> = {}): ActivityTime => ({
  repeats: 'weekly',
  date: '2027-01-01',
  weekday: 'thursday',
  everyWeeks: 1,
  startTime: '14:00',
  endTime: '16:00',
  skipHolidays: false,
  skipDays: [],
  ...overrides,
});

const days = (time: ActivityTime, from: string, to: string) => occurrencesBetween(time, from, to).map((occurrence) => occurrence.day);

describe('Belgian public holidays', () => {
  it('finds Easter Sunday for years whose date is known', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('has the ten legal holidays, the Easter-based ones moving with Easter', () => {
    expect(belgianPublicHolidays(2027).map((holiday) => holiday.date)).toEqual([
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-17',
      '2027-07-21',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]);
    expect(publicHolidayOn('2026-05-14')?.name).toEqual({ nl: 'Onze-Lieve-Heer-Hemelvaart', fr: 'Ascension', en: 'Ascension Day' });
    expect(publicHolidayOn('2026-05-25')?.name.en).toBe('Whit Monday');
    expect(publicHolidayOn('2026-04-06')?.name.fr).toBe('Lundi de Pâques');
    expect(publicHolidayOn('2026-04-07')).toBeUndefined();
  });
});

describe('Brussels time', () => {
  it('is UTC+1 in winter and UTC+2 in summer, switching on the last Sundays of March and October', () => {
    expect(brusselsMoment('2027-03-27', '14:00').toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(brusselsMoment('2027-03-28', '14:00').toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect(brusselsMoment('2027-10-30', '14:00').toISOString()).toBe('2027-10-30T12:00:00.000Z');
    expect(brusselsMoment('2027-10-31', '14:00').toISOString()).toBe('2027-10-31T13:00:00.000Z');
  });

  it('finds the next time a Brussels clock shows a daily time, across a change of clocks', () => {
    expect(nextBrusselsMoment(new Date('2027-03-27T12:00:00Z'), '04:00').toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(nextBrusselsMoment(new Date('2027-03-28T01:59:00Z'), '04:00').toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(nextBrusselsMoment(new Date('2027-03-28T02:00:00Z'), '04:00').toISOString()).toBe('2027-03-29T02:00:00.000Z');
    expect(nextBrusselsMoment(new Date('2027-12-31T23:30:00Z'), '00:05').toISOString()).toBe('2028-01-01T23:05:00.000Z');
  });

  it('reads the hour skipped in March as the clocks do, and the hour repeated in October as its first time', () => {
    expect(brusselsMoment('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(brusselsMoment('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });
});

describe('expanding an activity into its occurrences', () => {
  it('keeps the wall-clock time across the change to summer time (every Thursday 14:00–16:00)', () => {
    const occurrences = occurrencesBetween(weekly(), '2027-03-20', '2027-04-03');
    expect(occurrences.map((occurrence) => [occurrence.day, occurrence.start.toISOString(), occurrence.end?.toISOString()])).toEqual([
      ['2027-03-25', '2027-03-25T13:00:00.000Z', '2027-03-25T15:00:00.000Z'],
      ['2027-04-01', '2027-04-01T12:00:00.000Z', '2027-04-01T14:00:00.000Z'],
    ]);
  });

  it('keeps the wall-clock time across the change to winter time', () => {
    const sundays = occurrencesBetween(weekly({ weekday: 'sunday', startTime: '12:00', endTime: '14:30' }), '2027-10-24', '2027-11-07');
    expect(sundays.map((occurrence) => occurrence.start.toISOString())).toEqual([
      '2027-10-24T10:00:00.000Z',
      '2027-10-31T11:00:00.000Z',
      '2027-11-07T11:00:00.000Z',
    ]);
  });

  it('takes a weekday that is the nth of its month, and leaves out months without a fifth one', () => {
    const firstMonday = weekly({ repeats: 'monthly', weekday: 'monday', weekOfMonth: 'first' });
    expect(days(firstMonday, '2027-01-01', '2027-04-30')).toEqual(['2027-01-04', '2027-02-01', '2027-03-01', '2027-04-05']);
    const fifthThursday = weekly({ repeats: 'monthly', weekOfMonth: 'fifth' });
    expect(days(fifthThursday, '2027-01-01', '2027-12-31')).toEqual(['2027-04-29', '2027-07-29', '2027-09-30', '2027-12-30']);
    const lastSaturday = weekly({ repeats: 'monthly', weekday: 'saturday', weekOfMonth: 'last' });
    expect(days(lastSaturday, '2027-01-01', '2027-03-31')).toEqual(['2027-01-30', '2027-02-27', '2027-03-27']);
  });

  it('skips public holidays when asked, and only then', () => {
    const mondays = weekly({ weekday: 'monday', date: '2027-03-01' });
    expect(days(mondays, '2027-03-22', '2027-04-05')).toEqual(['2027-03-22', '2027-03-29', '2027-04-05']);
    expect(days({ ...mondays, skipHolidays: true }, '2027-03-22', '2027-04-05')).toEqual(['2027-03-22', '2027-04-05']);
    const thursdays = weekly({ skipHolidays: true });
    expect(days(thursdays, '2027-05-01', '2027-05-31')).not.toContain('2027-05-06');
    const firstMondayInApril = weekly({ repeats: 'monthly', weekday: 'monday', weekOfMonth: 'first', skipHolidays: true, date: '2026-01-01' });
    expect(days(firstMondayInApril, '2026-04-01', '2026-04-30')).toEqual([]);
  });

  it('skips the days an editor lists, and stays within its first and last day', () => {
    const time = weekly({ date: '2027-01-07', until: '2027-02-04', skipDays: ['2027-01-21'] });
    expect(days(time, '2026-12-01', '2027-12-31')).toEqual(['2027-01-07', '2027-01-14', '2027-01-28', '2027-02-04']);
  });

  it('counts every other week from the week of its first day', () => {
    const time = weekly({ weekday: 'saturday', date: '2027-01-06', everyWeeks: 2 });
    expect(days(time, '2027-01-01', '2027-02-28')).toEqual(['2027-01-09', '2027-01-23', '2027-02-06', '2027-02-20']);
  });

  it('has one occurrence for a one-off date', () => {
    const once: ActivityTime = { ...weekly(), repeats: 'once', date: '2027-06-12', weekday: undefined };
    expect(days(once, '2027-01-01', '2027-12-31')).toEqual(['2027-06-12']);
    expect(weekdayOf('2027-06-12')).toBe('saturday');
  });
});

describe('the activity as an RFC 5545 recurrence rule', () => {
  it('writes weekly and monthly rules, starting on the first day the pattern falls on', () => {
    expect(recurrenceRule(weekly(), '2027-12-31')).toEqual({ firstDay: '2027-01-07', rule: 'FREQ=WEEKLY;BYDAY=TH', exceptDays: [] });
    expect(recurrenceRule(weekly({ repeats: 'monthly', weekday: 'monday', weekOfMonth: 'first' }), '2027-12-31')?.rule).toBe('FREQ=MONTHLY;BYDAY=1MO');
    expect(recurrenceRule(weekly({ repeats: 'monthly', weekOfMonth: 'last' }), '2027-12-31')?.rule).toBe('FREQ=MONTHLY;BYDAY=-1TH');
    expect(recurrenceRule(weekly({ everyWeeks: 2 }), '2027-12-31')?.rule).toBe('FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TH');
  });

  it('ends with UNTIL in UTC at the end of the last day in Brussels', () => {
    expect(recurrenceRule(weekly({ until: '2027-06-30' }), '2027-12-31')?.rule).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270630T215900Z');
  });

  it('lists skipped holidays and days as exceptions, up to the horizon', () => {
    const mondays = weekly({ weekday: 'monday', skipHolidays: true, skipDays: ['2027-02-15', '2027-02-16'] });
    expect(recurrenceRule(mondays, '2027-06-30')?.exceptDays).toEqual(['2027-02-15', '2027-03-29', '2027-05-17']);
  });

  it('has no rule for a one-off date, and nothing for a pattern that never falls', () => {
    expect(recurrenceRule({ ...weekly(), repeats: 'once', date: '2027-06-12' }, '2027-12-31')).toEqual({ firstDay: '2027-06-12', exceptDays: [] });
    expect(recurrenceRule(weekly({ date: '2027-01-01', until: '2027-01-06' }), '2027-12-31')).toBeUndefined();
  });
});

describe('what editors type', () => {
  it('reads lists of days written day first or as ISO dates', () => {
    expect(parseDayList('13/04/2027, 25.05.2027;\n2027-01-02 1/2/2027 31/02/2027 soon')).toEqual({
      days: ['2027-01-02', '2027-02-01', '2027-04-13', '2027-05-25'],
      invalid: ['31/02/2027', 'soon'],
    });
    expect(parseDayList(undefined)).toEqual({ days: [], invalid: [] });
  });

  it('names each field that is missing or wrong', () => {
    expect(activityTimeProblems(weekly())).toEqual([]);
    const fields = activityTimeProblems({ ...weekly(), repeats: 'monthly', weekday: undefined, until: '2026-12-01', endTime: '13:00', everyWeeks: 9 }).map(
      (problem) => problem.field,
    );
    expect(fields).toEqual(['until', 'weekday', 'weekOfMonth', 'everyWeeks', 'endTime']);
  });
});
