import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { routes } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { startCmsProcess, type CmsProcess } from '../../../cms/testing/cms-process.ts';
import { launchChromium } from '../support/browser.ts';
import { distDir } from '../support/built-site.ts';
import { recordsWhere } from '../support/intake-records.ts';
import { press, tick, typeInto } from '../support/keyboard.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';
import { scratchDir } from '../../../cms/testing/scratch-dir.ts';

/** A CMS that lets one post per address through: the second person hears why, in their language, and keeps their text. */

let browser: Browser;
let server: RunningServer;
let cms: CmsProcess;
let workDir: string;
let database: string;

beforeAll(async () => {
  workDir = scratchDir('cb-site-forms-limit-');
  database = path.join(workDir, 'cms.db');
  copyFileSync(inject('cmsDatabase'), database);
  cms = await startCmsProcess({ DATABASE_FILENAME: database, INTAKE_RATE_LIMIT_MAX: '1', CMS_TRUST_PROXY: 'true', CMS_SEED: 'false' });
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir(), 0, { cmsUrl: cms.url })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), cms?.stop()]);
  rmSync(workDir, { recursive: true, force: true });
});

async function sendStory(page: Page, name: string): Promise<void> {
  await page.goto(`${server.url}${routes.form('fr', 'share-a-story')}`);
  await page.waitForSelector('form.intake-form .draft-note');
  await typeInto(page, 'story-submission-title', 'Un banc au parc');
  await typeInto(page, 'story-submission-text', 'Nous nous retrouvons chaque matin.');
  await typeInto(page, 'story-submission-contactName', name);
  await typeInto(page, 'story-submission-phone', '02 555 01 23');
  await tick(page, 'story-submission-consent');
  await press(page, 'Envoyer mon histoire');
}

describe('the rate limit, seen from the form', () => {
  it('says in French to wait, keeps what was typed, and stores nothing', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    try {
      const first = await context.newPage();
      await sendStory(first, 'Claire Premier');
      await first.waitForSelector('.thank-you [data-reference]');

      const second = await context.newPage();
      await sendStory(second, 'Luc Second');
      await second.waitForSelector('.form-failure');
      expect(await second.locator('.form-failure').textContent()).toBe(fieldMessage('rate-limited', 'fr', { minutes: 10 }));
      const draft = await second.evaluate(() => sessionStorage.getItem('cb-intake-draft:story-submission'));
      expect(draft).toContain('Luc Second');
      expect(recordsWhere(database, 'story-submission', 'contact_name', 'Luc Second')).toHaveLength(0);
      expect(recordsWhere(database, 'story-submission', 'contact_name', 'Claire Premier')).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
