import { colon, routes, type Locale } from '@cb/domain';
import type { PlatformContact } from '../../../notifications/submission';
import { pageText } from './copy';
import { htmlDocument } from './document';
import { html, type Html } from './html';

/**
 * What the pages behind a signed link share (check-ins and concerns, milestones, away days): the
 * platform's phone line, the way back to the site's home, and the page that says a link or post
 * cannot be used (nothing recorded).
 */

/**
 * The way back to the site's home in the person's language, under the last page a link leads to (a
 * thank-you, an answer, a link that cannot be used): such a page is no dead end. `before`: other
 * links of the page, listed first.
 */
export function homeLinks(locale: Locale, before: Html[] = []): Html {
  return html`<ul class="links">${before.map((link) => html`<li>${link}</li>`)}<li><a href="${routes.home(locale)}">${pageText('toHome', locale)}</a></li></ul>`;
}

/** The phone number and its hours, for a person who would rather call. */
export function phoneLine(contact: PlatformContact): Html | string {
  return contact.phoneNumber
    ? html`<p class="reference">${contact.phoneNumber}</p>${contact.phoneHours ? html`<p class="field-hint">${contact.phoneHours}</p>` : ''}`
    : '';
}

/** A link or post that cannot be used. "Already done" is no error; anything else is titled as one. */
export function linkProblemDocument(
  locale: Locale,
  { title, body, errorPrefix, isError }: { title: string; body: string; errorPrefix: string; isError: boolean },
  contact: PlatformContact,
): string {
  return htmlDocument({
    locale,
    title: isError ? `${errorPrefix}${colon(locale)} ${title}` : title,
    heading: title,
    main: html`<p>${body}</p>
${phoneLine(contact)}
${homeLinks(locale)}`,
  });
}
