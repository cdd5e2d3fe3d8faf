import * as z from 'zod';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { expectNoAxeViolations } from './helpers/admin-axe';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { referenceAnswer } from './helpers/http';
import { openInAdmin } from './helpers/admin-navigation';

/**
 * A working day's new pieces in a real Chromium (English): find a request by the reference a caller
 * quotes, add a note to its history, close it with a reason; an offer's page and its screening. axe finds nothing.
 */

const PLUGIN = '/admin/plugins/back-office';

let cms: AdminPanel;
let browser: Browser;
let backOffice: StaffUser;
let page: Page;
const references = { request: '', offer: '' };

let staffApi: StaffApi;

async function register(form: 'help-request' | 'help-offer', values: Record<string, unknown>): Promise<string> {
  const answer = await staffApi(backOffice, 'POST', `/back-office/intake/${form}`, { channel: 'phone', locale: 'nl', values }, referenceAnswer.partial());
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.reference ?? '';
}

beforeAll(async () => {
  cms = await startAdminPanel({}, { startFrom: inject('seededCmsDatabase') });
  staffApi = staffApiOf(cms.url);
  backOffice = await createStaffUser(cms.url, 'cb-back-office', 'casework@staff.example.org');
  references.request = await register('help-request', {
    forWhom: 'self',
    contactName: 'Rosa Verhulst',
    phone: '0470 55 66 77',
    categories: ['chat'],
    description: 'Ik zou graag eens babbelen.',
    municipality: 'jette',
    languages: ['nl'],
    consent: true,
  });
  references.offer = await register('help-offer', {
    offerAs: 'person',
    contactName: 'Tom Babbelaar',
    phone: '02 555 12 12',
    categories: ['chat'],
    description: 'Ik bel graag met iemand.',
    anywhereInBrussels: true,
    municipalities: [],
    languages: ['nl'],
    frequency: 'weekly',
    codeOfConduct: true,
    consent: true,
  });
  browser = await launchChromium();
  page = await logInToAdmin(browser, cms.url, backOffice);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('a working day in the back office', () => {
  it('finds a request by the reference a caller quotes, from the queue page', async () => {
    // From the home page logging in landed on, as the admin's menu goes.
    await openInAdmin(page, PLUGIN);
    const search = page.getByRole('searchbox', { name: 'Reference, name, phone or email' });
    await search.waitFor({ timeout: 30_000 });
    await search.fill(references.request.toLowerCase());
    await page.getByRole('button', { name: 'Find' }).click();
    const hit = page.getByRole('link', { name: `${references.request} · Rosa Verhulst · New` });
    await hit.waitFor();
    await expect.poll(() => page.getByText('Found by: reference').count()).toBe(1);
    await expectNoAxeViolations(page, 'queue with search results');

    await search.fill('+32 470 55 66 77');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => page.getByText('Found by: phone').count()).toBe(1);

    await hit.click();
    await page.getByRole('heading', { level: 1, name: `Request ${references.request}` }).waitFor({ timeout: 30_000 });
  });

  it('adds notes to the request’s history: each one stays, with who wrote it, and a note typed while one saves is kept', async () => {
    const note = page.getByLabel('New note');
    const history = page.getByRole('list', { name: 'Notes and history' });
    await note.waitFor({ timeout: 30_000 });
    // The first note reaches the server only once the next one is typed: whatever the machine's speed,
    // the next note is written while the first is on its way.
    let sendFirstNote = () => {};
    const nextNoteTyped = new Promise<void>((resolve) => (sendFirstNote = resolve));
    await page.route(
      '**/notes',
      async (route) => {
        await nextNoteTyped;
        await route.continue();
      },
      { times: 1 },
    );
    await note.fill('Called back, she prefers mornings.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await note.fill('Her neighbour may also help.');
    sendFirstNote();
    // In the history, not the page: the box itself holds the words being typed.
    await history.getByText('Called back, she prefers mornings.').waitFor();
    expect(await note.inputValue()).toBe('Her neighbour may also help.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await history.getByText('Her neighbour may also help.').waitFor();
    await expect.poll(() => note.inputValue()).toBe('');
    await page.reload();
    await history.waitFor({ timeout: 30_000 });
    await expect.poll(() => history.getByRole('listitem').count()).toBe(2);
    expect(await history.textContent()).toContain('Called back, she prefers mornings.');
    expect(await history.textContent()).toContain('cb-back-office Test');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'request page with its history and actions');
  });

  it('closes the request with a reason, then offers to reopen it', async () => {
    await page.getByRole('combobox', { name: 'Why close it' }).click();
    await page.getByRole('option', { name: 'Could not be reached' }).click();
    await page.getByRole('button', { name: 'Close request' }).click();
    await page.getByRole('button', { name: 'Reopen request' }).waitFor();
    await page.getByText('Closed: Could not be reached', { exact: true }).waitFor();
    const request = await staffApi(backOffice, 'GET', page.url().replace(`${cms.url}/admin/plugins`, ''), undefined, z.looseObject({ caseStatus: z.string() }));
    expect(request.body.caseStatus).toBe('closed');
    await expectNoAxeViolations(page, 'closed request');
  });

  it('opens an offer found by name, and pauses it', async () => {
    await openInAdmin(page, PLUGIN);
    await page.getByRole('searchbox', { name: 'Reference, name, phone or email' }).fill('Babbelaar');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: `${references.offer} · Tom Babbelaar · New` }).click();
    await page.getByRole('heading', { level: 1, name: `Offer ${references.offer}` }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause offer' }).click();
    await page.getByRole('button', { name: 'Resume offer' }).waitFor();
    await page.getByText('Offer paused', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'offer page');
  });

  it('records a screening on the offer’s page: a field that needs another look first, then the screening and its line in the history', async () => {
    // The offer's page the previous test left open: a volunteer registered by phone is still to screen.
    await page.getByRole('heading', { level: 2, name: 'Screening' }).waitFor();
    await page.getByText('To screen: not suggested and cannot be matched yet').waitFor();
    await expectNoAxeViolations(page, 'screening section');

    await page.getByRole('button', { name: 'Record screening' }).click();
    await page.getByText('The screening was not recorded').waitFor();
    await page.getByRole('checkbox', { name: /The volunteer accepted the code of conduct/ }).click();
    await page.getByRole('radio', { name: 'Waived' }).click();
    await page.getByLabel('Why references were waived').fill('Known to Muntpunt for years');
    await page.getByRole('button', { name: 'Record screening' }).click();
    await page.getByText(/^Screened, valid until /).waitFor();
    await page.getByText('References waived: Known to Muntpunt for years').waitFor();
    await page.getByText('Volunteer screened').waitFor();
    await expectNoAxeViolations(page, 'screened offer');
  });
});
