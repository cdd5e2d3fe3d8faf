/**
 * Runs the whole Connecting Brussels platform on this machine:
 * Meilisearch, the CMS on SQLite (seeded on first run), the search index, and the built site.
 * Run it through `./platform start` (which brings Node 24 and the dependencies first).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { startMeilisearch } from '@cb/search';
import { PlatformError, isPortFree, portFromEnv, waitFor } from './lib/ports.ts';
import { runStep, startService, stopAll } from './lib/processes.ts';
import { loadOrCreateSecrets } from './lib/secrets.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CMS_DIR = path.join(ROOT, 'cms');
const SITE_DIR = path.join(ROOT, 'site');
const LOCAL_ADMIN = { email: 'admin@connecting-brussels.local', password: 'Connecting-Brussels-2026' };

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.CB_DATA_DIR || path.join(ROOT, '.data'));
  const ports = {
    cms: portFromEnv('CMS_PORT', 1337),
    meili: portFromEnv('MEILI_PORT', 7700),
    site: portFromEnv('SITE_PORT', 4321),
  };
  await assertPortsFree(ports);
  mkdirSync(dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(dataDir);
  const urls = {
    cms: `http://127.0.0.1:${ports.cms}`,
    meili: `http://127.0.0.1:${ports.meili}`,
    site: `http://127.0.0.1:${ports.site}`,
  };

  const meilisearch = await startMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), port: ports.meili, masterKey: secrets.MEILI_MASTER_KEY });
  process.once('exit', () => meilisearch.stop());

  await buildCmsIfChanged();
  startCms(ports.cms, dataDir, secrets, urls);
  await waitFor(`${urls.cms}/_health`, 'The CMS', 180_000, (status) => status === 204);

  await runStep('The search reindex', process.execPath, [path.join(ROOT, 'search/dist/cli.js'), 'reindex', '--cms', urls.cms, '--meili', urls.meili, '--master-key', secrets.MEILI_MASTER_KEY]);
  const searchKey = await searchOnlyKey(urls.meili, secrets.MEILI_MASTER_KEY);

  await runStep('The site build', 'npm', ['run', 'build', '--silent'], {
    cwd: SITE_DIR,
    env: { ...process.env, CMS_URL: urls.cms, SITE_URL: urls.site, PUBLIC_MEILI_URL: urls.meili, PUBLIC_MEILI_SEARCH_KEY: searchKey },
  });
  const site: Server = await serveStatic(path.join(SITE_DIR, 'dist'), ports.site);
  process.once('exit', () => site.close());

  console.log(`
Connecting Brussels runs on this machine:
  Site          ${urls.site}/
  CMS admin     ${urls.cms}/admin   (log in as ${process.env.CMS_ADMIN_EMAIL || LOCAL_ADMIN.email}${process.env.CMS_ADMIN_PASSWORD ? '' : ` / ${LOCAL_ADMIN.password}`})
  CMS API       ${urls.cms}/api/stories?locale=fr
  Meilisearch   ${urls.meili}/health
Data is kept in ${path.relative(ROOT, dataDir) || '.'}/ between runs. Press Ctrl-C to stop everything.
`);
}

async function assertPortsFree(ports: Record<'cms' | 'meili' | 'site', number>): Promise<void> {
  const names = { cms: 'CMS_PORT', meili: 'MEILI_PORT', site: 'SITE_PORT' } as const;
  for (const [service, port] of Object.entries(ports) as [keyof typeof names, number][]) {
    if (!(await isPortFree(port))) throw new PlatformError(`Port ${port} is taken (${service}); stop what uses it or set ${names[service]} to a free port.`);
  }
}

/** `strapi build` compiles the CMS and its admin panel; skipped when nothing changed since the last one. */
async function buildCmsIfChanged(): Promise<void> {
  const stamp = path.join(CMS_DIR, 'dist', '.built-at');
  const builtAt = existsSync(stamp) && existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html')) ? statSync(stamp).mtimeMs : 0;
  const sources = ['src', 'config', 'package.json', 'tsconfig.json', path.join('..', 'domain', 'dist')];
  if (sources.every((source) => newestChange(path.join(CMS_DIR, source)) < builtAt)) return;
  console.log('Building the CMS and its admin panel (once, or after a change)...');
  await runStep('The CMS build', 'npm', ['run', 'build', '--silent'], { cwd: CMS_DIR, env: { ...process.env, NODE_ENV: 'production' } });
  writeFileSync(stamp, new Date().toISOString());
}

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

function startCms(port: number, dataDir: string, secrets: Record<string, string>, urls: Record<string, string>): void {
  mkdirSync(path.join(CMS_DIR, 'public', 'uploads'), { recursive: true });
  startService('cms', process.execPath, [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      ...secrets,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dataDir, 'cms.db'),
      STRAPI_TELEMETRY_DISABLED: 'true',
      MEILI_URL: urls.meili,
      MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY,
    },
  });
}

async function searchOnlyKey(meiliUrl: string, masterKey: string): Promise<string> {
  const { ensureSearchOnlyKey } = await import('@cb/search');
  return ensureSearchOnlyKey({ url: meiliUrl, masterKey });
}

function shutdown(code: number): never {
  stopAll();
  process.exit(code);
}

process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));

main().catch((error: unknown) => {
  const message = error instanceof PlatformError || (error instanceof Error && error.name === 'MeilisearchBinaryError') ? error.message : String(error instanceof Error ? error.stack : error);
  console.error(`\nConnecting Brussels could not start: ${message}`);
  shutdown(1);
});
