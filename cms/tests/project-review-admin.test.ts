import * as z from 'zod';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { expectContentInLandmarks, expectNoAxeViolations } from './helpers/admin-axe';
import { MailCatcher } from './helpers/mail-catcher';
import { validSubmission } from '../testing/intake-submissions';

/**
 * The project review's pages in a real Chromium, against a real CMS with the built admin: after each
 * change on a proposal's page (scores saved, a conflict declared, a decision drafted, refused or
 * confirmed, a reviewer assigned) focus stays in the section where it was made, on what happened; a
 * refusal is said once, at its field; the summary for the meeting says a decision overrode the rules;
 * and every bit of the review pages sits in a landmark (axe's "region").
 */

const REVIEW = '/admin/plugins/project-review';

let cms: AdminPanel;
let browser: Browser;
let backOffice: StaffUser;
let page: Page;
let staffApi: StaffApi;
const mail = new MailCatcher();
let call: { documentId: string; title: string };
let counter = 0;

/** A proposal sent through the public intake to the seeded (open) call, with its document id. */
async function submitProposal(): Promise<{ documentId: string; reference: string }> {
  counter += 1;
  const response = await fetch(`${cms.url}/api/intake/project-proposals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `review-admin-proposal-${String(counter).padStart(4, '0')}` },
    body: JSON.stringify(validSubmission('project-proposal', 10 + counter, { projectCallDocumentId: call.documentId }, 'nl')),
  });
  expect(response.status).toBe(201);
  const { reference } = z.looseObject({ reference: z.string() }).parse(await response.json());
  const { body } = await staffApi(
    backOffice,
    'GET',
    `/back-office/project-calls/${call.documentId}/proposals`,
    undefined,
    z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })) }),
  );
  const documentId = body.results.find((row) => row.reference === reference)?.documentId ?? '';
  expect(documentId).not.toBe('');
  return { documentId, reference };
}

async function openProposal(reference: string, documentId: string): Promise<void> {
  await page.goto(`${REVIEW}/proposals/${documentId}`);
  await page.getByRole('heading', { level: 1, name: `Proposal ${reference}` }).waitFor({ timeout: 30_000 });
}

/** What has focus: its outcome region's text, or the label of the field; fails when focus fell to the page. */
async function focused(page: Page): Promise<{ outcome: string | null; section: string | null; tag: string; label: string | null }> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    const section = element?.closest('section[aria-labelledby]');
    return {
      outcome: element?.hasAttribute('data-action-outcome') ? element.textContent : null,
      section: section ? section.getAttribute('aria-labelledby') : null,
      tag: element ? element.tagName.toLowerCase() : 'none',
      label: element && element.id ? (document.querySelector('label[for="' + element.id + '"]')?.textContent ?? null) : null,
    };
  })()`);
}

const timesIn = async (locator: Locator, text: string) => ((await locator.textContent()) ?? '').split(text).length - 1;

beforeAll(async () => {
  await mail.start();
  cms = await startAdminPanel(
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port), PROJECT_REVIEW_MIN_REVIEWS: '2' },
    { startFrom: inject('seededCmsDatabase') },
  );
  staffApi = staffApiOf(cms.url);
  backOffice = await createStaffUser(cms.url, 'cb-back-office', 'review-admin@staff.example.org');
  const calls = await staffApi(
    backOffice,
    'GET',
    '/back-office/project-calls',
    undefined,
    z.array(z.looseObject({ documentId: z.string(), title: z.string() })),
  );
  call = calls.body[0]!;
  browser = await launchChromium();
  page = await logInToAdmin(browser, cms.url, backOffice);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await mail.stop();
});

describe('a proposal’s page after each change', () => {
  it('keeps focus on the outcome in the section where the change was made: scores saved, a reviewer assigned', async () => {
    const { documentId, reference } = await submitProposal();
    await openProposal(reference, documentId);
    const mine = page.locator('section[aria-labelledby="my-review"]');
    for (const select of await mine.getByRole('combobox').all()) {
      await select.click();
      await page.getByRole('option', { name: '4 of 5' }).click();
    }
    await mine.getByRole('button', { name: 'Save my scores' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ outcome: 'Your scores are saved.', section: 'my-review' });
    // The page reloaded the proposal: the others' scores show, the panel and its outcome stayed.
    await page.locator('section[aria-labelledby="committee-reviews"]').getByText('By cb-back-office Test').waitFor({ timeout: 30_000 });
    expect(await focused(page)).toMatchObject({ outcome: 'Your scores are saved.', section: 'my-review' });

    const reviewer = await createStaffUser(cms.url, 'cb-project-reviewer', 'assigned@jury.example.org');
    await page.reload();
    const assignments = page.locator('section[aria-labelledby="assignments"]');
    await assignments.getByRole('combobox', { name: 'Assign to' }).click();
    await page.getByRole('option', { name: 'cb-project-reviewer Test' }).click();
    await assignments.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ outcome: 'Assigned to cb-project-reviewer Test.', section: 'assignments' });
    await assignments.getByRole('button', { name: 'Take back from cb-project-reviewer Test' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ outcome: 'Taken back from cb-project-reviewer Test.', section: 'assignments' });
    expect(reviewer.email).toBe('assigned@jury.example.org');
  });

  it('keeps focus on the declared conflict of interest, which replaces the scoring form', async () => {
    const { documentId, reference } = await submitProposal();
    await openProposal(reference, documentId);
    const conflict = page.locator('section[aria-labelledby="my-conflict"]');
    await conflict.getByLabel('What the conflict is (optional)').fill('My neighbour runs this project.');
    await conflict.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ outcome: 'Your conflict of interest is recorded: you will not score this proposal.', section: 'my-review' });
    expect(await page.locator('section[aria-labelledby="my-review"]').getByRole('heading', { level: 2 }).textContent()).toBe('Conflict of interest');
    expect(await page.getByRole('button', { name: 'Save my scores' }).count()).toBe(0);
  });

  it('says a refused decision once, at the field that lifts it (focused); then the draft and the confirmation keep focus on their outcome', async () => {
    const { documentId, reference } = await submitProposal();
    await openProposal(reference, documentId);
    const decision = page.locator('section[aria-labelledby="decision"]');
    await decision.getByRole('combobox', { name: 'Decision' }).click();
    await page.getByRole('option', { name: 'Approved' }).click();
    await decision.getByLabel('Amount granted (euro)').fill('900');
    // The seeded call is still open and the proposal has no review: what stands in the way is the reason field's hint.
    const reason = decision.getByLabel('Reason to decide despite the rules (recorded)');
    const hint = 'The call’s deadline has not passed yet. Fewer complete reviews than the 2 needed.';
    expect(await timesIn(decision, hint)).toBe(1);
    await decision.getByRole('button', { name: 'Save as draft and preview the mail' }).click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    const refusal = 'give a reason to decide now';
    expect(await timesIn(decision, refusal)).toBe(2); // one sentence per rule, each once
    expect(await timesIn(page.locator('main'), 'The call is still open until')).toBe(1);
    expect(await decision.getByRole('alert').count()).toBe(0);
    expect(await focused(page)).toMatchObject({ section: 'decision', tag: 'textarea', label: 'Reason to decide despite the rules (recorded)' });
    await expectNoAxeViolations(page, 'decision refused at its field');
    await expectContentInLandmarks(page, 'decision refused at its field');

    await reason.fill('The jury met early: the project starts next week.');
    await decision.getByRole('button', { name: 'Save as draft and preview the mail' }).click();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ outcome: 'Draft saved; nothing has been mailed yet. Read the applicant’s mail below, then confirm.', section: 'decision' });
    await decision.getByRole('heading', { name: 'The mail the applicant will receive (Nederlands)' }).waitFor({ timeout: 30_000 });
    await expectContentInLandmarks(page, 'draft decision with the applicant’s mail');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Confirm the decision and send the mail');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ outcome: 'Decision confirmed; the mail to the applicant is on its way.', section: 'decision' });
    await expect.poll(() => decision.textContent(), { timeout: 30_000 }).toContain('Decided despite the rules (before the deadline of');
  });
});

describe('the summary for the committee meeting', () => {
  it('says that the decision overrode the rules, which ones, why, by whom and when', async () => {
    const { body } = await staffApi(
      backOffice,
      'GET',
      `/back-office/project-calls/${call.documentId}/proposals`,
      undefined,
      z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), reference: z.string(), caseStatus: z.string() })) }),
    );
    const decided = body.results.find((row) => row.caseStatus === 'approved');
    expect(decided).toBeDefined();
    await page.goto(`${REVIEW}/proposals/${decided?.documentId}/summary`);
    const summary = page.locator('section[aria-labelledby="summary"]');
    await summary.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => summary.textContent())
      .toMatch(
        /Decided despite the rules \(before the deadline of .+, with no complete review of the 2 needed\): The jury met early: the project starts next week\. \(cb-back-office Test, /,
      );
    await expectNoAxeViolations(page, 'summary with an overridden decision');
  });
});

describe('the review pages in landmarks', () => {
  it('puts all their content in landmarks (axe "region"): mine to review, a proposal, its summary, the committee, the dashboard', async () => {
    const proposal = await submitProposal();
    const pages: [string, string][] = [
      [REVIEW, 'Mine to review'],
      [`${REVIEW}/proposals/${proposal.documentId}`, `Proposal ${proposal.reference}`],
      [`${REVIEW}/proposals/${proposal.documentId}/summary`, `Summary for the committee meeting · ${proposal.reference}`],
      [`${REVIEW}/calls/${call.documentId}`, 'Review committee'],
      [`${REVIEW}/calls/${call.documentId}/dashboard`, `Dashboard of the call: ${call.title}`],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
      await expectContentInLandmarks(page, path);
    }
    // The back office's list of a call's proposals, with its review dialog open.
    await page.goto(`/admin/plugins/back-office/project-calls/${call.documentId}`);
    await page.getByRole('heading', { level: 1, name: call.title }).waitFor({ timeout: 30_000 });
    await expectContentInLandmarks(page, 'proposals of the call');
    await page.getByRole('button', { name: `Review ${proposal.reference}` }).click();
    await page.getByRole('dialog').waitFor();
    await expectContentInLandmarks(page, 'review dialog');
  });
});
