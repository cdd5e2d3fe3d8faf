import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeForm } from '@cb/domain/intake';
import { attemptPage } from '../src/api/intake/pages/attempt-page';
import { launchChromium } from '../testing/admin-panel';
import { phoneIntakeMarkup } from '../testing/phone-intake-markup';
import { describedFields, fieldsInDocument, type RenderedField } from '../testing/rendered-fields';

/**
 * The back office's phone intake and the CMS's page for a post without JavaScript render the one form
 * description alike: same names, kinds, required fields and choices, in order (the site's island is
 * compared with the same page in site/test/unit/form-renderers.test.ts). Staff register requests
 * and offers, in English.
 */

const STAFF_FORMS: IntakeForm[] = ['help-request', 'help-offer'];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
});

async function fieldsOf(markup: string, form: IntakeForm): Promise<RenderedField[]> {
  await page.setContent(markup);
  return page.evaluate(fieldsInDocument, form);
}

/** The design system's select lists its choices only once opened: on the server it renders none (back-office-admin.test.ts reads them in Chromium). */
const withoutSelectChoices = (fields: RenderedField[]) => fields.map((field) => (field.kind === 'select' ? { ...field, options: [] } : field));

describe('the phone intake renders the one form description', () => {
  for (const form of STAFF_FORMS) {
    it(`${form}: the same fields as the page without JavaScript`, async () => {
      const phoneIntake = await fieldsOf(phoneIntakeMarkup(form), form);
      const noJavaScript = await fieldsOf(attemptPage({ form, locale: 'en', fields: {}, errors: {}, hadFiles: false }), form);
      expect(phoneIntake).toEqual(withoutSelectChoices(noJavaScript));
      expect(noJavaScript).toEqual(describedFields(form, 'en'));
    });
  }
});
