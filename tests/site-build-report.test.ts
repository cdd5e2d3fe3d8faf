import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilds } from '../scripts/lib/site-builds.ts';

/**
 * The local runner's builder tells the CMS how each build went. When the site's loaders refused
 * values, the report carries their list (type, document, slug, language, field) as the site wrote
 * it, so the admin can name them to editors. The site here is a stand-in whose build worker runs a
 * build that fails the way the site's loaders do (the real loaders' file is tested in site/test/site/build-failure).
 */

const TOKEN = 'builder-report-token';
const PROBLEM = { type: 'story', documentId: 'k2p9x7w1q8z3', slug: 'buurtsoep', locale: 'fr', field: 'title', message: 'Invalid input' };

let dir: string;
let receiver: Server;
let received: { authorization: string | undefined; body: unknown }[] = [];
let reportsUrl: string;

/**
 * Speaks the build worker's protocol (site/scripts/build-worker.ts): each build runs the stand-in's build.mjs; a
 * precompression writes a file saying which folder it was asked for.
 */
const STAND_IN_WORKER = `import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
process.on('message', (request) => {
  if (request.precompress) {
    writeFileSync(path.join(request.precompress.root, 'precompressed.txt'), request.precompress.previousRoot ?? '');
    process.send({ ok: true });
    return;
  }
  const run = spawnSync(process.execPath, ['build.mjs'], { env: request.build.env, stdio: 'inherit' });
  process.send(run.status === 0 ? { ok: true } : { ok: false, message: 'exit code ' + run.status });
});
process.on('disconnect', () => process.exit(0));
`;

function standInSite(name: string, script: string, worker = STAND_IN_WORKER): string {
  const siteDir = path.join(dir, name);
  mkdirSync(path.join(siteDir, 'scripts'), { recursive: true });
  writeFileSync(path.join(siteDir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(path.join(siteDir, 'scripts', 'build-worker.ts'), worker);
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
    await builds.close();
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
    await builds.close();
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toMatchObject({ status: 'succeeded' });
    expect(received[0]?.body).not.toHaveProperty('problems');
  });
});

describe('a build worker that ends in the middle of a build', () => {
  it('has the build done again by a new worker, once, and reports it succeeded', async () => {
    received = [];
    const siteDir = standInSite(
      'dying-site',
      `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync(process.env.SITE_OUT_DIR, { recursive: true });
writeFileSync(process.env.SITE_OUT_DIR + '/index.html', '<!doctype html><title>built by the second worker</title>');
`,
      // The first worker is killed at its first build (as by the out-of-memory killer); the next one builds.
      `import { existsSync, writeFileSync } from 'node:fs';
if (existsSync('first-worker-died')) {
  await import('./stand-in-worker.js');
} else {
  process.on('message', () => {
    writeFileSync('first-worker-died', '');
    process.kill(process.pid, 'SIGKILL');
  });
}
`,
    );
    writeFileSync(path.join(siteDir, 'scripts', 'stand-in-worker.js'), STAND_IN_WORKER);
    const builds = new SiteBuilds(siteDir, path.join(dir, 'builds-dying'), process.env, { url: reportsUrl, token: TOKEN });
    await builds.build();
    await builds.close();
    expect(readFileSync(path.join(builds.servedDir(), 'index.html'), 'utf8')).toContain('built by the second worker');
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toMatchObject({ status: 'succeeded' });
  });
});

describe('builds after builds', () => {
  it('keep the served build and the one before it, and remove the older ones once settled', async () => {
    const siteDir = standInSite(
      'rebuilt-site',
      `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync(process.env.SITE_OUT_DIR + '/nested', { recursive: true });
writeFileSync(process.env.SITE_OUT_DIR + '/nested/index.html', '<!doctype html><title>' + Date.now() + '</title>');
`,
    );
    const buildsDir = path.join(dir, 'builds-rebuilt');
    const builds = new SiteBuilds(siteDir, buildsDir, process.env);
    const served: string[] = [];
    for (let round = 0; round < 4; round++) {
      await builds.build();
      served.push(builds.servedDir());
    }
    await builds.close();
    const folders = readdirSync(buildsDir).filter((entry) => entry.startsWith('build-'));
    expect(folders.map((entry) => path.join(buildsDir, entry)).sort()).toEqual(served.slice(-2).sort());
  });

  it('are compressed once served, each from the build served before it', async () => {
    const siteDir = standInSite('compressed-site', `import { mkdirSync } from 'node:fs';\nmkdirSync(process.env.SITE_OUT_DIR, { recursive: true });\n`);
    const builds = new SiteBuilds(siteDir, path.join(dir, 'builds-compressed'), process.env);
    const served: string[] = [];
    for (let round = 0; round < 2; round++) {
      await builds.build();
      served.push(builds.servedDir());
    }
    await builds.close();
    expect(served.map((folder) => readFileSync(path.join(folder, 'precompressed.txt'), 'utf8'))).toEqual(['', served[0]]);
  });

  it('stay served when their compression fails', async () => {
    const siteDir = standInSite(
      'uncompressed-site',
      `import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync(process.env.SITE_OUT_DIR, { recursive: true });\nwriteFileSync(process.env.SITE_OUT_DIR + '/index.html', 'ok');\n`,
      STAND_IN_WORKER.replace(`process.send({ ok: true });\n    return;`, `process.send({ ok: false, message: 'no space left' });\n    return;`),
    );
    const builds = new SiteBuilds(siteDir, path.join(dir, 'builds-uncompressed'), process.env);
    await builds.build();
    await builds.close();
    expect(readFileSync(path.join(builds.servedDir(), 'index.html'), 'utf8')).toBe('ok');
  });
});
