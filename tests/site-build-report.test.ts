import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilds } from '../scripts/lib/site-builds.ts';

/**
 * The local runner's builder tells the CMS how each build went. When the site's loaders refused
 * values, the report carries their list (type, document, slug, language, field) as the site wrote
 * it, so the admin can name them to editors. The site here is a stand-in whose `npm run build`
 * fails the way the site's loaders do (the real loaders' file is tested in site/test/site/build-failure).
 */

const TOKEN = 'builder-report-token';
const PROBLEM = { type: 'story', documentId: 'k2p9x7w1q8z3', slug: 'buurtsoep', locale: 'fr', field: 'title', message: 'Invalid input' };

let dir: string;
let receiver: Server;
let received: { authorization: string | undefined; body: unknown }[] = [];
let reportsUrl: string;

function standInSite(name: string, script: string): string {
  const siteDir = path.join(dir, name);
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(path.join(siteDir, 'package.json'), JSON.stringify({ name, private: true, scripts: { build: 'node build.mjs' } }));
  writeFileSync(path.join(siteDir, 'build.mjs'), script);
  return siteDir;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cb-site-build-report-'));
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = receiver.address();
  if (address === null || typeof address === 'string') throw new Error('The receiver has no port');
  reportsUrl = `http://127.0.0.1:${address.port}/api/site-builds/report`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('a site build that fails on values the site refused', () => {
  it('reports failed, with the documents and fields the loaders wrote', async () => {
    received = [];
    const siteDir = standInSite(
      'refusing-site',
      `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.SITE_BUILD_PROBLEMS_FILE, JSON.stringify(${JSON.stringify(PROBLEM)}) + '\\n');
console.error('The CMS sent content the site cannot use (1 problem):\\n  - story "k2p9x7w1q8z3" (fr), field "title": Invalid input (slug "buurtsoep")');
process.exit(1);
`,
    );
    const builds = new SiteBuilds(siteDir, path.join(dir, 'builds-refusing'), process.env, { url: reportsUrl, token: TOKEN });
    await expect(builds.build()).rejects.toThrow();
    expect(received).toHaveLength(1);
    expect(received[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(received[0]?.body).toMatchObject({ status: 'failed', problems: [PROBLEM] });
  });
});

describe('a site build that succeeds', () => {
  it('reports succeeded, with no problems', async () => {
    received = [];
    const siteDir = standInSite(
      'working-site',
      `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync(process.env.SITE_OUT_DIR, { recursive: true });
writeFileSync(process.env.SITE_OUT_DIR + '/index.html', '<!doctype html><title>ok</title>');
`,
    );
    const builds = new SiteBuilds(siteDir, path.join(dir, 'builds-working'), process.env, { url: reportsUrl, token: TOKEN });
    await builds.build();
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toMatchObject({ status: 'succeeded' });
    expect(received[0]?.body).not.toHaveProperty('problems');
  });
});
