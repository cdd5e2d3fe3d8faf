/**
 * Search against the real CMS, with the large synthetic data set (10,000 documents per locale):
 *   node bench/with-real-cms.ts
 * 1. Meilisearch vs Strapi's own REST filtering on the same data, side by side (search-latency.ts --cms).
 * 2. Publish-to-searchable: an editor publishes through the admin API; how long until search finds it.
 * The data set is built once (about 15 minutes on 2 cores) and cached in .data/bench/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSearchOnlyKey, reindex, startMeilisearch } from '@cb/search';
import { LARGE_DATA_SET as SIZE, startSyntheticCms } from '../../cms/testing/synthetic-cms.ts';
import ADMIN from '../../cms/src/access/local-admin.json' with { type: 'json' };

const dataDir = await mkdtemp(path.join(tmpdir(), 'cb-bench-real-cms-'));
const masterKey = `bench-${Date.now()}`;
const meili = await startMeilisearch({ dataDir, masterKey });
const cms = await startSyntheticCms(SIZE, { MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey });
try {
  console.log(`Real CMS at ${cms.url} with ${SIZE.organisations + SIZE.initiatives + SIZE.stories} synthetic documents per locale (plus the seed).`);
  const latency = spawnSync(process.execPath, [path.join(import.meta.dirname, 'search-latency.ts'), '--cms', cms.url, '--rounds', '20'], { stdio: 'inherit' });
  if (latency.status !== 0) throw new Error('search-latency.ts --cms failed');

  await reindex({ cms: { url: cms.url }, meili: { url: meili.url, masterKey } });
  const searchKey = await ensureSearchOnlyKey({ url: meili.url, masterKey });
  const times = await publishToSearchable(cms.url, meili.url, searchKey);
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(0);
  console.log(`\nPublish in the CMS (admin API) to found by search, ${times.length} publications: p50 ${at(50)} ms, p95 ${at(95)} ms (goal < 1000 ms)`);
} finally {
  await cms.stop();
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
}

async function publishToSearchable(cmsUrl: string, meiliUrl: string, searchKey: string): Promise<number[]> {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { data } = (await login.json()) as { data: { token?: string; accessToken?: string } };
  const headers = { authorization: `Bearer ${data.token ?? data.accessToken}`, 'content-type': 'application/json' };
  const times: number[] = [];
  for (let n = 0; n < 15; n += 1) {
    const word = `zonnebloem${Date.now()}${n}`;
    const created = await fetch(`${cmsUrl}/content-manager/collection-types/api::story.story?locale=nl`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Verhaal ${word}`, slug: `verhaal-${word}`, summary: word, body: [], storyDate: '2026-11-26' }),
    });
    const { data: story } = (await created.json()) as { data: { documentId: string } };
    const started = performance.now();
    const published = await fetch(`${cmsUrl}/content-manager/collection-types/api::story.story/${story.documentId}/actions/publish?locale=nl`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    if (!published.ok) throw new Error(`publish answered ${published.status}`);
    while (!(await found(meiliUrl, searchKey, word))) await new Promise((resolve) => setTimeout(resolve, 5));
    times.push(performance.now() - started);
  }
  return times;
}

async function found(meiliUrl: string, searchKey: string, word: string): Promise<boolean> {
  const response = await fetch(`${meiliUrl}/indexes/content_nl/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ q: word, limit: 1 }),
  });
  return ((await response.json()) as { estimatedTotalHits?: number }).estimatedTotalHits! > 0;
}
