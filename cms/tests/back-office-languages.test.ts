import * as z from 'zod';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AUDIENCES,
  HELP_CATEGORIES,
  LOCALES,
  MUNICIPALITIES,
  brusselsDay,
  formatDate,
  formatDateTime,
  formatEuro,
  termName,
  termNameInSentence,
  type Locale,
} from '@cb/domain';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { openInAdmin, watchNetwork, type NetworkWatch } from './helpers/admin-navigation';
import { validSubmission } from '../testing/intake-submissions';
import { staffText, type StaffTextId, type StaffTextValues } from '../src/staff-texts';
import { expectNoAxeViolations } from './helpers/admin-axe';
import { expectNoEnglishStaffText } from './helpers/staff-language';
import { expectNoEnglishStrapiText } from './helpers/strapi-catalogues';
import { MailCatcher } from './helpers/mail-catcher';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { backOfficeError, readJson, referenceAnswer, resultsOf } from './helpers/http';

/**
 * Staff work in Dutch, French or English: a back-office user whose admin profile says nl, fr or en
 * logs in on a fresh browser (whose own language is English) and every page of the back office, and
 * the admin home's widgets, are in that language: its texts, taxonomy names, dates and amounts, no
 * English left over (neither the back office's nor Strapi's own, menus included), nothing for axe to
 * report. The project-call list fits a 1280 px wide screen. A working day's pages too: a request with its actions and its notes and history, a request closed
 * with a reason, an offer's page, and finding a case by the reference a caller quotes.
 */

const PLUGIN = '/admin/plugins/back-office';

let cms: AdminPanel;
let browser: Browser;
const mail = new MailCatcher();
const staff = {} as Record<Locale, StaffUser>;
const data = {
  projectTitle: '',
  request: '',
  requestDocumentId: '',
  requestStatus: '',
  closedRequest: '',
  closedRequestDocumentId: '',
  offer: '',
  offerDocumentId: '',
  /** A volunteer nobody screened yet: on the list of offers to screen. */
  offerToScreen: '',
  noteWrittenAt: '',
  callDocumentId: '',
  /** The call's title as each staff member reads it: the seeded call is translated into all three. */
  callTitles: {} as Record<Locale, string>,
  /** The call's first criterion as each staff member reads it. */
  criterionTitles: {} as Record<Locale, string>,
  /** What editors wrote for the call's criteria, in each language (shown as hints when scoring). */
  criterionDescriptions: [] as string[],
  callDeadline: '',
  callMaximum: 0,
  proposal: '',
  proposalDocumentId: '',
  requestedAmount: 0,
};
const today = brusselsDay(new Date());

/** A note staff wrote on the request (in the caller's words, not the interface's). */
const NOTE = 'Teruggebeld: ze wandelt liefst in de namiddag.';

/** The back office's API, called as a staff member. */
let api: StaffApi;

const documentRow = z.looseObject({ documentId: z.string(), reference: z.string() });

/** A request and an offer that suit each other, a match between them due for follow-up today, and an unreviewed proposal. */
async function createCases(user: StaffUser): Promise<void> {
  const offer = await api(
    user,
    'POST',
    '/back-office/intake/help-offer',
    {
      channel: 'phone',
      locale: 'nl',
      values: {
        offerAs: 'person',
        contactName: 'Jan Wandelaar',
        phone: '02 555 01 23',
        categories: ['walking'],
        description: 'Ik wandel graag met iemand.',
        anywhereInBrussels: false,
        municipalities: ['ixelles'],
        languages: ['nl', 'fr'],
        availableTimes: ['weekday-afternoons'],
        frequency: 'weekly',
        codeOfConduct: true,
        consent: true,
      },
    },
    referenceAnswer.partial(),
  );
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  const request = await api(
    user,
    'POST',
    '/back-office/intake/help-request',
    {
      channel: 'phone',
      locale: 'fr',
      values: {
        forWhom: 'self',
        contactName: 'Maria Claes',
        phone: '02 555 99 88',
        categories: ['walking'],
        description: 'Je cherche quelqu’un pour marcher.',
        municipality: 'ixelles',
        languages: ['fr'],
        availableTimes: ['weekday-afternoons'],
        consent: true,
      },
    },
    referenceAnswer.partial(),
  );
  expect(request.status, JSON.stringify(request.body)).toBe(201);
  // A second volunteer nearby stays free: the request page suggests them, with the reasons.
  const second = await api(user, 'POST', '/back-office/intake/help-offer', {
    channel: 'social',
    locale: 'fr',
    values: {
      offerAs: 'person',
      contactName: 'Els Marcheuse',
      email: 'els@example.org',
      categories: ['walking'],
      description: 'Je marche volontiers.',
      anywhereInBrussels: false,
      municipalities: ['ixelles'],
      languages: ['fr'],
      availableTimes: ['weekday-afternoons'],
      frequency: 'weekly',
      codeOfConduct: true,
      consent: true,
    },
  });
  expect(second.status, JSON.stringify(second.body)).toBe(201);
  // A third volunteer waits for screening: the list of offers to screen shows them.
  const toScreen = await api(
    user,
    'POST',
    '/back-office/intake/help-offer',
    {
      channel: 'phone',
      locale: 'nl',
      values: {
        offerAs: 'person',
        contactName: 'Piet Nogniet',
        phone: '02 555 07 07',
        categories: ['chat'],
        description: 'Ik babbel graag.',
        anywhereInBrussels: false,
        municipalities: ['jette'],
        languages: ['nl'],
        frequency: 'weekly',
        codeOfConduct: true,
        consent: true,
      },
    },
    referenceAnswer.partial(),
  );
  expect(toScreen.status, JSON.stringify(toScreen.body)).toBe(201);
  data.offerToScreen = toScreen.body.reference ?? '';
  // A request closed because the person could not be reached: its page offers to reopen it.
  const closed = await api(
    user,
    'POST',
    '/back-office/intake/help-request',
    {
      channel: 'phone',
      locale: 'nl',
      values: {
        forWhom: 'self',
        contactName: 'Rosa Verhulst',
        phone: '0470 55 66 77',
        categories: ['chat'],
        description: 'Ik zou graag eens babbelen.',
        municipality: 'jette',
        languages: ['nl'],
        consent: true,
      },
    },
    referenceAnswer.partial(),
  );
  expect(closed.status, JSON.stringify(closed.body)).toBe(201);
  data.offer = offer.body.reference ?? '';
  data.request = request.body.reference ?? '';
  data.closedRequest = closed.body.reference ?? '';
  const queue = await api(user, 'GET', '/back-office/requests', undefined, resultsOf(documentRow));
  data.requestDocumentId = queue.body.results.find((row) => row.reference === data.request)?.documentId ?? '';
  data.closedRequestDocumentId = queue.body.results.find((row) => row.reference === data.closedRequest)?.documentId ?? '';
  const offers = await api(user, 'GET', `/back-office/search?q=${data.offer}`, undefined, z.looseObject({ offers: z.array(documentRow) }));
  data.offerDocumentId = offers.body.offers.find((row) => row.reference === data.offer)?.documentId ?? '';
  // Both volunteers are screened (issue 14): only then are they suggested and matchable.
  const secondReference = referenceAnswer.parse(second.body).reference;
  const secondOffers = await api(user, 'GET', `/back-office/search?q=${secondReference}`, undefined, z.looseObject({ offers: z.array(documentRow) }));
  for (const offerId of [data.offerDocumentId, secondOffers.body.offers.find((row) => row.reference === secondReference)?.documentId ?? '']) {
    const screening = { conversationOn: today, references: 'checked', codeOfConductAccepted: true, informationNoteLocale: 'nl' };
    const screened = await api(user, 'POST', `/back-office/offers/${offerId}/screening`, screening);
    expect(screened.status, JSON.stringify(screened.body)).toBe(200);
  }
  const match = await api(user, 'POST', '/back-office/matches', { helpRequest: data.requestDocumentId, helpOffer: data.offerDocumentId, followUpOn: today });
  expect(match.status, JSON.stringify(match.body)).toBe(201);
  // Staff say who the person is: the initiatives suggested say whom they are meant for.
  const audiences = await api(user, 'PUT', `/back-office/requests/${data.requestDocumentId}/audiences`, { audiences: ['seniors'] });
  expect(audiences.status, JSON.stringify(audiences.body)).toBe(200);
  const note = await api(user, 'POST', `/back-office/requests/${data.requestDocumentId}/notes`, { text: NOTE });
  expect(note.status, JSON.stringify(note.body)).toBe(201);
  const closing = await api(user, 'POST', `/back-office/requests/${data.closedRequestDocumentId}/actions`, { action: 'close', reason: 'unreachable' });
  expect(closing.status, JSON.stringify(closing.body)).toBe(200);

  const details = await api(
    user,
    'GET',
    `/back-office/requests/${data.requestDocumentId}`,
    undefined,
    z.looseObject({ caseStatus: z.string(), timeline: z.array(z.looseObject({ kind: z.string(), writtenAt: z.string() })) }),
  );
  data.requestStatus = details.body.caseStatus;
  data.noteWrittenAt = details.body.timeline.find((entry) => entry.kind === 'note')?.writtenAt ?? '';

  const calls = await api(
    user,
    'GET',
    '/back-office/project-calls',
    undefined,
    z.array(z.looseObject({ documentId: z.string(), title: z.string(), maxPerProject: z.number() })),
  );
  data.callDocumentId = calls.body[0]!.documentId;
  data.callMaximum = calls.body[0]!.maxPerProject;
  for (const locale of LOCALES) {
    const own = await api(
      staff[locale],
      'GET',
      '/back-office/project-calls',
      undefined,
      z.array(
        z.looseObject({
          documentId: z.string(),
          title: z.string(),
          deadline: z.string(),
          criteria: z.array(z.looseObject({ title: z.string(), description: z.string().nullish() })),
        }),
      ),
    );
    const call = own.body.find((one) => one.documentId === data.callDocumentId);
    data.callTitles[locale] = call?.title ?? '';
    data.criterionTitles[locale] = call?.criteria[0]?.title ?? '';
    data.criterionDescriptions.push(...(call?.criteria ?? []).flatMap((criterion) => (criterion.description ? [criterion.description] : [])));
    data.callDeadline = call?.deadline ?? '';
  }
  // Read in each staff member's language, not in the default locale (Dutch) for everyone.
  expect(new Set(Object.values(data.callTitles)).size).toBe(LOCALES.length);
  const proposal = validSubmission('project-proposal', 5, { projectCallDocumentId: data.callDocumentId }, 'fr');
  data.projectTitle = z.string().parse(proposal.projectTitle);
  const submitted = await fetch(`${cms.url}/api/intake/project-proposals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'languages-proposal-0001' },
    body: JSON.stringify(proposal),
  });
  expect(submitted.status).toBe(201);
  data.proposal = (await readJson(submitted, referenceAnswer)).reference;
  const rows = await api(
    user,
    'GET',
    `/back-office/project-calls/${data.callDocumentId}/proposals`,
    undefined,
    resultsOf(z.looseObject({ documentId: z.string(), reference: z.string(), requestedAmount: z.number() })),
  );
  const proposalRow = rows.body.results.find((row) => row.reference === data.proposal)!;
  data.requestedAmount = proposalRow.requestedAmount;
  data.proposalDocumentId = proposalRow.documentId;
}

/** Spaces as text compares them (Intl writes narrow and non-breaking ones). */
const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Words an English sentence has and Dutch or French ones do not. */
const ENGLISH_WORDS =
  /\b(the|and|with|this|that|not|your|been|have|has|for|from|will|could|yet|nothing|please|which|who|when|where|there|they|what|anyone|something|went|wrong)\b/i;

/** People's own words shown on the pages (descriptions, notes, a call's title): not the interface's language. */
const peoplesWords = () => [
  NOTE,
  ...Object.values(data.callTitles),
  ...Object.values(data.criterionTitles),
  ...data.criterionDescriptions,
  data.projectTitle,
  'Jan Wandelaar',
  'Maria Claes',
  'Els Marcheuse',
  'Rosa Verhulst',
  'Piet Nogniet',
];

/** Every text of the back office's content and navigation: text nodes, labels, placeholders and the document's title. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('main, nav')];
    const texts = [document.title];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
      for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
        for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '');
      }
    }
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

/** No staff text left in English, and no English sentence written anywhere else (a literal in a page, an error's own words). */
async function expectNoEnglish(page: Page, locale: Locale, what: string): Promise<void> {
  if (locale === 'en') return;
  const texts = await shownTexts(page);
  await expectNoEnglishStaffText(page, locale, what, peoplesWords());
  await expectNoEnglishStrapiText(page, locale, what, peoplesWords());
  const own = peoplesWords().filter(Boolean);
  const sentences = texts.filter((text) => text.split(' ').length >= 3 && ENGLISH_WORDS.test(text) && !own.some((words) => text.includes(words)));
  expect(sentences, `English sentences on ${what} in ${locale}`).toEqual([]);
}

interface PlannedPage {
  name: string;
  path: () => string;
  heading: (t: Say, locale: Locale) => string;
  /** Texts the page shows in the staff member's language (waited for, then read). */
  shows: (t: Say, locale: Locale) => string[];
}

type Say = (id: StaffTextId, values?: StaffTextValues) => string;

const PAGES: PlannedPage[] = [
  {
    name: 'queue',
    path: () => PLUGIN,
    heading: (t) => t('queue.title'),
    shows: (t, locale) => [t('queue.reference'), t('queue.per-status'), t('channel.phone'), termName(HELP_CATEGORIES, 'walking', locale)!],
  },
  {
    name: 'request',
    path: () => `${PLUGIN}/requests/${data.requestDocumentId}`,
    heading: (t) => t('request.title', { reference: data.request }),
    shows: (t, locale) => [
      t('request.details'),
      t('reason.same-municipality', { terms: termName(MUNICIPALITIES, 'ixelles', locale)! }),
      // A language inside a sentence: "Parle français", "Spreekt Frans", "Speaks French".
      t('reason.shared-language', { terms: termNameInSentence('spoken-language', 'fr', locale)! }),
      t('match.title.with', { reference: data.offer, name: 'Jan Wandelaar' }),
      t('match.state.follow-up', { status: t('status.proposed'), date: formatDate(locale, today, 'medium') }),
      t('request.subtitle', { status: t(`status.${data.requestStatus}` as StaffTextId), date: formatDate(locale, today, 'medium') }),
      t('case.actions.title'),
      t('case.actions.markUrgent'),
      t('case.actions.closeReason'),
      t('case.audiences.title'),
      termName(AUDIENCES, 'seniors', locale)!,
      t('case.timeline.title'),
      t('case.kind.match-created'),
      t('case.kind.note'),
      NOTE,
      t('case.timeline.byWhen', { name: 'cb-back-office Test', when: formatDateTime(locale, data.noteWrittenAt, 'medium') }),
    ],
  },
  {
    name: 'a request closed with a reason',
    path: () => `${PLUGIN}/requests/${data.closedRequestDocumentId}`,
    heading: (t) => t('request.title', { reference: data.closedRequest }),
    // No suggestions to act on: the workflow refuses to connect a closed request until it is reopened.
    shows: (t) => [
      t('case.kind.closedBecause', { reason: t('case.reason.unreachable') }),
      t('case.actions.reopen'),
      t('status.closed'),
      t('case.refused.case-closed'),
    ],
  },
  {
    name: 'an offer',
    path: () => `${PLUGIN}/offers/${data.offerDocumentId}`,
    heading: (t) => t('case.offer.title', { reference: data.offer }),
    shows: (t, locale) => [
      t('case.offer.details'),
      t('case.offer.openMatches', { count: 1 }),
      t('case.field.description'),
      t('channel.phone'),
      // What screening and matching weigh: the kind of help, where, in which languages.
      termName(HELP_CATEGORIES, 'walking', locale)!,
      termName(MUNICIPALITIES, 'ixelles', locale)!,
      t('workspace.languages'),
      t('request.times'),
      t('case.offer.actionsTitle'),
      t('case.offer.pause'),
      t('case.offer.close'),
      t('availability.title'),
      t('availability.notAway'),
      t('availability.save'),
      t('case.timeline.title'),
      // The same date style as the request's page, not "5 december" here and "5 dec" there.
      formatDate(locale, today, 'medium'),
    ],
  },
  {
    name: 'offers to screen',
    path: () => `${PLUGIN}/screening`,
    heading: (t) => t('screening-queue.title'),
    shows: (t, locale) => [
      t('screening-queue.subtitle'),
      t('screening-queue.counts', { toScreen: 1, expired: 0 }),
      data.offerToScreen,
      'Piet Nogniet',
      t('screening-queue.state.to-screen'),
      // Waiting since today: "less than a day", not "0 days" ("0 jour").
      t('workspace.days', { days: 0 }),
      termName(HELP_CATEGORIES, 'chat', locale)!,
      termName(MUNICIPALITIES, 'jette', locale)!,
    ],
  },
  {
    name: 'follow-ups',
    path: () => `${PLUGIN}/follow-ups`,
    heading: (t) => t('follow-ups.title'),
    shows: (t, locale) => [t('follow-ups.record', { reference: data.request }), formatDate(locale, today, 'medium')],
  },
  {
    name: 'people',
    path: () => `${PLUGIN}/people`,
    heading: (t) => t('people.title'),
    shows: (t) => [t('people.email'), t('people.export')],
  },
  {
    name: 'intake',
    path: () => `${PLUGIN}/intake`,
    heading: (t) => t('intake.title'),
    shows: (t) => [t('intake.how'), t('intake.submit.help-request'), t('intake.consent')],
  },
  {
    name: 'dashboard',
    path: () => `${PLUGIN}/dashboard`,
    heading: (t) => t('dashboard.title'),
    shows: (t) => [t('dashboard.per-week'), t('dashboard.median'), t('dashboard.as-table'), t('dashboard.loneliness'), t('dashboard.unmet')],
  },
  {
    name: 'project calls',
    path: () => `${PLUGIN}/project-calls`,
    heading: (t) => t('proposals.title'),
    shows: (t, locale) => [t('proposals.subtitle'), data.callTitles[locale]],
  },
  {
    name: 'proposals of a call',
    path: () => `${PLUGIN}/project-calls/${data.callDocumentId}`,
    heading: (_t, locale) => data.callTitles[locale],
    shows: (t, locale) => [t('proposals.not-reviewed'), formatEuro(locale, data.requestedAmount), t('proposals.review', { reference: data.proposal })],
  },
  {
    name: 'a proposal',
    path: () => `/admin/plugins/project-review/proposals/${data.proposalDocumentId}`,
    heading: (t) => t('review.proposal.title', { reference: data.proposal }),
    shows: (t, locale) => [
      t('labelled', { label: t('review.proposal.call'), value: data.callTitles[locale] }),
      t('labelled', { label: t('review.proposal.deadline'), value: formatDateTime(locale, data.callDeadline, 'medium') }),
      t('review.proposal.received', { date: formatDate(locale, today, 'medium') }),
      t('review.score.criterion', { title: data.criterionTitles[locale], weight: 30 }),
      t('review.decision.overrideReason'),
    ],
  },
  {
    name: 'a proposal’s summary for the meeting',
    path: () => `/admin/plugins/project-review/proposals/${data.proposalDocumentId}/summary`,
    heading: (t) => `${t('review.proposal.printSummary')} · ${data.proposal}`,
    shows: (t) => [t('review.proposal.duplicates'), t('review.reviews.title'), t('review.status.received')],
  },
  {
    name: 'mine to review (nothing assigned)',
    path: () => '/admin/plugins/project-review',
    heading: (t) => t('review.mine.title'),
    shows: (t) => [t('review.mine.left', { left: 0, assigned: 0 }), t('review.mine.empty')],
  },
  {
    name: 'a call’s dashboard',
    path: () => `/admin/plugins/project-review/calls/${data.callDocumentId}/dashboard`,
    heading: (t, locale) => t('labelled', { label: t('callDashboard.title'), value: data.callTitles[locale] }),
    shows: (t, locale) => [t('callDashboard.byStatus'), t('review.status.received'), t('callDashboard.requested'), formatEuro(locale, data.requestedAmount)],
  },
  {
    name: 'outbox',
    path: () => `${PLUGIN}/outbox`,
    heading: (t) => t('outbox.title'),
    shows: (t) => [t('outbox.empty')],
  },
];

beforeAll(async () => {
  await mail.start();
  cms = await startAdminPanel({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { startFrom: inject('seededCmsDatabase') });
  api = staffApiOf(cms.url);
  for (const locale of LOCALES) {
    staff[locale] = await createStaffUser(cms.url, 'cb-back-office', `staff-${locale}@staff.example.org`);
    // The staff member's own choice, as the profile page saves it.
    const chosen = await api(staff[locale], 'PUT', '/admin/users/me', { preferedLanguage: locale });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
  }
  await createCases(staff.en);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await mail.stop();
});

describe.each(LOCALES)('a back-office staff member whose profile says %s', (locale) => {
  const t: Say = (id, values) => staffText(locale, id, values);
  let page: Page;
  let network: NetworkWatch;

  beforeAll(async () => {
    page = await logInToAdmin(browser, cms.url, staff[locale]);
    network = watchNetwork(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it('gets the admin in that language after logging in on a fresh browser, home widgets included', async () => {
    await page
      .getByRole('link', { name: t('workspace.name') })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe(locale);
    await page.getByText(t('widgets.search.title'), { exact: true }).first().waitFor({ timeout: 30_000 });
    // The back office's widget counts the volunteers waiting for screening and leads to them.
    await page.getByText(t('home.toScreen', { count: 1 }), { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: t('home.openScreening') }).getAttribute('href')).toBe(`${PLUGIN}/screening`);
    // The site build is the editors' widget (tests/editing-admin.test.ts): back-office staff do not get it.
    expect(await page.getByText(t('widgets.site-build.title'), { exact: true }).count()).toBe(0);
  });

  for (const planned of PAGES) {
    it(`reads ${planned.name} in that language, with nothing for axe to report`, async () => {
      await openInAdmin(page, planned.path());
      await page.getByRole('heading', { level: 1, name: planned.heading(t, locale) }).waitFor({ timeout: 30_000 });
      await network.quiet();
      const main = page.getByRole('main');
      for (const text of planned.shows(t, locale)) {
        await expect.poll(async () => spaced((await main.textContent()) ?? ''), { timeout: 15_000 }).toContain(spaced(text));
      }
      await expectNoEnglish(page, locale, planned.name);
      await expectNoAxeViolations(page, `${planned.name} in ${locale}`);
    });
  }

  it('finds a request by the reference a caller quotes, in that language, with nothing for axe to report', async () => {
    await openInAdmin(page, PLUGIN);
    const search = page.getByRole('searchbox', { name: t('case.search.label') });
    await search.waitFor({ timeout: 30_000 });
    await search.fill(data.request.toLowerCase());
    await page.getByRole('button', { name: t('case.search.submit') }).click();
    const status = t(`status.${data.requestStatus}` as StaffTextId);
    await page.getByRole('link', { name: t('case.search.hit', { reference: data.request, name: 'Maria Claes', status }) }).waitFor({ timeout: 15_000 });
    const main = page.getByRole('main');
    for (const text of [
      t('case.search.found', { count: 1 }),
      t('case.search.requests'),
      t('case.search.matchedBy', { keys: t('case.search.key.reference') }),
    ]) {
      await expect.poll(async () => spaced((await main.textContent()) ?? '')).toContain(spaced(text));
    }
    await expectNoEnglish(page, locale, 'the queue with a case found');
    await expectNoAxeViolations(page, `the queue with a case found in ${locale}`);

    await search.fill('nobody-like-this');
    await page.getByRole('button', { name: t('case.search.submit') }).click();
    await page.getByText(t('case.search.none')).waitFor();
    await expectNoEnglish(page, locale, 'the queue with no case found');
  });

  it('says how many requests with the right plural, and how long each has waited', async () => {
    await openInAdmin(page, PLUGIN);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: data.request }) });
    await row.waitFor({ timeout: 30_000 });
    expect(spaced((await row.textContent()) ?? '')).toContain(t('workspace.days', { days: 0 }));
    const queue = await api(staff[locale], 'GET', '/back-office/requests', undefined, z.looseObject({ counts: z.looseObject({ total: z.number() }) }));
    expect(await page.getByRole('main').textContent()).toContain(t('queue.subtitle.open', { count: queue.body.counts.total }));
  });

  it('hears refusals in that language, whatever language the browser asks for', async () => {
    const asked = async (route: string, method = 'GET', body?: unknown) => {
      const response = await fetch(`${cms.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${staff[locale].token}`, 'content-type': 'application/json', 'accept-language': locale === 'en' ? 'nl-BE' : 'en-GB' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, error: (await readJson(response, backOfficeError)).error };
    };
    const missing = await asked(`/back-office/requests/${'x'.repeat(24)}`);
    expect(missing).toMatchObject({ status: 404, error: { message: t('problem.no-request') } });
    const tooMuch = await asked(`/back-office/proposals/${data.proposalDocumentId}/decision`, 'PUT', {
      status: 'approved',
      grantedAmount: data.callMaximum + 1,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.error.fields?.grantedAmount).toBe(t('review.refused.amount', { maximum: formatEuro(locale, data.callMaximum) }));
  });

  it('shows the proposals with every action in sight on a 1280 px wide screen', async () => {
    await openInAdmin(page, `${PLUGIN}/project-calls/${data.callDocumentId}`);
    const actions = [
      page.getByRole('button', { name: t('proposals.review', { reference: data.proposal }) }),
      page.getByRole('link', { name: t('review.proposal.readLink', { reference: data.proposal }) }),
    ];
    await actions[0]!.waitFor({ timeout: 30_000 });
    for (const action of actions) {
      // Inside the window, and not cut off by any scrolling box around it (the table's).
      const clipped = await action.evaluate((button) => {
        const rect = button.getBoundingClientRect();
        if (rect.right > window.innerWidth || rect.left < 0) return 'outside the window';
        for (let box = button.parentElement; box; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowX === 'visible') continue;
          const frame = box.getBoundingClientRect();
          if (rect.right > frame.right + 1 || rect.left < frame.left - 1) return `cut off by ${box.tagName.toLowerCase()}`;
          if (box.scrollWidth > box.clientWidth + 1) return `${box.tagName.toLowerCase()} scrolls sideways`;
        }
        return 'in sight';
      });
      expect(clipped, (await action.textContent()) ?? '').toBe('in sight');
    }
  });
});
