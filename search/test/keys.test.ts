import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSearchOnlyKey, SEARCH_KEY_UID } from '../src/keys.js';
import { liveIndexUid, meiliClient, succeeded } from '../src/meili.js';
import { reindex } from '../src/reindex.js';
import { FakeCms } from './helpers/fake-cms.js';
import { seed } from './helpers/fixtures.js';
import { startTestMeilisearch, TEST_MASTER_KEY, type TestMeilisearch } from './helpers/meilisearch.js';

let meili: TestMeilisearch;
let cms: FakeCms;
let admin: Meilisearch;
let searchKey: string;
let browser: Meilisearch;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start()]);
  seed(cms);
  admin = meiliClient(meili.connection);
  await reindex({ cms: { url: cms.url }, meili: meili.connection, locales: ['fr'] });
  searchKey = await ensureSearchOnlyKey(meili.connection);
  browser = new Meilisearch({ host: meili.url, apiKey: searchKey });
});
afterAll(async () => Promise.all([meili?.close(), cms?.close()]));

/** The HTTP status Meilisearch answered, or 'ok' when the call was allowed. */
async function statusOf(call: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    if (error instanceof MeilisearchApiError) return error.response.status;
    throw error;
  }
}

describe('the search-only key for the browser', () => {
  it('is not the master key, and is the same every time it is asked for', async () => {
    expect(searchKey).not.toBe(TEST_MASTER_KEY);
    expect(await ensureSearchOnlyKey(meili.connection)).toBe(searchKey);
    const keys = (await admin.getKeys({ limit: 100 })).results.filter((key) => key.uid === SEARCH_KEY_UID);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ actions: ['search'], indexes: ['content_*'], expiresAt: null });
  });

  it('can search the content indexes', async () => {
    const { hits } = await browser.index(liveIndexUid('fr')).search('courses', { facets: ['categories'] });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('cannot add, update or delete documents', async () => {
    const index = browser.index(liveIndexUid('fr'));
    expect(await statusOf(() => index.addDocuments([{ id: 'x', title: 'spam' }]))).toBe(403);
    expect(await statusOf(() => index.updateDocuments([{ id: 'x', title: 'spam' }]))).toBe(403);
    expect(await statusOf(() => index.deleteDocument('initiative-x'))).toBe(403);
    expect(await statusOf(() => index.deleteAllDocuments())).toBe(403);
  });

  it('cannot change settings, nor create, swap or delete indexes', async () => {
    const index = browser.index(liveIndexUid('fr'));
    expect(await statusOf(() => index.updateSettings({ searchableAttributes: ['*'] }))).toBe(403);
    expect(await statusOf(() => index.updateSynonyms({ a: ['b'] }))).toBe(403);
    expect(await statusOf(() => index.getSettings())).toBe(403);
    expect(await statusOf(() => browser.createIndex('content_evil'))).toBe(403);
    expect(await statusOf(() => browser.deleteIndex(liveIndexUid('fr')))).toBe(403);
    expect(await statusOf(() => browser.swapIndexes([{ indexes: ['content_fr', 'content_nl'], rename: false }]))).toBe(403);
  });

  it('cannot read documents directly, nor manage keys, tasks or dumps', async () => {
    expect(await statusOf(() => browser.index(liveIndexUid('fr')).getDocuments())).toBe(403);
    expect(await statusOf(() => browser.getKeys())).toBe(403);
    expect(await statusOf(() => browser.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null }))).toBe(403);
    expect(await statusOf(() => browser.tasks.getTasks())).toBe(403);
    expect(await statusOf(() => browser.createDump())).toBe(403);
  });

  it('cannot search an index outside content_*', async () => {
    await succeeded(admin.createIndex('staff_only', { primaryKey: 'id' }));
    expect(await statusOf(() => browser.index('staff_only').search(''))).toBe(403);
  });

  it('gets its rights back if someone widened them', async () => {
    await admin.deleteKey(SEARCH_KEY_UID);
    await admin.createKey({ uid: SEARCH_KEY_UID, actions: ['*'], indexes: ['*'], expiresAt: null });
    expect(await ensureSearchOnlyKey(meili.connection)).toBe(searchKey);
    expect(await admin.getKey(SEARCH_KEY_UID)).toMatchObject({ actions: ['search'], indexes: ['content_*'] });
    expect(await statusOf(() => browser.index(liveIndexUid('fr')).addDocuments([{ id: 'x' }]))).toBe(403);
  });
});
