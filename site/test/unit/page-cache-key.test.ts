import { createHash } from 'node:crypto';
import { LOCALES, routes, type Locale } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/lib/site-plan.ts';
import { planSite } from '../../src/lib/site-plan.ts';
import { pageCacheKey, stableJson, type EntryDigests } from '../../src/lib/page-cache-key.ts';
import { initiative, organisation, siteContent, story } from '../support/content-fixtures.ts';

const NOW = new Date('2026-11-26T12:00:00Z');

function keysOf(content: SiteContent, codeVersion = 'v1', entryDigest?: EntryDigests): Map<string, string> {
  return new Map(planSite(content, NOW).map((page) => [page.path, pageCacheKey(page, content.globals[page.locale], codeVersion, entryDigest)]));
}

/** Digests as the content store makes them: from each entry's data, known by the data object. */
function digestsOf(content: SiteContent): EntryDigests {
  const digests = new WeakMap<object, string>();
  const entries = [content.stories, content.initiatives, content.organisations, content.projectCalls, content.fundedProjects, content.pages];
  for (const entry of [...entries.flat(), ...Object.values(content.globals), ...Object.values(content.homes)]) {
    if (entry) digests.set(entry, createHash('sha256').update(JSON.stringify(entry)).digest('hex'));
  }
  return (value) => digests.get(value);
}

function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after]
    .filter(([path, key]) => before.get(path) !== key)
    .map(([path]) => path)
    .sort();
}

const everywhere = <T>(make: (locale: Locale) => T): T[] => LOCALES.map(make);

const content = (renamed = false): SiteContent =>
  siteContent({
    organisations: [
      ...everywhere((locale) => organisation('o1', locale, renamed && locale === 'nl' ? { name: 'Buurthuis Jette' } : {})),
      ...everywhere((locale) => organisation('o2', locale)),
    ],
    initiatives: [
      ...everywhere((locale) => initiative('i1', locale, { organisationId: 'o1' })),
      ...everywhere((locale) => initiative('i2', locale, { organisationId: 'o2' })),
    ],
    stories: [...everywhere((locale) => story('s1', locale, { organisationIds: ['o1'] })), ...everywhere((locale) => story('s2', locale))],
  });

describe('page cache keys', () => {
  it('change, after an organisation is renamed, for the pages that show it in that locale and no others', () => {
    const changed = changedPaths(keysOf(content()), keysOf(content(true)));
    expect(changed).toEqual(
      [routes.organisation('nl', 'o1-nl'), routes.organisations('nl'), routes.initiative('nl', 'i1-nl'), routes.story('nl', 's1-nl')].sort(),
    );
  });

  it('change for the same pages when entries are known by their digests', () => {
    const [before, again, after] = [content(), content(), content(true)];
    const withDigests = (planned: SiteContent) => keysOf(planned, 'v1', digestsOf(planned));
    expect(changedPaths(withDigests(before), withDigests(after))).toEqual(changedPaths(keysOf(before), keysOf(after)));
    expect(changedPaths(withDigests(before), withDigests(again))).toEqual([]);
  });

  it('change for every page of a locale when its shared chrome (Global) changes, and only there', () => {
    const before = content();
    const after = { ...before, globals: { ...before.globals, fr: { ...before.globals.fr!, phoneHours: '10-16' } } };
    const keysBefore = keysOf(before);
    const changed = changedPaths(keysBefore, keysOf(after));
    const frenchPages = planSite(before, NOW)
      .filter((page) => page.locale === 'fr')
      .map((page) => page.path)
      .sort();
    expect(changed).toEqual(frenchPages);
  });

  it('change for every page with another code version', () => {
    const before = keysOf(content(), 'v1');
    expect(changedPaths(before, keysOf(content(), 'v2'))).toEqual([...before.keys()].sort());
  });

  it('stay the same for the same content, whatever order its fields came in', () => {
    expect(changedPaths(keysOf(content()), keysOf(content()))).toEqual([]);
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(stableJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }));
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    // As JSON.stringify writes them: dates as their ISO text, undefined fields left out, integer keys first.
    expect(stableJson({ when: new Date('2026-11-26T12:00:00Z'), gone: undefined, 10: 'x', 9: 'y', list: [undefined] })).toBe(
      '{"9":"y","10":"x","list":[null],"when":"2026-11-26T12:00:00.000Z"}',
    );
  });
});
