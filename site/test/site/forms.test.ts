import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_OF_CONDUCT_VERSION, VOLUNTEER_PAGE_KEYS, routes } from '@cb/domain';
import { axeViolations } from '../support/axe.ts';
import { startFormsSite, type FormsSite } from '../support/forms-site.ts';
import { budgetLinesOf, recordsWhere } from '../support/intake-records.ts';
import { press, tabTo, tick, typeInto } from '../support/keyboard.ts';
import type { RunningServer } from '../support/static-server.ts';

/**
 * The four intake forms in a real Chromium, posting through the site's own origin (the static
 * server's /api/intake/ proxy) to a real CMS started on a copy of the database the site was built
 * from (so the project call on the apply page exists). Records are read from the CMS's SQLite file.
 */

let site: FormsSite;
let browser: Browser;
let server: RunningServer;
let workDir: string;
let database: string;

beforeAll(async () => {
  site = await startFormsSite();
  ({ browser, server, workDir, database } = site);
});

afterAll(async () => {
  await site?.close();
});

/** A name nobody else uses, to find the one record a test made. */
const uniqueName = (who: string) => `${who} ${Math.random().toString(36).slice(2, 8)}`;

async function openForm(options: { javaScript: boolean }, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript, locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${url}`);
  if (options.javaScript) await page.waitForSelector('form.intake-form .draft-note');
  return { context, page };
}

/** axe runs inside the page, so a page reached without JavaScript is checked again in a context that has it. */
async function axeViolationsAt(url: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}

/** The thank-you state: its heading has the focus and the reference is shown. */
async function thankedWithReference(page: Page): Promise<string> {
  const reference = (await page.locator('.thank-you [data-reference]').textContent({ timeout: 30_000 }))?.trim() ?? '';
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  expect(reference).toMatch(/^CB-[2-9A-Z]{6}$/);
  return reference;
}

describe('with JavaScript, filled by keyboard only', () => {
  it('asks for help one question at a time, shows errors in a focused summary, thanks in place, and stores the request once', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('en', 'ask-for-help'));
    try {
      expect(await axeViolations(page)).toEqual([]);

      await press(page, 'Next');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await page.locator('.error-summary').textContent()).toContain('Please choose one of the options in the list.');
      expect(await page.locator('#help-request-forWhom-self').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      const name = uniqueName('Marc');
      await tabTo(page, { id: 'help-request-forWhom-self' });
      await page.keyboard.press('ArrowDown');
      await typeInto(page, 'help-request-beneficiaryName', 'Jeanne');
      await typeInto(page, 'help-request-relationToBeneficiary', 'my neighbour');
      await press(page, 'Next');

      await tick(page, 'help-request-categories-walking');
      await tick(page, 'help-request-categories-chat');
      await typeInto(page, 'help-request-description', 'She likes to walk but no longer alone.');
      await press(page, 'Next');

      await tabTo(page, { id: 'help-request-municipality' });
      await page.keyboard.type('Jette');
      await tick(page, 'help-request-languages-fr');
      await tick(page, 'help-request-availableTimes-weekday-afternoons');
      await typeInto(page, 'help-request-availability', 'Tuesday afternoon');
      await press(page, 'Next');

      // The loneliness questions are optional: skipped.
      await press(page, 'Next');

      await typeInto(page, 'help-request-contactName', name);
      await typeInto(page, 'help-request-phone', '02 555 01 23');
      await press(page, 'Next');

      await tick(page, 'help-request-consent');
      await press(page, 'Send my request');
      const reference = await thankedWithReference(page);
      // No email address was given: no word of a confirmation mail.
      expect(await page.locator('.thank-you .confirmation-sent').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => sessionStorage.getItem('cb-intake-draft:help-request'))).toBeNull();

      const stored = recordsWhere(database, 'help-request', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        reference,
        for_whom: 'someone-else',
        beneficiary_name: 'Jeanne',
        relation_to_beneficiary: 'my neighbour',
        description: 'She likes to walk but no longer alone.',
        phone: '02 555 01 23',
        availability: 'Tuesday afternoon',
        channel: 'web',
        form_locale: 'en',
        case_status: 'new',
      });
      expect(JSON.parse(String(stored[0]!.available_times))).toEqual(['weekday-afternoons']);
      expect(stored[0]!.relations).toMatchObject({ categories: ['chat', 'walking'], municipality: ['jette'], languages: ['fr'] });
    } finally {
      await context.close();
    }
  });

  it('offers help as an organisation, anywhere in Brussels', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('fr', 'offer-help'));
    try {
      const name = uniqueName('Sophie');
      await tabTo(page, { id: 'help-offer-offerAs-person' });
      await page.keyboard.press('ArrowDown');
      await typeInto(page, 'help-offer-organisationName', 'Les Voisins asbl');
      await tick(page, 'help-offer-categories-groceries');
      await typeInto(page, 'help-offer-description', 'Nous faisons les courses le samedi.');
      await tick(page, 'help-offer-anywhereInBrussels');
      expect(await page.locator('#help-offer-municipalities-jette').count()).toBe(0);
      await tick(page, 'help-offer-languages-fr');
      await tabTo(page, { id: 'help-offer-frequency-once' });
      await page.keyboard.press('ArrowDown');
      await typeInto(page, 'help-offer-contactName', name);
      await typeInto(page, 'help-offer-email', 'sophie@example.org');
      await tick(page, 'help-offer-codeOfConduct');
      await tick(page, 'help-offer-consent');
      await press(page, 'Envoyer ma proposition');
      const reference = await thankedWithReference(page);
      expect(await page.textContent('.thank-you .confirmation-sent')).toBe('Vous recevrez aussi une confirmation par e-mail.');

      const stored = recordsWhere(database, 'help-offer', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        reference,
        offer_as: 'organisation',
        organisation_name: 'Les Voisins asbl',
        anywhere_in_brussels: 1,
        frequency: 'weekly',
        email: 'sophie@example.org',
        form_locale: 'fr',
        code_of_conduct_version: CODE_OF_CONDUCT_VERSION,
      });
      expect(stored[0]!.relations).toMatchObject({ categories: ['groceries'], municipalities: [], languages: ['fr'] });
    } finally {
      await context.close();
    }
  });

  it('shares a story that may be published under a first name', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('nl', 'share-a-story'));
    try {
      const name = uniqueName('An');
      await typeInto(page, 'story-submission-title', 'Soep op zondag');
      await typeInto(page, 'story-submission-text', 'Elke zondag eten we samen soep.');
      await tick(page, 'story-submission-mayPublish');
      await typeInto(page, 'story-submission-publishAs', 'An');
      await typeInto(page, 'story-submission-contactName', name);
      await typeInto(page, 'story-submission-email', 'an@example.be');
      await tick(page, 'story-submission-consent');
      await press(page, 'Verhaal versturen');
      const reference = await thankedWithReference(page);

      const stored = recordsWhere(database, 'story-submission', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ reference, title: 'Soep op zondag', may_publish: 1, publish_as: 'An', form_locale: 'nl' });
    } finally {
      await context.close();
    }
  });

  it('applies to the open project call with budget lines that add up', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('en', 'apply'));
    try {
      const name = uniqueName('Sara');
      await tabTo(page, { id: 'project-proposal-applicantType-person' });
      await page.keyboard.press('ArrowDown');
      await typeInto(page, 'project-proposal-organisationName', 'Buurthuis De Linde vzw');
      await typeInto(page, 'project-proposal-enterpriseNumber', '0123.456.749');
      await typeInto(page, 'project-proposal-contactName', name);
      await typeInto(page, 'project-proposal-email', 'sara@example.org');
      await typeInto(page, 'project-proposal-projectTitle', 'Soup on Sunday');
      await typeInto(page, 'project-proposal-description', 'Soup and a chat every Sunday for people living alone.');
      await typeInto(page, 'project-proposal-targetGroup', 'Older people living alone in Jette');
      await tick(page, 'project-proposal-municipalities-jette');
      await typeInto(page, 'project-proposal-startDate', '03012027');
      await typeInto(page, 'project-proposal-endDate', '12312027');
      await typeInto(page, 'project-proposal-requestedAmount', '2500');
      await typeInto(page, 'project-proposal-budgetLines-0-label', 'Ingredients');
      await typeInto(page, 'project-proposal-budgetLines-0-amount', '1800,50');
      await press(page, 'Add another line');
      // The island moves the focus to the new line once it is drawn: type only when it is there.
      await page.waitForFunction(() => document.activeElement?.id === 'project-proposal-budgetLines-1-label');
      await page.keyboard.type('Cooking pots');
      await typeInto(page, 'project-proposal-budgetLines-1-amount', '699.50');
      expect(await page.locator('.budget-total').textContent()).toContain('2,500');
      await tick(page, 'project-proposal-consent');
      await press(page, 'Submit the project');
      const reference = await thankedWithReference(page);

      const stored = recordsWhere(database, 'project-proposal', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        reference,
        applicant_type: 'organisation',
        enterprise_number: '0123.456.749',
        start_date: '2027-03-01',
        end_date: '2027-12-31',
        requested_amount: 2500,
      });
      expect(stored[0]!.relations).toMatchObject({ municipalities: ['jette'] });
      expect(budgetLinesOf(database, stored[0]!.id as number)).toEqual([
        { label: 'Ingredients', amount: 1800.5 },
        { label: 'Cooking pots', amount: 699.5 },
      ]);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript, when things go wrong', () => {
  it('keeps what was typed across a reload, says so when the network fails, and stores a resend once', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('en', 'share-a-story'));
    try {
      const name = uniqueName('Lotte');
      await typeInto(page, 'story-submission-title', 'A bench in the park');
      await typeInto(page, 'story-submission-text', 'We meet on the same bench every morning.');
      await page.reload();
      await page.waitForSelector('form.intake-form .draft-note');
      expect(await page.inputValue('#story-submission-title')).toBe('A bench in the park');

      await typeInto(page, 'story-submission-contactName', name);
      await typeInto(page, 'story-submission-phone', '0470 12 34 56');
      await tick(page, 'story-submission-consent');
      let attempts = 0;
      await page.route('**/api/intake/**', async (route) => {
        attempts += 1;
        // The first send is answered by the CMS but the answer never arrives: the person sends again.
        if (attempts === 1) {
          await route.fetch();
          await route.abort('connectionreset');
        } else await route.continue();
      });
      await press(page, 'Send my story');
      await page.waitForSelector('.form-failure');
      expect(await page.locator('.form-failure').textContent()).toContain('What you typed is not lost');
      await press(page, 'Send again');
      const reference = await thankedWithReference(page);

      expect(attempts).toBe(2);
      const stored = recordsWhere(database, 'story-submission', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(stored[0]!.reference).toBe(reference);
    } finally {
      await context.close();
    }
  });

  it('says so when answers changed after a lost answer, and sends the changed answers as a new submission', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('fr', 'share-a-story'));
    try {
      const name = uniqueName('Louise');
      await typeInto(page, 'story-submission-title', 'Un banc au parc');
      await typeInto(page, 'story-submission-text', 'Nous nous voyons chaque matin.');
      await typeInto(page, 'story-submission-contactName', name);
      await typeInto(page, 'story-submission-phone', '0470 12 34 56');
      await tick(page, 'story-submission-consent');
      let attempts = 0;
      await page.route('**/api/intake/**', async (route) => {
        attempts += 1;
        if (attempts === 1) {
          await route.fetch();
          await route.abort('connectionreset');
        } else await route.continue();
      });
      await page.locator('button[type=submit]').press('Enter');
      await page.waitForSelector('.form-failure');
      await page.fill('#story-submission-title', 'Un banc au parc de Forest');
      await page.locator('button[type=submit]').press('Enter');
      await expect.poll(() => attempts).toBe(2);
      await page.waitForSelector('button[type=submit]:not([disabled])');
      expect(await page.locator('.form-failure').textContent()).toContain('déjà été envoyé');
      await page.locator('button[type=submit]').press('Enter');
      await thankedWithReference(page);

      expect(attempts).toBe(3);
      const stored = recordsWhere(database, 'story-submission', 'contact_name', name);
      expect(stored.map((record) => record.title).sort()).toEqual(['Un banc au parc', 'Un banc au parc de Forest']);
    } finally {
      await context.close();
    }
  });

  it('shows the CMS’s own field errors on the field (an attachment that is not what its name says)', async () => {
    const { context, page } = await openForm({ javaScript: true }, routes.form('en', 'apply'));
    try {
      const fake = path.join(workDir, 'plan.pdf');
      writeFileSync(fake, 'MZ this is not a PDF at all');
      await page.check('#project-proposal-applicantType-person');
      await page.fill('#project-proposal-contactName', uniqueName('Tom'));
      await page.fill('#project-proposal-phone', '02 555 01 23');
      await page.fill('#project-proposal-projectTitle', 'Chess club');
      await page.fill('#project-proposal-description', 'Chess every Wednesday.');
      await page.fill('#project-proposal-targetGroup', 'Everyone');
      await page.check('#project-proposal-municipalities-evere');
      await page.fill('#project-proposal-startDate', '2027-02-01');
      await page.fill('#project-proposal-endDate', '2027-06-30');
      await page.fill('#project-proposal-requestedAmount', '300');
      await page.fill('#project-proposal-budgetLines-0-label', 'Chess sets');
      await page.fill('#project-proposal-budgetLines-0-amount', '300');
      await page.setInputFiles('#project-proposal-attachments', fake);
      await page.check('#project-proposal-consent');
      await page.locator('button[type=submit]').press('Enter');
      await page.waitForSelector('#project-proposal-attachments-error');
      expect(await page.getAttribute('#project-proposal-attachments', 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript, the same HTML form posts to the CMS', () => {
  it('renders a real form for each page: same-origin action, encoding, locale, honeypot', async () => {
    const { context, page } = await openForm({ javaScript: false }, routes.form('fr', 'apply'));
    try {
      const form = page.locator('form.intake-form');
      expect(await form.getAttribute('method')).toBe('post');
      expect(await form.getAttribute('action')).toBe('/api/intake/project-proposals');
      expect(await form.getAttribute('enctype')).toBe('multipart/form-data');
      expect(await page.inputValue('input[name=locale]')).toBe('fr');
      expect(await page.inputValue('input[name=projectCallDocumentId]')).not.toBe('');
      const honeypot = page.locator('input[name=website]');
      expect(await honeypot.getAttribute('tabindex')).toBe('-1');
      expect(await honeypot.getAttribute('autocomplete')).toBe('off');
      expect(await page.locator('.honeypot').getAttribute('aria-hidden')).toBe('true');
      expect(await axeViolationsAt(page.url())).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks for help: errors first, then the thank-you page with the reference, stored once', async () => {
    const { context, page } = await openForm({ javaScript: false }, routes.form('nl', 'ask-for-help'));
    try {
      expect(await page.getAttribute('form.intake-form', 'enctype')).toBe('application/x-www-form-urlencoded');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      await page.waitForURL(/\/api\/intake\/help-requests\/attempts\//);
      expect(await page.textContent('body')).toContain('Vul dit in.');
      expect(await axeViolationsAt(page.url())).toEqual([]);

      await page.goto(`${server.url}${routes.form('nl', 'ask-for-help')}`);
      const name = uniqueName('Jan');
      await page.check('#help-request-forWhom-self');
      await page.check('#help-request-categories-digital');
      await page.fill('#help-request-description', 'Hulp met mijn smartphone.');
      await page.selectOption('#help-request-municipality', 'evere');
      await page.check('#help-request-languages-nl');
      await page.fill('#help-request-contactName', name);
      await page.fill('#help-request-phone', '02 555 01 23');
      // The loneliness scale, with its own consent box: only its three scores are kept.
      await page.check('#help-request-lonelinessConsent');
      for (const [item, answer] of Object.entries({ 1: 'yes', 2: 'yes', 3: 'no', 4: 'no', 5: 'more-or-less', 6: 'yes' })) {
        await page.check(`#help-request-loneliness${item}-${answer}`);
      }
      await page.check('#help-request-consent');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      await page.waitForURL(/\/api\/intake\/thank-you\/help-requests/);
      const stored = recordsWhere(database, 'help-request', 'contact_name', name);
      expect(stored).toHaveLength(1);
      expect(JSON.parse(String(stored[0]!.loneliness_at_intake))).toEqual({ overall: 4, emotional: 2, social: 2 });
      expect(await page.textContent('body')).toContain(String(stored[0]!.reference));
      expect(stored[0]).toMatchObject({ for_whom: 'self', form_locale: 'nl', phone: '02 555 01 23' });
      expect(stored[0]!.relations).toMatchObject({ categories: ['digital'], municipality: ['evere'], languages: ['nl'] });
      expect(await axeViolationsAt(page.url())).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers help, shares a story and applies, each stored once', async () => {
    const { context, page } = await openForm({ javaScript: false }, routes.form('en', 'offer-help'));
    try {
      const helper = uniqueName('Omar');
      await page.check('#help-offer-offerAs-person');
      await page.check('#help-offer-categories-chat');
      await page.fill('#help-offer-description', 'A chat on the phone.');
      await page.check('#help-offer-municipalities-schaerbeek');
      await page.check('#help-offer-languages-ar');
      await page.check('#help-offer-frequency-monthly');
      await page.fill('#help-offer-contactName', helper);
      await page.fill('#help-offer-phone', '0470 12 34 56');
      await page.check('#help-offer-consent');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      // Without the code of conduct ticked, the CMS's page in the site's layout asks for it and links both texts.
      await page.waitForURL(/\/api\/intake\/help-offers\/attempts\//);
      expect(await page.locator('.site-header').count()).toBe(1);
      const pageLinks = page.locator('form.intake-form .field-links a');
      expect(await pageLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
        VOLUNTEER_PAGE_KEYS.map((key) => routes.page('en', key)),
      );
      expect(recordsWhere(database, 'help-offer', 'contact_name', helper)).toEqual([]);
      await page.check('#help-offer-codeOfConduct');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      await page.waitForURL(/\/api\/intake\/thank-you\/help-offers/);
      expect(recordsWhere(database, 'help-offer', 'contact_name', helper)).toMatchObject([{ code_of_conduct_version: CODE_OF_CONDUCT_VERSION }]);

      await page.goto(`${server.url}${routes.form('en', 'share-a-story')}`);
      const author = uniqueName('Ines');
      await page.fill('#story-submission-title', 'Letters to strangers');
      await page.fill('#story-submission-text', 'We write letters to people who live alone.');
      await page.fill('#story-submission-contactName', author);
      await page.fill('#story-submission-email', 'ines@example.be');
      await page.check('#story-submission-consent');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      await page.waitForURL(/\/api\/intake\/thank-you\/story-submissions/);
      expect(recordsWhere(database, 'story-submission', 'contact_name', author)).toHaveLength(1);

      await page.goto(`${server.url}${routes.form('en', 'apply')}`);
      const applicant = uniqueName('Karim');
      await page.check('#project-proposal-applicantType-person');
      await page.fill('#project-proposal-contactName', applicant);
      await page.fill('#project-proposal-phone', '02 555 01 23');
      await page.fill('#project-proposal-projectTitle', 'Walking group');
      await page.fill('#project-proposal-description', 'A walk every Thursday.');
      await page.fill('#project-proposal-targetGroup', 'Older people');
      await page.check('#project-proposal-municipalities-uccle');
      await page.fill('#project-proposal-startDate', '2027-04-01');
      await page.fill('#project-proposal-endDate', '2027-09-30');
      await page.fill('#project-proposal-requestedAmount', '1.200,00');
      await page.fill('#project-proposal-budgetLines-0-label', 'Maps and water');
      await page.fill('#project-proposal-budgetLines-0-amount', '1200');
      await page.check('#project-proposal-consent');
      await page.locator('form.intake-form button[type=submit]').press('Enter');
      await page.waitForURL(/\/api\/intake\/thank-you\/project-proposals/);
      const stored = recordsWhere(database, 'project-proposal', 'contact_name', applicant);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ requested_amount: 1200, applicant_type: 'person' });
    } finally {
      await context.close();
    }
  });
});
