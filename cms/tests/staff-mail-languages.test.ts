import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONSENT_VERSION } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { readJson, referenceAnswer } from './helpers/http';
import { MailCatcher, type ReceivedMail } from './helpers/mail-catcher';
import { OFFER_DEFAULTS, SCREENED_TODAY, REQUEST_DEFAULTS } from './helpers/records';
import { adminToken, staffFetch } from './helpers/staff';
import { STAFF_ROLES } from '../src/access/staff-roles';
import { outboxOf, type DurableOutbox } from '../src/outbox';
import { sendFollowUpDigest } from '../src/notifications/back-office';
import { createMatch, createReferral } from '../src/matching/workflow';

/** Three staff members who chose their admin language, and a shared mailbox that belongs to no one. */
const STAFF = {
  nl: 'an.peeters@muntpunt.example',
  fr: 'claire.dubois@cocof.example',
  en: 'sam.taylor@vgc.example',
} as const;
const SHARED_MAILBOX = 'onthaal@connecting-brussels.test';
const PASSWORD = 'Staff-Password-2026';
const PUBLIC_CMS_URL = 'https://cms.connecting.brussels';

const catcher = new MailCatcher();
let cms: TestCms;
let strapi: Core.Strapi;
let outbox: DurableOutbox;

beforeAll(async () => {
  await catcher.start();
  cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    STAFF_NOTIFICATION_EMAIL: `${STAFF.nl}, ${STAFF.fr}; ${STAFF.en} ${SHARED_MAILBOX}`,
    STAFF_MAIL_DEFAULT_LANGUAGE: 'fr',
    PUBLIC_CMS_URL,
  });
  strapi = cms.strapi;
  outbox = outboxOf(strapi);
  const { id: role } = await strapi.service('admin::role').findOne({ code: STAFF_ROLES.backOffice.code });
  for (const [language, email] of Object.entries(STAFF)) {
    const user = await strapi
      .service('admin::user')
      .create({ email, firstname: language, lastname: 'Staff', password: PASSWORD, isActive: true, registrationToken: null, roles: [role] });
    // Chosen as a staff member does: Profile → Interface language, through the admin's own route.
    const asUser = staffFetch(cms, await adminToken(cms, email, PASSWORD));
    const saved = await asUser('/admin/users/me', { method: 'PUT', body: { preferedLanguage: language } });
    expect(saved.status, email).toBe(200);
    expect((await strapi.db.query('admin::user').findOne({ where: { id: user.id } })).preferedLanguage).toBe(language);
  }
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

/** The text part as written, whatever line ends it crossed the wire with. */
function lineFeeds(mail: ReceivedMail | undefined): ReceivedMail {
  if (!mail) throw new Error('No mail');
  return { ...mail, text: mail.text.replace(/\r\n/g, '\n') };
}
const whole = (mail: ReceivedMail | undefined) => `${mail?.subject}\n${mail?.text}\n${mail?.html}`;

/** Each recipient's mails about one reference: exactly one, addressed to them alone. */
function oneEach(reference: string): Record<keyof typeof STAFF | 'shared', ReceivedMail> {
  const mailTo = (address: string) => {
    const mails = catcher.about(reference, address);
    expect(mails, address).toHaveLength(1);
    expect(mails[0]?.to, address).toEqual([address]);
    expect(mails[0]?.raw, address).not.toMatch(new RegExp([...Object.values(STAFF), SHARED_MAILBOX].filter((other) => other !== address).join('|')));
    return lineFeeds(mails[0]);
  };
  return { nl: mailTo(STAFF.nl), fr: mailTo(STAFF.fr), en: mailTo(STAFF.en), shared: mailTo(SHARED_MAILBOX) };
}

/** No enumeration code, no boolean, no raw date: plain words only. */
function expectPlainWords(mail: ReceivedMail): void {
  expect(mail.text).not.toMatch(/\b(true|false|someone-else|in-progress|did-not-work-out)\b/);
  expect(mail.text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
}

describe('the mail to staff about a new submission', () => {
  it('reaches each staff member in the language they chose, in plain words, with the request’s back-office page', async () => {
    const response = await fetch(`${cms.url}/api/intake/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'staff-languages-0001' },
      body: JSON.stringify({
        locale: 'fr',
        forWhom: 'someone-else',
        contactName: 'Josiane Leclercq',
        phone: '02 555 44 33',
        categories: ['walking'],
        description: 'Pour ma voisine (texte-libre-9921).',
        municipality: 'uccle',
        languages: ['fr'],
        consent: true,
      }),
    });
    expect(response.status).toBe(201);
    const { reference } = await readJson(response, referenceAnswer);
    await outbox.idle();
    const stored = await strapi.documents('api::help-request.help-request').findFirst({ filters: { reference } });
    const link = `${PUBLIC_CMS_URL}/admin/plugins/back-office/requests/${stored?.documentId}`;

    const mails = oneEach(reference);
    expect(mails.nl.subject).toBe(`[Connecting Brussels] Nieuwe hulpvraag ${reference} (Website)`);
    expect(mails.nl.html).toContain('<html lang="nl">');
    for (const words of [
      'Voor wie: Voor iemand anders',
      'Taal van het formulier: Frans',
      'Bereikbaar via: telefoon',
      'Wandelbuddy',
      'Ukkel',
      `Open ${reference} in de backoffice:\n${link}`,
    ])
      expect(mails.nl.text).toContain(words);

    expect(mails.fr.subject).toBe(`[Connecting Brussels] Nouvelle demande d’aide ${reference} (Site web)`);
    for (const words of [
      'Pour qui\u00a0: Quelqu’un d’autre',
      'Langue du formulaire\u00a0: Français',
      'Joignable par\u00a0: téléphone',
      'Compagnon de promenade',
      'Uccle',
      `Ouvrir ${reference} dans le back-office\u00a0:\n${link}`,
    ])
      expect(mails.fr.text).toContain(words);

    expect(mails.en.subject).toBe(`[Connecting Brussels] New help request ${reference} (Website)`);
    for (const words of [
      'For whom: Someone else',
      'Language of the form: French',
      'Can be reached by: phone',
      `Open ${reference} in the back office:\n${link}`,
    ])
      expect(mails.en.text).toContain(words);

    // The shared mailbox is no one's account: it reads the configured default language.
    expect(mails.shared.subject).toBe(mails.fr.subject);

    for (const mail of Object.values(mails)) {
      expectPlainWords(mail);
      expect(mail.text).not.toContain('content-manager');
      for (const personal of ['Josiane', 'Leclercq', '555 44 33', 'texte-libre-9921']) expect(whole(mail), personal).not.toContain(personal);
    }
  });

  it('says "yes" or "no" for a story’s permission to publish, never true or false', async () => {
    const response = await fetch(`${cms.url}/api/intake/story-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'staff-languages-0002' },
      body: JSON.stringify({
        locale: 'nl',
        title: 'Soep op dinsdag',
        text: 'Elke dinsdag koken we soep.',
        mayPublish: true,
        contactName: 'Mia',
        email: 'mia@example.be',
        consent: true,
      }),
    });
    const { reference } = await readJson(response, referenceAnswer);
    await outbox.idle();
    const mails = oneEach(reference);
    expect(mails.nl.text).toContain('Mag gepubliceerd worden: Ja');
    expect(mails.fr.text).toContain('Peut être publiée\u00a0: Oui');
    expect(mails.en.text).toContain('May be published: Yes');
    // The back office has no page of stories: their link opens the admin's record, and says so.
    expect(mails.en.text).toContain(
      `Open ${reference} in the admin:\n${PUBLIC_CMS_URL}/admin/content-manager/collection-types/api::story-submission.story-submission/`,
    );
    for (const mail of Object.values(mails)) expectPlainWords(mail);
  });
});

describe('the morning follow-up digest', () => {
  async function record(type: 'help-request' | 'help-offer', reference: string) {
    const data = {
      reference,
      channel: 'phone' as const,
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      contactName: 'Digest Person',
      formLocale: 'nl' as const,
      description: 'x',
    };
    const created =
      type === 'help-offer'
        ? await strapi.documents('api::help-offer.help-offer').create({ data: { ...OFFER_DEFAULTS, ...SCREENED_TODAY, ...data, caseStatus: 'available' } })
        : await strapi.documents('api::help-request.help-request').create({ data: { ...REQUEST_DEFAULTS, ...data } });
    return created.documentId;
  }

  it('reaches each staff member in their language, with statuses and dates in words, and the follow-ups page', async () => {
    const request = await record('help-request', 'CB-LDRQ01');
    const offer = await record('help-offer', 'CB-LDOF01');
    await createMatch(strapi, { helpRequest: request, helpOffer: offer, followUpOn: '2027-04-05' });
    const referred = await record('help-request', 'CB-LDRQ02');
    const organisation = await strapi.documents('api::organisation.organisation').findFirst({ locale: 'nl', status: 'published' });
    if (!organisation) throw new Error('The seed publishes an organisation in Dutch');
    await createReferral(strapi, { helpRequest: referred, organisationDocumentId: organisation.documentId, followUpOn: '2027-04-06' });

    expect(await sendFollowUpDigest(strapi, '2027-04-06')).toBe(2);
    await outbox.idle();
    const digest = (address: string) => {
      const mails = catcher.mails.filter((mail) => mail.to.includes(address) && mail.subject.includes('2027'));
      expect(mails, address).toHaveLength(1);
      expect(mails[0]?.to).toEqual([address]);
      return lineFeeds(mails[0]);
    };
    const followUps = `${PUBLIC_CMS_URL}/admin/plugins/back-office/follow-ups`;

    const nl = digest(STAFF.nl);
    expect(nl.subject).toBe('[Connecting Brussels] 2 opvolgingen te doen (6 april 2027)');
    expect(nl.text).toContain('CB-LDRQ01 met CB-LDOF01 (koppeling): Voorgesteld, opvolgen op 5 april 2027');
    expect(nl.text).toContain('CB-LDRQ02 (doorverwijzing): Voorgesteld, opvolgen op 6 april 2027');
    expect(nl.text).toContain(`Open de opvolgingen in de backoffice:\n${followUps}`);

    const fr = digest(STAFF.fr);
    expect(fr.subject).toBe('[Connecting Brussels] 2 suivis à faire (6 avril 2027)');
    expect(fr.text).toContain('CB-LDRQ01 avec CB-LDOF01 (mise en relation)\u00a0: Proposée, suivi le 5 avril 2027');
    expect(fr.text).toContain(`Ouvrir les suivis dans le back-office\u00a0:\n${followUps}`);

    const en = digest(STAFF.en);
    expect(en.subject).toBe('[Connecting Brussels] 2 follow-ups due (6 April 2027)');
    expect(en.text).toContain('CB-LDRQ02 (referral): Proposed, follow-up on 6 April 2027');

    expect(digest(SHARED_MAILBOX).subject).toBe(fr.subject);
    for (const mail of [nl, fr, en]) {
      expectPlainWords(mail);
      expect(whole(mail)).not.toContain('Digest Person');
    }
  });
});
