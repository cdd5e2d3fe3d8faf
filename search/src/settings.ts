import type { Locale } from '@cb/domain';
import type { Meilisearch, Settings } from 'meilisearch';
import { succeeded } from './meili.js';
import { PLACE_SYNONYM_GROUPS, STOP_WORDS, SYNONYM_GROUPS, synonymsFrom } from './vocabulary.js';

/** ISO 639-3, as Meilisearch names languages for `localizedAttributes`. */
const MEILISEARCH_LANGUAGE: Record<Locale, string> = { nl: 'nld', fr: 'fra', en: 'eng' };

/** The attributes the island filters and counts facets on. */
export const FACETS = ['kind', 'categories', 'municipalities', 'audiences', 'languages', 'remote'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTABLE_ATTRIBUTES = ['date', 'title'] as const;

/** The settings of a locale's index, as code. Keys absent here keep Meilisearch's defaults. */
export function indexSettings(locale: Locale): Settings {
  return {
    // Most telling first: the attribute ranking rule prefers a match in an earlier attribute.
    searchableAttributes: [
      'title',
      'categoryNames',
      'audienceNames',
      'summary',
      'wordParts',
      'municipalityNames',
      'places',
      'organisationName',
      'languageNames',
      'forWhom',
      'location',
      'schedule',
      'text',
      'howToJoin',
    ],
    filterableAttributes: [...FACETS],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    typoTolerance: {
      enabled: true,
      // Two typos from 8 letters (Meilisearch: 9): "grocerys" is two typos from "groceries".
      // One typo stays at 5: at 4, "home" (a care home in Belgian French) also found "homme".
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 },
      // Postcodes are numbers: 1070 (Anderlecht) must not also find 1080 (Molenbeek).
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1000 },
    synonyms: synonymsFrom([...SYNONYM_GROUPS[locale], ...PLACE_SYNONYM_GROUPS]),
    stopWords: [...STOP_WORDS[locale]],
    localizedAttributes: [{ attributePatterns: ['*'], locales: [MEILISEARCH_LANGUAGE[locale]] }],
  };
}

/**
 * Brings an index's settings to `indexSettings(locale)`, sending only the settings that differ
 * (a settings update can re-index every document, so an unchanged one is not sent at all).
 * Returns the names of the settings it changed; waits until Meilisearch has applied them.
 */
export async function applySettings(client: Meilisearch, indexUid: string, locale: Locale): Promise<(keyof Settings)[]> {
  const wanted = indexSettings(locale);
  const current = await client.index(indexUid).getSettings();
  const changes: Settings = {};
  for (const key of Object.keys(wanted) as (keyof Settings)[]) {
    if (!covers(current[key], wanted[key], key)) Object.assign(changes, { [key]: wanted[key] });
  }
  const changed = Object.keys(changes) as (keyof Settings)[];
  if (changed.length > 0) await succeeded(client.index(indexUid).updateSettings(changes), 60_000);
  return changed;
}

/** Settings whose order Meilisearch does not keep (it stores them as sets). */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords', 'disableOnWords', 'disableOnAttributes', 'synonymList']);

/**
 * True when `current` already holds everything `wanted` asks for. Objects are compared on the keys
 * `wanted` names (the others are Meilisearch defaults); strings are compared in Unicode NFC because
 * Meilisearch returns stop words decomposed ("à" comes back as "a" + combining grave accent).
 */
function covers(current: unknown, wanted: unknown, key: string): boolean {
  if (typeof wanted === 'string') return typeof current === 'string' && current.normalize('NFC') === wanted.normalize('NFC');
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false;
    const [have, want] = UNORDERED.has(key) ? [sortedCopy(current), sortedCopy(wanted)] : [current, wanted];
    return want.every((item, index) => covers(have[index], item, key) && covers(item, have[index], key));
  }
  if (typeof wanted === 'object' && wanted !== null) {
    if (typeof current !== 'object' || current === null) return false;
    const have = new Map(Object.entries(current).map(([name, value]) => [name.normalize('NFC'), value]));
    const want = Object.entries(wanted);
    // Synonyms are a whole dictionary: an extra word in the index is a difference too.
    if (key === 'synonyms' && have.size !== want.length) return false;
    const childKey = (name: string) => (key === 'synonyms' ? 'synonymList' : name);
    return want.every(([name, value]) => covers(have.get(name.normalize('NFC')), value, childKey(name)));
  }
  return current === wanted;
}

function sortedCopy(values: readonly unknown[]): unknown[] {
  return [...values].sort((a, b) => JSON.stringify(normalized(a)).localeCompare(JSON.stringify(normalized(b))));
}

function normalized(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC') : value;
}
