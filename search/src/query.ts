/**
 * What a search sends for the words someone typed: the one function the site's island builds its
 * request with and the relevance evaluation measures (`npm run relevance -w @cb/search`), so what
 * is measured is what readers get. Pure and small: the browser imports it (`@cb/search/query`), so
 * it must not pull in the Meilisearch client or anything of Node.
 */
import type { Locale } from '@cb/domain';
import { splitCompound } from './compounds.js';
import { SYNONYM_GROUPS } from './vocabulary.js';

/** How Meilisearch treats documents that hold only some of the query's words. */
export const MATCHING_STRATEGIES = ['last', 'frequency', 'all'] as const;
export type MatchingStrategy = (typeof MATCHING_STRATEGIES)[number];

/**
 * Chosen by the judged queries (`npm run relevance -w @cb/search -- --strategies`; figures in
 * search/README.md): 'last', Meilisearch's default, finds the most in every language. 'frequency'
 * keeps the rarest word, which is often not the need ("moeder" in "boodschappen voor mijn
 * moeder"); 'all' finds nothing as soon as one word is missing.
 */
export const MATCHING_STRATEGY: MatchingStrategy = 'last';

export interface SearchText {
  q: string;
  matchingStrategy: MatchingStrategy;
}

/** The index a locale's search reads. Every index of this app starts with `content_`. */
export function liveIndexUid(locale: Locale): string {
  return `content_${locale}`;
}

/**
 * The query text and strategy for what someone typed. In Dutch, a compound of known words is
 * searched as its parts ("kerstkaartjes" → "kerst kaartjes"), the way documents index theirs in
 * `wordParts`; a compound the synonyms know as a whole ("woonzorgcentrum") stays whole, so its
 * synonyms still apply.
 */
export function searchText(locale: Locale, typed: string, matchingStrategy: MatchingStrategy = MATCHING_STRATEGY): SearchText {
  const q = typed.trim();
  return { q: locale === 'nl' ? q.replace(/\p{L}+/gu, searchedAs) : q, matchingStrategy };
}

/** Dutch words the synonyms know, one-word ones only (a query word is one word). */
const DUTCH_SYNONYM_WORDS: ReadonlySet<string> = new Set(SYNONYM_GROUPS.nl.flat().map((word) => word.toLowerCase()));

function searchedAs(word: string): string {
  if (DUTCH_SYNONYM_WORDS.has(word.toLowerCase())) return word;
  const parts = splitCompound(word);
  return parts.length > 0 ? parts.join(' ') : word;
}
