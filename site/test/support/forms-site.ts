import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { freePort } from '@cb/search';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import { launchChromium } from './browser.ts';
import { distDir } from './built-site.ts';
import { serveDirectory, type RunningServer } from './static-server.ts';
import { scratchDir } from '../../../cms/testing/scratch-dir.ts';

/** The built site served with its /api/intake/ proxy to a real CMS, and a Chromium to fill its forms. */
export interface FormsSite {
  browser: Browser;
  server: RunningServer;
  cms: CmsProcess;
  /** The CMS's SQLite file: a copy of the one the site was built from (so the open project call exists). */
  database: string;
  workDir: string;
  close(): Promise<void>;
}

export async function startFormsSite(): Promise<FormsSite> {
  const workDir = scratchDir('cb-site-forms-');
  const database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  // As in production, the CMS knows the site's origin: a form posted from elsewhere is refused.
  const sitePort = await freePort();
  const cms = await startCmsProcess({
    DATABASE_FILENAME: database,
    INTAKE_RATE_LIMIT_MAX: '1000',
    CMS_SEED: 'false',
    SITE_URL: `http://127.0.0.1:${sitePort}`,
  });
  const [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir(), sitePort, { cmsUrl: cms.url })]);
  return {
    browser,
    server,
    cms,
    database,
    workDir,
    close: async () => {
      await Promise.all([browser.close(), server.close(), cms.stop()]);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
