import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, fieldMessages, type IntakeForm } from '@cb/domain/intake';
import { attemptPage } from '../../../cms/src/api/intake/pages/attempt-page.ts';
import { describedFields, fieldsInDocument, type RenderedField } from '../../../cms/testing/rendered-fields.ts';
import IntakeFormIsland from '../../src/forms/IntakeFormIsland.tsx';
import { formText } from '../../src/forms/form-text.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * One form description, two of its renderers: the site's island (as the static site serves it,
 * before hydration) and the CMS's page for a post without JavaScript show the same fields, in the
 * same order, for every form in every language. (The back office's phone intake is compared with
 * the same page in cms/tests/phone-intake-fields.test.ts: it renders with the CMS's React.)
 */

const FORMS = Object.keys(FORM_LAYOUTS) as IntakeForm[];
const PROJECT_CALL = { documentId: 'call-under-test', maxPerProject: 5000 };

function islandMarkup(form: IntakeForm, locale: Locale): string {
  const text = formText(form, locale, { max: PROJECT_CALL.maxPerProject });
  return renderToStaticMarkup(
    createElement(IntakeFormIsland, {
      form,
      locale,
      text,
      messages: fieldMessages(locale),
      ...(form === 'project-proposal' ? { projectCall: PROJECT_CALL } : {}),
    }),
  );
}

function noJavaScriptMarkup(form: IntakeForm, locale: Locale): string {
  const fields = form === 'project-proposal' ? { projectCallDocumentId: PROJECT_CALL.documentId } : {};
  return attemptPage({ form, locale, fields, errors: {}, hadFiles: false });
}

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

describe('the island and the page without JavaScript render the one form description', () => {
  for (const form of FORMS) {
    for (const locale of LOCALES) {
      it(`${form} in ${locale}: same names, kinds, required fields and choices, in order`, async () => {
        const island = await fieldsOf(islandMarkup(form, locale), form);
        const noJavaScript = await fieldsOf(noJavaScriptMarkup(form, locale), form);
        expect(island).toEqual(noJavaScript);
        expect(island).toEqual(describedFields(form, locale));
      });
    }
  }
});
