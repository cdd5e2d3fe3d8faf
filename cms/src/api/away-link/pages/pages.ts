import { AWAY_MAX_DAYS, colon, formatDate, type AwayField, type Locale } from '@cb/domain';
import type { PlatformContact } from '../../../notifications/submission';
import { htmlDocument } from '../../intake/pages/document';
import { attribute, html, type Html } from '../../intake/pages/html';
import { homeLinks, linkProblemDocument, phoneLine } from '../../intake/pages/link-pages';
import { awayPageText as text, type AwayPageText } from './copy';

/**
 * The page behind a volunteer's away link, in the layout of the intake's no-JS pages: the days they
 * are away (if any), a form to give them, and one to say they are not away. It shows only those days:
 * no name, no reference; the token is only in the forms' action.
 */

export type AwayLinkProblem = 'expired' | 'invalid' | 'gone' | 'already' | 'other-site';

const PROBLEM_TEXTS: Record<AwayLinkProblem, [AwayPageText, AwayPageText]> = {
  expired: ['expiredTitle', 'expiredBody'],
  invalid: ['invalidTitle', 'invalidBody'],
  gone: ['goneTitle', 'goneBody'],
  already: ['alreadyTitle', 'alreadyBody'],
  'other-site': ['invalidTitle', 'otherSite'],
};

export interface AwayPageState {
  /** The days stored now; null: not away. */
  current: { awayFrom: string; awayUntil: string } | null;
  /** What was posted, shown again with its problems. */
  typed?: { awayFrom: string; awayUntil: string } | undefined;
  errors?: Partial<Record<AwayField, string>> | undefined;
}

export function awayPage(locale: Locale, token: string, state: AwayPageState): string {
  const title = text('title', locale);
  const errors = state.errors ?? {};
  const failed = Object.keys(errors).length > 0;
  const action = `/api/away/${token}?locale=${locale}`;
  const typed = state.typed ?? { awayFrom: state.current?.awayFrom ?? '', awayUntil: state.current?.awayUntil ?? '' };
  const current = state.current
    ? text('currentAway', locale, { from: formatDate(locale, state.current.awayFrom), until: formatDate(locale, state.current.awayUntil) })
    : text('currentHere', locale);
  return htmlDocument({
    locale,
    title: failed ? `${text('errorPrefix', locale)}${colon(locale)} ${title}` : title,
    heading: title,
    main: html`<p>${text('intro', locale)}</p>
<div class="panel"><p>${current}</p></div>
<form method="post" action="${action}">
<input type="hidden" name="locale" value="${locale}">
<p class="field-hint" id="away-hint">${text('hint', locale, { days: AWAY_MAX_DAYS })}</p>
${dayField(locale, 'awayFrom', text('fromLabel', locale), typed.awayFrom, errors.awayFrom)}
${dayField(locale, 'awayUntil', text('untilLabel', locale), typed.awayUntil, errors.awayUntil)}
<button type="submit">${text('save', locale)}</button>
</form>
${state.current ? clearForm(locale, action) : ''}`,
  });
}

function dayField(locale: Locale, name: AwayField, label: string, value: string, error: string | undefined): Html {
  const errorId = `${name}-error`;
  return html`<div class="field"><label for="${name}">${label}</label>${error ? html`<p class="field-error" id="${errorId}" role="alert">${error}</p>` : ''}<input type="date" id="${name}" name="${name}" value="${value}" required aria-describedby="away-hint${error ? ` ${errorId}` : ''}"${attribute('aria-invalid', Boolean(error), 'true')} lang="${locale}"></div>`;
}

function clearForm(locale: Locale, action: string): Html {
  return html`<section aria-labelledby="clear-title"><h2 id="clear-title">${text('clearTitle', locale)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="locale" value="${locale}">
<input type="hidden" name="intent" value="clear">
<button type="submit">${text('clear', locale)}</button>
</form></section>`;
}

export function awayThanksPage(locale: Locale, period: { awayFrom: string; awayUntil: string } | null, contact: PlatformContact): string {
  const title = text(period ? 'thanksTitle' : 'clearedTitle', locale);
  const body = period
    ? text('thanksBody', locale, { from: formatDate(locale, period.awayFrom), until: formatDate(locale, period.awayUntil) })
    : text('clearedBody', locale);
  return htmlDocument({
    locale,
    title,
    heading: title,
    main: html`<p>${body}</p>${phoneLine(contact)}
${homeLinks(locale)}`,
  });
}

/** A link or post that cannot be used; nothing was recorded. */
export function awayProblemPage(locale: Locale, problem: AwayLinkProblem, contact: PlatformContact): string {
  const [titleKey, bodyKey] = PROBLEM_TEXTS[problem];
  const words = { title: text(titleKey, locale), body: text(bodyKey, locale), errorPrefix: text('errorPrefix', locale) };
  return linkProblemDocument(locale, { ...words, isError: problem !== 'already' }, contact);
}
