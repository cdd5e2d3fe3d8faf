import { addDays, recurrenceRule, utcStamp, type ActivityTime, type CalendarDay } from '@cb/domain';

/**
 * iCalendar (RFC 5545) feeds of activities: one VEVENT per activity time, its dates in Brussels time
 * (DTSTART;TZID=Europe/Brussels with the zone's VTIMEZONE), repetition as RRULE, days it does not take
 * place as EXDATE. Text is escaped (3.3.11), lines end in CRLF and are folded at 75 octets (3.1).
 */

export interface CalendarActivity {
  /** Unique and stable across builds, e.g. "<documentId>-1@connecting.brussels". */
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url: string;
  time: ActivityTime;
  /** When its content was last changed (DTSTAMP); the feed's moment when not given. */
  revised?: Date;
}

export interface CalendarFeed {
  name: string;
  /** BCP 47, for PRODID and the feed's language. */
  language: string;
  activities: readonly CalendarActivity[];
  /** The build's moment (DTSTAMP) and day in Brussels: times that ended before it are left out. */
  now: Date;
  today: CalendarDay;
}

const TIME_ZONE = 'Europe/Brussels';
/** Days skipped further ahead than this are not listed; the feed is rebuilt every day. */
const EXCEPTIONS_AHEAD_DAYS = 400;

/** Europe/Brussels since 1996: CEST from the last Sunday of March, 02:00, to the last Sunday of October, 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function icalendar(feed: CalendarFeed): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Connecting Brussels//Activities//${feed.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...VTIMEZONE,
    ...feed.activities.flatMap((activity) => eventLines(activity, feed)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function eventLines(activity: CalendarActivity, feed: CalendarFeed): string[] {
  const { time } = activity;
  if (time.until !== undefined && time.until < feed.today) return [];
  if (time.repeats === 'once' && time.date < feed.today) return [];
  const rule = recurrenceRule(time, addDays(feed.today, EXCEPTIONS_AHEAD_DAYS));
  if (!rule) return [];
  const local = (day: CalendarDay, clock: string) => `${day.replace(/-/g, '')}T${clock.replace(':', '')}00`;
  return [
    'BEGIN:VEVENT',
    `UID:${activity.uid}`,
    `DTSTAMP:${utcStamp(activity.revised ?? feed.now)}`,
    `DTSTART;TZID=${TIME_ZONE}:${local(rule.firstDay, time.startTime)}`,
    ...(time.endTime ? [`DTEND;TZID=${TIME_ZONE}:${local(rule.firstDay, time.endTime)}`] : []),
    ...(rule.rule ? [`RRULE:${rule.rule}`] : []),
    ...(rule.exceptDays.length > 0 ? [`EXDATE;TZID=${TIME_ZONE}:${rule.exceptDays.map((day) => local(day, time.startTime)).join(',')}`] : []),
    `SUMMARY:${escapeText(activity.summary)}`,
    ...(activity.location ? [`LOCATION:${escapeText(activity.location)}`] : []),
    ...(activity.description ? [`DESCRIPTION:${escapeText(activity.description)}`] : []),
    `URL:${activity.url}`,
    'END:VEVENT',
  ];
}

/** TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets go on after CRLF and a space, never inside a UTF-8 character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
