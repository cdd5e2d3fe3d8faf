import * as z from 'zod';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES, MUNICIPALITIES, brusselsDay, termName, type Locale, type MunicipalityCode } from '@cb/domain';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel, type StaffUser } from '../testing/admin-panel';
import { staffText, type StaffTextId, type StaffTextValues } from '../src/staff-texts';
import { expectNoAxeViolations } from './helpers/admin-axe';
import { staffApiOf, type StaffApi } from './helpers/back-office-client';
import { referenceAnswer } from './helpers/http';
import { MailCatcher } from './helpers/mail-catcher';
import { expectNoEnglishStaffText } from './helpers/staff-language';
import { openInAdmin } from './helpers/admin-navigation';

/**
 * A staff member's working day, walked whole in a real Chromium, in Dutch, in French and in English
 * (the reference): they choose their language on their profile page, log in through the login page,
 * find a request by the reference a caller quotes, read it, add a note, match it with an offer the
 * back office suggests, confirm the contact, and close another request with a reason. At every step
 * axe finds nothing, and no English staff text shows in Dutch or French (read from the staff-texts
 * catalogue itself, not from a list of words). Each action is taken from the keyboard, and focus
 * then rests on what it did, said in the section where it was done (not at the page's top).
 */

/** Waits of a person on a loaded machine: long enough for a slow page, never a sleep. */
const PATIENCE = { timeout: 60_000 };
const STEP_TIMEOUT = 240_000;

/** The language's name as the admin's language list writes it (Strapi's own native names). */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Each language's cases, in that language's words: a request, the offer that suits it, and a request to close. */
interface Cases {
  municipality: MunicipalityCode;
  requester: { name: string; email: string; description: string };
  volunteer: { name: string; email: string; description: string };
  other: { name: string; description: string };
  note: string;
  forRequester: string;
  forVolunteer: string;
  staffNote: string;
}

const CASES: Record<Locale, Cases> = {
  nl: {
    municipality: 'jette',
    requester: { name: 'Mieke Peeters', email: 'mieke.peeters@example.org', description: 'Ik zoek iemand om samen te wandelen.' },
    volunteer: { name: 'Jan Wandelaar', email: 'jan.wandelaar@example.org', description: 'Ik wandel graag met iemand uit de buurt.' },
    other: { name: 'Rosa Verhulst', description: 'Ik zou graag eens babbelen.' },
    note: 'Teruggebeld: ze wandelt liefst in de namiddag.',
    forRequester: 'Jan, een buurman uit Jette.',
    forVolunteer: 'Mieke, uit Jette.',
    staffNote: 'Eerst samen een korte wandeling.',
  },
  fr: {
    municipality: 'ixelles',
    requester: { name: 'Marie Dubois', email: 'marie.dubois@example.org', description: 'Je cherche quelqu’un pour marcher.' },
    volunteer: { name: 'Luc Marcheur', email: 'luc.marcheur@example.org', description: 'Je marche volontiers avec quelqu’un du quartier.' },
    other: { name: 'Sophie Lambert', description: 'J’aimerais bavarder de temps en temps.' },
    note: 'Rappelée : elle préfère marcher l’après-midi.',
    forRequester: 'Luc, un voisin d’Ixelles.',
    forVolunteer: 'Marie, d’Ixelles.',
    staffNote: 'D’abord une courte promenade ensemble.',
  },
  en: {
    municipality: 'etterbeek',
    requester: { name: 'Anna Baker', email: 'anna.baker@example.org', description: 'I am looking for someone to walk with.' },
    volunteer: { name: 'Ben Walker', email: 'ben.walker@example.org', description: 'I like walking with someone from the area.' },
    other: { name: 'Carl Porter', description: 'A chat now and then.' },
    note: 'Called back: she prefers afternoon walks.',
    forRequester: 'Ben, a neighbour from Etterbeek.',
    forVolunteer: 'Anna, from Etterbeek.',
    staffNote: 'A short walk together first.',
  },
};

/** The author's name staff see on notes: createStaffUser names people after their role. */
const AUTHOR = 'cb-back-office Test';

let cms: AdminPanel;
let browser: Browser;
let api: StaffApi;
const mail = new MailCatcher();
const staff = {} as Record<Locale, StaffUser>;
const references = {} as Record<Locale, { request: string; offer: string; other: string }>;

async function register(user: StaffUser, form: 'help-request' | 'help-offer', locale: Locale, values: Record<string, unknown>): Promise<string> {
  const answer = await api(user, 'POST', `/back-office/intake/${form}`, { channel: 'phone', locale, values }, referenceAnswer.partial());
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.reference ?? '';
}

/** What each language's staff member finds waiting: callers registered by phone, as colleagues do. */
async function registerCases(user: StaffUser, locale: Locale): Promise<void> {
  const cases = CASES[locale];
  const offer = await register(user, 'help-offer', locale, {
    offerAs: 'person',
    contactName: cases.volunteer.name,
    phone: '02 555 01 23',
    email: cases.volunteer.email,
    categories: ['walking'],
    description: cases.volunteer.description,
    anywhereInBrussels: false,
    municipalities: [cases.municipality],
    languages: [locale],
    availableTimes: ['weekday-afternoons'],
    frequency: 'weekly',
    codeOfConduct: true,
    consent: true,
  });
  await screenOffer(user, offer, locale);
  const request = await register(user, 'help-request', locale, {
    forWhom: 'self',
    contactName: cases.requester.name,
    phone: '02 555 99 88',
    email: cases.requester.email,
    categories: ['walking'],
    description: cases.requester.description,
    municipality: cases.municipality,
    languages: [locale],
    availableTimes: ['weekday-afternoons'],
    consent: true,
  });
  const other = await register(user, 'help-request', locale, {
    forWhom: 'self',
    contactName: cases.other.name,
    phone: '0470 55 66 77',
    categories: ['chat'],
    description: cases.other.description,
    municipality: cases.municipality,
    languages: [locale],
    consent: true,
  });
  references[locale] = { request, offer, other };
}

/** The volunteer was screened before the day starts: only screened volunteers can be matched. */
async function screenOffer(user: StaffUser, reference: string, locale: Locale): Promise<void> {
  const found = await api(
    user,
    'POST',
    '/back-office/cases/find',
    { term: reference },
    z.looseObject({ offers: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })) }),
  );
  const documentId = found.body.offers.find((row) => row.reference === reference)?.documentId ?? '';
  const screening = { conversationOn: brusselsDay(new Date()), references: 'checked', codeOfConductAccepted: true, informationNoteLocale: locale };
  const answer = await api(user, 'POST', `/back-office/offers/${documentId}/screening`, screening, z.looseObject({}));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

const caseDetails = z.looseObject({
  caseStatus: z.string(),
  matches: z.array(z.looseObject({ kind: z.string(), caseStatus: z.string(), helpOffer: z.looseObject({ reference: z.string() }).nullish() })),
});

async function requestDetails(user: StaffUser, reference: string): Promise<z.output<typeof caseDetails>> {
  const found = await api(
    user,
    'POST',
    '/back-office/cases/find',
    { term: reference },
    z.looseObject({ requests: z.array(z.looseObject({ documentId: z.string(), reference: z.string() })) }),
  );
  const documentId = found.body.requests.find((row) => row.reference === reference)?.documentId ?? '';
  return (await api(user, 'GET', `/back-office/requests/${documentId}`, undefined, caseDetails)).body;
}

beforeAll(async () => {
  await mail.start();
  cms = await startAdminPanel({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) }, { startFrom: inject('seededCmsDatabase') });
  api = staffApiOf(cms.url);
  for (const locale of LOCALES) {
    staff[locale] = await createStaffUser(cms.url, 'cb-back-office', `walk-${locale}@staff.example.org`);
    await registerCases(staff[locale], locale);
  }
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await mail.stop();
});

describe.each(LOCALES)('a staff member who chose %s walks through a working day', (locale) => {
  const t = (id: StaffTextId, values?: StaffTextValues) => staffText(locale, id, values);
  const cases = CASES[locale];
  let page: Page;
  let ref: { request: string; offer: string; other: string };
  /** The people's and the cases' own words the pages show: not the interface's language. */
  let ownWords: string[];

  /** What a person sees at this step: nothing for axe, no English staff text. */
  async function expectReadable(what: string, dialog?: 'dialog'): Promise<void> {
    await expectNoEnglishStaffText(page, locale, what, ownWords);
    await expectNoAxeViolations(page, `${what} in ${locale}`, dialog);
  }

  /** Waits until the main region shows every text. */
  async function expectShown(texts: string[]): Promise<void> {
    const main = page.getByRole('main');
    const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    for (const text of texts) await expect.poll(async () => spaced(await main.innerText()), PATIENCE).toContain(spaced(text));
  }

  /** Presses a button from the keyboard, as a keyboard user does. */
  async function pressWithKeyboard(button: Locator): Promise<void> {
    await button.focus();
    await page.keyboard.press('Enter');
  }

  /** What has focus: its role, its words, and the heading of the section it is in. */
  function focused(): Promise<{ role: string | null; text: string; section: string }> {
    return page.evaluate(() => {
      const spaced = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
      const element = document.activeElement;
      const section = element?.closest('section')?.querySelector('h2')?.textContent;
      return { role: element?.getAttribute('role') ?? null, text: spaced(element?.textContent), section: spaced(section) };
    });
  }

  /** After an action, focus rests on its outcome, announced (a status region) in the section where it was done, also once the page has reloaded. */
  async function expectFocusOnOutcome(section: StaffTextId, outcome: string): Promise<void> {
    // Compared as `focused` reads it: French no-break spaces as plain ones.
    const expected = { role: 'status', text: outcome.replace(/[\s\u00a0\u202f]+/g, ' ').trim(), section: t(section) };
    await expect.poll(focused, PATIENCE).toEqual(expected);
    await page.waitForLoadState('networkidle');
    expect(await focused()).toEqual(expected);
  }

  /** Picks a choice of one of the back office's selects, checking the open list's words too. */
  async function choose(select: Locator, option: string, what: string): Promise<void> {
    await select.click();
    await page.getByRole('option', { name: option }).waitFor(PATIENCE);
    await expectNoEnglishStaffText(page, locale, what, ownWords);
    await page.getByRole('option', { name: option }).click();
    await expect.poll(() => select.textContent(), PATIENCE).toContain(option);
  }

  beforeAll(() => {
    ref = references[locale];
    // Every language's cases share the queue and the suggestions: all their people's words may show.
    ownWords = [
      ...LOCALES.flatMap((each) => Object.values(references[each])),
      ...Object.values(CASES).flatMap((each) => [
        each.requester.name,
        each.requester.description,
        each.volunteer.name,
        each.volunteer.description,
        each.other.name,
        each.other.description,
        each.note,
        each.forRequester,
        each.forVolunteer,
        each.staffNote,
      ]),
      AUTHOR,
    ];
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it(
    'chooses the language on their profile page',
    async () => {
      const profile = await logInToAdmin(browser, cms.url, staff[locale]);
      profile.setDefaultTimeout(PATIENCE.timeout);
      // From the home page logging in landed on, as the admin's profile menu goes.
      await openInAdmin(profile, '/admin/me');
      await profile.getByRole('combobox', { name: 'Interface language' }).click(PATIENCE);
      await profile.getByRole('option', { name: LANGUAGE_NAMES[locale] }).click(PATIENCE);
      await profile.getByRole('button', { name: 'Save' }).click(PATIENCE);
      const me = z.looseObject({ data: z.looseObject({ preferedLanguage: z.string().nullish() }) });
      await expect.poll(async () => (await api(staff[locale], 'GET', '/admin/users/me', undefined, me)).body.data.preferedLanguage, PATIENCE).toBe(locale);
      await profile.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'logs in through the login page of a fresh browser and opens the back office in that language',
    async () => {
      page = await logInToAdmin(browser, cms.url, staff[locale]);
      page.setDefaultTimeout(PATIENCE.timeout);
      await page.setViewportSize({ width: 1280, height: 900 });
      // The admin's home shows their queue and the way into the back office, not raw records with edit links into the content manager.
      const home = page.getByTestId('back-office-home');
      await home.getByRole('link', { name: t('home.openQueue') }).waitFor(PATIENCE);
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('main').locator('a[href*="/content-manager/"]').count()).toBe(0);
      await expectNoEnglishStaffText(page, locale, 'the home page', ownWords);
      await page
        .getByRole('link', { name: t('workspace.name') })
        .first()
        .click(PATIENCE);
      await page.getByRole('heading', { level: 1, name: t('queue.title') }).waitFor(PATIENCE);
      await page.getByRole('link', { name: ref.request }).waitFor(PATIENCE);
      await page.waitForLoadState('networkidle');
      await expectReadable('the queue');
    },
    STEP_TIMEOUT,
  );

  it(
    'finds the request by the reference the caller quotes',
    async () => {
      await page.getByRole('searchbox', { name: t('case.search.label') }).fill(ref.request);
      await page.getByRole('button', { name: t('case.search.submit') }).click();
      const hit = page.getByRole('link', { name: t('case.search.hit', { reference: ref.request, name: cases.requester.name, status: t('status.new') }) });
      await hit.waitFor(PATIENCE);
      await expectShown([t('case.search.found', { count: 1 }), t('case.search.matchedBy', { keys: t('case.search.key.reference') })]);
      await expectReadable('the queue with the request found');
      await hit.click();
      await page.getByRole('heading', { level: 1, name: t('request.title', { reference: ref.request }) }).waitFor(PATIENCE);
    },
    STEP_TIMEOUT,
  );

  it(
    'reads the request, with the offers suggested for it and why',
    async () => {
      await expectShown([
        t('request.details'),
        cases.requester.name,
        cases.requester.description,
        t('suggest.match-with', { reference: ref.offer }),
        t('reason.same-municipality', { terms: termName(MUNICIPALITIES, cases.municipality, locale)! }),
        t('case.timeline.title'),
      ]);
      await page.waitForLoadState('networkidle');
      await expectReadable('the request');
    },
    STEP_TIMEOUT,
  );

  it(
    'adds a note to the request’s history',
    async () => {
      const note = page.getByLabel(t('case.timeline.newNote'));
      await note.fill(cases.note);
      await pressWithKeyboard(page.getByRole('button', { name: t('case.timeline.add') }));
      await expectFocusOnOutcome('case.timeline.title', t('outcome.noteAdded'));
      const history = page.getByRole('list', { name: t('case.timeline.title') });
      await history.getByText(cases.note).waitFor(PATIENCE);
      await expect.poll(() => note.inputValue(), PATIENCE).toBe('');
      await expectShown([t('case.kind.note')]);
      await expectReadable('the request with its note');
    },
    STEP_TIMEOUT,
  );

  it(
    'matches the request with the offer the back office suggests',
    async () => {
      await page.getByRole('button', { name: t('suggest.match-with', { reference: ref.offer }) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t('connect.shared-with-requester')).fill(cases.forRequester, PATIENCE);
      await dialog.getByLabel(t('connect.shared-with-volunteer')).fill(cases.forVolunteer);
      await dialog.getByLabel(t('connect.notes')).fill(cases.staffNote);
      await expectReadable('the match dialog', 'dialog');
      await pressWithKeyboard(dialog.getByRole('button', { name: t('connect.create.match') }));
      await dialog.waitFor({ state: 'hidden', ...PATIENCE });
      await expectFocusOnOutcome('request.matches', t('outcome.matchMade', { label: `${ref.offer} (${cases.volunteer.name})` }));
      await page.getByRole('heading', { name: t('match.title.with', { reference: ref.offer, name: cases.volunteer.name }) }).waitFor(PATIENCE);
      await expectShown([t('case.kind.match-created'), cases.staffNote]);
      const request = await requestDetails(staff[locale], ref.request);
      expect(request.matches).toHaveLength(1);
      expect(request.matches[0]).toMatchObject({ kind: 'match', caseStatus: 'proposed', helpOffer: { reference: ref.offer } });
      await page.waitForLoadState('networkidle');
      await expectReadable('the request with its match');
    },
    STEP_TIMEOUT,
  );

  it(
    'confirms the contact: both people hear of each other',
    async () => {
      const form = page.getByRole('form', { name: t('match.title.with', { reference: ref.offer, name: cases.volunteer.name }) });
      // The request's status and the match's are two selects on one page: each says whose it is.
      await expect(page.getByRole('combobox', { name: t('outcome.requestStatus'), exact: true }).count()).resolves.toBe(1);
      await choose(form.getByRole('combobox', { name: t('outcome.matchStatus'), exact: true }), t('status.contacted'), 'the match’s statuses');
      await pressWithKeyboard(form.getByRole('button', { name: t('workspace.save') }));
      await expectFocusOnOutcome('request.matches', t('outcome.matchSaved', { status: t('status.contacted') }));
      await page
        .getByRole('list', { name: t('case.timeline.title') })
        .getByText(t('case.kind.match-moved', { status: t('status.contacted') }))
        .waitFor(PATIENCE);
      await expect.poll(async () => (await requestDetails(staff[locale], ref.request)).matches[0]?.caseStatus, PATIENCE).toBe('contacted');
      for (const email of [cases.requester.email, cases.volunteer.email]) {
        await expect.poll(() => mail.mails.some((sent) => sent.to.includes(email)), PATIENCE).toBe(true);
      }
      await page.waitForLoadState('networkidle');
      await expectReadable('the request with the contact confirmed');
    },
    STEP_TIMEOUT,
  );

  it(
    'closes another request with a reason',
    async () => {
      await page
        .getByRole('link', { name: t('workspace.name') })
        .first()
        .click();
      const search = page.getByRole('searchbox', { name: t('case.search.label') });
      await search.fill(ref.other, PATIENCE);
      await page.getByRole('button', { name: t('case.search.submit') }).click();
      await page.getByRole('link', { name: t('case.search.hit', { reference: ref.other, name: cases.other.name, status: t('status.new') }) }).click(PATIENCE);
      await page.getByRole('heading', { level: 1, name: t('request.title', { reference: ref.other }) }).waitFor(PATIENCE);
      const reason = t('case.reason.no-longer-needed');
      const reasons = page.getByRole('combobox', { name: t('case.actions.closeReason') });
      // Closing without a reason: the button answers (it is not a disabled button that says nothing), and the reason's field says why.
      await pressWithKeyboard(page.getByRole('button', { name: t('case.actions.close') }));
      await expect.poll(() => reasons.evaluate((element) => element.contains(document.activeElement)), PATIENCE).toBe(true);
      const description = () =>
        reasons.evaluate((element) =>
          (element.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
      await expect.poll(description, PATIENCE).toContain(t('outcome.reasonFirst'));
      await expectReadable('the reason asked for before closing');
      await choose(reasons, reason, 'the reasons to close');
      await pressWithKeyboard(page.getByRole('button', { name: t('case.actions.close') }));
      await page.getByRole('button', { name: t('case.actions.reopen') }).waitFor(PATIENCE);
      await expectFocusOnOutcome('case.actions.title', t('outcome.requestClosed', { reason }));
      await expectShown([t('case.kind.closedBecause', { reason })]);
      expect((await requestDetails(staff[locale], ref.other)).caseStatus).toBe('closed');
      await page.waitForLoadState('networkidle');
      await expectReadable('the closed request');
    },
    STEP_TIMEOUT,
  );
});
