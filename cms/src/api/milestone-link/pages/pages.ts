import { MILESTONE_REPORT_MAX_LENGTH, colon, formatDate, type Locale } from '@cb/domain';
import type { Milestone } from '../../../milestones';
import type { PlatformContact } from '../../../notifications/submission';
import { MILESTONE_FILES } from '../../intake/attachments/uploads';
import { htmlDocument } from '../../intake/pages/document';
import { attribute, html, type Html } from '../../intake/pages/html';
import { homeLinks, linkProblemDocument, phoneLine } from '../../intake/pages/link-pages';
import { milestonePageText as text, type MilestonePageText } from './copy';

/**
 * The page behind a funded project's milestone link, in the layout of the intake's no-JS pages: one
 * form per milestone not yet done (multipart: the files), and the applicant's agreement to a public
 * page. It shows the milestones staff planned and nothing else of the proposal; the token is only in
 * the forms' action.
 */

export type MilestoneLinkProblem = 'expired' | 'invalid' | 'other-project' | 'gone' | 'already' | 'other-site';

const PROBLEM_TEXTS: Record<MilestoneLinkProblem, [MilestonePageText, MilestonePageText]> = {
  expired: ['expiredTitle', 'expiredBody'],
  invalid: ['invalidTitle', 'invalidBody'],
  'other-project': ['otherProjectTitle', 'otherProjectBody'],
  gone: ['goneTitle', 'goneBody'],
  already: ['alreadyTitle', 'alreadyBody'],
  'other-site': ['invalidTitle', 'otherSite'],
};

const MEGABYTE = 1024 * 1024;

export interface MilestoneFormProblem {
  milestone: string;
  message: string;
  typed: { done: boolean; report: string };
}

export interface MilestonePageState {
  milestones: readonly Milestone[];
  consented: boolean;
  problem?: MilestoneFormProblem | undefined;
  consentProblem?: string | undefined;
}

export function milestonesPage(locale: Locale, token: string, state: MilestonePageState): string {
  const title = text('title', locale);
  const failed = Boolean(state.problem ?? state.consentProblem);
  const action = `/api/project-milestones/${token}?locale=${locale}`;
  return htmlDocument({
    locale,
    title: failed ? `${text('errorPrefix', locale)}${colon(locale)} ${title}` : title,
    heading: title,
    main: html`<p>${text('intro', locale)}</p>
${state.milestones.length === 0 ? html`<p>${text('noMilestones', locale)}</p>` : ''}
${state.milestones.map((milestone) => milestoneSection(locale, action, milestone, state.problem?.milestone === milestone.documentId ? state.problem : undefined))}
${consentSection(locale, action, state.consented, state.consentProblem)}`,
  });
}

function milestoneSection(locale: Locale, action: string, milestone: Milestone, problem: MilestoneFormProblem | undefined): Html {
  const id = `m-${milestone.documentId}`;
  const heading = html`<h2 id="${id}-title">${milestone.what}</h2>
<p class="field-hint">${text('plannedOn', locale, { date: formatDate(locale, milestone.plannedOn) })}</p>`;
  if (milestone.done) return html`<section aria-labelledby="${id}-title">${heading}<div class="panel"><p>${text('doneState', locale)}</p></div></section>`;
  const typed = problem?.typed ?? { done: false, report: milestone.report ?? '' };
  const errorId = `${id}-error`;
  return html`<section aria-labelledby="${id}-title">${heading}
<form method="post" action="${action}" enctype="multipart/form-data">
<input type="hidden" name="locale" value="${locale}">
<input type="hidden" name="milestone" value="${milestone.documentId}">
${problem ? html`<p class="field-error" id="${errorId}" role="alert">${problem.message}</p>` : ''}
<div class="field"><div class="choice"><input type="checkbox" id="${id}-done" name="done" value="on"${attribute('checked', typed.done)}><label for="${id}-done">${text('doneLabel', locale)}</label></div></div>
<div class="field"><label for="${id}-report">${text('reportLabel', locale)}</label><p class="field-hint" id="${id}-report-hint">${text('reportHint', locale)}</p><textarea id="${id}-report" name="report" maxlength="${String(MILESTONE_REPORT_MAX_LENGTH)}" aria-describedby="${id}-report-hint${problem ? ` ${errorId}` : ''}">${typed.report}</textarea></div>
<div class="field"><label for="${id}-files">${text('filesLabel', locale)}</label><p class="field-hint" id="${id}-files-hint">${text('filesHint', locale, { maxFiles: MILESTONE_FILES.maxFiles, maxMb: MILESTONE_FILES.maxBytesPerFile / MEGABYTE })}</p><input type="file" id="${id}-files" name="${MILESTONE_FILES.field}" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby="${id}-files-hint"></div>
<button type="submit">${text('send', locale)}</button>
</form></section>`;
}

function consentSection(locale: Locale, action: string, consented: boolean, problem: string | undefined): Html {
  if (consented)
    return html`<section aria-labelledby="consent-title"><h2 id="consent-title">${text('consentTitle', locale)}</h2><p>${text('consentGiven', locale)}</p></section>`;
  return html`<section aria-labelledby="consent-title"><h2 id="consent-title">${text('consentTitle', locale)}</h2>
<p>${text('consentBody', locale)}</p>
<form method="post" action="${action}">
<input type="hidden" name="locale" value="${locale}">
<input type="hidden" name="intent" value="consent">
${problem ? html`<p class="field-error" id="consent-error" role="alert">${problem}</p>` : ''}
<div class="field"><div class="choice"><input type="checkbox" id="consent" name="consent" value="on" required${attribute('aria-describedby', Boolean(problem), 'consent-error')}><label for="consent">${text('consentLabel', locale)}</label></div></div>
<button type="submit">${text('consentSend', locale)}</button>
</form></section>`;
}

export function milestoneThanksPage(locale: Locale, token: string, contact: PlatformContact): string {
  const title = text('thanksTitle', locale);
  return htmlDocument({
    locale,
    title,
    heading: title,
    main: html`<p>${text('thanksBody', locale)}</p>
${phoneLine(contact)}
${homeLinks(locale, [html`<a href="/api/project-milestones/${token}?locale=${locale}">${text('backToMilestones', locale)}</a>`])}`,
  });
}

/** A link or post that cannot be used; nothing was recorded. */
export function milestoneProblemPage(locale: Locale, problem: MilestoneLinkProblem, contact: PlatformContact): string {
  const [titleKey, bodyKey] = PROBLEM_TEXTS[problem];
  const words = { title: text(titleKey, locale), body: text(bodyKey, locale), errorPrefix: text('errorPrefix', locale) };
  return linkProblemDocument(locale, { ...words, isError: problem !== 'already' }, contact);
}
