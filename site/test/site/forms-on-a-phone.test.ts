import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, routes, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, type IntakeForm } from '@cb/domain/intake';
import { startFormsSite, type FormsSite } from '../support/forms-site.ts';
import { NARROWEST_PHONE, sidewaysScroll } from '../support/reflow.ts';

/**
 * The four intake forms as someone on a small phone meets them, with and without JavaScript, posting
 * through the site's own origin to a real CMS: they fit 320 px in every state, and an invalid send
 * puts the error summary in view with the focus on it.
 */

let site: FormsSite;

beforeAll(async () => {
  site = await startFormsSite();
});

afterAll(async () => {
  await site?.close();
});

const FORMS = Object.keys(FORM_LAYOUTS) as IntakeForm[];
const MODES = [
  { javaScript: true, name: 'with JavaScript' },
  { javaScript: false, name: 'without JavaScript' },
] as const;

async function openForm(page: Page, form: IntakeForm, locale: Locale, javaScript: boolean): Promise<void> {
  await page.goto(`${site.server.url}${routes.form(locale, FORM_LAYOUTS[form].formKey)}`);
  if (javaScript) await page.waitForSelector('form.intake-form .draft-note');
}

/** Sends the form as it is (empty): the last button of the form, pressed with Enter; "Next" on a form shown one step at a time. */
async function sendAsItIs(page: Page, javaScript: boolean): Promise<void> {
  await page.locator('form.intake-form .form-actions button').last().focus();
  await page.keyboard.press('Enter');
  if (javaScript) {
    await page.waitForSelector('.error-summary');
  } else await page.waitForURL(/\/api\/intake\/[a-z-]+\/attempts\//);
  // The island focuses the summary once it is drawn, the browser (autofocus) once the page is shown; a busy machine
  // may do it a moment after the load. A focus that never comes is reported by the caller.
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, { timeout: 5_000 }).catch(() => undefined);
}

/** Where the focus is and whether the error summary is on screen. */
async function summaryState(page: Page): Promise<{ focused: string; summaryInView: boolean; top: number }> {
  return page.evaluate(() => {
    const summary = document.querySelector('.error-summary');
    const box = summary?.getBoundingClientRect();
    const active = document.activeElement;
    return {
      focused: active ? `${active.tagName.toLowerCase()}.${[...active.classList].join('.')}` : 'nothing',
      summaryInView: box !== undefined && box.top >= -1 && box.top < window.innerHeight,
      top: box?.top ?? Number.NaN,
    };
  });
}

describe('at 320 px, the forms fit and an invalid send shows its errors', () => {
  for (const mode of MODES) {
    it(`every form in every locale, ${mode.name}: no sideways scroll when empty or with errors; the focus on the summary, in view`, async () => {
      const context = await site.browser.newContext({ viewport: NARROWEST_PHONE, javaScriptEnabled: mode.javaScript });
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        for (const form of FORMS) {
          for (const locale of LOCALES) {
            await openForm(page, form, locale, mode.javaScript);
            const empty = await sidewaysScroll(page);
            if (empty) problems.push(`${form} (${locale}), empty: ${empty.scrollWidth} > ${empty.clientWidth}, widest: ${empty.widest}`);
            await sendAsItIs(page, mode.javaScript);
            const withErrors = await sidewaysScroll(page);
            if (withErrors)
              problems.push(`${form} (${locale}), with errors: ${withErrors.scrollWidth} > ${withErrors.clientWidth}, widest: ${withErrors.widest}`);
            const { focused, summaryInView, top } = await summaryState(page);
            if (focused !== 'div.error-summary' && focused !== 'div.panel.error-summary') problems.push(`${form} (${locale}): the focus is on ${focused}`);
            if (!summaryInView) problems.push(`${form} (${locale}): the error summary is out of view (its top at ${top} px)`);
          }
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('a question is judged only after it could be answered', () => {
  it('asking for help one step at a time: each step opens without errors, its own "Next" judges it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errorsShown = () => page.evaluate(() => document.querySelectorAll('.error-summary, .field-error, [aria-invalid="true"]').length);
    const pressNext = async () => {
      await page.locator('form.intake-form .form-actions button', { hasText: /^(Next|Volgende|Suivant)$/ }).focus();
      await page.keyboard.press('Enter');
    };
    try {
      await openForm(page, 'help-request', 'en', true);
      const steps = FORM_LAYOUTS['help-request'].steps;
      const answers: Record<string, () => Promise<void>> = {
        'for-whom': () => page.check('#help-request-forWhom-self'),
        help: async () => {
          await page.check('#help-request-categories-chat');
          await page.fill('#help-request-description', 'Someone to talk to.');
        },
        where: async () => {
          await page.selectOption('#help-request-municipality', 'jette');
          await page.check('#help-request-languages-en');
        },
        contact: async () => {
          await page.fill('#help-request-contactName', 'Ann');
          await page.fill('#help-request-phone', '02 555 01 23');
        },
      };
      for (const [index, step] of steps.entries()) {
        expect(await page.textContent('.step-count'), step.key).toBe(`Step ${index + 1} of ${steps.length}`);
        expect(await errorsShown(), `step "${step.key}" opened with errors`).toBe(0);
        if (index === steps.length - 1) break;
        // A step of optional questions only (how the person feels) has nothing to judge: its "Next" moves on.
        if (step.fields.some((field) => field.required)) {
          // Unanswered, "Next" judges this step's questions and no others.
          await pressNext();
          await page.waitForSelector('.error-summary');
          const judged = await page.locator('[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => input.id));
          const ownIds = step.fields.map((field) => `help-request-${field.name}`);
          expect(judged.filter((id) => !ownIds.some((own) => id.startsWith(own)))).toEqual([]);
          await answers[step.key]!();
        }
        await pressNext();
        await page.waitForFunction((wanted) => document.querySelector('.step-count')?.textContent === wanted, `Step ${index + 2} of ${steps.length}`);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the spoken languages to choose from', () => {
  const firstLanguages = (page: Page, form: IntakeForm) =>
    page
      .locator(`input[name=languages]`)
      .evaluateAll((inputs, count) => inputs.slice(0, count).map((input) => (input as HTMLInputElement).value), 3)
      .then((codes) => ({ form, codes }));

  for (const mode of MODES) {
    it(`start with the page’s language and the site’s two others, ${mode.name}, also on the form shown again`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: mode.javaScript });
      const page = await context.newPage();
      try {
        for (const locale of LOCALES) {
          const expected = { form: 'help-offer', codes: [locale, ...LOCALES.filter((other) => other !== locale)] };
          await openForm(page, 'help-offer', locale, mode.javaScript);
          expect(await firstLanguages(page, 'help-offer')).toEqual(expected);
          await sendAsItIs(page, mode.javaScript);
          expect(await firstLanguages(page, 'help-offer')).toEqual(expected);
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('without JavaScript, the CMS’s pages wear the site’s own layout (its build’s shell)', () => {
  /** What makes a page the site's: its header, menu, phone line, language switch, footer and style sheet. */
  const layoutOf = (page: Page) =>
    page.evaluate(() => ({
      header: Boolean(document.querySelector('body > header .topbar a[href^="tel:"]')),
      menu: Boolean(document.querySelector('body > header nav#main-nav')),
      footer: Boolean(document.querySelector('body > footer')),
      languageLinks: [...document.querySelectorAll<HTMLAnchorElement>('body > header .switcher a')].map((link) => link.getAttribute('href')),
      style: [...document.querySelectorAll('style')].map((style) => style.textContent).join(''),
      homeLinks: [...document.querySelectorAll('a')].filter((link) => /page d’accueil|startpagina|home page/i.test(link.textContent ?? '')).length,
      headings: [...document.querySelectorAll('h1')].map((heading) => heading.textContent),
    }));

  it('the form again and the thank-you page, in each locale: header, menu, phone, language links to the same page, the site’s styles, one link home', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const locale of LOCALES) {
        const others = LOCALES.filter((other) => other !== locale);
        await openForm(page, 'story-submission', locale, false);
        const site_ = await layoutOf(page);
        await sendAsItIs(page, false);
        const again = await layoutOf(page);
        expect(again).toMatchObject({ header: true, menu: true, footer: true, headings: site_.headings });
        // The site's own style sheet (the form page adds only its island's rule).
        expect(again.style.length).toBeGreaterThan(1000);
        expect(site_.style).toContain(again.style);
        expect(again.languageLinks).toEqual(others.map((other) => routes.form(other, 'share-a-story')));

        await page.fill('#story-submission-title', 'Un banc');
        await page.fill('#story-submission-text', 'Chaque matin.');
        await page.fill('#story-submission-contactName', 'Ann');
        await page.fill('#story-submission-phone', '02 555 01 23');
        await page.check('#story-submission-consent');
        await page.locator('form.intake-form button[type=submit]').press('Enter');
        await page.waitForURL(/\/api\/intake\/thank-you\/story-submissions/);
        const thanks = await layoutOf(page);
        expect(thanks).toMatchObject({ header: true, menu: true, footer: true, style: again.style, homeLinks: 1 });
        const reference = new URL(page.url()).searchParams.get('reference')!;
        expect(thanks.languageLinks).toEqual(
          others.map((other) => `/api/intake/thank-you/story-submissions?${new URLSearchParams({ locale: other, reference })}`),
        );
        // The language link gives the same thank-you, reference and all, in that language.
        await page.locator('body > header .switcher a').first().click();
        expect(await page.textContent('.thank-you .reference')).toBe(reference);
        expect(await page.getAttribute('html', 'lang')).toContain(others[0]);
      }
    } finally {
      await context.close();
    }
  });
});
