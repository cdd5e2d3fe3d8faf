import { CHECK_IN_ANSWERS, LONELINESS_CONSENT_FIELD, LONELINESS_FIELDS, LONELINESS_ANSWERS, colon, type CheckInAnswer, type Locale } from '@cb/domain';
import { fieldCopy, optionLabel } from '@cb/domain/intake';
import { checkInAnswerText } from '../../../notifications/templates/check-in';
import type { PlatformContact } from '../../../notifications/submission';
import { htmlDocument } from '../../intake/pages/document';
import { attribute, html, type Html } from '../../intake/pages/html';
import { homeLinks, linkProblemDocument, phoneLine } from '../../intake/pages/link-pages';
import { checkInPageText as text } from './copy';

/**
 * The pages behind a check-in or concern link, in the layout of the intake's no-JS pages. They show
 * nothing personal: no name, no reference, nothing of the match; the token is only in the form's action.
 */

export const CONCERN_MAX_LENGTH = 2000;

export type LinkProblem = 'expired' | 'invalid' | 'gone' | 'already' | 'other-site';

const PROBLEM_TEXTS = {
  expired: ['expiredTitle', 'expiredBody'],
  invalid: ['invalidTitle', 'invalidBody'],
  gone: ['goneTitle', 'goneBody'],
  already: ['alreadyTitle', 'alreadyBody'],
  'other-site': ['invalidTitle', 'otherSite'],
} as const;

/** The loneliness scale on the six-week check-in's page: what was posted (to show again) and what needs another look. */
export interface LonelinessOnPage {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/**
 * GET of an answer link: the answer chosen in the mail, preselected, sent only by pressing the button.
 * On the requester's six-week check-in the page also offers the loneliness scale, after its own consent box.
 */
export function confirmAnswerPage(locale: Locale, token: string, chosen: CheckInAnswer | undefined, problem?: string, loneliness?: LonelinessOnPage): string {
  const title = text('confirmTitle', locale);
  const hasErrors = Boolean(problem) || Object.keys(loneliness?.errors ?? {}).length > 0;
  return htmlDocument({
    locale,
    title: hasErrors ? `${text('errorPrefix', locale)}${colon(locale)} ${title}` : title,
    heading: title,
    main: html`<p>${text('confirmIntro', locale)}</p>
<form method="post" action="/api/check-ins/${token}?locale=${locale}">
<input type="hidden" name="locale" value="${locale}">
<fieldset class="field"${attribute('aria-describedby', Boolean(problem), 'answer-error')}><legend class="group-label">${text('answerLegend', locale)}</legend>
${problem ? html`<p class="error" id="answer-error">${problem}</p>` : ''}
${CHECK_IN_ANSWERS.map(
  (answer) =>
    html`<div class="choice"><input type="radio" id="answer-${answer}" name="answer" value="${answer}" required${attribute('checked', answer === chosen)}><label for="answer-${answer}">${checkInAnswerText(locale, answer)}</label></div>
`,
)}</fieldset>
${loneliness ? lonelinessFieldset(locale, loneliness) : ''}
<button type="submit">${text('send', locale)}</button>
</form>`,
  });
}

/** The scale's consent box and six items, worded as on the ask-for-help form; without JavaScript every item is shown. */
function lonelinessFieldset(locale: Locale, { values, errors }: LonelinessOnPage): Html {
  const consent = fieldCopy('help-request', LONELINESS_CONSENT_FIELD, locale);
  const errorOf = (name: string) => (errors[name] ? html`<p class="error" id="${name}-error">${errors[name]}</p>` : '');
  return html`<fieldset class="field"><legend class="group-label">${text('lonelinessLegend', locale)}</legend>
<p class="hint">${text('lonelinessIntro', locale)}</p>
<div class="field">${errorOf(LONELINESS_CONSENT_FIELD)}<div class="choice"><input type="checkbox" id="${LONELINESS_CONSENT_FIELD}" name="${LONELINESS_CONSENT_FIELD}" value="on" aria-describedby="${LONELINESS_CONSENT_FIELD}-hint"${attribute('checked', values[LONELINESS_CONSENT_FIELD] === true)}><label for="${LONELINESS_CONSENT_FIELD}">${consent.label}</label></div><p class="hint" id="${LONELINESS_CONSENT_FIELD}-hint">${consent.hint ?? ''}</p></div>
${LONELINESS_FIELDS.map(
  (
    name,
  ) => html`<fieldset class="field"${attribute('aria-describedby', Boolean(errors[name]), `${name}-error`)}><legend class="group-label">${fieldCopy('help-request', name, locale).label}</legend>
${errorOf(name)}${LONELINESS_ANSWERS.map(
    (answer) =>
      html`<div class="choice"><input type="radio" id="${name}-${answer}" name="${name}" value="${answer}"${attribute('checked', values[name] === answer)}><label for="${name}-${answer}">${optionLabel(name, answer, locale)}</label></div>`,
  )}</fieldset>
`,
)}</fieldset>`;
}

export function answeredPage(locale: Locale, answer: CheckInAnswer, contact: PlatformContact): string {
  const title = text('thanksTitle', locale);
  const callBack = answer === 'call-me' || answer === 'not-working';
  return htmlDocument({
    locale,
    title,
    heading: title,
    main: html`<div class="panel"><p>${text('answerLegend', locale)}${colon(locale)} <strong>${checkInAnswerText(locale, answer)}</strong></p></div>
<p>${text('thanksBody', locale)}</p>
${callBack ? html`<p>${text('thanksCallBody', locale)}</p>` : ''}
${phoneLine(contact)}
${homeLinks(locale)}`,
  });
}

/** A link that cannot be used: expired, changed, for something closed, already answered. Nothing was recorded. */
export function linkProblemPage(locale: Locale, problem: LinkProblem, contact: PlatformContact): string {
  const [titleKey, bodyKey] = PROBLEM_TEXTS[problem];
  const words = { title: text(titleKey, locale), body: text(bodyKey, locale), errorPrefix: text('errorPrefix', locale) };
  return linkProblemDocument(locale, { ...words, isError: problem !== 'already' }, contact);
}

export function concernFormPage(
  locale: Locale,
  token: string,
  typed: { text: string; callMe: boolean } = { text: '', callMe: false },
  problem?: string,
): string {
  const title = text('concernTitle', locale);
  const described = ['concern-text-hint', problem ? 'concern-text-error' : ''].filter(Boolean).join(' ');
  return htmlDocument({
    locale,
    title: problem ? `${text('errorPrefix', locale)}${colon(locale)} ${title}` : title,
    heading: title,
    main: html`<p>${text('concernIntro', locale)}</p>
<form method="post" action="/api/concerns/${token}?locale=${locale}">
<input type="hidden" name="locale" value="${locale}">
<div class="field"><label for="concern-text">${text('concernLabel', locale)}</label><p class="hint" id="concern-text-hint">${text('concernHint', locale)}</p>${problem ? html`<p class="error" id="concern-text-error">${problem}</p>` : ''}<textarea id="concern-text" name="text" required maxlength="${String(CONCERN_MAX_LENGTH)}" aria-describedby="${described}"${attribute('aria-invalid', Boolean(problem), 'true')}>${typed.text}</textarea></div>
<div class="field"><div class="choice"><input type="checkbox" id="concern-call-me" name="callMe" value="on"${attribute('checked', typed.callMe)}><label for="concern-call-me">${text('callMe', locale)}</label></div></div>
<button type="submit">${text('sendConcern', locale)}</button>
</form>`,
  });
}

export function concernThanksPage(locale: Locale, contact: PlatformContact): string {
  const title = text('concernThanksTitle', locale);
  return htmlDocument({
    locale,
    title,
    heading: title,
    main: html`<p>${text('concernThanksBody', locale)}</p>
${phoneLine(contact)}
${homeLinks(locale)}`,
  });
}
