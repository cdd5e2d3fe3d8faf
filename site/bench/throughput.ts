/**
 * Build throughput on the large synthetic data set: `node bench/throughput.ts` (part of `npm run bench`).
 * A real CMS holding 10,000 documents per locale (built once, cached in .data/bench/), a cold build,
 * then one story edited and published through the admin API and the rebuild that follows.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { LARGE_DATA_SET, startSyntheticCms } from '../../cms/testing/synthetic-cms.ts';
import ADMIN from '../../cms/src/access/local-admin.json' with { type: 'json' };

const SITE_DIR = path.resolve(import.meta.dirname, '..');
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

const cms = await startSyntheticCms(LARGE_DATA_SET);
const outDir = mkdtempSync(path.join(tmpdir(), 'cb-site-throughput-'));
try {
  console.log(`CMS with ${JSON.stringify(LARGE_DATA_SET)} per locale, plus the seed: ${cms.url}`);
  const cold = await timedBuild();
  const pages = countPages(outDir);
  console.log(`Cold build: ${pages} pages in ${(cold / 1000).toFixed(1)} s = ${Math.round(pages / (cold / 1000))} pages/s`);

  await editOneStory();
  const rebuild = await timedBuild();
  console.log(`Rebuild after one published change: ${(rebuild / 1000).toFixed(1)} s (${Math.round(countPages(outDir) / (rebuild / 1000))} pages/s)`);
} finally {
  await cms.stop();
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(0);

async function timedBuild(): Promise<number> {
  const started = Date.now();
  await promisify(execFile)(process.execPath, ['--max-old-space-size=8192', ASTRO_BIN, 'build', '--silent'], {
    cwd: SITE_DIR,
    env: { ...process.env, CMS_URL: cms.url, SITE_URL: 'http://127.0.0.1:4321', SITE_OUT_DIR: outDir },
    maxBuffer: 256 * 1024 * 1024,
  });
  return Date.now() - started;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && statSync(path.join(dir, file)).isFile()).length;
}

async function editOneStory(): Promise<void> {
  const login = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { data } = (await login.json()) as { data: { token?: string; accessToken?: string } };
  const headers = { authorization: `Bearer ${data.token ?? data.accessToken}`, 'content-type': 'application/json' };
  const list = (await (await fetch(`${cms.url}/api/stories?locale=nl&pagination[pageSize]=1`)).json()) as { data: { documentId: string }[] };
  const documentId = list.data[0]!.documentId;
  const path = `/content-manager/collection-types/api::story.story/${documentId}`;
  const updated = await fetch(`${cms.url}${path}?locale=nl`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ summary: `Bijgewerkt om ${new Date().toISOString()}` }),
  });
  if (!updated.ok) throw new Error(`update answered ${updated.status}`);
  const published = await fetch(`${cms.url}${path}/actions/publish?locale=nl`, { method: 'POST', headers, body: '{}' });
  if (!published.ok) throw new Error(`publish answered ${published.status}`);
}
