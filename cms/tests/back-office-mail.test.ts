import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core, Modules } from '@strapi/strapi';
import { CONSENT_VERSION, type Locale } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { staffFetch, staffToken } from './helpers/staff';
import { MailCatcher, type ReceivedMail } from './helpers/mail-catcher';
import { outboxOf, type DurableOutbox } from '../src/outbox';
import { brusselsDate, FOLLOW_UP_DIGEST_JOB, notifyMatchConfirmed, notifyProposalDecision, sendFollowUpDigest } from '../src/notifications/back-office';
import { createMatch, createReferral, moveMatch } from '../src/matching/workflow';
import { readJson, resultsOf } from './helpers/http';
import { OFFER_DEFAULTS, PROPOSAL_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';

const STAFF = 'backoffice@connecting-brussels.test';
const PUBLIC_CMS_URL = 'https://cms.connecting.brussels';

const catcher = new MailCatcher();
let cms: TestCms;
let strapi: Core.Strapi;
let outbox: DurableOutbox;
let counter = 0;

beforeAll(async () => {
  await catcher.start();
  cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    STAFF_NOTIFICATION_EMAIL: STAFF,
    PUBLIC_CMS_URL,
    OUTBOX_RETRY_BASE_MS: '50',
    OUTBOX_RETRY_MAX_MS: '400',
    OUTBOX_GIVE_UP_AFTER_MS: '2000',
  });
  strapi = cms.strapi;
  outbox = outboxOf(strapi);
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

interface Person {
  contactName: string;
  formLocale: 'nl' | 'fr' | 'en';
  phone?: string;
  email?: string;
  description: string;
}

const intakeBasics = (prefix: string, person: Person) => ({
  reference: `CB-${prefix}${String(++counter).padStart(3, '0')}`,
  channel: 'phone' as const,
  consentVersion: CONSENT_VERSION,
  consentedAt: new Date().toISOString(),
  ...person,
});

async function helpRequest(person: Person) {
  return withReference(await strapi.documents('api::help-request.help-request').create({ data: { ...REQUEST_DEFAULTS, ...intakeBasics('RQ', person) } }));
}

async function helpOffer(person: Person) {
  return withReference(
    await strapi
      .documents('api::help-offer.help-offer')
      .create({ data: { ...OFFER_DEFAULTS, ...SCREENED_TODAY, ...intakeBasics('OF', person), caseStatus: 'available' } }),
  );
}

/** A record the test created, with the reference it was given. */
const withReference = (created: unknown) => z.looseObject({ documentId: z.string(), reference: z.string() }).parse(created);

/** A published document of the seed, in one language. */
async function published<Uid extends 'api::initiative.initiative' | 'api::organisation.organisation' | 'api::project-call.project-call'>(
  uid: Uid,
  locale: Locale,
) {
  const document = await strapi.documents(uid).findFirst({ locale, status: 'published' });
  if (!document) throw new Error(`The seed publishes a ${uid} in ${locale}`);
  return document;
}

const whole = (mail: ReceivedMail | undefined) => `${mail?.raw}\n${mail?.subject}\n${mail?.text}\n${mail?.html}`;

function expectNoneOf(mail: ReceivedMail | undefined, forbidden: readonly string[]): void {
  expect(mail).toBeDefined();
  for (const value of forbidden) expect(whole(mail), value).not.toContain(value);
}

const josiane: Person = {
  contactName: 'Josiane Leclercq',
  formLocale: 'fr',
  phone: '02 555 44 33',
  email: 'josiane.leclercq@example.be',
  description: 'Je voudrais me promener le mardi (texte-libre-R71).',
};
const pieter: Person = {
  contactName: 'Pieter Janssens',
  formLocale: 'nl',
  phone: '0470 12 34 56',
  email: 'pieter.janssens@example.be',
  description: 'Ik wandel graag in het Dudenpark (vrije-tekst-V82).',
};
const sharedWithRequester = 'Un voisin de votre quartier qui aime marcher le mardi matin (partagé-R).';
const sharedWithVolunteer = 'Een dame uit Ukkel die graag praat onderweg (gedeeld-V).';

describe('when staff confirm a match', () => {
  it('mails both people in their own language, with what staff shared and nothing else of the other person', async () => {
    const request = await helpRequest(josiane);
    const offer = await helpOffer(pieter);
    // As the workflow does: the mail is asked for inside the transaction and leaves after its commit.
    await strapi.db.transaction(async () => {
      const { documentId } = await createMatch(strapi, {
        helpRequest: request.documentId,
        helpOffer: offer.documentId,
        sharedWithRequester,
        sharedWithVolunteer,
        notes: 'notes-internes-99',
      });
      await notifyMatchConfirmed(strapi, documentId);
    });
    await outbox.idle();

    const [toRequester, ...moreToRequester] = catcher.about(request.reference, josiane.email!).filter((mail) => !mail.subject.includes('bien reçu'));
    expect(moreToRequester).toHaveLength(0);
    expect(toRequester?.to).toEqual([josiane.email]);
    expect(toRequester?.subject).toBe(`Nous avons trouvé quelqu’un pour vous (référence ${request.reference})`);
    expect(toRequester?.html).toContain('<html lang="fr">');
    expect(toRequester?.text).toContain('Bonjour Josiane Leclercq,');
    expect(toRequester?.text).toContain(sharedWithRequester);
    expect(toRequester?.text).toContain('Ne donnez et ne demandez jamais d’argent');
    expect(toRequester?.text).toContain('Le premier contact passe par nous');
    expect(toRequester?.text).toContain('Une personne de notre équipe vous appelle');
    expect(toRequester?.text).toContain('Appelez-nous au +32 2 555 00 00');
    expectNoneOf(toRequester, [
      pieter.contactName,
      'Pieter',
      'Janssens',
      pieter.phone!,
      pieter.email!,
      'vrije-tekst-V82',
      offer.reference,
      sharedWithVolunteer,
      'gedeeld-V',
      'notes-internes-99',
    ]);

    const [toVolunteer, ...moreToVolunteer] = catcher.about(offer.reference, pieter.email!).filter((mail) => !mail.subject.includes('goed ontvangen'));
    expect(moreToVolunteer).toHaveLength(0);
    expect(toVolunteer?.subject).toBe(`We hebben iemand gevonden die je kunt helpen (referentie ${offer.reference})`);
    expect(toVolunteer?.html).toContain('<html lang="nl">');
    expect(toVolunteer?.text).toContain('Beste Pieter Janssens,');
    expect(toVolunteer?.text).toContain(sharedWithVolunteer);
    expect(toVolunteer?.text).toContain('Geef of vraag nooit geld');
    expect(toVolunteer?.text).toContain('Bel ons op +32 2 555 00 00');
    expectNoneOf(toVolunteer, [
      josiane.contactName,
      'Josiane',
      'Leclercq',
      josiane.phone!,
      josiane.email!,
      'texte-libre-R71',
      request.reference,
      sharedWithRequester,
      'partagé-R',
      'notes-internes-99',
    ]);
  });

  it('mails nobody who left no email address, and shares nothing when staff shared nothing', async () => {
    const request = await helpRequest({ ...josiane, email: undefined, contactName: 'Sans Adresse' });
    const offer = await helpOffer({ ...pieter, formLocale: 'en', email: 'volunteer.en@example.org' });
    const { documentId } = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId });
    await outbox.idle();
    const sentBefore = catcher.mails.length;
    await notifyMatchConfirmed(strapi, documentId);
    await outbox.idle();

    const sent = catcher.mails.slice(sentBefore);
    expect(sent.map((mail) => mail.to)).toEqual([['volunteer.en@example.org']]);
    expect(sent[0]?.subject).toBe(`We have found someone you can help (reference ${offer.reference})`);
    expect(sent[0]?.text).not.toContain('What we can already tell you');
    expectNoneOf(sent[0], ['Sans Adresse', josiane.phone!, request.reference]);
  });

  it('mails nothing for a match whose transaction was rolled back', async () => {
    const request = await helpRequest({ ...josiane, email: 'rolled.back@example.be' });
    const offer = await helpOffer({ ...pieter, email: 'rolled.back.volunteer@example.be' });
    await expect(
      strapi.db.transaction(async () => {
        const { documentId } = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId });
        await notifyMatchConfirmed(strapi, documentId);
        throw new Error('Staff changed their mind');
      }),
    ).rejects.toThrow('Staff changed their mind');
    await outbox.idle();
    const confirmations = catcher.mails.filter((mail) => mail.to.some((to) => to.startsWith('rolled.back')) && !/ontvangen|reçu/.test(mail.subject));
    expect(confirmations).toEqual([]);
  });

  it('tells the requester of a referral the initiative’s name and how to join, in their language', async () => {
    const initiative = z
      .looseObject({ documentId: z.string(), title: z.string(), howToJoin: z.string(), contactPhone: z.string().nullish() })
      .parse(await published('api::initiative.initiative', 'en'));
    const request = await helpRequest({ ...josiane, formLocale: 'en', email: 'referred@example.org', contactName: 'Ann Referred' });
    const { documentId } = await createReferral(strapi, {
      helpRequest: request.documentId,
      initiativeDocumentId: initiative.documentId,
      sharedWithRequester: 'Ask for Karim at the door.',
      notes: 'Staff only: she sounded hesitant.',
    });
    await notifyMatchConfirmed(strapi, documentId);
    await outbox.idle();

    const [mail, ...more] = catcher.about(request.reference, 'referred@example.org').filter((sent) => sent.subject.includes('found something'));
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`We have found something for you (reference ${request.reference})`);
    expect(mail?.text).toContain(`we think ${initiative.title} can help you`);
    expect(mail?.text).toContain('How to join:');
    expect(mail?.text).toContain(initiative.howToJoin.split('\n')[0]);
    if (initiative.contactPhone) expect(mail?.text).toContain(`Phone: ${initiative.contactPhone}`);
    expect(mail?.text).toContain('Ask for Karim at the door.');
    expect(mail?.text).toContain('Nobody may ask you for money, bank details or gifts in our name.');
    expect(`${mail?.text}${mail?.html}`).not.toContain('sounded hesitant');
  });

  it('names the organisation of a referral in French for a French speaker', async () => {
    const organisation = await published('api::organisation.organisation', 'fr');
    const request = await helpRequest({ ...josiane, email: 'oriente@example.be' });
    const { documentId } = await createReferral(strapi, { helpRequest: request.documentId, organisationDocumentId: organisation.documentId });
    await notifyMatchConfirmed(strapi, documentId);
    await outbox.idle();
    const [mail] = catcher.about(request.reference, 'oriente@example.be').filter((sent) => sent.subject.includes('quelque chose'));
    expect(mail?.text).toContain(`nous pensons que ${organisation.name} peut vous aider`);
  });
});

describe('when the decision on a project proposal is recorded', () => {
  async function proposal(person: Person, decision: Modules.Documents.Params.Data.PartialInput<'api::project-proposal.project-proposal'>) {
    const call = await published('api::project-call.project-call', person.formLocale);
    const data = {
      ...PROPOSAL_DEFAULTS,
      ...intakeBasics('PP', person),
      projectCallDocumentId: call.documentId,
      applicantType: 'organisation' as const,
      organisationName: 'Soupe Solidaire asbl',
      projectTitle: 'Soupe du mardi',
      targetGroup: 'Personnes âgées du quartier',
      startDate: '2027-01-10',
      endDate: '2027-06-30',
      requestedAmount: 4000,
    };
    const created = withReference(await strapi.documents('api::project-proposal.project-proposal').create({ data }));
    await strapi.documents('api::project-proposal.project-proposal').update({ documentId: created.documentId, data: decision });
    return { ...created, callTitle: call.title };
  }

  it('tells a French applicant in French, with the granted amount and the staff’s note', async () => {
    const applicant: Person = { contactName: 'Soraya Benali', formLocale: 'fr', email: 'soraya@example.be', description: 'Une soupe chaque mardi.' };
    const { documentId, reference, callTitle } = await proposal(applicant, {
      caseStatus: 'approved',
      grantedAmount: 2500,
      decisionNote: 'Le jury a apprécié l’ancrage local.',
    });
    await notifyProposalDecision(strapi, documentId);
    await outbox.idle();

    const [mail, ...more] = catcher.about(reference, applicant.email!).filter((sent) => sent.subject.includes('retenu'));
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`Votre projet est retenu (référence ${reference})`);
    expect(mail?.html).toContain('<html lang="fr">');
    expect(mail?.text).toContain('Bonjour Soraya Benali,');
    expect(mail?.text).toContain(`le jury retient votre projet dans le cadre de l’appel « ${callTitle} »`);
    // The title the applicant typed is free text: it goes to no mail.
    expect(mail?.text).not.toContain('Soupe du mardi');
    expect(mail?.text).toContain('Nous accordons à votre projet un soutien de 2\u202f500\u00a0€.');
    expect(mail?.text).toContain('Le jury a apprécié l’ancrage local.');
    expect(mail?.text).toContain(`Votre numéro de référence est ${reference}.`);
    expect(mail?.text).toContain('+32 2 555 00 00');
  });

  it('tells a Dutch applicant of a rejection without an amount, and mails nothing before a decision', async () => {
    const applicant: Person = { contactName: 'Wim Claes', formLocale: 'nl', email: 'wim@example.be', description: 'Buurtsoep.' };
    const rejected = await proposal(applicant, { caseStatus: 'rejected', grantedAmount: 1000 });
    const undecided = await proposal(applicant, { caseStatus: 'in-review' });
    await notifyProposalDecision(strapi, rejected.documentId);
    await notifyProposalDecision(strapi, undecided.documentId);
    await outbox.idle();

    const [mail] = catcher.about(rejected.reference, applicant.email!).filter((sent) => sent.subject.startsWith('Beslissing'));
    expect(mail?.subject).toBe(`Beslissing over je projectvoorstel (referentie ${rejected.reference})`);
    expect(mail?.text).toContain('Helaas kunnen we je projectvoorstel deze keer niet steunen.');
    expect(mail?.text).not.toContain('€');
    expect(mail?.text).not.toContain('Toelichting');
    expect(catcher.about(undecided.reference, applicant.email!).map((sent) => sent.subject)).toEqual([
      `We hebben je projectvoorstel goed ontvangen (referentie ${undecided.reference})`,
    ]);
  });
});

describe('the daily follow-up digest', () => {
  async function matchFollowedUpOn(followUpOn: string) {
    const request = await helpRequest({ ...josiane, email: undefined, contactName: 'Digest Requester' });
    const offer = await helpOffer({ ...pieter, email: undefined, contactName: 'Digest Volunteer' });
    const { documentId } = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId, followUpOn });
    return { documentId, requestReference: request.reference, offerReference: offer.reference };
  }

  it('lists the matches whose follow-up date has come, with references and statuses only', async () => {
    const due = await matchFollowedUpOn('2027-02-26');
    await moveMatch(strapi, due.documentId, { status: 'contacted' });
    const dueToday = await matchFollowedUpOn('2027-03-01');
    const ended = await matchFollowedUpOn('2027-02-20');
    await moveMatch(strapi, ended.documentId, { status: 'ended' });
    const later = await matchFollowedUpOn('2027-03-02');

    expect(await sendFollowUpDigest(strapi, '2027-03-01')).toBe(2);
    await outbox.idle();

    const [digest, ...more] = catcher.mails.filter((mail) => mail.subject.includes('(1 March 2027)'));
    expect(more).toHaveLength(0);
    expect(digest?.to).toEqual([STAFF]);
    expect(digest?.subject).toBe('[Connecting Brussels] 2 follow-ups due (1 March 2027)');
    expect(digest?.text).toContain(`${due.requestReference} with ${due.offerReference} (match): Contacted, follow-up on 26 February 2027`);
    expect(digest?.text).toContain(`${dueToday.requestReference} with ${dueToday.offerReference} (match): Proposed, follow-up on 1 March 2027`);
    expect(digest?.text).toContain(`${PUBLIC_CMS_URL}/admin/plugins/back-office/follow-ups`);
    expectNoneOf(digest, [
      ended.requestReference,
      later.requestReference,
      'Digest Requester',
      'Digest Volunteer',
      josiane.phone!,
      pieter.phone!,
      'texte-libre-R71',
    ]);
  });

  it('sends nothing on a day when no follow-up is due', async () => {
    expect(await sendFollowUpDigest(strapi, '2001-01-01')).toBe(0);
    await outbox.idle();
    expect(catcher.mails.filter((mail) => mail.subject.includes('(1 January 2001)'))).toEqual([]);
  });

  it('runs every morning at 07:00, Brussels time', () => {
    const job = strapi.cron.jobs.find((candidate: { name?: string | null }) => candidate.name === FOLLOW_UP_DIGEST_JOB);
    expect(job?.options).toEqual({ rule: '0 7 * * *', tz: 'Europe/Brussels' });
    const next = job?.job.nextInvocation();
    if (!next) throw new Error('The digest job has a next run');
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(next)).toBe('07:00');
    expect(brusselsDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('when the mail server is down', () => {
  it('gives up after the retry period, logs references only, and lists the job for staff', async () => {
    const request = await helpRequest({ ...josiane, email: 'down.requester@example.be' });
    const offer = await helpOffer({ ...pieter, email: 'down.volunteer@example.be' });
    await outbox.idle();
    const errors = vi.spyOn(strapi.log, 'error');
    await catcher.stop();
    const { documentId } = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId, sharedWithRequester });
    await notifyMatchConfirmed(strapi, documentId);
    await outbox.drained();

    const logged = errors.mock.calls.map((call) => String(call[0]));
    const aboutThem = logged.filter((line) => line.includes(request.reference) || line.includes(offer.reference)).sort();
    expect(aboutThem).toHaveLength(2);
    const notDone = (label: string) =>
      new RegExp(
        `^Not done: ${label}, after (\\d+) attempts \\(ESOCKET\\)\\. The record itself is stored; staff see it in the back office under "Not sent"\\.$`,
      );
    expect(aboutThem[0]).toMatch(notDone(`match confirmation to the requester for ${request.reference}`));
    expect(aboutThem[1]).toMatch(notDone(`match confirmation to the volunteer for ${offer.reference}`));
    // More attempts than the four of the in-memory outbox it replaces.
    for (const line of aboutThem) expect(Number(/after (\d+) attempts/.exec(line)?.[1])).toBeGreaterThan(4);
    const failed = (await outbox.failedJobs()).filter((job) => job.label.includes(request.reference) || job.label.includes(offer.reference));
    expect(failed.map((job) => [job.kind, job.lastError])).toEqual([
      ['match-confirmed-mail', 'ESOCKET'],
      ['match-confirmed-mail', 'ESOCKET'],
    ]);

    // Staff see them in the back office; editors may not.
    const asBackOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
    const listed = await readJson(
      await asBackOffice('/back-office/outbox/failed'),
      resultsOf(z.looseObject({ label: z.string(), attempts: z.number(), lastError: z.string() })),
    );
    expect(
      listed.results
        .filter((job) => job.label.includes(request.reference) || job.label.includes(offer.reference))
        .map((job) => job.label)
        .sort(),
    ).toEqual([`match confirmation to the requester for ${request.reference}`, `match confirmation to the volunteer for ${offer.reference}`]);
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor('/back-office/outbox/failed')).status).toBe(403);
    expect((await fetch(`${cms.url}/back-office/outbox/failed`)).status).toBe(401);

    for (const line of [...logged, JSON.stringify(failed), JSON.stringify(listed)])
      for (const personal of ['down.requester@example.be', 'down.volunteer@example.be', josiane.contactName, pieter.contactName, sharedWithRequester])
        expect(line).not.toContain(personal);
    errors.mockRestore();
  });
});
