import * as z from 'zod';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, brusselsDay, formatDate } from '@cb/domain';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { freePort } from '../testing/cms-process';
import { submitUntilAnswered } from '../testing/intake-client';
import { validSubmission } from '../testing/intake-submissions';
import { staffText, type StaffTextId, type StaffTextValues } from '../src/staff-texts';
import { checkInPageText } from '../src/api/check-in/pages/copy';
import { awayPageText } from '../src/api/away-link/pages/copy';
import { OUTBOX_TABLE } from '../src/outbox/table';
import { expectNoAxeViolations } from './helpers/admin-axe';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { MailCatcher, type ReceivedMail } from './helpers/mail-catcher';

/**
 * Issue #14 end to end, in a real Chromium: a volunteer offers help through the public intake, a Dutch-speaking
 * staff member screens them on the offer's page, the French-speaking requester's page then suggests the offer,
 * staff match and confirm the contact; seven days later (the check-in job made due, as check-ins.test.ts moves
 * time) the requester's check-in mail arrives, its "please call me" link is answered in a browser without
 * JavaScript, and the back office's queue shows the request as urgent. The volunteer gives away days through the
 * signed link in their mail, without JavaScript, and the offer's page then shows them away.
 */

const PATIENCE = { timeout: 60_000 };
const STEP_TIMEOUT = 240_000;
const STAFF_LOCALE = 'nl';
const t = (id: StaffTextId, values?: StaffTextValues) => staffText(STAFF_LOCALE, id, values);

const MUNICIPALITY = 'schaerbeek';
const requester = { contactName: 'Josiane Marchal', email: 'josiane.marchal@example.org' };
const volunteer = { contactName: 'Pieter Claes', email: 'pieter.claes@example.org' };

let cms: AdminPanel;
let browser: Browser;
let api: StaffApi;
let staff: StaffUser;
let page: Page;
let databaseDir: string;
let database: DatabaseSync;
const mail = new MailCatcher();
const ref = { offer: '', request: '' };
const documentIds = { offer: '', request: '', match: '' };

const found = z.looseObject({
  requests: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })),
  offers: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })),
});

async function documentIdOf(kind: 'requests' | 'offers', reference: string): Promise<string> {
  const answer = await api(staff, 'POST', '/back-office/cases/find', { term: reference }, found);
  return answer.body[kind].find((row) => row.reference === reference)?.documentId ?? '';
}

const requestDetails = z.looseObject({ urgency: z.string(), matches: z.array(z.looseObject({ documentId: z.string(), caseStatus: z.string() })) });

/** Moves time for the outbox: the requester's first check-in, due in seven days, is due now. */
function makeCheckInDue(match: string): void {
  const jobPayload = z.object({ match: z.string(), person: z.string(), checkIn: z.number() });
  const rows = z
    .array(z.object({ id: z.number(), payload: z.string() }))
    .parse(database.prepare(`SELECT id, payload FROM ${OUTBOX_TABLE} WHERE kind = ?`).all('check-in-mail'));
  const job = rows.find((row) => {
    const payload = jobPayload.parse(JSON.parse(row.payload));
    return payload.match === match && payload.person === 'requester' && payload.checkIn === 7;
  });
  expect(job, 'the requester’s check-in job at 7 days').toBeDefined();
  database.prepare(`UPDATE ${OUTBOX_TABLE} SET next_attempt_at = ?, created_at = ? WHERE id = ?`).run(Date.now(), Date.now(), job!.id);
}

const linkIn = (received: ReceivedMail | undefined, pattern: RegExp) => pattern.exec(received?.text ?? '')?.[0] ?? '';

/** A public page opened from a mail on a narrow phone, without JavaScript: it fits 320 px and speaks the person's language. */
async function openWithoutJavaScript(link: string, locale: 'nl' | 'fr'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: `${locale}-BE`, viewport: { width: 320, height: 640 } });
  const publicPage = await context.newPage();
  publicPage.setDefaultTimeout(PATIENCE.timeout);
  const response = await publicPage.goto(link);
  expect(response?.status()).toBe(200);
  await expectFitsAndSpeaks(publicPage, locale);
  return publicPage;
}

async function expectFitsAndSpeaks(publicPage: Page, locale: 'nl' | 'fr'): Promise<void> {
  const root = publicPage.locator('html');
  expect(await root.getAttribute('lang')).toBe(`${locale}-BE`);
  const widths = await root.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(widths.scroll, 'no sideways scroll at 320 px').toBeLessThanOrEqual(widths.client);
}

beforeAll(async () => {
  await mail.start();
  // The database file is ours (a copy of the seeded one), so the test can move the outbox's clock as check-ins.test.ts does.
  databaseDir = mkdtempSync(path.join(tmpdir(), 'cb-safe-matching-'));
  const file = path.join(databaseDir, 'cms.db');
  copyFileSync(inject('seededCmsDatabase'), file);
  const port = await freePort();
  cms = await startAdminPanel({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    PORT: String(port),
    SITE_URL: `http://127.0.0.1:${port}`,
    DATABASE_FILENAME: file,
    CHECK_IN_DAYS: '7,42',
  });
  database = new DatabaseSync(file, { timeout: 10_000 });
  api = staffApiOf(cms.url);
  staff = await createStaffUser(cms.url, 'cb-back-office', 'safe-matching@staff.example.org');
  const saved = await api(staff, 'PUT', '/admin/users/me', { preferedLanguage: STAFF_LOCALE }, z.looseObject({}));
  expect(saved.status).toBe(200);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  database?.close();
  await cms?.stop();
  await mail.stop();
  if (databaseDir) rmSync(databaseDir, { recursive: true, force: true });
});

describe('a volunteer offers help, is screened and matched; the requester asks to be called without JavaScript', () => {
  it(
    'takes the offer and the request through the public intake, as people send them',
    async () => {
      const offer = await submitUntilAnswered(
        cms.url,
        'help-offer',
        {
          ...validSubmission('help-offer', 1, {}, 'nl'),
          ...volunteer,
          categories: ['walking'],
          description: 'Ik wandel graag met iemand uit Schaarbeek.',
          anywhereInBrussels: false,
          municipalities: [MUNICIPALITY],
          languages: ['nl', 'fr'],
        },
        'safe-matching-offer',
      );
      const request = await submitUntilAnswered(
        cms.url,
        'help-request',
        {
          ...validSubmission('help-request', 2, {}, 'fr'),
          ...requester,
          forWhom: 'self',
          categories: ['walking'],
          description: 'Je cherche quelqu’un pour marcher le mardi.',
          municipality: MUNICIPALITY,
          languages: ['fr'],
        },
        'safe-matching-request',
      );
      ref.offer = offer.reference;
      ref.request = request.reference;
      documentIds.offer = await documentIdOf('offers', ref.offer);
      documentIds.request = await documentIdOf('requests', ref.request);
      expect(documentIds.offer).not.toBe('');
      expect(documentIds.request).not.toBe('');
    },
    STEP_TIMEOUT,
  );

  it(
    'does not suggest the offer before its volunteer is screened',
    async () => {
      page = await logInToAdmin(browser, cms.url, staff);
      page.setDefaultTimeout(PATIENCE.timeout);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/admin/plugins/back-office/requests/${documentIds.request}`);
      await page.getByRole('heading', { level: 1, name: t('request.title', { reference: ref.request }) }).waitFor(PATIENCE);
      // The suggestions have loaded (other volunteers or none), and this offer is not among them.
      const suggested = page.getByRole('button', { name: t('suggest.match-with', { reference: '' }) });
      await suggested
        .or(page.getByText(t('suggest.no-offer')))
        .first()
        .waitFor(PATIENCE);
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('button', { name: t('suggest.match-with', { reference: ref.offer }) }).count()).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'screens the volunteer in the screening section of the offer’s page',
    async () => {
      await page.goto(`/admin/plugins/back-office/offers/${documentIds.offer}`);
      await page.getByRole('heading', { level: 1, name: t('case.offer.title', { reference: ref.offer }) }).waitFor(PATIENCE);
      await page.getByText(t('screening.state.to-screen')).waitFor(PATIENCE);
      const form = page.getByRole('form', { name: t('screening.record') });
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: t('screening.save') }).click();
      await form
        .getByRole('status')
        .filter({ hasText: t('screening.saved') })
        .waitFor(PATIENCE);
      await page.locator('[data-screening-state="screened"]').waitFor(PATIENCE);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'the offer’s page with its screening recorded');
    },
    STEP_TIMEOUT,
  );

  it(
    'suggests the screened offer on the request’s page, and matches them',
    async () => {
      await page.goto(`/admin/plugins/back-office/requests/${documentIds.request}`);
      const suggestion = page.getByRole('button', { name: t('suggest.match-with', { reference: ref.offer }) });
      await suggestion.waitFor(PATIENCE);
      await suggestion.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t('connect.shared-with-requester')).fill('Pieter, un voisin de Schaerbeek.', PATIENCE);
      await dialog.getByLabel(t('connect.shared-with-volunteer')).fill('Josiane, uit Schaarbeek.');
      await dialog.getByRole('button', { name: t('connect.create.match') }).click();
      await dialog.waitFor({ state: 'hidden', ...PATIENCE });
      await page.getByRole('heading', { name: t('match.title.with', { reference: ref.offer, name: volunteer.contactName }) }).waitFor(PATIENCE);
    },
    STEP_TIMEOUT,
  );

  it(
    'confirms the contact: both people hear of each other',
    async () => {
      const form = page.getByRole('form', { name: t('match.title.with', { reference: ref.offer, name: volunteer.contactName }) });
      const status = form.getByRole('combobox', { name: t('workspace.status') });
      await status.click();
      await page.getByRole('option', { name: t('status.contacted') }).click(PATIENCE);
      await form.getByRole('button', { name: t('workspace.save') }).click();
      await page
        .getByRole('list', { name: t('case.timeline.title') })
        .getByText(t('case.kind.match-moved', { status: t('status.contacted') }))
        .waitFor(PATIENCE);
      const details = await api(staff, 'GET', `/back-office/requests/${documentIds.request}`, undefined, requestDetails);
      expect(details.body.matches.map((match) => match.caseStatus)).toEqual(['contacted']);
      documentIds.match = details.body.matches[0]?.documentId ?? '';
      for (const email of [requester.email, volunteer.email]) {
        await expect.poll(() => mail.mails.some((sent) => sent.to.includes(email)), PATIENCE).toBe(true);
      }
      expect(details.body.urgency).toBe('normal');
    },
    STEP_TIMEOUT,
  );

  it(
    'sends the requester’s check-in seven days later, and its "please call me" link is answered without JavaScript',
    async () => {
      makeCheckInDue(documentIds.match);
      const checkIn = () => mail.about(ref.request, requester.email).find((sent) => sent.subject.startsWith('Comment cela se passe'));
      await expect.poll(() => checkIn() !== undefined, PATIENCE).toBe(true);
      const callMe = linkIn(checkIn(), /https?:\/\/\S+\/api\/check-ins\/[A-Za-z0-9_.-]+\?answer=call-me&locale=fr/);
      expect(callMe).not.toBe('');
      const answerPage = await openWithoutJavaScript(callMe, 'fr');
      await answerPage.getByRole('heading', { level: 1, name: checkInPageText('confirmTitle', 'fr') }).waitFor(PATIENCE);
      await answerPage.getByRole('button', { name: checkInPageText('send', 'fr') }).click();
      await answerPage.getByRole('heading', { level: 1, name: checkInPageText('thanksTitle', 'fr') }).waitFor(PATIENCE);
      await answerPage.getByText(checkInPageText('thanksCallBody', 'fr')).waitFor(PATIENCE);
      await expectFitsAndSpeaks(answerPage, 'fr');
      await answerPage.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the request as urgent in the back office’s queue',
    async () => {
      await page.goto('/admin/plugins/back-office');
      await page.getByRole('heading', { level: 1, name: t('queue.title') }).waitFor(PATIENCE);
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: ref.request, exact: true }) });
      await row.waitFor(PATIENCE);
      await row.getByText(t('workspace.urgent'), { exact: true }).waitFor(PATIENCE);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'the queue with the urgent request');

      // On the request's page the answer is credited to the link in the mail (not to a note from before the history).
      await row.getByRole('link', { name: ref.request, exact: true }).click();
      const answered = page.getByRole('listitem').filter({ hasText: t('case.kind.check-in-call-me', { person: 'requester' }) });
      await answered.getByText(t('case.timeline.byLink', { when: '' }).replace(/[,\s]+$/, '')).waitFor(PATIENCE);
    },
    STEP_TIMEOUT,
  );

  it(
    'lets the volunteer give away days through the link in their mail, without JavaScript; the offer then shows them away',
    async () => {
      const withAwayLink = mail.mails.find((sent) => sent.to.includes(volunteer.email) && /\/api\/away\//.test(sent.text));
      const awayLink = linkIn(withAwayLink, /https?:\/\/\S+\/api\/away\/[A-Za-z0-9_.-]+\?locale=nl/);
      expect(awayLink).not.toBe('');
      const awayPage = await openWithoutJavaScript(awayLink, 'nl');
      await awayPage.getByRole('heading', { level: 1, name: awayPageText('title', 'nl') }).waitFor(PATIENCE);
      const today = brusselsDay(new Date());
      const from = addDays(today, 3);
      const until = addDays(today, 10);
      await awayPage.getByLabel(awayPageText('fromLabel', 'nl')).fill(from);
      await awayPage.getByLabel(awayPageText('untilLabel', 'nl')).fill(until);
      await awayPage.getByRole('button', { name: awayPageText('save', 'nl') }).click();
      await awayPage.getByRole('heading', { level: 1, name: awayPageText('thanksTitle', 'nl') }).waitFor(PATIENCE);
      await awayPage.getByText(awayPageText('thanksBody', 'nl', { from: formatDate('nl', from), until: formatDate('nl', until) })).waitFor(PATIENCE);
      await expectFitsAndSpeaks(awayPage, 'nl');
      await awayPage.context().close();

      await page.goto(`/admin/plugins/back-office/offers/${documentIds.offer}`);
      await page.getByRole('heading', { level: 1, name: t('case.offer.title', { reference: ref.offer }) }).waitFor(PATIENCE);
      const away = t('availability.away', { from: formatDate(STAFF_LOCALE, from, 'medium'), until: formatDate(STAFF_LOCALE, until, 'medium') });
      await page
        .getByRole('form', { name: t('availability.title') })
        .getByText(away)
        .waitFor(PATIENCE);
      await page.getByRole('definition').filter({ hasText: away }).waitFor(PATIENCE);
    },
    STEP_TIMEOUT,
  );

  it(
    'lets staff clear the away days on the offer page, and says so after the page has reloaded the offer',
    async () => {
      const form = page.getByRole('form', { name: t('availability.title') });
      await form.getByRole('button', { name: t('availability.clearAway') }).click();
      await form.getByText(t('availability.notAway'), { exact: true }).waitFor(PATIENCE);
      await form
        .getByRole('status')
        .filter({ hasText: t('availability.saved') })
        .waitFor(PATIENCE);
      expect(await form.getByRole('button', { name: t('availability.clearAway') }).count()).toBe(0);
    },
    STEP_TIMEOUT,
  );
});
