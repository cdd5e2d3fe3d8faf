import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, colon, routes, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, errorTargetId, fieldMessage, layoutFields, summaryWords, type IntakeForm } from '@cb/domain/intake';
import { startFormsSite, type FormsSite } from '../support/forms-site.ts';
import type { RunningServer } from '../support/static-server.ts';

/**
 * The error summary of the four forms in a real Chromium, with and without JavaScript: each line names
 * its field ("Label: message"), links to it, and the lines follow the fields' order on the page. And
 * Enter in a single-line field of an earlier step of the ask-for-help wizard goes to the next step.
 */

let site: FormsSite;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  site = await startFormsSite();
  ({ browser, server } = site);
});

afterAll(async () => {
  await site?.close();
});

const FORMS = Object.keys(FORM_LAYOUTS) as IntakeForm[];

async function openForm(javaScript: boolean, form: IntakeForm, locale: Locale): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'en-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${routes.form(locale, FORM_LAYOUTS[form].formKey)}`);
  if (javaScript) await page.waitForSelector('form.intake-form .draft-note');
  return { context, page };
}

/** Sends the form empty: the submit button, or on the wizard the first step's "Next". */
async function sendEmpty(page: Page): Promise<void> {
  await page.locator('form.intake-form .form-actions button.button:not(.secondary)').click();
  await page.waitForSelector('.error-summary li');
}

interface Line {
  text: string;
  href: string | null;
  /** The place in the document of the element the link leads to. */
  position: number;
}

async function summaryLines(page: Page): Promise<Line[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return [...document.querySelectorAll('.error-summary li')].map((item) => {
      const href = item.querySelector('a')?.getAttribute('href') ?? null;
      const target = href ? document.getElementById(href.slice(1)) : null;
      return { text: item.textContent?.trim() ?? '', href, position: target ? all.indexOf(target) : -1 };
    });
  });
}

/** Each line begins with the label of the field its link leads to, then the locale's colon (none after "?"). */
function expectNamedLines(form: IntakeForm, locale: Locale, lines: Line[]): void {
  const { labels } = summaryWords(form, locale);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.href, line.text).not.toBeNull();
    expect(line.position, `${line.href} is on the page`).toBeGreaterThan(-1);
    const field = layoutFields(form).find((candidate) => `#${errorTargetId(form, candidate.name)}` === line.href);
    expect(field, line.text).toBeDefined();
    const label = labels[field!.name]!;
    const named = line.text.startsWith(/[?:.!]$/.test(label) ? `${label} ` : `${label}${colon(locale)} `);
    // "A phone or an email" is about two fields: its message says so, and its link leads to the first.
    expect(named || (field!.name === 'phone' && line.text === fieldMessage('contact-missing', locale)), `${line.text} names ${label}`).toBe(true);
  }
}

function expectInPageOrder(lines: Line[]): void {
  const positions = lines.map((line) => line.position);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

describe('with JavaScript, a form sent empty', () => {
  for (const form of FORMS) {
    for (const locale of LOCALES) {
      it(`${form} (${locale}) names each field in its summary line, links to it, in the order of the page`, async () => {
        const { context, page } = await openForm(true, form, locale);
        try {
          await sendEmpty(page);
          const lines = await summaryLines(page);
          expectNamedLines(form, locale, lines);
          expectInPageOrder(lines);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('without JavaScript, the CMS’s page after an empty post', () => {
  for (const form of FORMS) {
    it(`${form} (en) lists the errors in the order of the fields on the page, each named`, async () => {
      const { context, page } = await openForm(false, form, 'en');
      try {
        await sendEmpty(page);
        const lines = await summaryLines(page);
        expectNamedLines(form, 'en', lines);
        expectInPageOrder(lines);
      } finally {
        await context.close();
      }
    });
  }
});

describe('with JavaScript, Enter in a single-line field of the ask-for-help wizard', () => {
  const stepCount = (page: Page) => page.locator('.step-count').textContent();

  it('goes to the next step on step 1 and step 5, and shows step 5’s errors while its fields are empty', async () => {
    const { context, page } = await openForm(true, 'help-request', 'en');
    try {
      await page.locator('#help-request-forWhom-someone-else').check();
      await page.locator('#help-request-beneficiaryName').fill('Jeanne');
      // The name and the relation are optional: step 1 has no text field that can be wrong.
      await page.locator('#help-request-beneficiaryName').press('Enter');
      await page.waitForSelector('#help-request-description');
      expect(await stepCount(page)).toBe('Step 2 of 6');
      expect(await page.locator('.error-summary').count()).toBe(0);

      // In a text area, Enter is a new line.
      await page.locator('#help-request-categories-walking').check();
      await page.locator('#help-request-description').fill('She likes to walk');
      await page.locator('#help-request-description').press('Enter');
      expect(await stepCount(page)).toBe('Step 2 of 6');
      expect(await page.locator('#help-request-description').inputValue()).toBe('She likes to walk\n');
      await page.getByRole('button', { name: 'Next' }).click();

      await page.locator('#help-request-municipality').selectOption('jette');
      await page.locator('#help-request-languages-fr').check();
      await page.locator('#help-request-availableTimes-weekday-afternoons').check();
      await page.locator('#help-request-availability').fill('Tuesday afternoon');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => stepCount(page)).toBe('Step 4 of 6');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForSelector('#help-request-contactName');

      await page.locator('#help-request-contactName').press('Enter');
      await page.waitForSelector('.error-summary li');
      expect(await stepCount(page)).toBe('Step 5 of 6');
      expectNamedLines('help-request', 'en', await summaryLines(page));

      await page.locator('#help-request-contactName').fill('Marc');
      await page.locator('#help-request-phone').fill('02 555 01 23');
      await page.locator('#help-request-phone').press('Enter');
      await page.waitForSelector('#help-request-consent');
      expect(await stepCount(page)).toBe('Step 6 of 6');
    } finally {
      await context.close();
    }
  });
});
