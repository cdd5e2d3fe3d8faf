import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import { inject } from 'vitest';
import { TEST_SECRETS } from '../../testing/cms-process';
import { ensureAdminPanel } from '../../testing/admin-panel';
import { scratchDir } from '../../testing/scratch-dir';
import { stopOutbox } from '../../src/outbox';
import { stopSchedule } from '../../src/schedule';

export const CMS_DIR = path.resolve(import.meta.dirname, '..', '..');

export interface TestCms {
  strapi: Core.Strapi;
  /** Base URL of the running CMS on loopback, e.g. http://127.0.0.1:40123 */
  url: string;
  stop(): Promise<void>;
}

export interface StartCmsOptions {
  /** Serve the built admin panel at /admin (built first unless its sources are unchanged), for a browser test that also moves the clock in-process. */
  adminPanel?: boolean;
}

/**
 * Boots a real Strapi from the compiled CMS on a temporary SQLite file (or on the database the
 * environment names), seeded like a first start, and listening on a free loopback port.
 */
export async function startCms(env: Record<string, string> = {}, { adminPanel = false }: StartCmsOptions = {}): Promise<TestCms> {
  if (adminPanel) ensureAdminPanel();
  const workDir = scratchDir('cb-cms-test-');
  const databaseFile = path.join(workDir, 'cms.db');
  // A copy of the first start's database (made once per run in compile.ts), unless the test brings its own.
  if (!env.DATABASE_FILENAME && !env.DATABASE_CLIENT) await copyFile(inject('seededCmsDatabase'), databaseFile);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',

    BROWSER: 'false',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    ...TEST_SECRETS,
    ...env,
  });

  const strapi = await createStrapi({
    appDir: CMS_DIR,
    distDir: path.join(CMS_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: adminPanel,
  }).load();
  strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // strapi.destroy() ends the worker process; stopping the schedule, the outbox and the cron jobs and closing the pool is what a test needs.
      await stopSchedule(strapi);
      await stopOutbox(strapi);
      strapi.cron.destroy();
      await strapi.db.connection.destroy();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
