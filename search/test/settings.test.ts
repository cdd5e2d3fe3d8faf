import { LOCALES } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveIndexUid, meiliClient, succeeded } from '../src/meili.js';
import { applySettings, indexSettings } from '../src/settings.js';
import { startTestMeilisearch, type TestMeilisearch } from './helpers/meilisearch.js';

let meili: TestMeilisearch;
let client: Meilisearch;

beforeAll(async () => {
  meili = await startTestMeilisearch();
  client = meiliClient(meili.connection);
  for (const locale of LOCALES) await succeeded(client.createIndex(liveIndexUid(locale), { primaryKey: 'id' }));
});
afterAll(async () => meili?.close());

const taskCount = async () => (await client.tasks.getTasks({ limit: 1 })).total;

describe('index settings as code', () => {
  it.each(LOCALES)('applies the %s settings to an index that has none', async (locale) => {
    const changed = await applySettings(client, liveIndexUid(locale), locale);
    expect(changed).toEqual(expect.arrayContaining(['searchableAttributes', 'filterableAttributes', 'synonyms', 'stopWords', 'localizedAttributes']));

    const settings = await client.index(liveIndexUid(locale)).getSettings();
    const wanted = indexSettings(locale);
    expect(settings.searchableAttributes).toEqual(wanted.searchableAttributes);
    expect(settings.rankingRules).toEqual(wanted.rankingRules);
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(['audiences', 'categories', 'kind', 'languages', 'municipalities', 'remote']);
    expect([...(settings.sortableAttributes ?? [])].sort()).toEqual(['date', 'title']);
    expect(settings.synonyms).toEqual(wanted.synonyms);
    expect(settings.typoTolerance).toMatchObject({ enabled: true, disableOnNumbers: true });
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } });
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: [{ nl: 'nld', fr: 'fra', en: 'eng' }[locale]] }]);
    expect(settings.stopWords?.map((word) => word.normalize('NFC')).sort()).toEqual([...(wanted.stopWords ?? [])].sort());
  });

  it('has synonyms and stop words of the right language in each index', async () => {
    expect(indexSettings('nl').synonyms?.winkelen).toEqual(expect.arrayContaining(['boodschappen', 'supermarkt']));
    expect(indexSettings('fr').synonyms?.courses).toEqual(expect.arrayContaining(['commissions', 'emplettes']));
    expect(indexSettings('en').synonyms?.groceries).toEqual(expect.arrayContaining(['shopping']));
    expect(indexSettings('fr').stopWords).toContain('à');
    expect(indexSettings('nl').stopWords).toContain('het');
    expect(indexSettings('en').stopWords).toContain('the');
  });

  it('is idempotent: applying the same settings again changes nothing and enqueues no task', async () => {
    const before = await taskCount();
    for (const locale of LOCALES) expect(await applySettings(client, liveIndexUid(locale), locale)).toEqual([]);
    expect(await taskCount()).toBe(before);
  });

  it('repairs only the settings that drifted', async () => {
    const uid = liveIndexUid('fr');
    await succeeded(client.index(uid).updateSettings({ synonyms: { courses: ['achats'] }, sortableAttributes: ['title'] }));
    expect((await applySettings(client, uid, 'fr')).sort()).toEqual(['sortableAttributes', 'synonyms']);
    expect(await applySettings(client, uid, 'fr')).toEqual([]);
  });
});
