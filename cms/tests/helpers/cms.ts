import { mkdirSync, rmSync } from 'node:fs';
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
import { MailCatcher } from './mail-catcher';

export const CMS_DIR = path.resolve(import.meta.dirname, '..', '..');

export interface TestCms {
  strapi: Core.Strapi;
  /** Base URL of the running CMS on loopback, e.g. http://127.0.0.1:40123 */
  url: string;
  stop(): Promise<void>;
  /** The shared CMS's admin sessions by email, kept for all its files: Strapi allows an address 5 logins in 5 minutes. */
  sessions?: Map<string, string>;
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
  return bootCms(scratchDir('cb-cms-test-'), env, adminPanel);
}

/** The staff mailbox of the shared CMS (STAFF_NOTIFICATION_EMAIL), an address no admin user has: its mails are in English. */
export const SHARED_CMS_STAFF = 'backoffice@connecting-brussels.test';
/** The shared CMS's public address (PUBLIC_CMS_URL), which the links in its staff mails start with. */
export const SHARED_CMS_PUBLIC_URL = 'https://cms.connecting.brussels';

/**
 * How the shared CMS is set: intake limits far above what its files post (the limits are tested elsewhere), the
 * default number of reviews a project proposal needs before a decision, which project-review.test.ts counts on, a
 * staff mailbox and a public address for notifications.test.ts, and retries a mail server refused within a second
 * rather than 30 s, for which notifications.test.ts waits.
 */
const SHARED_CMS_ENV = {
  INTAKE_RATE_LIMIT_MAX: '10000000',
  INTAKE_RATE_LIMIT_WINDOW_SECONDS: '60',
  PROJECT_REVIEW_MIN_REVIEWS: '2',
  STAFF_NOTIFICATION_EMAIL: SHARED_CMS_STAFF,
  PUBLIC_CMS_URL: SHARED_CMS_PUBLIC_URL,
  OUTBOX_RETRY_BASE_MS: '50',
  OUTBOX_RETRY_MAX_MS: '400',
};
let sharedCmsBooted: Promise<SharedCms> | undefined;

export interface SharedCms extends TestCms {
  /** Where it keeps private uploads (PRIVATE_UPLOADS_DIR): a file there compares what it holds before and after. */
  privateUploadsDir: string;
  /** The SMTP server on loopback that all its mail goes to: a file reads only the mails to addresses of its own. */
  mail: MailCatcher;
}

/**
 * The one CMS that the files under tests/shared-cms/ use, booted by the first of them: they run one after the other
 * in one process (vitest.config.ts), so such a file costs its tests, not an import and a boot of Strapi. A file
 * there makes its own records and looks only at those, never at how many there are in all. The CMS ends with the
 * process, and its database with it; `stop()` does nothing.
 */
export function sharedCms(): Promise<SharedCms> {
  sharedCmsBooted ??= bootSharedCms();
  return sharedCmsBooted;
}

async function bootSharedCms(): Promise<SharedCms> {
  const workDir = scratchDir('cb-cms-shared-');
  process.once('exit', () => rmSync(workDir, { recursive: true, force: true }));
  const privateUploadsDir = path.join(workDir, 'private-uploads');
  mkdirSync(privateUploadsDir);
  const mail = new MailCatcher();
  await mail.start();
  const env = { ...SHARED_CMS_ENV, PRIVATE_UPLOADS_DIR: privateUploadsDir, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) };
  const cms = await bootCms(workDir, env, false);
  return { ...cms, stop: () => Promise.resolve(), sessions: new Map(), privateUploadsDir, mail };
}

async function bootCms(workDir: string, env: Record<string, string>, adminPanel: boolean): Promise<TestCms> {
  if (adminPanel) ensureAdminPanel();
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
