import { LOCALES, type Locale } from '@cb/domain';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildingIndexUid, liveIndexUid, meiliClient, succeeded } from '../src/meili.js';
import { reindex, type ReindexProgress } from '../src/reindex.js';
import { syncDocument, type SyncResult } from '../src/sync.js';
import { FakeCms } from './helpers/fake-cms.js';
import { FIXTURE_COUNT_PER_LOCALE, fixtureRow, IDS, seed } from './helpers/fixtures.js';
import { proxyMeilisearch } from './helpers/meili-proxy.js';
import { startTestMeilisearch, type TestMeilisearch } from './helpers/meilisearch.js';

let meili: TestMeilisearch;
let cms: FakeCms;
let client: Meilisearch;

/** More initiatives than one CMS page, so reindexing takes a while and pages through. */
const EXTRA_INITIATIVES = 250;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start()]);
  seed(cms);
  for (const locale of LOCALES) {
    for (let n = 0; n < EXTRA_INITIATIVES; n += 1) {
      cms.publish('initiative', {
        ...fixtureRow('initiative', IDS.walking, locale),
        documentId: `dextra${String(n).padStart(18, '0')}`,
        slug: `extra-${n}`,
        title: `Buurtactiviteit ${n}`,
      });
    }
  }
  client = meiliClient(meili.connection);
});
afterAll(async () => Promise.all([meili?.close(), cms?.close()]));

const PER_LOCALE = FIXTURE_COUNT_PER_LOCALE + EXTRA_INITIATIVES;
const count = async (locale: Locale) => (await client.index(liveIndexUid(locale)).getStats()).numberOfDocuments;
const uids = async () => (await client.getRawIndexes({ limit: 100 })).results.map((index) => index.uid).sort();

describe('full reindex', () => {
  it('builds every locale, reports progress and a summary, and leaves only the live indexes', async () => {
    const progress: ReindexProgress[] = [];
    const summary = await reindex({ cms: { url: cms.url }, meili: meili.connection, onProgress: (event) => progress.push(event) });

    expect(summary.documents).toBe(PER_LOCALE * LOCALES.length);
    expect(summary.skipped).toEqual([]);
    expect(summary.locales.map((locale) => [locale.locale, locale.indexUid, locale.documents])).toEqual(
      LOCALES.map((locale) => [locale, `content_${locale}`, PER_LOCALE]),
    );
    expect(summary.locales[0]?.byKind).toEqual({ initiative: 4 + EXTRA_INITIATIVES, organisation: 1, story: 1, 'project-call': 1, 'funded-project': 0 });
    for (const locale of LOCALES) expect(await count(locale)).toBe(PER_LOCALE);
    expect(await uids()).toEqual(['content_en', 'content_fr', 'content_nl']);

    for (const locale of LOCALES) {
      const events = progress.filter((event) => event.locale === locale);
      expect(events[0]).toMatchObject({ phase: 'reading', done: 0, total: PER_LOCALE });
      expect(events.at(-1)).toMatchObject({ phase: 'done', done: PER_LOCALE, total: PER_LOCALE });
      const reading = events.filter((event) => event.phase === 'reading').map((event) => event.done);
      expect(reading).toEqual([...reading].sort((a, b) => a - b));
    }
  });

  it('pages through the CMS whatever its page size', async () => {
    const summary = await reindex({ cms: { url: cms.url, pageSize: 7 }, meili: meili.connection, locales: ['en'] });
    expect(summary.documents).toBe(PER_LOCALE);
    expect(await count('en')).toBe(PER_LOCALE);
  });

  it('never lets a search come back empty while it runs', async () => {
    const queries: [Locale, string][] = [
      ['nl', 'boodschappen'],
      ['fr', 'promenade'],
      ['en', 'groceries'],
      ['nl', 'buurtactiviteit'],
    ];
    for (const [locale, query] of queries) expect((await client.index(liveIndexUid(locale)).search(query)).hits.length).toBeGreaterThan(0);

    let running = true;
    const empty: string[] = [];
    let searches = 0;
    const searchLoop = async () => {
      while (running) {
        for (const [locale, query] of queries) {
          const { hits } = await client.index(liveIndexUid(locale)).search(query, { filter: 'kind IN ["initiative", "story"]' });
          searches += 1;
          if (hits.length === 0) empty.push(`${locale}:${query}`);
        }
      }
    };
    const loops = [searchLoop(), searchLoop(), searchLoop()];
    try {
      for (let round = 0; round < 2; round += 1) await reindex({ cms: { url: cms.url }, meili: meili.connection });
    } finally {
      running = false;
      await Promise.all(loops);
    }
    expect(empty).toEqual([]);
    expect(searches).toBeGreaterThan(50);
  });

  it('keeps changes synced while it runs: a publish and an unpublish during the reading phase', async () => {
    cms.delayMs = 40;
    const newId = 'dpublishedduringreindex1';
    const during: { synced?: Promise<SyncResult[]> } = {};
    try {
      await reindex({
        cms: { url: cms.url },
        meili: meili.connection,
        locales: ['fr'],
        onProgress: (event) => {
          // Once the initiatives are read (they come first), change two of them in the CMS.
          if (!during.synced && event.phase === 'reading' && event.done >= 4 + EXTRA_INITIATIVES) {
            cms.publish('initiative', { ...fixtureRow('initiative', IDS.groceries, 'fr'), documentId: newId, slug: 'nouvelle', title: 'Repair café à Forest' });
            cms.unpublish('initiative', IDS.walking, 'fr');
            const options = { cms: { url: cms.url }, meili: meili.connection };
            during.synced = Promise.all([
              syncDocument({ kind: 'initiative', documentId: newId, locale: 'fr' }, options),
              syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'fr' }, options),
            ]);
          }
        },
      });
    } finally {
      cms.delayMs = 0;
    }
    expect(during.synced).toBeDefined();
    const results = (await during.synced) ?? [];
    expect(results.map((result) => result.status)).toEqual(['indexed', 'removed']);
    expect(results[0]?.indexes).toHaveLength(2);
    const index = client.index(liveIndexUid('fr'));
    expect((await index.search('repair café')).hits.map((hit) => hit.documentId)).toEqual([newId]);
    await expect(index.getDocument(`initiative-${IDS.walking}`)).rejects.toThrow();
    // Put the walking initiative back for the next tests.
    cms.publish('initiative', fixtureRow('initiative', IDS.walking, 'fr'));
    await syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'fr' }, { cms: { url: cms.url }, meili: meili.connection });
  });

  it('leaves out a document the CMS sends broken, names it, and indexes the rest', async () => {
    cms.publish('story', { ...fixtureRow('story', IDS.story, 'nl'), slug: null });
    try {
      const summary = await reindex({ cms: { url: cms.url }, meili: meili.connection, locales: ['nl'] });
      expect(summary.skipped).toHaveLength(1);
      expect(summary.skipped[0]).toMatchObject({ kind: 'story', documentId: IDS.story, locale: 'nl' });
      expect(summary.skipped[0]?.reason).toMatch(/story "dstory0+1" \(nl\).*slug/);
      expect(summary.documents).toBe(PER_LOCALE - 1);
    } finally {
      cms.publish('story', fixtureRow('story', IDS.story, 'nl'));
    }
  });

  it('leaves the live index as it was when the CMS fails half-way', async () => {
    await reindex({ cms: { url: cms.url }, meili: meili.connection, locales: ['nl'] });
    const before = await count('nl');
    let failed = false;
    await expect(
      reindex({
        cms: { url: cms.url },
        meili: meili.connection,
        locales: ['nl'],
        onProgress: (event) => {
          if (!failed && event.phase === 'reading' && event.done > 0) {
            failed = true;
            cms.failWith = 503;
          }
        },
      }),
    ).rejects.toThrow(/503/);
    cms.failWith = null;
    expect(await count('nl')).toBe(before);
    expect(await uids()).toEqual(['content_en', 'content_fr', 'content_nl']);
  });
});

describe('a sync while a reindex swaps its index in', () => {
  /**
   * The sync lists the indexes while a reindex of French is under way; before it writes, the reindex swaps its
   * index in and deletes it (as reindex does, done here by the proxy the sync talks to).
   */
  async function syncAcrossTheSwap(documentId: string): Promise<SyncResult> {
    const live = liveIndexUid('fr');
    const building = buildingIndexUid('fr', Date.now());
    await succeeded(client.createIndex(building, { primaryKey: 'id' }));
    const { results } = await client.index(live).getDocuments({ limit: 1000 });
    await succeeded(client.index(building).addDocuments(results));
    let swapped = false;
    const proxy = await proxyMeilisearch(meili.url, async () => {
      if (swapped) return;
      swapped = true;
      await succeeded(client.swapIndexes([{ indexes: [live, building], rename: false }]));
      await succeeded(client.deleteIndex(building));
    });
    try {
      return await syncDocument({ kind: 'initiative', documentId, locale: 'fr' }, { cms: { url: cms.url }, meili: { ...meili.connection, url: proxy.url } });
    } finally {
      await proxy.close();
    }
  }

  it('indexes the document in the live index and leaves no index behind (an addition would re-create the deleted one)', async () => {
    await reindex({ cms: { url: cms.url }, meili: meili.connection, locales: ['fr'] });
    const documentId = 'dpublishedacrossaswap001';
    cms.publish('initiative', { ...fixtureRow('initiative', IDS.groceries, 'fr'), documentId, slug: 'pendant-un-echange', title: 'Tricot à Schaerbeek' });
    const result = await syncAcrossTheSwap(documentId);
    expect(result).toMatchObject({ status: 'indexed', indexes: ['content_fr'] });
    expect((await client.index(liveIndexUid('fr')).search('tricot schaerbeek')).hits.map((hit) => hit.documentId)).toEqual([documentId]);
    expect(await uids()).toEqual(['content_en', 'content_fr', 'content_nl']);
    // The next sync writes to the live index only, and succeeds.
    expect(await syncDocument({ kind: 'initiative', documentId, locale: 'fr' }, { cms: { url: cms.url }, meili: meili.connection })).toMatchObject({
      status: 'indexed',
      indexes: ['content_fr'],
    });
  });

  it('removes the document from the live index when the deleted index is gone', async () => {
    const documentId = 'dpublishedacrossaswap001';
    cms.unpublish('initiative', documentId, 'fr');
    const result = await syncAcrossTheSwap(documentId);
    expect(result).toMatchObject({ status: 'removed', indexes: ['content_fr'] });
    await expect(client.index(liveIndexUid('fr')).getDocument(`initiative-${documentId}`)).rejects.toThrow();
    expect(await uids()).toEqual(['content_en', 'content_fr', 'content_nl']);
  });
});
