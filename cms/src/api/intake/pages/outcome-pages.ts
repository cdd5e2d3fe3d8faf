import { LOCALES, REFERENCE_PATTERN, colon, requestStatusText, routes, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, fieldMessage, formTitle, thankYouCopy, type IntakeForm, type SubmissionProblem } from '@cb/domain/intake';
import { pageText } from './copy';
import { htmlDocument } from './document';
import { html } from './html';

/**
 * After a post without JavaScript was stored: the reference, big, and what happens next; the language links keep the
 * reference. `mailed`: an address was given, so the page says a confirmation mail goes there.
 */
export function thankYouPage(form: IntakeForm, locale: Locale, reference: string | undefined, mailed = false): string {
  const copy = thankYouCopy(form, locale, reference ?? '');
  // References as `newReference` draws them; anything else in the URL is not shown.
  const shown = reference !== undefined && REFERENCE_PATTERN.test(reference);
  const query = (other: Locale) => new URLSearchParams({ locale: other, ...(shown ? { reference } : {}), ...(mailed ? { mail: '1' } : {}) });
  const inLocale = (other: Locale) => `/api/intake/thank-you/${FORM_LAYOUTS[form].path}?${query(other)}`;
  return htmlDocument({
    locale,
    title: copy.title,
    heading: copy.title,
    languageLinks: Object.fromEntries(LOCALES.map((other) => [other, inLocale(other)])),
    main: html`${shown ? html`<div class="thank-you"><p class="reference-label">${copy.referenceLabel}</p><p class="reference">${copy.reference}</p><p>${copy.referenceHint}</p>${mailed ? html`<p class="confirmation-sent">${copy.confirmationSent}</p>` : ''}</div>` : ''}
<h2>${pageText('whatNext', locale)}</h2>
<p>${copy.body}</p>
<ul class="links">
${form === 'help-request' ? html`<li><a href="${routes.requestStatus(locale)}">${requestStatusText(locale).followRequest}</a></li>` : ''}
<li><a href="${routes.home(locale)}">${pageText('toHome', locale)}</a></li>
</ul>`,
  });
}

/** The form's page in each language: where the pages about a form lead when the language is changed. */
export function formPagesOf(form: IntakeForm): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((other) => [other, routes.form(other, FORM_LAYOUTS[form].formKey)]));
}

/** An attempt that is gone (30 minutes passed, or the CMS restarted) or never was. */
export function expiredAttemptPage(form: IntakeForm, locale: Locale): string {
  const title = pageText('expiredTitle', locale);
  return htmlDocument({
    locale,
    title,
    heading: title,
    languageLinks: formPagesOf(form),
    main: html`<p>${pageText('expiredBody', locale)}</p>
<p><a href="${routes.form(locale, FORM_LAYOUTS[form].formKey)}">${pageText('toForm', locale)}${colon(locale)} ${formTitle(form, locale)}</a></p>`,
  });
}

/**
 * A post refused before its fields could be read (too large, too many, unreadable): nothing
 * could be kept, so the page says why and leads back to the form.
 */
export function refusedPostPage(form: IntakeForm | undefined, locale: Locale, problem: SubmissionProblem, params: Record<string, number> = {}): string {
  const title = problem === 'rate-limited' ? pageText('waitTitle', locale) : pageText('notSentTitle', locale);
  const back = form
    ? html`<p><a href="${routes.form(locale, FORM_LAYOUTS[form].formKey)}">${pageText('toForm', locale)}${colon(locale)} ${formTitle(form, locale)}</a></p>`
    : '';
  return htmlDocument({
    locale,
    title: `${pageText('errorPrefix', locale)}${colon(locale)} ${title}`,
    heading: title,
    ...(form ? { languageLinks: formPagesOf(form) } : {}),
    main: html`<p>${fieldMessage(problem, locale, params)}</p>
${back}
<p>${pageText('phoneUs', locale)}</p>`,
  });
}
