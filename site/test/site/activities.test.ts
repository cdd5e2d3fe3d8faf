import { LOCALES, MUNICIPALITIES, brusselsDay, routes } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPagesList, fileOfPath, read, readPath } from '../support/built-site.ts';
import { lineProblems, parseICalendar, propertyOf, valueOf } from '../support/icalendar-parser.ts';

/**
 * The coming activities, built from the sample content (initiatives with dates and hours): "this week" and
 * "this month" in every locale, everywhere and per municipality, and the calendar feeds.
 */

const today = brusselsDay(new Date());

describe.each(LOCALES)('activities in %s', (locale) => {
  it('has a this-week and a this-month page, everywhere and for each of the 19 municipalities', () => {
    const paths = ['week', 'month'].flatMap((period) =>
      [undefined, ...MUNICIPALITIES.map((municipality) => municipality.code)].map((code) => routes.activities(locale, period as 'week' | 'month', code)),
    );
    expect(paths).toHaveLength(40);
    expect(paths.filter((path) => !fileOfPath(path))).toEqual([]);
    expect(builtPagesList().filter((page) => page.locale === locale && page.kind === 'activities')).toHaveLength(40);
  });

  it('lists the coming dates day by day, each linking to its initiative, with the calendar feed', () => {
    const html = readPath(routes.activities(locale, 'week'));
    const days = [...html.matchAll(/<section class="agenda-day" aria-labelledby="day-(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]!);
    expect(days.length).toBeGreaterThanOrEqual(5);
    expect(days[0]! >= today).toBe(true);
    expect([...days].sort()).toEqual(days);
    const links = attributeValues(html, 'a', 'href');
    const initiativeLinks = links.filter((href) => href.startsWith(routes.initiatives(locale)) && fileOfPath(href)?.includes('index.html'));
    expect(initiativeLinks.length).toBeGreaterThan(5);
    expect(links).toContain(routes.activitiesFeed(locale));
    expect(links).toContain(routes.activities(locale, 'month'));
    expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/);
  });

  it('shows a municipality only its own initiatives, and this month at least what this week has', () => {
    const week = readPath(routes.activities(locale, 'week', 'molenbeek'));
    const month = readPath(routes.activities(locale, 'month', 'molenbeek'));
    const count = (html: string) => (html.match(/<span class="agenda-hours">/g) ?? []).length;
    expect(count(week)).toBeGreaterThan(0);
    expect(count(month)).toBeGreaterThanOrEqual(count(week));
    expect(count(readPath(routes.activities(locale, 'week')))).toBeGreaterThan(count(week));
  });

  it('is linked from the home page and the initiatives page', () => {
    for (const path of [routes.home(locale), routes.initiatives(locale)])
      expect(attributeValues(readPath(path), 'a', 'href')).toContain(routes.activities(locale, 'week'));
  });

  it('serves calendar feeds that follow RFC 5545, everywhere, per municipality and per initiative', () => {
    const everything = read(fileOfPath(routes.activitiesFeed(locale))!);
    expect(lineProblems(everything)).toEqual([]);
    const calendar = parseICalendar(everything);
    const events = calendar.components.filter((component) => component.type === 'VEVENT');
    expect(events.length).toBeGreaterThan(10);
    expect(calendar.components.some((component) => component.type === 'VTIMEZONE' && valueOf(component, 'TZID') === 'Europe/Brussels')).toBe(true);
    for (const event of events) {
      expect(propertyOf(event, 'DTSTART')?.params.TZID).toBe('Europe/Brussels');
      expect(valueOf(event, 'UID')).toMatch(/@/);
      expect(valueOf(event, 'URL')).toMatch(new RegExp(`^https?://[^/]+${routes.initiatives(locale)}`));
    }
    expect(new Set(events.map((event) => valueOf(event, 'UID'))).size).toBe(events.length);
    expect(events.some((event) => valueOf(event, 'RRULE')?.startsWith('FREQ=MONTHLY;BYDAY=1FR'))).toBe(true);
    expect(events.some((event) => propertyOf(event, 'EXDATE'))).toBe(true);

    const jette = parseICalendar(read(fileOfPath(routes.activitiesFeed(locale, 'jette'))!));
    const jetteEvents = jette.components.filter((component) => component.type === 'VEVENT');
    expect(jetteEvents.length).toBeGreaterThan(0);
    expect(jetteEvents.length).toBeLessThan(events.length);
  });

  it('gives an initiative with dates and hours its dates in words, its next dates and an "add to my calendar" link to its own feed', () => {
    const pages = builtPagesList().filter((page) => page.locale === locale && page.kind === 'initiative');
    const withFeed = pages.filter((page) => attributeValues(page.html, 'a', 'href').some((href) => href.endsWith('.ics')));
    expect(withFeed.length).toBeGreaterThanOrEqual(10);
    for (const page of withFeed) {
      const feed = attributeValues(page.html, 'a', 'href').find((href) => href.endsWith('.ics'))!;
      expect(feed).toBe(`${page.path}${feed.split('/').at(-1)}`);
      const file = fileOfPath(feed);
      expect(file, feed).toBeDefined();
      const calendar = parseICalendar(read(file!));
      expect(calendar.components.filter((component) => component.type === 'VEVENT').length).toBeGreaterThan(0);
    }
    expect(pages.length - withFeed.length).toBeGreaterThan(0);
  });
});

describe.each(LOCALES)('the map of the municipalities in %s', (locale) => {
  it('is an inline SVG whose 19 tiles link to each municipality’s page, with a list of the same links beside it, and no script', () => {
    const html = readPath(routes.municipalities(locale));
    const svg = html.match(/<svg\b[^>]*class="tile-map"[\s\S]*?<\/svg>/)?.[0] ?? '';
    const expected = MUNICIPALITIES.map((municipality) => routes.initiativesByMunicipality(locale, municipality.code)).sort();
    expect(attributeValues(svg, 'a', 'href').sort()).toEqual(expected);
    expect(attributeValues(svg, 'a', 'aria-label').every((label) => label.length > 3)).toBe(true);
    const list = html.match(/<nav aria-labelledby="municipality-list"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(attributeValues(list, 'a', 'href').sort()).toEqual(expected);
    expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/);
    expect(attributeValues(readPath(routes.initiatives(locale)), 'a', 'href')).toContain(routes.municipalities(locale));
  });
});
