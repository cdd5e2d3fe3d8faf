import * as z from 'zod';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { MailCatcher } from './helpers/mail-catcher';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { expectNoAxeViolations } from './helpers/admin-axe';
import { openInAdmin, watchNetwork, type NetworkWatch } from './helpers/admin-navigation';
import { validSubmission } from '../testing/intake-submissions';
import { staffText, type StaffTextId } from '../src/staff-texts';
import { fieldCopy, fieldOptions, layoutFields, optionLabel } from '@cb/domain/intake';

/**
 * The back office's admin pages in a real Chromium, served by a real CMS process with the built
 * admin panel: a back-office user opens every page (axe finds nothing in the plugin's content) and
 * connects a request with an offer by keyboard; an editor sees none of it.
 */

const PLUGIN = '/admin/plugins/back-office';

let cms: AdminPanel;
let browser: Browser;
let backOffice: StaffUser;
let editor: StaffUser;
/** The back-office user's tab, logged in once through the login page (the admin limits login attempts). */
let page: Page;
let network: NetworkWatch;
const mail = new MailCatcher();
const references = { offer: '', request: '' };
let requestDocumentId = '';
const timings: Record<string, number> = {};

/** The back office's API, called as a staff member. */
let staffApi: StaffApi;

/** A request and an offer that suit each other, registered as staff do for callers. */
async function registerCallers(): Promise<void> {
  const offer = await staffApi(
    backOffice,
    'POST',
    '/back-office/intake/help-offer',
    {
      channel: 'phone',
      locale: 'nl',
      values: {
        offerAs: 'person',
        contactName: 'Jan Wandelaar',
        phone: '02 555 01 23',
        email: 'jan.wandelaar@example.org',
        categories: ['walking'],
        description: 'Ik wandel graag met iemand.',
        anywhereInBrussels: false,
        municipalities: ['ixelles'],
        languages: ['nl', 'fr'],
        availableTimes: ['weekday-afternoons'],
        frequency: 'weekly',
        codeOfConduct: true,
        consent: true,
      },
    },
    z.looseObject({ reference: z.string() }),
  );
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  const request = await staffApi(
    backOffice,
    'POST',
    '/back-office/intake/help-request',
    {
      channel: 'phone',
      locale: 'fr',
      values: {
        forWhom: 'self',
        contactName: 'Maria Claes',
        phone: '02 555 99 88',
        email: 'maria.claes@example.org',
        categories: ['walking'],
        description: 'Je cherche quelqu’un pour marcher.',
        municipality: 'ixelles',
        languages: ['fr'],
        availableTimes: ['weekday-afternoons'],
        consent: true,
      },
    },
    z.looseObject({ reference: z.string() }),
  );
  expect(request.status, JSON.stringify(request.body)).toBe(201);
  references.offer = offer.body.reference;
  references.request = request.body.reference;
  // Only a screened volunteer is suggested: staff held the conversation today.
  const found = await staffApi(
    backOffice,
    'POST',
    '/back-office/cases/find',
    { term: references.offer },
    z.looseObject({ offers: z.array(z.looseObject({ documentId: z.string() })) }),
  );
  const screened = await staffApi(backOffice, 'POST', `/back-office/offers/${found.body.offers[0]?.documentId}/screening`, {
    conversationOn: new Date().toISOString().slice(0, 10),
    references: 'checked',
    codeOfConductAccepted: true,
    informationNoteLocale: 'nl',
  });
  expect(screened.status, JSON.stringify(screened.body)).toBe(200);
  const queue = await staffApi(
    backOffice,
    'GET',
    '/back-office/requests',
    undefined,
    z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })) }),
  );
  requestDocumentId = queue.body.results.find((row) => row.reference === references.request)?.documentId ?? '';
  expect(requestDocumentId).not.toBe('');
}

/** Moves the focus with Tab (at most `limit` times) until it is on the element. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

beforeAll(async () => {
  await mail.start();
  const started = performance.now();
  cms = await startAdminPanel({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { startFrom: inject('seededCmsDatabase') });
  staffApi = staffApiOf(cms.url);
  timings.adminBuildMs = cms.build.milliseconds;
  timings.startMs = Math.round(performance.now() - started) - cms.build.milliseconds;
  backOffice = await createStaffUser(cms.url, 'cb-back-office', 'back-office@staff.example.org');
  editor = await createStaffUser(cms.url, 'cb-editor', 'editor@staff.example.org');
  await registerCallers();
  browser = await launchChromium();
  page = await logInToAdmin(browser, cms.url, backOffice);
  network = watchNetwork(page);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await mail.stop();
  console.info(`Back-office admin test timings (ms): ${JSON.stringify(timings)}${cms?.build.built ? ' (admin built)' : ' (admin build cached)'}`);
});

describe('the back office in the admin panel', () => {
  it('shows its menu link to back-office staff', async () => {
    const link = page.getByRole('link', { name: 'Back office' });
    await expect.poll(() => link.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  const pages = [
    { path: '', heading: 'Queue' },
    { path: '/follow-ups', heading: 'Follow-ups' },
    { path: '/intake', heading: 'Phone and social intake' },
    { path: '/dashboard', heading: 'Dashboard' },
    { path: '/project-calls', heading: 'Project-call review' },
    { path: '/people', heading: 'Person data' },
    { path: '/outbox', heading: 'Not sent' },
  ];
  for (const { path, heading } of pages) {
    it(`opens ${heading} with nothing for axe to report`, async () => {
      const started = performance.now();
      // From page to page as the admin's menu goes, not a whole admin load each.
      await openInAdmin(page, `${PLUGIN}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
      await network.quiet();
      await expectNoAxeViolations(page, heading);
      timings[`page ${heading}`] = Math.round(performance.now() - started);
    });
  }

  it('lists the request in the queue, with its channel and the counts', async () => {
    await page.goto(PLUGIN);
    await page.getByRole('link', { name: references.request }).waitFor({ timeout: 30_000 });
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: references.request }) });
    expect(await row.textContent()).toContain('Phone');
    await expect.poll(() => page.getByText(/^New: \d+$/).textContent()).toMatch(/New: [1-9]/);
  });

  it('opens a request with its suggestions and why, for axe too', async () => {
    await page.goto(`${PLUGIN}/requests/${requestDocumentId}`);
    await page.getByRole('heading', { level: 1, name: `Request ${references.request}` }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: `Match with ${references.offer}` }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText('Same kind of help: Walking buddy').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Same municipality: Ixelles').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'request page');
  });

  it('creates a match by keyboard, with what each person may learn', async () => {
    const started = performance.now();
    await page.goto(`${PLUGIN}/requests/${requestDocumentId}`);
    const matchButton = page.getByRole('button', { name: `Match with ${references.offer}` });
    await matchButton.waitFor({ timeout: 30_000 });
    await tabTo(page, matchButton);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'match dialog', 'dialog');
    await tabTo(page, dialog.getByLabel('What the person who asked may learn'));
    await page.keyboard.type('Jan, een buurman uit Elsene.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Maria, from Ixelles.');
    await tabTo(page, dialog.getByRole('button', { name: 'Create match' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('heading', { name: `Match with ${references.offer} (Jan Wandelaar)` }).waitFor();
    const request = await staffApi(
      backOffice,
      'GET',
      `/back-office/requests/${requestDocumentId}`,
      undefined,
      z.looseObject({
        caseStatus: z.string(),
        matches: z.array(
          z.looseObject({ kind: z.string(), caseStatus: z.string(), followUpOn: z.string().nullable(), helpOffer: z.looseObject({ reference: z.string() }) }),
        ),
      }),
    );
    expect(request.body.matches).toHaveLength(1);
    expect(request.body.matches[0]).toMatchObject({ kind: 'match', caseStatus: 'proposed', helpOffer: { reference: references.offer } });
    expect(request.body.matches[0]?.followUpOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    timings['match by keyboard'] = Math.round(performance.now() - started);
  });

  it('confirms the match by keyboard: both people get their email', async () => {
    const form = page.getByRole('form', { name: `Match with ${references.offer} (Jan Wandelaar)` });
    const status = form.getByRole('combobox', { name: 'Status' });
    await tabTo(page, status);
    await page.keyboard.press('Enter');
    const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);
    // The list opens on the current status; one down is the next one.
    await expect.poll(() => isFocused(page.getByRole('option', { name: 'Proposed' }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(page.getByRole('option', { name: 'Contacted' }))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toContain('Contacted');
    await tabTo(page, form.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(/^Contacted/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const matchMail = (to: string, subject: string) => mail.mails.find((sent) => sent.to.includes(to) && sent.subject.includes(subject));
    await expect.poll(() => matchMail('maria.claes@example.org', 'Nous avons trouvé quelqu’un pour vous'), { timeout: 30_000 }).toBeTruthy();
    await expect.poll(() => matchMail('jan.wandelaar@example.org', 'We hebben iemand gevonden die je kunt helpen'), { timeout: 30_000 }).toBeTruthy();
    expect(matchMail('maria.claes@example.org', 'Nous avons trouvé')?.text).toContain('Jan, een buurman uit Elsene.');
    expect(matchMail('jan.wandelaar@example.org', 'We hebben iemand gevonden')?.text).toContain('Maria, from Ixelles.');
    expect(matchMail('jan.wandelaar@example.org', 'We hebben iemand gevonden')?.text).not.toContain('02 555 99 88');
  });

  it('shows the intake form’s checks in English, for axe too', async () => {
    await page.goto(`${PLUGIN}/intake`);
    const submit = page.getByRole('button', { name: 'Register the request' });
    await submit.waitFor({ timeout: 30_000 });
    await tabTo(page, submit, 200);
    await page.keyboard.press('Enter');
    await page.getByText(/fields need another look/).waitFor();
    await expectNoAxeViolations(page, 'intake errors');
  });
  it('registers a caller’s request from the intake page, with a reference number', async () => {
    await page.goto(`${PLUGIN}/intake`);
    const form = 'help-request';
    const label = (field: string) => fieldCopy(form, field, 'en').label;
    await page.getByRole('radio', { name: optionLabel('forWhom', 'self', 'en') }).click();
    await page.getByRole('checkbox', { name: optionLabel('categories', 'groceries', 'en') }).click();
    await page.getByLabel(label('description')).fill('Boodschappen op vrijdag.');
    await page.getByRole('combobox', { name: label('municipality') }).click();
    // The choices the static render cannot show (phone-intake-fields.test.ts): those of the shared description, in its order.
    const municipality = layoutFields(form).find((field) => field.name === 'municipality')!;
    expect(await page.getByRole('option').allTextContents()).toEqual(fieldOptions(municipality, 'en').map(([, name]) => name));
    await page.getByRole('option', { name: optionLabel('municipality', 'jette', 'en') }).click();
    await page.getByRole('checkbox', { name: optionLabel('languages', 'nl', 'en') }).click();
    await page.getByLabel(label('contactName')).fill('Paul Peeters');
    await page.getByLabel(label('phone')).fill('02 555 44 33');
    await page.getByRole('checkbox', { name: 'The person agrees that we keep and use their details' }).click();
    await page.getByRole('button', { name: 'Register the request' }).click();
    const registered = page.getByText(/Give the person their reference number: CB-/);
    await registered.waitFor();
    const reference = /CB-[A-Z0-9]+/.exec((await registered.textContent()) ?? '')?.[0] ?? '';

    const queue = await staffApi(
      backOffice,
      'GET',
      '/back-office/requests?municipality=jette',
      undefined,
      z.looseObject({ results: z.array(z.looseObject({ reference: z.string(), channel: z.string(), municipality: z.string() })) }),
    );
    expect(queue.body.results.find((row) => row.reference === reference)).toMatchObject({ channel: 'phone', municipality: 'jette' });
  });

  it('filters the queue', async () => {
    await page.goto(PLUGIN);
    await page.getByRole('combobox', { name: 'Municipality' }).click();
    await page.getByRole('option', { name: 'Jette' }).click();
    // The request registered by phone, in Jette, is still open.
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: references.request }).count()).toBe(0);

    // Matched by now, the request is out of the default queue (open requests): staff find it by its status.
    const request = await staffApi(backOffice, 'GET', `/back-office/requests/${requestDocumentId}`, undefined, z.looseObject({ caseStatus: z.string() }));
    await page.goto(PLUGIN);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: staffText('en', `status.${request.body.caseStatus}` as StaffTextId) }).click();
    await page.getByRole('link', { name: references.request }).waitFor({ timeout: 30_000 });
  });

  it('lists the follow-ups that are due, with the way to the request', async () => {
    const request = await staffApi(
      backOffice,
      'GET',
      `/back-office/requests/${requestDocumentId}`,
      undefined,
      z.looseObject({ matches: z.array(z.looseObject({ documentId: z.string() })) }),
    );
    const today = new Date().toISOString().slice(0, 10);
    const moved = await staffApi(backOffice, 'PUT', `/back-office/matches/${request.body.matches[0]!.documentId}`, { status: 'active', followUpOn: today });
    expect(moved.status).toBe(200);
    await page.goto(`${PLUGIN}/follow-ups`);
    const link = page.getByRole('link', { name: `Record how it went for ${references.request}` });
    await link.waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'follow-ups due');
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Request ${references.request}` }).waitFor();
  });
});

describe('an editor', () => {
  it('does not see the back office, and its API refuses them', async () => {
    const page = await logInToAdmin(browser, cms.url, editor);
    await page.getByRole('link', { name: 'Content Manager' }).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: 'Back office' }).count()).toBe(0);
    await page.goto(PLUGIN);
    await page
      .getByText(/permission/i)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Queue' }).count()).toBe(0);

    for (const route of ['/back-office/requests', '/back-office/dashboard', '/back-office/follow-ups', '/back-office/project-calls']) {
      expect((await staffApi(editor, 'GET', route)).status, route).toBe(403);
    }
    expect((await staffApi(editor, 'POST', '/back-office/people/export', { email: 'maria.claes@example.org' })).status).toBe(403);
    await page.context().close();
  });
});

describe('project-call review', () => {
  let call: { documentId: string; title: string };
  let reference = '';

  beforeAll(async () => {
    const calls = await staffApi(
      backOffice,
      'GET',
      '/back-office/project-calls',
      undefined,
      z.array(z.looseObject({ documentId: z.string(), title: z.string() })),
    );
    call = calls.body[0]!;
    const proposal = validSubmission('project-proposal', 3, { projectCallDocumentId: call.documentId }, 'nl');
    const response = await fetch(`${cms.url}/api/intake/project-proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'admin-review-proposal-0001' },
      body: JSON.stringify(proposal),
    });
    expect(response.status).toBe(201);
    reference = z.looseObject({ reference: z.string() }).parse(await response.json()).reference;
  });

  it('scores a proposal per criterion, reads it whole, decides as a draft with the applicant’s mail, confirms, and gives the sheet for the meeting', async () => {
    await page.goto(`${PLUGIN}/project-calls/${call.documentId}`);
    await page.getByRole('heading', { level: 1, name: call.title }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: `Review ${reference}` }).click();
    const review = page.getByRole('dialog');
    await review.waitFor();
    await expectNoAxeViolations(page, 'review dialog', 'dialog');
    for (const select of await review.getByRole('combobox').all()) {
      await select.click();
      await page.getByRole('option', { name: '4 of 5' }).click();
    }
    await review.getByLabel('Comment').fill('Sterk project, goed bereik.');
    await review.getByRole('button', { name: 'Save the review' }).click();
    await review.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row.textContent()).toContain('1 review');

    // The whole proposal, the committee and the decision are on the proposal's own page.
    await page.getByRole('link', { name: `Read ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Proposal ${reference}` }).waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'proposal for reading');
    const decision = page.locator('section[aria-labelledby="decision"]');
    await decision.getByRole('combobox', { name: 'Decision' }).click();
    await page.getByRole('option', { name: 'Approved' }).click();
    await decision.getByLabel('Amount granted (euro)').fill('1200');
    await decision.getByLabel('Text for the applicant (goes into the mail)').fill('Proficiat!');
    await decision.getByLabel('Internal note (staff only, never mailed)').fill('Check the invoices');
    // The seeded call is still open and has one review: a reason is asked for, and kept.
    await decision.getByLabel('Reason to decide despite the rules (recorded)').fill('The jury met early for this test');
    await decision.getByRole('button', { name: 'Save as draft and preview the mail' }).click();
    await decision.getByRole('heading', { name: 'The mail the applicant will receive (Nederlands)' }).waitFor({ timeout: 30_000 });
    expect(await decision.textContent()).toContain('Proficiat!');
    await expectNoAxeViolations(page, 'decision draft with the mail');
    await decision.getByRole('button', { name: 'Confirm the decision and send the mail' }).click();
    await decision.getByText('Decision confirmed; the mail to the applicant is on its way.').waitFor({ timeout: 30_000 });

    await page.goto(`${PLUGIN}/project-calls/${call.documentId}`);
    await page.getByRole('heading', { level: 1, name: call.title }).waitFor({ timeout: 30_000 });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.textContent()).toContain('Approved');
    expect(await row.textContent()).toContain('€1,200');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Decision sheet (CSV)' }).click()]);
    const sheet = await new Response(await download.createReadStream()).text();
    expect(sheet).toContain(reference);
    await expectNoAxeViolations(page, 'proposals after the decision');
  });

  it('shows the call’s dashboard from the committee page: proposals per status, amounts against the budget, reviews, days to decision', async () => {
    await page.goto(`/admin/plugins/project-review/calls/${call.documentId}`);
    await page.getByRole('link', { name: 'Dashboard of the call' }).click();
    await page.getByRole('heading', { level: 1, name: `Dashboard of the call: ${call.title}` }).waitFor({ timeout: 30_000 });
    const amounts = page.locator('section[aria-labelledby="amounts"]');
    await expect.poll(() => amounts.textContent()).toContain('€1,200');
    expect(await amounts.textContent()).toContain('€150,000');
    expect(await page.locator('section[aria-labelledby="by-status"]').textContent()).toContain('Approved');
    await expectNoAxeViolations(page, 'call dashboard');
  });

  it('plans the milestones of the granted proposal on its page: a missing field is named, saving mails the applicant their link', async () => {
    await page.goto(`${PLUGIN}/project-calls/${call.documentId}`);
    await page.getByRole('link', { name: `Read ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Proposal ${reference}` }).waitFor({ timeout: 30_000 });
    const milestones = page.locator('section[aria-labelledby="milestones"]');
    await milestones.getByText('The applicant has not (yet) agreed to a public page.').waitFor({ timeout: 30_000 });
    await milestones.getByRole('button', { name: 'Add a milestone' }).click();
    await milestones.getByLabel('Planned for').fill('2027-03-15');
    await milestones.getByRole('button', { name: 'Save and mail the link' }).click();
    await expect.poll(() => milestones.textContent(), { timeout: 30_000 }).toMatch(/fields need another look/);
    // The message stands under the milestone's own "What" field, named by its place in the list.
    const what = milestones.getByLabel('What');
    await expect.poll(() => what.getAttribute('aria-invalid')).toBe('true');
    const description = await what.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id: string) => input.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Fill this in.');
    const milestoneMails = () => mail.mails.filter((sent) => sent.text.includes('/api/project-milestones/'));
    expect(milestoneMails()).toHaveLength(0);
    await expectNoAxeViolations(page, 'milestones with a field to fix');

    await milestones.getByLabel('What').fill('First neighbourhood meal');
    await milestones.getByRole('button', { name: 'Save and mail the link' }).click();
    await milestones.getByText('Saved; the applicant gets the link by email.').waitFor({ timeout: 30_000 });
    await expect.poll(() => milestones.getByText('Not done yet').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => milestoneMails().length, { timeout: 30_000 }).toBe(1);
    await expectNoAxeViolations(page, 'milestones planned');
  });

  it('gives a reviewer their own menu: what is left to review, the proposal to read, others’ scores hidden until their own', async () => {
    const reviewer = await createStaffUser(cms.url, 'cb-project-reviewer', 'reviewer@jury.example.org');
    const { body: me } = await staffApi(reviewer, 'GET', '/admin/users/me', undefined, z.looseObject({ data: z.looseObject({ id: z.number() }) }));
    const { body: list } = await staffApi(
      backOffice,
      'GET',
      `/back-office/project-calls/${call.documentId}/proposals`,
      undefined,
      z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })) }),
    );
    const proposal = list.results.find((row) => row.reference === reference)!;
    expect((await staffApi(backOffice, 'POST', `/back-office/proposals/${proposal.documentId}/assignments`, { reviewerId: me.data.id })).status).toBe(201);

    const reviewerPage = await logInToAdmin(browser, cms.url, reviewer);
    await reviewerPage.getByRole('link', { name: 'Project review' }).first().click();
    await reviewerPage.getByRole('heading', { level: 1, name: 'Mine to review' }).waitFor({ timeout: 30_000 });
    expect(await reviewerPage.getByRole('link', { name: 'Back office' }).count()).toBe(0);
    await expectNoAxeViolations(reviewerPage, 'mine to review');
    await reviewerPage.getByRole('link', { name: new RegExp(`^${reference}`) }).click();
    await reviewerPage.getByRole('heading', { level: 1, name: `Proposal ${reference}` }).waitFor({ timeout: 30_000 });
    await reviewerPage.getByText('The other reviewers’ scores and comments show once you have given your own.').waitFor();
    expect(await reviewerPage.locator('main').textContent()).not.toContain('Sterk project, goed bereik.');
    expect(await reviewerPage.locator('section[aria-labelledby="decision"]').count()).toBe(0);
    await expectNoAxeViolations(reviewerPage, 'proposal as a reviewer reads it');
    await reviewerPage.context().close();
  });
});

describe('person data', () => {
  let reference = '';
  const email = 'erase.me@example.org';

  beforeAll(async () => {
    const request = await staffApi(
      backOffice,
      'POST',
      '/back-office/intake/help-request',
      {
        channel: 'social',
        locale: 'en',
        values: {
          forWhom: 'self',
          contactName: 'Erin Erase',
          email,
          categories: ['chat'],
          description: 'A chat now and then.',
          municipality: 'evere',
          languages: ['en'],
          consent: true,
        },
      },
      z.looseObject({ reference: z.string() }),
    );
    expect(request.status).toBe(201);
    reference = request.body.reference;
  });

  it('exports a person’s data as JSON, and erases it after a confirmation', async () => {
    await page.goto(`${PLUGIN}/people`);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Export their data' }).click();
    await page.getByRole('heading', { name: 'Their data' }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain(reference);
    await expectNoAxeViolations(page, 'person data export');

    await page.getByRole('button', { name: 'Erase their data' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectNoAxeViolations(page, 'erase confirmation', 'alertdialog');
    await confirm.getByRole('button', { name: 'Erase' }).click();
    await page.getByRole('heading', { name: 'Erased' }).waitFor();

    const after = await staffApi(backOffice, 'POST', '/back-office/people/export', { email }, z.unknown());
    expect(JSON.stringify(after.body)).not.toContain('Erin Erase');
  });
});
