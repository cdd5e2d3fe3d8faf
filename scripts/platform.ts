/**
 * Runs the whole Connecting Brussels platform on this machine:
 * Meilisearch, the CMS on SQLite (seeded on first run), the search index, and the built site.
 * Run it through `./platform start` (which brings Node 24 and the dependencies first).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ensureSearchOnlyKey, startMeilisearch } from '@cb/search';
import { PlatformError, isPortFree, waitFor } from './lib/ports.ts';
import { runStep, startService, stopAll } from './lib/processes.ts';
import { reindexStep } from './lib/reindex-step.ts';
import { loadOrCreateSecrets } from './lib/secrets.ts';
import { SiteBuilds } from './lib/site-builds.ts';
import { localMailEnv } from './lib/mail-catcher.ts';
import { serveStatic } from './lib/static-server.ts';
import { everyDayAt } from '../site/scripts/daily-build.ts';
import { PORT_VARIABLES, RUNNER_SERVICES, runnerSettings, type RunnerSettings } from './lib/settings.ts';
import LOCAL_ADMIN from '../cms/src/access/local-admin.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '..');
const CMS_DIR = path.join(ROOT, 'cms');
const SITE_DIR = path.join(ROOT, 'site');

async function main(): Promise<void> {
  const settings = runnerSettings(ROOT);
  const { dataDir, ports, dailyBuildAt } = settings;
  await assertPortsFree(ports);
  mkdirSync(dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(dataDir);
  const urls = {
    cms: `http://127.0.0.1:${ports.cms}`,
    meili: `http://127.0.0.1:${ports.meili}`,
    site: `http://127.0.0.1:${ports.site}`,
    preview: `http://127.0.0.1:${ports.preview}`,
  };

  const meilisearch = await startMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), port: ports.meili, masterKey: secrets.MEILI_MASTER_KEY });
  process.once('exit', () => meilisearch.stop());

  // Made (or found) before the CMS starts: its page of results without JavaScript searches with it, as the site's island does.
  const searchKey = await ensureSearchOnlyKey({ url: urls.meili, masterKey: secrets.MEILI_MASTER_KEY });
  await buildCmsIfChanged();
  const hook = { url: `http://127.0.0.1:${ports.hook}/rebuild`, token: randomBytes(24).toString('base64url') };
  const mailEnv = await localMailEnv(dataDir, settings.mail);
  // Strapi's Preview opens drafts on the preview server; the CMS keys the drafts token to this value at start.
  const previewEnv = {
    SITE_PREVIEW_URL: urls.preview,
    SITE_PREVIEW_SECRET: randomBytes(24).toString('base64url'),
    SITE_PREVIEW_TOKEN: randomBytes(32).toString('base64url'),
  };
  startCms(
    settings,
    { ...secrets, ...mailEnv, ...previewEnv, MEILI_SEARCH_KEY: searchKey, SITE_BUILD_HOOK_URL: hook.url, SITE_BUILD_HOOK_TOKEN: hook.token },
    urls,
  );
  await waitFor(`${urls.cms}/_health`, 'The CMS', 180_000, (status) => status === 204);

  const reindex = reindexStep(ROOT, urls, secrets.MEILI_MASTER_KEY);
  await runStep('The search reindex', process.execPath, reindex.args, { env: reindex.env });

  const builds = new SiteBuilds(
    SITE_DIR,
    path.join(dataDir, 'site'),
    {
      ...process.env,
      CMS_URL: urls.cms,
      SITE_URL: urls.site,
      PUBLIC_MEILI_URL: urls.meili,
      PUBLIC_MEILI_SEARCH_KEY: searchKey,
    },
    { url: `${urls.cms}/api/site-builds/report`, token: hook.token },
  );
  const firstBuildMs = await builds.build();
  console.log(`[site] Built in ${(firstBuildMs / 1000).toFixed(1)} s.`);
  await startPreview(settings, urls, previewEnv);
  const site: Server = await serveStatic(() => builds.servedDir(), ports.site, '127.0.0.1', { cmsUrl: urls.cms });
  const hookServer = await builds.listenForHook(ports.hook, hook.token);
  // "This week", "this month" and the calendar feeds move on with the calendar, also when nobody publishes.
  const stopDailyBuilds = everyDayAt(dailyBuildAt, () => builds.rebuild('the daily rebuild'));
  process.once('exit', () => {
    stopDailyBuilds();
    site.close();
    hookServer.close();
  });

  console.log(`
Connecting Brussels runs on this machine:
  Site          ${urls.site}/
  CMS admin     ${urls.cms}/admin   (log in as ${settings.admin.email ?? LOCAL_ADMIN.email}${settings.admin.passwordGiven ? '' : ` / ${LOCAL_ADMIN.password}`})
  CMS API       ${urls.cms}/api/stories?locale=fr
  Preview       ${urls.preview}/   (drafts, opened from the CMS's Preview button only)
  Meilisearch   ${urls.meili}/health
Publishing in the CMS rebuilds the site, and so does the clock every day at ${dailyBuildAt} (Brussels). Data is kept in ${path.relative(ROOT, dataDir) || '.'}/ between runs.
Press Ctrl-C to stop everything.
`);
}

async function assertPortsFree(ports: RunnerSettings['ports']): Promise<void> {
  for (const service of RUNNER_SERVICES) {
    const port = ports[service];
    if (!(await isPortFree(port)))
      throw new PlatformError(`Port ${port} is taken (${service}); stop what uses it or set ${PORT_VARIABLES[service].name} to a free port.`);
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

function startCms(settings: RunnerSettings, secrets: Record<string, string>, urls: Record<string, string>): void {
  mkdirSync(path.join(CMS_DIR, 'public', 'uploads'), { recursive: true });
  startService('cms', process.execPath, [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      ...secrets,
      NODE_ENV: settings.nodeEnv,
      HOST: '127.0.0.1',
      PORT: String(settings.ports.cms),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(settings.dataDir, 'cms.db'),
      PRIVATE_UPLOADS_DIR: settings.privateUploadsDir,
      STRAPI_TELEMETRY_DISABLED: 'true',
      MEILI_URL: urls.meili,
      MEILI_MASTER_KEY: secrets.MEILI_MASTER_KEY,
      // The site's origin: it may read the content API from a browser and post intake forms.
      SITE_URL: urls.site,
    },
  });
}

/**
 * The site's preview server (site/preview): built at each start (seconds), run as its own process on
 * its own loopback port, apart from the static site; only the admin's origin may frame it.
 */
async function startPreview(settings: RunnerSettings, urls: Record<'cms' | 'site' | 'preview', string>, previewEnv: Record<string, string>): Promise<void> {
  const env = { ...process.env, ...previewEnv, CMS_URL: urls.cms, SITE_URL: urls.site, SITE_PREVIEW_ADMIN_URL: urls.cms };
  await runStep('The preview build', 'npm', ['run', 'build:preview', '--silent'], { cwd: SITE_DIR, env });
  startService('site-preview', process.execPath, [path.join(SITE_DIR, 'preview/dist/server/entry.mjs')], {
    cwd: SITE_DIR,
    env: { ...env, HOST: '127.0.0.1', PORT: String(settings.ports.preview) },
  });
  // Any answer will do: without the secret it is a 401.
  await waitFor(`${urls.preview}/`, 'The preview server', 30_000, (status) => status === 401);
}

function shutdown(code: number): never {
  stopAll();
  process.exit(code);
}

process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));

main().catch((error: unknown) => {
  const message =
    error instanceof PlatformError || (error instanceof Error && error.name === 'MeilisearchBinaryError')
      ? error.message
      : String(error instanceof Error ? error.stack : error);
  console.error(`\nConnecting Brussels could not start: ${message}`);
  shutdown(1);
});
