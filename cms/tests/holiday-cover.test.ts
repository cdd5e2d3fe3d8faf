import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { AWAY_MAX_DAYS, CONSENT_VERSION, addDays, brusselsDay, type Locale } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { backOfficeError, mailLinks, parseJson, readJson } from './helpers/http';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { timelineOf } from '../src/matching/timeline';
import { MailCatcher } from './helpers/mail-catcher';
import { outboxOf } from '../src/outbox';
import { configOf } from '../src/config';
import { awayUrl, signAwayLink, verifyAwayLink } from '../src/holiday-cover/links';
import { checkInMail } from '../src/notifications/templates/check-in';
import { followUpDigest } from '../src/notifications/templates/follow-up-digest';
import { sendFollowUpDigest } from '../src/notifications/back-office';
import { awayMatches } from '../src/holiday-cover';

/**
 * Holiday cover (issue #14): staff set a volunteer's away days and capacity on the offer's page; the
 * API checks them field by field in the staff member's language and stores nothing wrong.
 */

const OFFER = 'api::help-offer.help-offer';
const HOSTILE = '<script>alert("x")</script>';

let cms: TestCms;
let strapi: Core.Strapi;
let staff: ReturnType<typeof staffFetch>;
let counter = 0;

/** The site's address in links; on loopback, where nothing listens: the pages' attempt to read the site's layout (site-shell.ts) never leaves the machine. */
const SITE_URL = 'http://127.0.0.1:9';
/** The away link's own lifetime, shorter here than the concern link's (180 days by default). */
const AWAY_LINK_DAYS = 21;
/** A staff member who chose French in the admin, and a shared mailbox (English, the default). */
const STAFF_FR = 'coordination@staff.example.org';
const SHARED_MAILBOX = 'team@connecting-brussels.test';
const catcher = new MailCatcher();

beforeAll(async () => {
  await catcher.start();
  cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    SITE_URL,
    STAFF_NOTIFICATION_EMAIL: `${STAFF_FR},${SHARED_MAILBOX}`,
    AWAY_LINK_DAYS: String(AWAY_LINK_DAYS),
  });
  strapi = cms.strapi;
  staff = staffFetch(cms, await staffToken(cms, 'backOffice'));
  await staffToken(cms, 'backOffice', STAFF_FR);
  await strapi.db.query('admin::user').update({ where: { email: STAFF_FR }, data: { preferedLanguage: 'fr' } });
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

const today = () => brusselsDay(new Date());
const created = z.looseObject({ documentId: z.string(), reference: z.string() });
const basics = (prefix: string, formLocale: Locale = 'nl') => ({
  reference: `CB-${prefix}${String(++counter).padStart(3, '0')}`,
  channel: 'phone' as const,
  consentVersion: CONSENT_VERSION,
  consentedAt: new Date().toISOString(),
  description: 'Wandelen op dinsdag.',
  contactName: 'Vrijwilliger',
  formLocale,
  phone: '+32470000000',
});

async function helpOffer(person: { formLocale?: Locale; contactName?: string; email?: string } = {}) {
  return created.parse(
    await strapi
      .documents(OFFER)
      .create({ data: { ...OFFER_DEFAULTS, ...SCREENED_TODAY, ...basics('HO', person.formLocale), ...person, caseStatus: 'available' } }),
  );
}
async function helpRequest() {
  return created.parse(
    await strapi
      .documents('api::help-request.help-request')
      .create({ data: { ...REQUEST_DEFAULTS, ...basics('HR'), urgency: 'normal', caseStatus: 'in-progress' } }),
  );
}
const stored = (documentId: string) =>
  strapi.db.query(OFFER).findOne({ where: { documentId }, select: ['awayFrom', 'awayUntil', 'capacity', 'caseStatus'] }) as Promise<Record<string, unknown>>;

const availability = (documentId: string, body: unknown, headers: Record<string, string> = {}) =>
  staff(`/back-office/offers/${documentId}/availability`, { method: 'PUT', body, headers });

async function refused(response: Response, fields: string[]) {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  expect(text).not.toContain('alert');
  const { error } = parseJson(text, backOfficeError);
  for (const field of fields) expect(error.fields?.[field], `${field} in ${text}`).toEqual(expect.any(String));
  return error.fields ?? {};
}

const offerPage = z.looseObject({
  awayFrom: z.string().nullable(),
  awayUntil: z.string().nullable(),
  capacity: z.number(),
  capacityGiven: z.number().nullable(),
});

describe('staff set and clear an offer’s away days and capacity', () => {
  it('saves the days and the capacity, shows them on the offer’s page and writes a line on its timeline', async () => {
    const offer = await helpOffer();
    const from = addDays(today(), 3);
    const until = addDays(today(), 10);
    const saved = await availability(offer.documentId, { awayFrom: from, awayUntil: until, capacity: 3 });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: from, awayUntil: until, capacity: 3, caseStatus: 'available' });
    const page = await readJson(await staff(`/back-office/offers/${offer.documentId}`), offerPage);
    expect(page).toMatchObject({ awayFrom: from, awayUntil: until, capacity: 3, capacityGiven: 3 });
    const timeline = await timelineOf(strapi, { helpOffer: offer.documentId });
    expect(timeline.map((entry) => entry.kind)).toContain('availability-changed');

    const cleared = await availability(offer.documentId, { awayFrom: '', awayUntil: '', capacity: null });
    expect(cleared.status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null, capacity: null });
    expect(await readJson(await staff(`/back-office/offers/${offer.documentId}`), offerPage)).toMatchObject({
      awayFrom: null,
      capacity: 1,
      capacityGiven: null,
    });
  });

  it('keeps the capacity when left out, and a lower capacity makes an offer with as many open matches busy', async () => {
    const offer = await helpOffer();
    expect((await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 2 })).status).toBe(200);
    const request = await helpRequest();
    const made = await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } });
    expect(made.status, await made.clone().text()).toBe(201);
    expect(await stored(offer.documentId)).toMatchObject({ capacity: 2, caseStatus: 'available' });
    expect((await availability(offer.documentId, { awayFrom: addDays(today(), 1), awayUntil: addDays(today(), 2) })).status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ capacity: 2, caseStatus: 'available' });
    expect((await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 1 })).status).toBe(200);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, capacity: 1, caseStatus: 'busy' });
  });

  it('an offer away today is not suggested or matched, with the reason in words', async () => {
    const offer = await helpOffer();
    expect((await availability(offer.documentId, { awayFrom: today(), awayUntil: addDays(today(), 5) })).status).toBe(200);
    const request = await helpRequest();
    const made = await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } });
    expect(made.status).toBe(409);
  });
});

describe('wrong away days and capacities: 400 field by field in the staff language, nothing stored', () => {
  it('refuses half a period, days that are no days, a last day before the first or past, too long, and capacities outside 1 to 10', async () => {
    const offer = await helpOffer();
    const before = await stored(offer.documentId);
    const cases: [unknown, string[]][] = [
      [{ awayFrom: addDays(today(), 1), awayUntil: '' }, ['awayUntil']],
      [{ awayFrom: '2027-02-30', awayUntil: HOSTILE }, ['awayFrom', 'awayUntil']],
      [{ awayFrom: addDays(today(), 5), awayUntil: addDays(today(), 4) }, ['awayUntil']],
      [{ awayFrom: addDays(today(), -5), awayUntil: addDays(today(), -1) }, ['awayUntil']],
      [{ awayFrom: today(), awayUntil: addDays(today(), AWAY_MAX_DAYS) }, ['awayUntil']],
      [{ awayFrom: null, awayUntil: null, capacity: 11 }, ['capacity']],
      [{ awayFrom: null, awayUntil: null, capacity: 0 }, ['capacity']],
      [{ awayFrom: null, awayUntil: null, capacity: 2.5 }, ['capacity']],
      [{ awayFrom: { $ne: null }, awayUntil: null }, ['awayFrom']],
    ];
    for (const [body, fields] of cases) await refused(await availability(offer.documentId, body), fields);
    expect(await stored(offer.documentId)).toEqual(before);
  });

  it('says what is wrong in Dutch, French and English', async () => {
    const offer = await helpOffer();
    const backwards = { awayFrom: addDays(today(), 5), awayUntil: addDays(today(), 4) };
    expect((await refused(await availability(offer.documentId, backwards, { 'accept-language': 'nl' }), ['awayUntil'])).awayUntil).toBe(
      'De laatste dag valt vóór de eerste. Geef een laatste dag op of na de eerste.',
    );
    const past = { awayFrom: addDays(today(), -5), awayUntil: addDays(today(), -1) };
    expect((await refused(await availability(offer.documentId, past, { 'accept-language': 'fr-BE' }), ['awayUntil'])).awayUntil).toBe(
      'Ce jour est passé. Indiquez aujourd’hui ou un jour plus tard.',
    );
    const long = { awayFrom: today(), awayUntil: addDays(today(), AWAY_MAX_DAYS) };
    expect((await refused(await availability(offer.documentId, long), ['awayUntil'])).awayUntil).toBe(
      `This is longer than ${AWAY_MAX_DAYS} days. For a longer absence, pause the offer instead.`,
    );
    expect(
      (await refused(await availability(offer.documentId, { awayFrom: null, awayUntil: null, capacity: 11 }, { 'accept-language': 'nl' }), ['capacity']))
        .capacity,
    ).toBe('Geef een geheel getal van hoogstens 10.');
  });

  it('answers 404 for an unknown offer and refuses a hostile id', async () => {
    expect((await availability('zz0000000000000000000000', { awayFrom: null, awayUntil: null })).status).toBe(404);
    const hostile = await availability(encodeURIComponent("x' OR 1=1"), { awayFrom: null, awayUntil: null });
    expect([400, 404]).toContain(hostile.status);
  });
});

const AWAY_URL = /http:\/\/127\.0\.0\.1:9\/api\/away\/[A-Za-z0-9_.-]+\?locale=[a-z]{2}/;

/** The mails' links, opened and posted to as nginx passes them to the CMS. */
const { open, post } = mailLinks(() => cms.url);

/** A match confirmed the way staff do it; the volunteer's mail (in their language) carries the away link. */
async function confirmedMatchMail(locale: 'nl' | 'fr' | 'en') {
  const email = `volunteer-${++counter}@example.org`;
  const offer = await helpOffer({ formLocale: locale, contactName: 'Marguerite Dupont', email });
  const request = await helpRequest();
  const made = await readJson(
    await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } }),
    z.looseObject({ documentId: z.string() }),
  );
  expect((await staff(`/back-office/matches/${made.documentId}`, { method: 'PUT', body: { status: 'contacted' } })).status).toBe(200);
  await outboxOf(strapi).idle();
  const mail = catcher.about(offer.reference, email).find((received) => AWAY_URL.test(received.text));
  const link = AWAY_URL.exec(mail?.text ?? '')?.[0] ?? '';
  return { offer, request, mail, link };
}

describe('a volunteer gives their away days through the link in their mails, without JavaScript', () => {
  it('finds the link in the match mail, in their language, with nothing personal in it', async () => {
    const { offer, mail, link } = await confirmedMatchMail('fr');
    expect(mail?.subject).toContain('Nous avons trouvé quelqu’un que vous pouvez aider');
    expect(mail?.text).toContain('Indiquer mon absence');
    expect(link).not.toBe('');
    expect(new URL(link).searchParams.get('locale')).toBe('fr');
    for (const personal of ['Marguerite', 'Dupont', offer.reference]) expect(link).not.toContain(personal);
  });

  it('shows the page on GET in their language, changing nothing and showing nothing personal', async () => {
    const { offer, link } = await confirmedMatchMail('nl');
    for (let n = 0; n < 2; n++) {
      const page = await open(link);
      expect(page.status).toBe(200);
      const body = await page.text();
      expect(body).toContain('<html lang="nl-BE"');
      expect(body).toContain('Ben je een tijdje weg?');
      expect(body).not.toContain('<script');
      for (const personal of ['Marguerite', 'Dupont', offer.reference, '+32470000000']) expect(body).not.toContain(personal);
    }
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null });
  });

  it('answers wrong days field by field in their language and records nothing', async () => {
    const { offer, link } = await confirmedMatchMail('fr');
    const backwards = await post(link, { locale: 'fr', awayFrom: addDays(today(), 5), awayUntil: addDays(today(), 4) });
    expect(backwards.status).toBe(422);
    const page = await backwards.text();
    expect(page).toContain('Le dernier jour précède le premier.');
    expect(page).toContain('aria-invalid="true"');
    const hostile = await post(link, { locale: 'fr', awayFrom: '<script>alert(1)</script>', awayUntil: '' });
    expect(hostile.status).toBe(422);
    const hostilePage = await hostile.text();
    expect(hostilePage).not.toContain('<script>alert');
    expect(hostilePage).toContain('Indiquez une date (jour, mois et année).');
    expect(hostilePage).toContain('Indiquez les deux jours.');
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null });
  });

  it('saves the days once, on the offer’s timeline; the same link posted again is refused and changes nothing', async () => {
    const { offer, link } = await confirmedMatchMail('en');
    const from = addDays(today(), 2);
    const until = addDays(today(), 9);
    const saved = await post(link, { locale: 'en', awayFrom: from, awayUntil: until });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Thank you, we have your days');
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: from, awayUntil: until });
    const timeline = await timelineOf(strapi, { helpOffer: offer.documentId });
    expect(timeline.filter((entry) => entry.kind === 'availability-changed')).toHaveLength(1);

    const replayed = await post(link, { locale: 'en', intent: 'clear' });
    expect(replayed.status).toBe(409);
    expect(await replayed.text()).toContain('This link has already been used');
    expect((await open(link)).status).toBe(409);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: from, awayUntil: until });
  });

  it('clears the days with the "not away" form', async () => {
    const { offer, link } = await confirmedMatchMail('nl');
    await strapi.documents(OFFER).update({ documentId: offer.documentId, data: { awayFrom: addDays(today(), 1), awayUntil: addDays(today(), 3) } });
    const page = await (await open(link)).text();
    expect(page).toContain('Ik ben niet weg');
    const cleared = await post(link, { locale: 'nl', intent: 'clear' });
    expect(cleared.status).toBe(200);
    expect(await cleared.text()).toContain('we rekenen weer op je');
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null });
  });

  it('makes away links that work for AWAY_LINK_DAYS, not the concern link’s lifetime', () => {
    const now = new Date();
    const token = awayUrl(strapi, 'abcdefghij0123456789', 'nl', now).match(/\/api\/away\/([^?]+)/)?.[1] ?? '';
    const secret = configOf(strapi).checkIns.secret;
    const daysLater = (days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000);
    expect(verifyAwayLink(token, secret, daysLater(AWAY_LINK_DAYS - 1))).toMatchObject({ ok: true, grant: { offer: 'abcdefghij0123456789' } });
    expect(verifyAwayLink(token, secret, daysLater(AWAY_LINK_DAYS + 1))).toEqual({ ok: false, refusal: 'expired' });
  });

  it('refuses an expired, a tampered or a cross-site link with a page in the volunteer’s language, recording nothing', async () => {
    const { offer, link } = await confirmedMatchMail('fr');
    const token = new URL(link).pathname.split('/').at(-1) ?? '';
    const expired = signAwayLink({ offer: offer.documentId, expiresAt: Math.floor(Date.now() / 1000) - 60 }, configOf(strapi).checkIns.secret);
    const expiredPage = await open(`${SITE_URL}/api/away/${expired}?locale=fr`);
    expect(expiredPage.status).toBe(410);
    expect(await expiredPage.text()).toContain('Ce lien a expiré');
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const tamperedPost = await post(`${SITE_URL}/api/away/${tampered}?locale=fr`, { locale: 'fr', awayFrom: today(), awayUntil: addDays(today(), 1) });
    expect(tamperedPost.status).toBe(404);
    expect(await tamperedPost.text()).toContain('Ce lien ne fonctionne pas');
    const crossSite = await post(
      link,
      { locale: 'fr', awayFrom: today(), awayUntil: addDays(today(), 1) },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(await stored(offer.documentId)).toMatchObject({ awayFrom: null, awayUntil: null });
    // The link still works after those refusals: none of them used it up.
    expect((await open(link)).status).toBe(200);
  });

  it('the volunteer’s check-in mail carries the away link too', () => {
    const mail = checkInMail(
      'volunteer',
      { reference: 'CB-OF999', formLocale: 'nl', contactName: 'Pieter' },
      { answers: { 'going-well': 'a', 'not-met-yet': 'b', 'not-working': 'c', 'call-me': 'd' }, concern: 'e', away: `${SITE_URL}/api/away/x?locale=nl` },
      {},
    );
    expect(mail.text).toContain('Mijn afwezigheid doorgeven');
    expect(mail.text).toContain(`${SITE_URL}/api/away/x?locale=nl`);
  });
});

describe('the 07:00 digest lists the people whose volunteer is away in the coming week', () => {
  const DAY = '2027-06-01';

  async function matchAway(awayFrom: string | null, awayUntil: string | null, status: 'contacted' | 'ended' = 'contacted') {
    const offer = await helpOffer({ contactName: 'Digest Vrijwilliger' });
    const request = await helpRequest();
    const made = await readJson(
      await staff('/back-office/matches', { method: 'POST', body: { helpRequest: request.documentId, helpOffer: offer.documentId } }),
      z.looseObject({ documentId: z.string() }),
    );
    if (status === 'ended') {
      expect((await staff(`/back-office/matches/${made.documentId}`, { method: 'PUT', body: { status: 'contacted' } })).status).toBe(200);
    }
    expect((await staff(`/back-office/matches/${made.documentId}`, { method: 'PUT', body: { status } })).status).toBe(200);
    if (awayFrom && awayUntil) await strapi.documents(OFFER).update({ documentId: offer.documentId, data: { awayFrom, awayUntil } });
    return { request: request.reference, offer: offer.reference };
  }

  it('lists open matches whose volunteer is away from today to today + 7 days, in each staff member’s language, with references only', async () => {
    const away = await matchAway('2027-06-05', '2027-06-20');
    const awayToday = await matchAway('2027-05-20', '2027-06-01');
    const later = await matchAway('2027-06-09', '2027-06-20');
    const back = await matchAway('2027-05-01', '2027-05-31');
    const ended = await matchAway('2027-06-02', '2027-06-03', 'ended');
    const here = await matchAway(null, null);
    const listed = (await awayMatches(strapi, DAY)).map((match) => match.offerReference);
    expect(listed).toEqual([away.offer, awayToday.offer]);

    expect(await sendFollowUpDigest(strapi, DAY)).toBeGreaterThanOrEqual(2);
    await outboxOf(strapi).idle();
    const french = catcher.mails.find((mail) => mail.to.includes(STAFF_FR) && mail.subject.includes('(1er juin 2027)'));
    const english = catcher.mails.find((mail) => mail.to.includes(SHARED_MAILBOX) && mail.subject.includes('(1 June 2027)'));
    expect(french?.text).toContain('Bénévole absent·e la semaine à venir\u00a0: appelez la personne aidée');
    expect(french?.text).toContain(`Demande ${away.request} avec l’offre ${away.offer}\u00a0: bénévole absent·e du 5 juin 2027 au 20 juin 2027`);
    expect(english?.text).toContain(`Request ${away.request} with offer ${away.offer}: volunteer away from 5 June 2027 to 20 June 2027`);
    expect(english?.text).toContain(`Request ${awayToday.request} with offer ${awayToday.offer}: volunteer away from 20 May 2027 to 1 June 2027`);
    for (const mail of [french, english]) {
      for (const notListed of [later, back, ended, here])
        expect(mail?.text).not.toMatch(new RegExp(`${notListed.offer}\\W+(?:volunteer away|bénévole absent)`));
      for (const personal of ['Digest Vrijwilliger', 'Vrijwilliger', '+32470000000', 'Wandelen']) expect(mail?.text).not.toContain(personal);
    }
  });

  it('a morning with only volunteers away still sends the digest, with a subject and a link that say so', () => {
    const line = { requestReference: 'CB-RQ0009', offerReference: 'CB-OF0009', awayFrom: '2027-06-05', awayUntil: '2027-06-12' };
    const mail = followUpDigest([], DAY, 'https://cms.example/admin/plugins/back-office/follow-ups', 'nl', [], [line]);
    expect(mail.subject).toBe('[Connecting Brussels] 1 persoon te bellen: vrijwilliger afwezig (1 juni 2027)');
    expect(mail.text).toContain('Hulpvraag CB-RQ0009 met aanbod CB-OF0009: vrijwilliger afwezig van 5 juni 2027 tot 12 juni 2027');
    expect(mail.text).toContain('https://cms.example/admin/plugins/back-office/follow-ups');
  });
});
