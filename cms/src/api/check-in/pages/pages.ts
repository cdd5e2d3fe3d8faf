import { CHECK_IN_ANSWERS, colon, type CheckInAnswer, type Locale } from '@cb/domain';
import { checkInAnswerText } from '../../../notifications/templates/check-in';
import type { PlatformContact } from '../../../notifications/submission';
import { htmlDocument } from '../../intake/pages/document';
import { attribute, html, type Html } from '../../intake/pages/html';
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

/** GET of an answer link: the answer chosen in the mail, preselected, sent only by pressing the button. */
export function confirmAnswerPage(locale: Locale, token: string, chosen: CheckInAnswer | undefined, problem?: string): string {
  const title = text('confirmTitle', locale);
  return htmlDocument({
    locale,
    title: problem ? `${text('errorPrefix', locale)}${colon(locale)} ${title}` : title,
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
<button type="submit">${text('send', locale)}</button>
</form>`,
  });
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
${phoneLine(contact)}`,
  });
}

/** A link that cannot be used: expired, changed, for something closed, already answered. Nothing was recorded. */
export function linkProblemPage(locale: Locale, problem: LinkProblem, contact: PlatformContact): string {
  const [titleKey, bodyKey] = PROBLEM_TEXTS[problem];
  const title = text(titleKey, locale);
  return htmlDocument({
    locale,
    title: problem === 'already' ? title : `${text('errorPrefix', locale)}${colon(locale)} ${title}`,
    heading: title,
    main: html`<p>${text(bodyKey, locale)}</p>
${phoneLine(contact)}`,
  });
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
  return htmlDocument({ locale, title, heading: title, main: html`<p>${text('concernThanksBody', locale)}</p>\n${phoneLine(contact)}` });
}

function phoneLine(contact: PlatformContact): Html | string {
  return contact.phoneNumber
    ? html`<p class="reference">${contact.phoneNumber}</p>${contact.phoneHours ? html`<p class="hint">${contact.phoneHours}</p>` : ''}`
    : '';
}
