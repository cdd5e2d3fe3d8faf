import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSENT_VERSION } from '@cb/domain';
import { SHARED_CMS_PUBLIC_URL as PUBLIC_CMS_URL, SHARED_CMS_STAFF as STAFF, sharedCms, type SharedCms } from '../helpers/cms';
import { readJson, referenceAnswer } from '../helpers/http';
import { outboxOf, type DurableOutbox } from '../../src/outbox';
import { OUTBOX_TABLE } from '../../src/outbox/table';
import { REQUEST_DEFAULTS } from '../helpers/records';
import { validSubmission } from '../../testing/intake-submissions';

const helpRequest = {
  locale: 'fr',
  forWhom: 'self',
  contactName: 'Josiane Leclercq',
  phone: '02 555 44 33',
  email: 'josiane.leclercq@example.be',
  categories: ['walking', 'chat'],
  description: 'Je voudrais me promener avec quelqu’un le mardi (texte-libre-4711).',
  municipality: 'uccle',
  languages: ['fr'],
  consent: true,
};

let cms: SharedCms;
let catcher: SharedCms['mail'];
let outbox: DurableOutbox;

beforeAll(async () => {
  cms = await sharedCms();
  catcher = cms.mail;
  outbox = outboxOf(cms.strapi);
});
afterAll(async () => {
  // The files after this one send to the mail server: it is back, on its port, also after a test that stopped it failed.
  if (catcher && !catcher.listening) await catcher.start(catcher.port);
  await cms?.stop();
});

async function submit(body: unknown, idempotencyKey: string, path = 'help-requests'): Promise<{ status: number; reference: string }> {
  const response = await fetch(`${cms.url}/api/intake/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, reference: (await readJson(response, referenceAnswer)).reference };
}

/** The outbox jobs about one record: their labels end with its reference. */
function jobsAbout(reference: string): Promise<{ status: string; attempts: number; last_error: string }[]> {
  return cms.strapi.db.connection(OUTBOX_TABLE).where('label', 'like', `% ${reference}`).select('status', 'attempts', 'last_error');
}

/**
 * Waits until every job about this record is sent or given up, back-offs included (what `outbox.drained()` waits for
 * in a CMS of one's own): other files' jobs held back for days are not this file's to wait for.
 */
async function drainedAbout(reference: string): Promise<void> {
  while ((await jobsAbout(reference)).some((job) => job.status === 'pending' || job.status === 'running')) {
    await outbox.poll();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function storedHelpRequest(reference: string) {
  const [stored] = await cms.strapi.documents('api::help-request.help-request').findMany({ filters: { reference } });
  return stored;
}

/** What staff store when they type in a request from a phone call (#6): straight through the Document Service. */
async function createPhoneRequest(reference: string): Promise<void> {
  await cms.strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      reference,
      channel: 'phone',
      formLocale: 'nl',
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      forWhom: 'someone-else',
      contactName: 'Marleen Peeters',
      email: 'marleen.peeters@example.be',
      description: 'Belde voor haar buurman.',
    },
  });
}

describe('emails after an intake submission', () => {
  it('tells staff without personal data, and confirms to the person in the language of the form', async () => {
    const { status, reference } = await submit(helpRequest, 'mail-fr-request-0001');
    expect(status).toBe(201);
    await outbox.idle();

    const [staffMail, ...moreStaffMails] = catcher.about(reference, STAFF);
    expect(moreStaffMails).toHaveLength(0);
    expect(staffMail?.to).toEqual([STAFF]);
    expect(staffMail?.subject).toBe(`[Connecting Brussels] New help request ${reference} (Website)`);
    const stored = await storedHelpRequest(reference);
    expect(staffMail?.text).toContain(`${PUBLIC_CMS_URL}/admin/plugins/back-office/requests/${String(stored?.documentId)}`);
    expect(staffMail?.text).toContain('Language of the form: French');
    expect(staffMail?.text).toContain('Uccle');
    expect(staffMail?.text).toContain('Can be reached by: phone and email');
    for (const personal of [helpRequest.phone, helpRequest.email, helpRequest.contactName, 'texte-libre-4711', 'Josiane', '555']) {
      expect(`${staffMail?.raw}\n${staffMail?.text}\n${staffMail?.html}`, personal).not.toContain(personal);
    }

    const [confirmation, ...moreConfirmations] = catcher.about(reference, helpRequest.email);
    expect(moreConfirmations).toHaveLength(0);
    expect(confirmation?.to).toEqual([helpRequest.email]);
    expect(confirmation?.subject).toBe(`Nous avons bien reçu votre demande d’aide (référence ${reference})`);
    expect(confirmation?.text).toContain('Bonjour Josiane Leclercq,');
    expect(confirmation?.text).toContain(`Votre numéro de référence est ${reference}.`);
    expect(confirmation?.text).toContain('Ne donnez jamais d’argent');
    expect(confirmation?.text).toContain('Appelez-nous au +32 2 555 00 00');
    expect(confirmation?.html).toContain('<html lang="fr">');
    expect(confirmation?.html).toContain(reference);
    expect(confirmation?.text).not.toContain('texte-libre-4711');
  });

  it('sends no confirmation to someone who left no email address', async () => {
    const { reference } = await submit({ ...helpRequest, email: '', description: 'Sans adresse e-mail.' }, 'mail-phone-only-0002');
    await outbox.idle();
    expect(catcher.about(reference, STAFF)).toHaveLength(1);
    expect(catcher.mails.filter((mail) => mail.subject.includes(reference) && !mail.to.includes(STAFF))).toEqual([]);
  });

  it('does not mail twice when the same submission is retried', async () => {
    const body = { ...helpRequest, description: 'Envoyé deux fois après un délai.' };
    const first = await submit(body, 'mail-retried-0003');
    await outbox.idle();
    const retry = await submit(body, 'mail-retried-0003');
    expect(retry).toEqual({ status: 200, reference: first.reference });
    await outbox.idle();
    expect(catcher.about(first.reference, STAFF)).toHaveLength(1);
    expect(catcher.about(first.reference, helpRequest.email)).toHaveLength(1);
  });

  it('mails about a request that staff typed in from a phone call, through the Document Service', async () => {
    const reference = 'CB-PH0NE2';
    await createPhoneRequest(reference);
    await outbox.idle();
    expect(catcher.about(reference, STAFF).map((mail) => mail.subject)).toEqual([`[Connecting Brussels] New help request ${reference} (Phone)`]);
    const [confirmation] = catcher.about(reference, 'marleen.peeters@example.be');
    expect(confirmation?.subject).toBe(`We hebben je hulpvraag goed ontvangen (referentie ${reference})`);
    expect(confirmation?.text).toContain('Geef nooit geld');
  });

  it('waits for a surrounding transaction: nothing for a create rolled back, mail once it is committed', async () => {
    const transaction = (work: () => Promise<void>) => cms.strapi.db.transaction(async () => work());
    await expect(
      transaction(async () => {
        await createPhoneRequest('CB-R0LLED');
        throw new Error('Staff cancelled the call');
      }),
    ).rejects.toThrow('Staff cancelled the call');
    await transaction(() => createPhoneRequest('CB-C0MMIT'));
    await outbox.idle();
    expect(catcher.about('CB-R0LLED', STAFF)).toEqual([]);
    expect(catcher.about('CB-C0MMIT', STAFF)).toHaveLength(1);
  });

  it('links staff to an offer’s back-office page, where it is screened, not to the content manager', async () => {
    const { status, reference } = await submit(validSubmission('help-offer', 4712, {}, 'nl'), 'mail-offer-0005', 'help-offers');
    expect(status).toBe(201);
    await outbox.idle();
    const [staffMail] = catcher.about(reference, STAFF);
    const stored = await cms.strapi.documents('api::help-offer.help-offer').findFirst({ filters: { reference }, fields: ['id'] });
    expect(staffMail?.text).toContain(`Open ${reference} in the back office:`);
    expect(staffMail?.text).toContain(`${PUBLIC_CMS_URL}/admin/plugins/back-office/offers/${String(stored?.documentId)}`);
    expect(staffMail?.text).not.toContain('content-manager');
  });

  it('confirms other forms too, and escapes what the person typed', async () => {
    const story = {
      locale: 'en',
      title: 'Our Tuesday soup',
      text: 'Every Tuesday we cook soup for the street.',
      mayPublish: true,
      contactName: '<b>Sam & "Co"',
      email: 'sam@example.org',
      consent: true,
    };
    const { status, reference } = await submit(story, 'mail-story-0004', 'story-submissions');
    expect(status).toBe(201);
    await outbox.idle();
    expect(catcher.about(reference, STAFF)).toHaveLength(1);
    const [confirmation] = catcher.about(reference, 'sam@example.org');
    expect(confirmation?.subject).toBe(`We have received your story or idea (reference ${reference})`);
    expect(confirmation?.html).toContain('Hello &lt;b&gt;Sam &amp; &quot;Co&quot;,');
    expect(confirmation?.html).not.toContain('<b>Sam');
    expect(confirmation?.text).toContain('Hello <b>Sam & "Co",');
  });

  it('tries again when the mail server refuses for a while, and delivers once', async () => {
    const email = 'busy.mailbox@example.be';
    catcher.temporaryRefusals.set(email, 2);
    const { reference } = await submit({ ...helpRequest, email, description: 'Boîte aux lettres occupée.' }, 'mail-busy-0005');
    // idle() returns while a refused mail waits for its back-off; drainedAbout() waits for it.
    await drainedAbout(reference);
    expect(catcher.temporaryRefusals.get(email)).toBe(0);
    expect(catcher.about(reference, email)).toHaveLength(1);
  });

  it('keeps trying while the mail server is down for longer than the old retry window, then delivers each mail once', async () => {
    const errors = vi.spyOn(cms.strapi.log, 'error');
    const port = catcher.port;
    await catcher.stop();
    const email = 'nobody.home@example.be';
    const { status, reference } = await submit({ ...helpRequest, email, description: 'Serveur de courrier en panne.' }, 'mail-down-0006');
    expect(status).toBe(201);
    expect(await storedHelpRequest(reference)).toMatchObject({ reference, email });

    // The in-memory outbox gave up after 4 attempts (base, 5×, 25×). Both jobs go on well past that.
    while ((await jobsAbout(reference)).some((job) => Number(job.attempts) < 8)) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await jobsAbout(reference)).map((job) => job.last_error)).toEqual(['ESOCKET', 'ESOCKET']);

    await catcher.start(port);
    await drainedAbout(reference);
    expect(catcher.about(reference, STAFF)).toHaveLength(1);
    expect(catcher.about(reference, email)).toHaveLength(1);
    expect((await jobsAbout(reference)).map((job) => job.status)).toEqual(['done', 'done']);
    const logged = errors.mock.calls.map((call) => String(call[0]));
    expect(logged.filter((line) => line.includes(reference))).toEqual([]);
    for (const line of logged) for (const personal of [email, STAFF, helpRequest.contactName]) expect(line).not.toContain(personal);
    errors.mockRestore();
  });

  it('gives each mail its job as Message-ID, so a copy sent after a crash is recognisable', async () => {
    const { reference } = await submit({ ...helpRequest, description: 'Identifiant de message.' }, 'mail-message-id-0007');
    await outbox.idle();
    const ids = [...catcher.about(reference, STAFF), ...catcher.about(reference, helpRequest.email)].map((mail) => /^Message-ID: (.*)$/im.exec(mail.raw)?.[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^<outbox-\d+-\d+(\.\d+)?@connecting\.brussels>$/);
    expect(new Set(ids).size).toBe(2);
  });
});
