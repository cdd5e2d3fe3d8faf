import { colon, LOCALES, requestStatusText, routes, STATUS_FIELDS, type Locale, type StatusField, type StatusFieldProblem } from '@cb/domain';
import { htmlDocument } from '../../intake/pages/document';
import { attribute, html, type Html } from '../../intake/pages/html';
import { homeLinks } from '../../intake/pages/link-pages';
import type { PlatformContact } from '../../../notifications/submission';
import type { LookupAnswer } from '../services/request-status';

/**
 * The CMS's pages of the status look-up, in the intake pages' design. They show what the platform
 * says (a state in plain words, the phone line) and never anything that was typed or stored about a
 * person: the answer for a wrong pair and for an unknown reference is the same page, byte for byte.
 */

/** The status page in each language: where these pages lead when the language is changed. */
const STATUS_PAGES: Partial<Record<Locale, string>> = Object.fromEntries(LOCALES.map((locale) => [locale, routes.requestStatus(locale)]));

/** The answer to a look-up whose fields were well-formed. */
export function answerPage(locale: Locale, answer: LookupAnswer, contact: PlatformContact): string {
  const t = requestStatusText(locale);
  if (!answer.known) {
    return htmlDocument({
      locale,
      title: t.unknownTitle,
      heading: t.unknownTitle,
      languageLinks: STATUS_PAGES,
      main: html`<p>${t.unknownBody}</p>
${phoneLine(locale, contact)}
${homeLinks(locale, [html`<a href="${routes.requestStatus(locale)}">${t.lookAgain}</a>`])}`,
    });
  }
  const state = t.states[answer.state];
  return htmlDocument({
    locale,
    title: `${t.answerTitle}${colon(locale)} ${state.label}`,
    heading: t.answerTitle,
    languageLinks: STATUS_PAGES,
    main: html`<div class="panel" data-state="${answer.state}"><p>${t.stateLead}</p><p class="state">${state.label}</p><p>${state.body}</p></div>
<p class="hint">${t.privacy}</p>
${phoneLine(locale, contact)}
${homeLinks(locale, [html`<a href="${routes.requestStatus(locale)}">${t.lookAgain}</a>`])}`,
  });
}

/** The form again, empty (nothing typed is ever written back), with a message on each field to correct. */
export function statusFormPage(locale: Locale, problems: Partial<Record<StatusField, StatusFieldProblem>>, contact: PlatformContact): string {
  const t = requestStatusText(locale);
  const fields = Object.keys(STATUS_FIELDS) as StatusField[];
  const wrong = fields.filter((field) => problems[field] !== undefined);
  return htmlDocument({
    locale,
    title: `${t.errorSummaryTitle}${colon(locale)} ${t.title}`,
    heading: t.title,
    languageLinks: STATUS_PAGES,
    main: html`<div class="panel error-summary" tabindex="-1" autofocus aria-labelledby="status-error-summary">
<h2 id="status-error-summary">${t.errorSummaryTitle}</h2>
<ul>${wrong.map((field) => html`<li><a href="#status-${field}">${t.problems[problems[field]!]}</a></li>`)}</ul>
</div>
<form method="post" action="/api/request-status?locale=${locale}" novalidate>
<input type="hidden" name="locale" value="${locale}">
${field(locale, 'reference', problems.reference)}
${field(locale, 'check', problems.check)}
<button type="submit">${t.submit}</button>
</form>
<p class="hint">${t.privacy}</p>
${phoneLine(locale, contact)}`,
  });
}

/** A look-up refused before its fields were read: posted from another site, or too many from one address. */
export function refusedLookupPage(
  locale: Locale,
  refusal: { problem: 'other-site' } | { problem: 'rate-limited'; minutes: number },
  contact: PlatformContact,
): string {
  const t = requestStatusText(locale);
  const [title, body] = refusal.problem === 'other-site' ? [t.otherSiteTitle, t.otherSiteBody] : [t.waitTitle, t.waitBody(refusal.minutes)];
  return htmlDocument({
    locale,
    title,
    heading: title,
    languageLinks: STATUS_PAGES,
    main: html`<p>${body}</p>
${phoneLine(locale, contact)}
${homeLinks(locale, [html`<a href="${routes.requestStatus(locale)}">${t.lookAgain}</a>`])}`,
  });
}

function field(locale: Locale, name: StatusField, problem: StatusFieldProblem | undefined): Html {
  const t = requestStatusText(locale);
  const id = `status-${name}`;
  const [label, hint] = name === 'reference' ? [t.referenceLabel, t.referenceHint] : [t.checkLabel, t.checkHint];
  const described = [`${id}-hint`, problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  const inputAttributes =
    name === 'reference'
      ? html` autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20"`
      : html` autocomplete="off" spellcheck="false" maxlength="64"`;
  return html`<div class="field"><label for="${id}">${label}</label><p class="hint" id="${id}-hint">${hint}</p>${
    problem ? html`<p class="error" id="${id}-error">${t.problems[problem]}</p>` : ''
  }<input type="text" id="${id}" name="${STATUS_FIELDS[name]}" required${attribute('aria-invalid', problem !== undefined, 'true')} aria-describedby="${described}"${inputAttributes}></div>`;
}

/** The platform's phone line (from the CMS's Global), the one thing every answer offers. */
function phoneLine(locale: Locale, contact: PlatformContact): Html {
  const t = requestStatusText(locale);
  if (!contact.phoneNumber) return html``;
  return html`<h2>${t.callUs}</h2>
<p class="state"><a href="tel:${contact.phoneNumber.replace(/[^\d+]/g, '')}">${contact.phoneNumber}</a></p>
${contact.phoneHours ? html`<p>${contact.phoneHours}</p>` : ''}`;
}
