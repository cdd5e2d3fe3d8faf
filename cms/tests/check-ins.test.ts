import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONSENT_VERSION } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { MailCatcher, type ReceivedMail } from './helpers/mail-catcher';
import { backOfficeError, mailLinks, readJson, resultsOf } from './helpers/http';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { outboxOf, type DurableOutbox } from '../src/outbox';
import { OUTBOX_TABLE } from '../src/outbox/table';
import { CHECK_IN_ANSWERS_TABLE } from '../src/check-ins';
import { signLink, verifyLink } from '../src/check-ins/links';
import { configOf } from '../src/config';
import { timelineOf } from '../src/matching/timeline';

/** The site's address in links; on loopback, where nothing listens: the pages' attempt to read the site's layout (site-shell.ts) never leaves the machine. */
const SITE_URL = 'http://127.0.0.1:9';
const DAY_MS = 24 * 3_600_000;

const catcher = new MailCatcher();
let cms: TestCms;
let strapi: Core.Strapi;
let outbox: DurableOutbox;
let staff: ReturnType<typeof staffFetch>;
let counter = 0;

beforeAll(async () => {
  await catcher.start();
  cms = await startCms({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), SITE_URL, CHECK_IN_DAYS: '7,42', CHECK_IN_NO_ANSWER_DAYS: '5' });
  strapi = cms.strapi;
  outbox = outboxOf(strapi);
  staff = staffFetch(cms, await staffToken(cms, 'backOffice'));
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

interface Person {
  contactName: string;
  formLocale: 'nl' | 'fr' | 'en';
  email?: string;
  phone: string;
}

const basics = (prefix: string, person: Person) => ({
  reference: `CB-${prefix}${String(++counter).padStart(3, '0')}`,
  channel: 'phone' as const,
  consentVersion: CONSENT_VERSION,
  consentedAt: new Date().toISOString(),
  description: 'Wandelen op dinsdag.',
  ...person,
});
const created = z.looseObject({ documentId: z.string(), reference: z.string() });

async function helpRequest(person: Person, urgency: 'normal' | 'urgent' = 'normal') {
  return created.parse(
    await strapi
      .documents('api::help-request.help-request')
      .create({ data: { ...REQUEST_DEFAULTS, ...basics('RQ', person), urgency, caseStatus: 'in-progress' } }),
  );
}
async function helpOffer(person: Person) {
  return created.parse(
    await strapi
      .documents('api::help-offer.help-offer')
      .create({ data: { ...OFFER_DEFAULTS, ...SCREENED_TODAY, ...basics('OF', person), caseStatus: 'available' } }),
  );
}

/** A match made and confirmed the way staff do it, through the back office's routes. */
async function confirmedMatch(requester: Person, volunteer: Person) {
  const request = await helpRequest(requester);
  const offer = await helpOffer(volunteer);
  const made = await readJson(
    await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } }),
    z.looseObject({ documentId: z.string() }),
  );
  const moved = await staff(`/back-office/matches/${made.documentId}`, { method: 'PUT', body: { status: 'contacted' } });
  expect(moved.status).toBe(200);
  await outbox.idle();
  return { request, offer, match: made.documentId };
}

const jobRow = z.object({ id: z.number(), kind: z.string(), payload: z.string(), next_attempt_at: z.coerce.number(), status: z.string() });
const jobPayload = z.object({ match: z.string(), person: z.string(), checkIn: z.number() });

async function jobsOf(kind: string, match: string) {
  const rows = z.array(jobRow).parse(await strapi.db.connection(OUTBOX_TABLE).where({ kind }).select('id', 'kind', 'payload', 'next_attempt_at', 'status'));
  return rows.map((row) => ({ ...row, payload: jobPayload.parse(JSON.parse(row.payload)) })).filter((row) => row.payload.match === match);
}

/** Moves time for the jobs: what was due later is due now (as the schedule tests move due dates). */
async function makeDue(kind: string, match: string, person: string, checkIn: number): Promise<void> {
  const job = (await jobsOf(kind, match)).find((row) => row.payload.person === person && row.payload.checkIn === checkIn);
  expect(job, `${kind} ${person} ${checkIn}`).toBeDefined();
  await strapi.db.connection(OUTBOX_TABLE).where({ id: job!.id }).update({ next_attempt_at: Date.now(), created_at: Date.now() });
  await outbox.idle();
}

const CHECK_IN_URL = /http:\/\/127\.0\.0\.1:9\/api\/check-ins\/[A-Za-z0-9_.-]+\?answer=[a-z-]+&locale=[a-z]{2}/g;
const CONCERN_URL = /http:\/\/127\.0\.0\.1:9\/api\/concerns\/[A-Za-z0-9_.-]+\?locale=[a-z]{2}/g;

function linksIn(mail: ReceivedMail | undefined) {
  const text = mail?.text ?? '';
  const answers = [...text.matchAll(CHECK_IN_URL)].map((found) => found[0]);
  const concerns = [...text.matchAll(CONCERN_URL)].map((found) => found[0]);
  return { answers, concern: concerns[0] ?? '' };
}

/** The mails' links, opened and posted to as nginx passes them to the CMS. */
const { open, post } = mailLinks(() => cms.url);

const tokenOf = (link: string) => new URL(link).pathname.split('/').at(-1) ?? '';

async function requestState(documentId: string) {
  const row = await strapi.documents('api::help-request.help-request').findOne({ documentId, fields: ['urgency', 'concernOpen'] });
  return { urgency: row?.urgency, concernOpen: row?.concernOpen === true };
}

async function answersCount(match: string): Promise<number> {
  const [row] = z
    .array(z.object({ count: z.coerce.number() }))
    .parse(await strapi.db.connection(CHECK_IN_ANSWERS_TABLE).where({ match_document_id: match }).count({ count: '*' }));
  return row?.count ?? 0;
}

const josiane: Person = { contactName: 'Josiane Leclercq', formLocale: 'fr', email: 'josiane.checkin@example.be', phone: '02 555 44 33' };
const pieter: Person = { contactName: 'Pieter Janssens', formLocale: 'nl', email: 'pieter.checkin@example.be', phone: '0470 12 34 56' };

describe('check-ins after a match', () => {
  let scene: Awaited<ReturnType<typeof confirmedMatch>>;
  let requesterMail: ReceivedMail | undefined;

  beforeAll(async () => {
    scene = await confirmedMatch(josiane, pieter);
  });

  it('stores a check-in job per person and per check-in day when contact is confirmed, held back until its day', async () => {
    const jobs = await jobsOf('check-in-mail', scene.match);
    expect(jobs.map((job) => `${job.payload.person}@${job.payload.checkIn}`).sort()).toEqual(['requester@42', 'requester@7', 'volunteer@42', 'volunteer@7']);
    for (const job of jobs) {
      expect(job.status).toBe('pending');
      expect(Math.abs(job.next_attempt_at - (Date.now() + job.payload.checkIn * DAY_MS))).toBeLessThan(10 * 60_000);
    }
    // Nothing is sent before its day.
    expect(catcher.mails.filter((mail) => mail.subject.includes('Comment cela se passe'))).toEqual([]);
  });

  it('sends the check-in on its day in the person’s language, with one link per answer and a concern link', async () => {
    await makeDue('check-in-mail', scene.match, 'requester', 7);
    [requesterMail] = catcher.about(scene.request.reference, josiane.email!).filter((mail) => mail.subject.startsWith('Comment cela se passe'));
    expect(requesterMail?.subject).toBe(`Comment cela se passe-t-il avec votre bénévole\u00a0? (référence ${scene.request.reference})`);
    expect(requesterMail?.html).toContain('<html lang="fr">');
    for (const words of [
      'Tout se passe bien',
      'Nous ne nous sommes pas encore rencontrés',
      'Cela ne fonctionne pas',
      'Appelez-moi, s’il vous plaît',
      'Signaler une inquiétude',
    ])
      expect(requesterMail?.text).toContain(words);
    const { answers, concern } = linksIn(requesterMail);
    expect(answers.map((link) => new URL(link).searchParams.get('answer'))).toEqual(['going-well', 'not-met-yet', 'not-working', 'call-me']);
    expect(concern).not.toBe('');
    // Nothing personal in a link: no name, no address, no reference.
    for (const link of [...answers, concern])
      for (const personal of ['Josiane', 'Leclercq', josiane.email!, scene.request.reference]) expect(link).not.toContain(personal);
    // The volunteer's mail waits for its own job.
    expect(catcher.about(scene.offer.reference, pieter.email!).filter((mail) => mail.subject.startsWith('Hoe gaat het'))).toEqual([]);
  });

  it('shows the answer page on GET without recording anything (mail scanners open links)', async () => {
    const callMe = linksIn(requesterMail).answers[3]!;
    for (let n = 0; n < 3; n++) {
      const page = await open(callMe);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="fr-BE">');
      expect(html).toContain('Comment cela se passe-t-il\u00a0?');
      expect(html).toMatch(/<form method="post" action="\/api\/check-ins\/[^"]+\?locale=fr">/);
      expect(html).toMatch(/value="call-me" required checked/);
      for (const personal of ['Josiane', 'Leclercq', 'Pieter', scene.request.reference, scene.offer.reference]) expect(html).not.toContain(personal);
    }
    expect(await answersCount(scene.match)).toBe(0);
    expect(await requestState(scene.request.documentId)).toEqual({ urgency: 'normal', concernOpen: false });
    expect((await timelineOf(strapi, { helpRequest: scene.request.documentId })).filter((entry) => entry.kind.startsWith('check-in'))).toEqual([]);
  });

  it('records "please call me" posted without JavaScript: a line on the timeline, the case urgent', async () => {
    const callMe = linksIn(requesterMail).answers[3]!;
    const answered = await post(callMe, { answer: 'call-me', locale: 'fr' });
    expect(answered.status).toBe(200);
    const html = await answered.text();
    expect(html).toContain('Merci, nous avons bien reçu votre réponse');
    expect(html).toContain('Une personne de notre équipe vous appelle');
    const lines = (await timelineOf(strapi, { helpRequest: scene.request.documentId })).filter((entry) => entry.kind === 'check-in-call-me');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ person: 'requester', matchKind: 'match', author: null });
    expect((await requestState(scene.request.documentId)).urgency).toBe('urgent');
    // Someone was found (the request is matched), and yet the default queue shows it: it needs a call.
    const queue = await readJson(await staff('/back-office/requests'), resultsOf(z.looseObject({ documentId: z.string(), caseStatus: z.string() })));
    expect(queue.results).toContainEqual(expect.objectContaining({ documentId: scene.request.documentId, caseStatus: 'matched' }));
  });

  it('refuses a replayed answer with a clear page and changes nothing, whatever the answer posted', async () => {
    const { answers } = linksIn(requesterMail);
    for (const [link, answer] of [
      [answers[3]!, 'call-me'],
      [answers[0]!, 'going-well'],
    ] as const) {
      const again = await post(link, { answer, locale: 'fr' });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('Vous avez déjà répondu');
    }
    const again = await open(answers[0]!);
    expect(again.status).toBe(409);
    expect(await answersCount(scene.match)).toBe(1);
    const lines = (await timelineOf(strapi, { helpRequest: scene.request.documentId })).filter((entry) => entry.kind.startsWith('check-in'));
    expect(lines.map((entry) => entry.kind)).toEqual(['check-in-call-me']);
  });

  it('refuses an expired link, a changed signature, a link changed to another match, and a concern link used as an answer link, each with a localized page', async () => {
    const other = await confirmedMatch(
      { ...josiane, email: 'other.requester@example.be', formLocale: 'en' },
      { ...pieter, email: 'other.volunteer@example.be' },
    );
    const { secret } = configOf(strapi).checkIns;
    const valid = tokenOf(linksIn(requesterMail).answers[1]!);
    const grant = verifyLink(valid, 'check-in', secret);
    expect(grant.ok).toBe(true);
    const expired = signLink(
      { purpose: 'check-in', match: other.match, person: 'requester', checkIn: 7, expiresAt: Math.floor(Date.now() / 1000) - 60 },
      secret,
    );
    const [payload = '', signature = ''] = valid.split('.');
    const flipped = `${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const anotherMatch = `${Buffer.from(JSON.stringify({ p: 'check-in', m: other.match, w: 'requester', c: 7, e: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')}.${signature}`;
    const concernToken = tokenOf(linksIn(requesterMail).concern);
    const cases = [
      { token: expired, locale: 'en', status: 410, words: 'This link has expired' },
      { token: flipped, locale: 'nl', status: 404, words: 'Deze link werkt niet' },
      { token: anotherMatch, locale: 'en', status: 404, words: 'This link does not work' },
      { token: concernToken, locale: 'fr', status: 404, words: 'Ce lien ne fonctionne pas' },
    ];
    for (const { token, locale, status, words } of cases) {
      const link = `${SITE_URL}/api/check-ins/${token}?answer=call-me&locale=${locale}`;
      const shown = await open(link);
      expect(shown.status, words).toBe(status);
      expect(await shown.text()).toContain(words);
      const posted = await post(link, { answer: 'call-me', locale });
      expect(posted.status, words).toBe(status);
      expect(await posted.text()).toContain(words);
    }
    expect(await answersCount(other.match)).toBe(0);
    expect(await requestState(other.request.documentId)).toEqual({ urgency: 'normal', concernOpen: false });
    expect((await timelineOf(strapi, { helpRequest: other.request.documentId })).filter((entry) => entry.kind.startsWith('check-in'))).toEqual([]);
  });

  it('refuses an answer posted from a page of another site', async () => {
    const link = linksIn(requesterMail).answers[2]!;
    const refused = await post(link, { answer: 'not-working', locale: 'fr' }, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(await answersCount(scene.match)).toBe(1);
  });

  it('puts an unanswered check-in on the follow-up list once its time has passed', async () => {
    await makeDue('check-in-mail', scene.match, 'volunteer', 7);
    const [toVolunteer] = catcher.about(scene.offer.reference, pieter.email!).filter((mail) => mail.subject.startsWith('Hoe gaat het'));
    expect(toVolunteer?.subject).toBe(`Hoe gaat het met je koppeling? (referentie ${scene.offer.reference})`);
    expect(linksIn(toVolunteer).answers).toHaveLength(4);
    const followUps = async () =>
      (await readJson(await staff('/back-office/follow-ups'), resultsOf(z.looseObject({ documentId: z.string() })))).results.map((row) => row.documentId);
    expect(await followUps()).not.toContain(scene.match);
    await makeDue('check-in-no-answer', scene.match, 'volunteer', 7);
    expect(await followUps()).toContain(scene.match);
    const lines = (await timelineOf(strapi, { helpOffer: scene.offer.documentId })).filter((entry) => entry.kind === 'check-in-unanswered');
    expect(lines.map((entry) => entry.person)).toEqual(['volunteer']);
    // The requester answered: their no-answer check changes nothing.
    await makeDue('check-in-no-answer', scene.match, 'requester', 7);
    const requesterLines = (await timelineOf(strapi, { helpRequest: scene.request.documentId })).filter((entry) => entry.kind === 'check-in-unanswered');
    expect(requesterLines.map((entry) => entry.person)).toEqual(['volunteer']);
  });
});

describe('report a concern', () => {
  const CONCERN_TEXT = 'Il m’a demandé de l’argent pour ses courses (zorg-tekst-K42).';

  it('takes a concern from the mail’s link without JavaScript: the request heads the urgent queue, the other person never sees it', async () => {
    // An older urgent request: a concern goes above it.
    const older = await helpRequest({ ...josiane, email: 'older.urgent@example.be', contactName: 'Older Urgent' }, 'urgent');
    const scene = await confirmedMatch({ ...josiane, email: 'concern.requester@example.be' }, { ...pieter, email: 'concern.volunteer@example.be' });
    const [matchMail] = catcher.about(scene.request.reference, 'concern.requester@example.be').filter((mail) => mail.subject.startsWith('Nous avons trouvé'));
    const concernLink = linksIn(matchMail).concern;
    expect(concernLink).not.toBe('');

    const form = await open(concernLink);
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    expect(formHtml).toContain('Signaler une inquiétude');
    expect(formHtml).toContain('l’autre personne ne le voit jamais');
    expect((await requestState(scene.request.documentId)).concernOpen).toBe(false);

    const empty = await post(concernLink, { text: '  ', locale: 'fr' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Écrivez en quelques mots ce qui vous inquiète.');
    expect((await requestState(scene.request.documentId)).concernOpen).toBe(false);

    const sent = await post(concernLink, { text: CONCERN_TEXT, callMe: 'on', locale: 'fr' });
    expect(sent.status).toBe(200);
    const thanks = await sent.text();
    expect(thanks).toContain('Merci de nous l’avoir dit');
    expect(thanks).not.toContain('zorg-tekst-K42');
    expect(await requestState(scene.request.documentId)).toEqual({ urgency: 'urgent', concernOpen: true });
    const lines = (await timelineOf(strapi, { helpRequest: scene.request.documentId })).filter((entry) => entry.kind.startsWith('concern'));
    expect(lines).toMatchObject([{ kind: 'concern-call-me', person: 'requester', text: CONCERN_TEXT }]);

    const queue = await readJson(
      await staff('/back-office/requests'),
      resultsOf(z.looseObject({ documentId: z.string(), urgency: z.string(), concernOpen: z.boolean() })),
    );
    expect(queue.results[0]).toMatchObject({ documentId: scene.request.documentId, concernOpen: true });
    expect(queue.results.findIndex((row) => row.documentId === older.documentId)).toBeGreaterThan(0);

    // The volunteer's check-in, and the pages behind its links, know nothing of it.
    await makeDue('check-in-mail', scene.match, 'volunteer', 7);
    const [toVolunteer] = catcher.about(scene.offer.reference, 'concern.volunteer@example.be').filter((mail) => mail.subject.startsWith('Hoe gaat het'));
    expect(toVolunteer).toBeDefined();
    for (const part of [toVolunteer?.raw, toVolunteer?.text, toVolunteer?.html]) {
      expect(part).not.toContain('zorg-tekst-K42');
      expect(part).not.toMatch(/zorg gemeld|inquiétude signalée/i);
    }
    const volunteerLinks = linksIn(toVolunteer);
    for (const link of [volunteerLinks.answers[0]!, volunteerLinks.concern]) {
      const html = await (await open(link)).text();
      expect(html).not.toContain('zorg-tekst-K42');
    }
  });

  it('lets staff record a concern from a phone call and pause the match: no more check-in mails while paused', async () => {
    const scene = await confirmedMatch({ ...josiane, email: 'phone.requester@example.be' }, { ...pieter, email: 'phone.volunteer@example.be' });
    const refused = await staff(`/back-office/matches/${scene.match}/concerns`, { method: 'POST', body: { person: 'volunteer', text: '' } });
    expect(refused.status).toBe(400);
    expect((await readJson(refused, backOfficeError)).error.fields).toHaveProperty('text');
    expect((await requestState(scene.request.documentId)).concernOpen).toBe(false);

    const recorded = await staff(`/back-office/matches/${scene.match}/concerns`, {
      method: 'POST',
      body: { person: 'volunteer', text: 'Belde: voelt zich niet op zijn gemak (telefoon-zorg-T7).', pauseMatch: true },
    });
    expect(recorded.status).toBe(201);
    expect(await requestState(scene.request.documentId)).toEqual({ urgency: 'urgent', concernOpen: true });
    const timeline = await timelineOf(strapi, { helpOffer: scene.offer.documentId });
    expect(timeline.find((entry) => entry.kind === 'concern')).toMatchObject({ person: 'volunteer', author: { name: 'backOffice Test' } });
    expect(timeline.some((entry) => entry.kind === 'match-paused')).toBe(true);
    const details = await readJson(
      await staff(`/back-office/requests/${scene.request.documentId}`),
      z.looseObject({ matches: z.array(z.looseObject({ documentId: z.string(), paused: z.boolean() })) }),
    );
    expect(details.matches.find((match) => match.documentId === scene.match)?.paused).toBe(true);

    const before = catcher.mails.length;
    await makeDue('check-in-mail', scene.match, 'requester', 7);
    expect(catcher.mails.slice(before).filter((mail) => mail.to.includes('phone.requester@example.be'))).toEqual([]);

    // Staff take the urgency off once they dealt with it: the concern no longer heads the queue.
    const done = await staff(`/back-office/requests/${scene.request.documentId}/actions`, { method: 'POST', body: { action: 'unmark-urgent' } });
    expect(done.status).toBe(200);
    expect(await requestState(scene.request.documentId)).toEqual({ urgency: 'normal', concernOpen: false });
  });
});
