import { describe, expect, it } from 'vitest';
import type { ActivityTime } from '@cb/domain';
import { escapeText, icalendar, type CalendarActivity } from '../../src/lib/icalendar.ts';
import { lineProblems, parseICalendar, propertyOf, unescapeText, valueOf } from '../support/icalendar-parser.ts';

const thursdays: ActivityTime = {
  repeats: 'weekly',
  date: '2027-01-01',
  weekday: 'thursday',
  everyWeeks: 1,
  startTime: '14:00',
  endTime: '16:00',
  skipHolidays: true,
  skipDays: ['2027-01-21'],
};

const activity = (overrides: Partial<CalendarActivity> = {}): CalendarActivity => ({
  uid: 'doc1-1-fr@example.org',
  summary: 'Café tricot; laine, aiguilles \\ et papote',
  description: 'Première ligne\nDeuxième ligne, avec une virgule — et des caractères accentués : éèêëàâäôöûüçœ '.repeat(3),
  location: 'Maison de quartier, rue de l’Église 12, 1080 Molenbeek-Saint-Jean',
  url: 'https://example.org/fr/initiatives/cafe-tricot/',
  time: thursdays,
  ...overrides,
});

const feed = (activities: CalendarActivity[], today = '2027-01-01') =>
  icalendar({ name: 'Activités · Connecting Brussels', language: 'fr-BE', activities, now: new Date('2027-01-01T05:00:00Z'), today });

describe('an iCalendar feed', () => {
  it('keeps the line rules: CRLF, at most 75 octets, folded lines never split a character', () => {
    const text = feed([activity()]);
    expect(lineProblems(text)).toEqual([]);
    expect(text).toMatch(/\r\n /);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unescapeText(unfolded)).toContain('éèêëàâäôöûüçœ');
  });

  it('escapes text values and gives them back as they were', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const event = parseICalendar(feed([activity()])).components.find((component) => component.type === 'VEVENT')!;
    expect(unescapeText(valueOf(event, 'SUMMARY')!)).toBe(activity().summary);
    expect(unescapeText(valueOf(event, 'DESCRIPTION')!)).toBe(activity().description);
    expect(unescapeText(valueOf(event, 'LOCATION')!)).toBe(activity().location);
  });

  it('has the Brussels time zone, and each activity in its wall-clock time with its rule and exceptions', () => {
    const calendar = parseICalendar(feed([activity()]));
    expect(valueOf(calendar, 'VERSION')).toBe('2.0');
    expect(valueOf(calendar, 'PRODID')).toBeTruthy();
    const zone = calendar.components.find((component) => component.type === 'VTIMEZONE')!;
    expect(valueOf(zone, 'TZID')).toBe('Europe/Brussels');
    expect(zone.components.map((component) => [component.type, valueOf(component, 'TZOFFSETTO'), valueOf(component, 'RRULE')])).toEqual([
      ['DAYLIGHT', '+0200', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
      ['STANDARD', '+0100', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
    ]);
    const [event] = calendar.components.filter((component) => component.type === 'VEVENT');
    expect(propertyOf(event!, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Brussels' }, value: '20270107T140000' });
    expect(propertyOf(event!, 'DTEND')?.value).toBe('20270107T160000');
    expect(valueOf(event!, 'RRULE')).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(propertyOf(event!, 'EXDATE')).toEqual({
      name: 'EXDATE',
      params: { TZID: 'Europe/Brussels' },
      value: '20270121T140000,20270506T140000,20271111T140000',
    });
    expect(valueOf(event!, 'UID')).toBe('doc1-1-fr@example.org');
    expect(valueOf(event!, 'DTSTAMP')).toBe('20270101T050000Z');
  });

  it('leaves out activities that are over, and writes a one-off date without a rule', () => {
    const over = activity({ uid: 'over', time: { ...thursdays, until: '2026-12-31', date: '2026-01-01' } });
    const once = activity({ uid: 'once', time: { ...thursdays, repeats: 'once', date: '2027-03-12', skipDays: [] } });
    const events = parseICalendar(feed([over, once])).components.filter((component) => component.type === 'VEVENT');
    expect(events.map((event) => valueOf(event, 'UID'))).toEqual(['once']);
    expect(valueOf(events[0]!, 'RRULE')).toBeUndefined();
    expect(valueOf(events[0]!, 'DTSTART')).toBe('20270312T140000');
  });
});
