import type { Locale } from '@cb/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../src/documents.js';
import { liveIndexUid, meiliClient } from '../src/meili.js';
import { freePort, startMeilisearch } from '../src/meilisearch-binary.js';
import { reindex } from '../src/reindex.js';
import { removeDocument, removeDocumentAllLocales, syncDocument, syncDocumentAllLocales, type SyncOptions } from '../src/sync.js';
import { FakeCms } from './helpers/fake-cms.js';
import { fixtureRow, IDS, seed } from './helpers/fixtures.js';
import { startTestMeilisearch, TEST_MASTER_KEY, type TestMeilisearch } from './helpers/meilisearch.js';

let meili: TestMeilisearch;
let cms: FakeCms;
let client: Meilisearch;
let options: SyncOptions;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start()]);
  seed(cms);
  client = meiliClient(meili.connection);
  options = { cms: { url: cms.url }, meili: meili.connection };
  await reindex(options);
});
afterAll(async () => Promise.all([meili?.close(), cms?.close()]));

const NEW_ID = 'dnewinitiative0000000001';
const NEW_ID_SEARCH = `initiative-${NEW_ID}`;

async function titlesFound(locale: Locale, query: string): Promise<string[]> {
  const { hits } = await client.index<SearchDocument>(liveIndexUid(locale)).search(query);
  return hits.map((hit) => hit.title);
}
async function isIndexed(locale: Locale, id: string): Promise<boolean> {
  const { results } = await client.index(liveIndexUid(locale)).getDocuments({ limit: 100 });
  return results.some((document) => document.id === id);
}

function newInitiative(locale: Locale, title: string) {
  return { ...fixtureRow('initiative', IDS.walking, locale), documentId: NEW_ID, title, slug: 'zangkoor' };
}

describe('incremental sync, re-reading the CMS', () => {
  it('publish: the document appears in its locale only, searchable at once', async () => {
    cms.publish('initiative', newInitiative('fr', 'Chorale des voisins à Evere'));
    const started = Date.now();
    const result = await syncDocument({ kind: 'initiative', documentId: NEW_ID, locale: 'fr' }, options);
    expect(await titlesFound('fr', 'chorale')).toEqual(['Chorale des voisins à Evere']);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ status: 'indexed', id: NEW_ID_SEARCH, locale: 'fr', indexes: ['content_fr'] });
    expect(await isIndexed('nl', NEW_ID_SEARCH)).toBe(false);
    expect(await isIndexed('en', NEW_ID_SEARCH)).toBe(false);
  });

  it('update: the index holds the new version, not the old one', async () => {
    cms.publish('initiative', newInitiative('fr', 'Chorale intergénérationnelle à Evere'));
    expect((await syncDocument({ kind: 'initiative', documentId: NEW_ID, locale: 'fr' }, options)).status).toBe('indexed');
    expect(await titlesFound('fr', 'chorale')).toEqual(['Chorale intergénérationnelle à Evere']);
    expect(await titlesFound('fr', 'voisins')).not.toContain('Chorale des voisins à Evere');
  });

  it('publish a second locale: it appears there, the first stays', async () => {
    cms.publish('initiative', newInitiative('nl', 'Buurtkoor in Evere'));
    expect((await syncDocument({ kind: 'initiative', documentId: NEW_ID, locale: 'nl' }, options)).status).toBe('indexed');
    expect(await titlesFound('nl', 'buurtkoor')).toEqual(['Buurtkoor in Evere']);
    expect(await titlesFound('fr', 'chorale')).toEqual(['Chorale intergénérationnelle à Evere']);
  });

  it('unpublish one locale only: gone from that locale, still in the others', async () => {
    cms.unpublish('initiative', NEW_ID, 'fr');
    const result = await syncDocument({ kind: 'initiative', documentId: NEW_ID, locale: 'fr' }, options);
    expect(result).toMatchObject({ status: 'removed', indexes: ['content_fr'] });
    expect(await titlesFound('fr', 'chorale')).toEqual([]);
    expect(await isIndexed('fr', NEW_ID_SEARCH)).toBe(false);
    expect(await titlesFound('nl', 'buurtkoor')).toEqual(['Buurtkoor in Evere']);
  });

  it('delete: gone from every locale', async () => {
    cms.publish('initiative', newInitiative('en', 'Neighbourhood choir in Evere'));
    await syncDocument({ kind: 'initiative', documentId: NEW_ID, locale: 'en' }, options);
    expect(await isIndexed('en', NEW_ID_SEARCH)).toBe(true);
    cms.delete('initiative', NEW_ID);
    const results = await syncDocumentAllLocales({ kind: 'initiative', documentId: NEW_ID }, options);
    expect(results.map((result) => result.status)).toEqual(['removed', 'removed', 'removed']);
    for (const locale of ['nl', 'fr', 'en'] as const) expect(await isIndexed(locale, NEW_ID_SEARCH)).toBe(false);
  });

  it('syncs every kind, e.g. an edited story', async () => {
    cms.publish('story', { ...fixtureRow('story', IDS.story, 'en'), title: 'Marie and Ahmed, inseparable' });
    expect((await syncDocument({ kind: 'story', documentId: IDS.story, locale: 'en' }, options)).status).toBe('indexed');
    expect(await titlesFound('en', 'inseparable')).toEqual(['Marie and Ahmed, inseparable']);
  });

  it('removeDocument removes without asking the CMS', async () => {
    const before = cms.requests.length;
    expect((await removeDocument({ kind: 'project-call', documentId: IDS.call, locale: 'nl' }, options)).status).toBe('removed');
    expect(await isIndexed('nl', `project-call-${IDS.call}`)).toBe(false);
    expect(await isIndexed('fr', `project-call-${IDS.call}`)).toBe(true);
    const all = await removeDocumentAllLocales({ kind: 'project-call', documentId: IDS.call }, options);
    expect(all.every((result) => result.status === 'removed')).toBe(true);
    expect(cms.requests.length).toBe(before);
    // Put it back for the other tests.
    await syncDocumentAllLocales({ kind: 'project-call', documentId: IDS.call }, options);
    expect(await isIndexed('nl', `project-call-${IDS.call}`)).toBe(true);
  });

  it('keeps the indexed version and reports a miss when the CMS sends an invalid document', async () => {
    cms.publish('initiative', { ...fixtureRow('initiative', IDS.digital, 'en'), title: null });
    const result = await syncDocument({ kind: 'initiative', documentId: IDS.digital, locale: 'en' }, options);
    expect(result.status).toBe('missed');
    expect(result.message).toContain(IDS.digital);
    expect(result.message).toContain('title');
    expect(await titlesFound('en', 'digital')).toContain('Digital help in Schaerbeek');
    cms.publish('initiative', fixtureRow('initiative', IDS.digital, 'en'));
  });

  it('reports a miss, without throwing, when the CMS cannot be read', async () => {
    cms.failWith = 500;
    try {
      const result = await syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'nl' }, options);
      expect(result).toMatchObject({ status: 'missed', intended: 'unknown' });
      expect(result.message).toMatch(/500/);
    } finally {
      cms.failWith = null;
    }
  });
});

describe('when Meilisearch is busy', () => {
  it('reports a change it accepted but had not applied yet as queued, not missed', async () => {
    const busywork = Array.from({ length: 5_000 }, (_, n) => ({
      id: `busy-${n}`,
      title: `busy work number ${n} for the queue`,
      text: 'lorem ipsum '.repeat(20),
    }));
    const busy = client.index('scratch_busy').addDocuments(busywork);
    await busy; // enqueued ahead of the sync's change
    cms.publish('initiative', { ...fixtureRow('initiative', IDS.phone, 'nl'), title: 'Telefooncirkel, nu ook op zondag' });
    const result = await syncDocument({ kind: 'initiative', documentId: IDS.phone, locale: 'nl' }, { ...options, taskTimeoutMs: 20 });
    expect(result).toMatchObject({ status: 'indexed', queued: true });
    expect(result.message).toContain('queued');
    await busy.waitTask({ timeout: 30_000 });
    await client.tasks.waitForTasks(
      (await client.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.map((task) => task.uid),
      { timeout: 30_000 },
    );
    expect(await titlesFound('nl', 'zondag')).toEqual(['Telefooncirkel, nu ook op zondag']);
    await client.deleteIndex('scratch_busy').waitTask();
  });
});

describe('when Meilisearch is down', () => {
  it('returns a missed result naming the document, and does not throw', async () => {
    const deadPort = await freePort();
    const down = { ...options, meili: { url: `http://127.0.0.1:${deadPort}`, masterKey: TEST_MASTER_KEY } };
    const started = Date.now();
    const result = await syncDocument({ kind: 'initiative', documentId: IDS.groceries, locale: 'fr' }, down);
    expect(result).toMatchObject({ status: 'missed', intended: 'index', kind: 'initiative', documentId: IDS.groceries, locale: 'fr' });
    expect(result.reason).toMatch(/unreachable.*ECONNREFUSED/);
    expect(result.message).toContain(`initiative "${IDS.groceries}" (fr) was not indexed`);
    expect(result.message).not.toContain(TEST_MASTER_KEY);
    expect(Date.now() - started).toBeLessThan(2_000);
    const removal = await removeDocument({ kind: 'initiative', documentId: IDS.groceries, locale: 'fr' }, down);
    expect(removal).toMatchObject({ status: 'missed', intended: 'remove' });
  });

  it('the next sync repairs what was missed once Meilisearch is back', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cb-search-restart-'));
    try {
      const first = await startMeilisearch({ dataDir, masterKey: TEST_MASTER_KEY, maxIndexingThreads: 1 });
      const connection = { url: first.url, masterKey: TEST_MASTER_KEY };
      await first.stop();
      const syncOptions = { cms: options.cms, meili: connection };
      expect((await syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'nl' }, syncOptions)).status).toBe('missed');

      const again = await startMeilisearch({ dataDir, masterKey: TEST_MASTER_KEY, port: first.port, maxIndexingThreads: 1 });
      try {
        expect((await syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'nl' }, syncOptions)).status).toBe('indexed');
        // The index a sync had to create has the settings: filters and synonyms work.
        const { hits } = await meiliClient(connection).index(liveIndexUid('nl')).search('wandeling', { filter: 'categories = "walking"' });
        expect(hits.map((hit) => hit.documentId)).toEqual([IDS.walking]);
      } finally {
        await again.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('what sync ignores', () => {
  it('ignores unknown locales and kinds instead of throwing', async () => {
    expect((await syncDocument({ kind: 'initiative', documentId: IDS.walking, locale: 'de' as never }, options)).status).toBe('ignored');
    expect((await syncDocument({ kind: 'page' as never, documentId: 'x', locale: 'nl' }, options)).status).toBe('ignored');
    expect((await removeDocument({ kind: 'initiative', documentId: '', locale: 'nl' }, options)).status).toBe('ignored');
  });
});
