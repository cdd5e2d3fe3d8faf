import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { CMS_DIR, TEST_SECRETS, compileCms, startCmsProcess, type CmsProcess } from './cms-process.ts';
import { generateSyntheticContent, type SyntheticSize } from './synthetic-content.ts';

export type { SyntheticSize };

/**
 * The benchmarks' data set: 10,000 documents per locale (search) with at least 3,000 initiatives,
 * 1,000 stories and 500 organisations (site build throughput).
 */
export const LARGE_DATA_SET: SyntheticSize = { organisations: 1000, initiatives: 7000, stories: 2000 };

/**
 * A CMS holding the seed plus a large synthetic data set, for benchmarks. The filled SQLite file
 * is cached under .data/bench/ (building it takes minutes), then served by a real `strapi start`.
 */
export async function startSyntheticCms(size: SyntheticSize, env: Record<string, string> = {}): Promise<CmsProcess> {
  const cacheDir = path.resolve(CMS_DIR, '..', '.data', 'bench');
  const database = path.join(cacheDir, `cms-${size.organisations}-${size.initiatives}-${size.stories}.db`);
  if (!existsSync(database)) await fillDatabase(database, size);
  return startCmsProcess({ DATABASE_FILENAME: database, ...env });
}

/**
 * Fills the database in a process of its own, which then ends: a Strapi loaded into the benchmark's
 * own process would stay there with its timers running (its sweeps then fail on the closed database)
 * and its memory held through the whole benchmark (20 GB, then killed, seen in the publish bench).
 */
async function fillDatabase(database: string, size: SyntheticSize): Promise<void> {
  compileCms();
  mkdirSync(path.dirname(database), { recursive: true });
  const partial = `${database}.partial`;
  rmSync(partial, { force: true });
  const child = spawn(process.execPath, [import.meta.filename, FILL_COMMAND, partial, JSON.stringify(size)], { stdio: 'inherit' });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`Filling the synthetic database failed (${signal ?? `exit code ${code}`})`);
  renameSync(partial, database);
}

const FILL_COMMAND = 'fill';

async function fillInThisProcess(database: string, size: SyntheticSize): Promise<void> {
  Object.assign(process.env, {
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: database,
    STRAPI_TELEMETRY_DISABLED: 'true',
  });
  // Strapi's CommonJS build: its ESM build does not load under plain Node (directory imports).
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const started = Date.now();
  await generateSyntheticContent(strapi, size, (done, total) => {
    if (done % 250 === 0 || done === total)
      process.stderr.write(`\rsynthetic content: ${done}/${total} documents (x3 locales), ${Math.round((Date.now() - started) / 1000)} s`);
  });
  process.stderr.write('\n');
  await strapi.db.connection.destroy();
}

if (import.meta.main && process.argv[2] === FILL_COMMAND) {
  await fillInThisProcess(process.argv[3]!, JSON.parse(process.argv[4]!) as SyntheticSize);
  process.exit(0);
}
