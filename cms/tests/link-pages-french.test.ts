import { describe, expect, it } from 'vitest';
import { AWAY_MAX_DAYS, AWAY_PROBLEMS, CHECK_IN_ANSWERS, PUBLIC_REQUEST_STATES, frenchPunctuationProblems } from '@cb/domain';
import type { SubmissionProblem } from '@cb/domain/intake';
import { awayProblemText } from '../src/api/away-link/pages/copy';
import { awayPage, awayProblemPage, awayThanksPage, type AwayLinkProblem } from '../src/api/away-link/pages/pages';
import { checkInPageText } from '../src/api/check-in/pages/copy';
import { answeredPage, concernFormPage, concernThanksPage, confirmAnswerPage, linkProblemPage, type LinkProblem } from '../src/api/check-in/pages/pages';
import { expiredAttemptPage, refusedPostPage, thankYouPage } from '../src/api/intake/pages/outcome-pages';
import { milestonePageText } from '../src/api/milestone-link/pages/copy';
import { milestoneProblemPage, milestonesPage, milestoneThanksPage, type MilestoneLinkProblem } from '../src/api/milestone-link/pages/pages';
import { answerPage, refusedLookupPage, statusFormPage } from '../src/api/request-status/pages/status-pages';
import { NOTIFIED_FORMS } from '../src/notifications/submission';

/**
 * The French of the pages behind the links in mails, as the CMS renders them (link-pages-layout.test.ts
 * shows they are the pages mails lead to): a no-break space before : ; ? ! in every word a person reads,
 * as in the mails themselves (notifications-templates.test.ts) and the staff texts (staff-texts.test.ts).
 */

const contact = { phoneNumber: '+32 2 555 00 00', phoneHours: 'du lundi au vendredi, de 9 h à 17 h' };
const LINK_PROBLEMS: LinkProblem[] = ['expired', 'invalid', 'gone', 'already', 'other-site'];
const AWAY_LINK_PROBLEMS: AwayLinkProblem[] = [...LINK_PROBLEMS];
const MILESTONE_PROBLEMS: MilestoneLinkProblem[] = [...LINK_PROBLEMS, 'other-project'];
const SUBMISSION_PROBLEMS: SubmissionProblem[] = [
  'body-too-large',
  'upload-too-large',
  'rate-limited',
  'unreadable',
  'unknown-form',
  'key-reused',
  'other-site',
  'not-stored',
];
const milestone = {
  documentId: 'm1',
  proposalDocumentId: 'p1',
  plannedOn: '2027-03-01',
  what: 'Première soupe',
  done: false,
  report: null,
  files: [],
  reportedAt: null,
};

/** What a reader sees of a page: its text, without the style sheet, the tags and their attributes. */
function visibleText(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Every page in French, with every state, problem and message it can show. */
function everyFrenchPage(): [string, string][] {
  const locale = 'fr';
  const awayErrors = Object.fromEntries(
    AWAY_PROBLEMS.map((problem, index) => [index % 2 ? 'awayUntil' : 'awayFrom', awayProblemText(problem, locale, AWAY_MAX_DAYS)]),
  );
  return [
    ['away', awayPage(locale, 't', { current: null })],
    ['away, days given', awayPage(locale, 't', { current: { awayFrom: '2027-03-01', awayUntil: '2027-03-09' } })],
    ...AWAY_PROBLEMS.map((problem): [string, string] => [
      `away, ${problem}`,
      awayPage(locale, 't', { current: null, typed: { awayFrom: 'x', awayUntil: 'y' }, errors: { awayFrom: awayProblemText(problem, locale, AWAY_MAX_DAYS) } }),
    ]),
    ['away, both wrong', awayPage(locale, 't', { current: null, errors: awayErrors })],
    ['away, thanks', awayThanksPage(locale, { awayFrom: '2027-03-01', awayUntil: '2027-03-09' }, contact)],
    ['away, cleared', awayThanksPage(locale, null, contact)],
    ...AWAY_LINK_PROBLEMS.map((problem): [string, string] => [`away link ${problem}`, awayProblemPage(locale, problem, contact)]),
    ...CHECK_IN_ANSWERS.map((answer): [string, string] => [`check-in ${answer}`, confirmAnswerPage(locale, 't', answer)]),
    [
      'check-in with the scale',
      confirmAnswerPage(locale, 't', undefined, checkInPageText('answerLegend', locale), { values: {}, errors: { lonelinessConsent: 'x' } }),
    ],
    ...CHECK_IN_ANSWERS.map((answer): [string, string] => [`check-in answered ${answer}`, answeredPage(locale, answer, contact)]),
    ...LINK_PROBLEMS.map((problem): [string, string] => [`check-in link ${problem}`, linkProblemPage(locale, problem, contact)]),
    ['concern', concernFormPage(locale, 't')],
    ['concern, empty', concernFormPage(locale, 't', { text: '', callMe: true }, checkInPageText('concernRequired', locale))],
    ['concern, too long', concernFormPage(locale, 't', { text: 'x', callMe: false }, checkInPageText('concernTooLong', locale, { max: 2000 }))],
    ['concern, thanks', concernThanksPage(locale, contact)],
    ['milestones', milestonesPage(locale, 't', { milestones: [milestone, { ...milestone, documentId: 'm2', done: true, report: 'Bien' }], consented: false })],
    [
      'milestones, problems',
      milestonesPage(locale, 't', {
        milestones: [milestone],
        consented: true,
        problem: { milestone: 'm1', message: milestonePageText('nothingToSend', locale), typed: { done: false, report: '' } },
        consentProblem: milestonePageText('consentRequired', locale),
      }),
    ],
    ['milestone, thanks', milestoneThanksPage(locale, 't', contact)],
    ...MILESTONE_PROBLEMS.map((problem): [string, string] => [`milestone link ${problem}`, milestoneProblemPage(locale, problem, contact)]),
    ...PUBLIC_REQUEST_STATES.map((state): [string, string] => [`status ${state}`, answerPage(locale, { known: true, state }, contact)]),
    ['status unknown', answerPage(locale, { known: false }, contact)],
    ['status form', statusFormPage(locale, { reference: 'reference-malformed', check: 'check-malformed' }, contact)],
    ['status form, missing', statusFormPage(locale, { reference: 'reference-missing', check: 'check-missing' }, contact)],
    ['status, other site', refusedLookupPage(locale, { problem: 'other-site' }, contact)],
    ['status, wait', refusedLookupPage(locale, { problem: 'rate-limited', minutes: 5 }, contact)],
    ...NOTIFIED_FORMS.flatMap((form): [string, string][] => [
      [`${form} thank-you`, thankYouPage(form, locale, 'CB-7KQ4M2', true)],
      [`${form} expired attempt`, expiredAttemptPage(form, locale)],
      ...SUBMISSION_PROBLEMS.map((problem): [string, string] => [`${form} ${problem}`, refusedPostPage(form, locale, problem, { minutes: 5, megabytes: 10 })]),
    ]),
  ];
}

describe('the French of the pages behind the links in mails', () => {
  it('puts a no-break space before : ; ? ! in every word a person reads, on every page in every state', () => {
    const pages = everyFrenchPage();
    expect(pages.length).toBeGreaterThan(60);
    const problems = pages.flatMap(([name, page]) => frenchPunctuationProblems(visibleText(page)).map((found) => `${name}: ${JSON.stringify(found)}`));
    expect(problems).toEqual([]);
  });
});
