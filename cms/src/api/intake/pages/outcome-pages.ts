import { REFERENCE_PATTERN, requestStatusText, routes, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, fieldMessage, thankYouCopy, type IntakeForm, type SubmissionProblem } from '@cb/domain/intake';
import { formTitle, pageText } from './copy';
import { htmlDocument } from './document';
import { html } from './html';

/** After a post without JavaScript was stored: the reference, big, and what happens next. */
export function thankYouPage(form: IntakeForm, locale: Locale, reference: string | undefined): string {
  const copy = thankYouCopy(form, locale, reference ?? '');
  // References as `newReference` draws them; anything else in the URL is not shown.
  const shown = reference !== undefined && REFERENCE_PATTERN.test(reference);
  return htmlDocument({
    locale,
    title: copy.title,
    main: html`<h1>${copy.title}</h1>
${shown ? html`<div class="panel"><p>${copy.referenceLabel}</p><p class="reference">${copy.reference}</p><p class="hint">${copy.referenceHint}</p></div>` : ''}
<h2>${pageText('whatNext', locale)}</h2>
<p>${copy.body}</p>
<ul class="links">
${form === 'help-request' ? html`<li><a href="${routes.requestStatus(locale)}">${requestStatusText(locale).followRequest}</a></li>` : ''}
<li><a href="${routes.home(locale)}">${pageText('toHome', locale)}</a></li>
</ul>`,
  });
}

/** An attempt that is gone (30 minutes passed, or the CMS restarted) or never was. */
export function expiredAttemptPage(form: IntakeForm, locale: Locale): string {
  const title = pageText('expiredTitle', locale);
  return htmlDocument({
    locale,
    title,
    main: html`<h1>${title}</h1>
<p>${pageText('expiredBody', locale)}</p>
<p><a href="${routes.form(locale, FORM_LAYOUTS[form].formKey)}">${pageText('toForm', locale)}: ${formTitle(form, locale)}</a></p>`,
  });
}

/**
 * A post refused before its fields could be read (too large, too many, unreadable): nothing
 * could be kept, so the page says why and leads back to the form.
 */
export function refusedPostPage(form: IntakeForm | undefined, locale: Locale, problem: SubmissionProblem, params: Record<string, number> = {}): string {
  const title = problem === 'rate-limited' ? pageText('waitTitle', locale) : pageText('notSentTitle', locale);
  const back = form
    ? html`<p><a href="${routes.form(locale, FORM_LAYOUTS[form].formKey)}">${pageText('toForm', locale)}: ${formTitle(form, locale)}</a></p>`
    : '';
  return htmlDocument({
    locale,
    title: `${pageText('errorPrefix', locale)}: ${title}`,
    main: html`<h1>${title}</h1>
<p>${fieldMessage(problem, locale, params)}</p>
${back}
<p>${pageText('phoneUs', locale)}</p>`,
  });
}
