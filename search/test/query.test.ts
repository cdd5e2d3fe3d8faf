import { LOCALES } from '@cb/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveIndexUid, meiliClient, succeeded } from '../src/meili.js';
import { MATCHING_STRATEGY, searchText } from '../src/query.js';
import { applySettings } from '../src/settings.js';
import { STOP_WORDS, SYNONYM_GROUPS } from '../src/vocabulary.js';
import { startTestMeilisearch, type TestMeilisearch } from './helpers/meilisearch.js';

describe('what a search sends for the words typed (searchText, shared by the site and the evaluation)', () => {
  it.each([
    ['kerstkaartjes', 'kerst kaartjes'],
    ['Huiswerkbegeleiding in Elsene', 'huiswerk begeleiding in Elsene'],
    ['gezelschapsspelletjes', 'gezelschap spelletjes'],
    ['computerles', 'computer les'],
  ])('searches the Dutch compound in "%s" as its known words', (typed, sent) => {
    expect(searchText('nl', typed)).toEqual({ q: sent, matchingStrategy: MATCHING_STRATEGY });
  });

  it.each(['woonzorgcentrum', 'boodschappendienst', 'wandelbuddy'])('keeps %s whole: the synonyms know it as one word', (word) => {
    expect(searchText('nl', word).q).toBe(word);
  });

  it('leaves other languages and unknown words as typed, trimmed', () => {
    expect(searchText('fr', '  kerstkaartjes ').q).toBe('kerstkaartjes');
    expect(searchText('en', 'computerles').q).toBe('computerles');
    expect(searchText('nl', ' tuinbouwschool ').q).toBe('tuinbouwschool');
  });
});

describe('synonyms of several words', () => {
  it.each(LOCALES)('hold no stop word in %s (Meilisearch would then never match them)', (locale) => {
    const stopWords = new Set(STOP_WORDS[locale]);
    const withStopWords = SYNONYM_GROUPS[locale].flat().filter((synonym) => synonym.split(/\s+/).some((word) => stopWords.has(word)));
    expect(withStopWords).toEqual([]);
  });

  describe('in a real index', () => {
    let meili: TestMeilisearch;
    beforeAll(async () => {
      meili = await startTestMeilisearch();
    });
    afterAll(async () => meili?.close());

    it('"home" finds a "maison de repos" in French', async () => {
      const client = meiliClient(meili.connection);
      const index = liveIndexUid('fr');
      await succeeded(client.createIndex(index, { primaryKey: 'id' }));
      await applySettings(client, index, 'fr');
      await succeeded(
        client.index(index).addDocuments([
          { id: 'a', title: 'Des lettres pour une maison de repos' },
          { id: 'b', title: 'Un potager' },
        ]),
      );
      const { q, matchingStrategy } = searchText('fr', 'home');
      const { hits } = await client.index(index).search(q, { matchingStrategy });
      expect(hits.map((hit) => hit['id'])).toEqual(['a']);
    });
  });
});
