import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '@cb/domain';
import { sharedCms, type TestCms } from '../helpers/cms';
import { intakeRefusal, readJson, referenceAnswer } from '../helpers/http';

let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
});
afterAll(async () => cms?.stop());

const helpRequest = {
  locale: 'fr',
  forWhom: 'self',
  contactName: 'Josiane Leclercq',
  phone: '02 555 44 33',
  categories: ['walking', 'chat'],
  description: 'Je voudrais me promener avec quelqu’un le mardi.',
  municipality: 'uccle',
  languages: ['fr'],
  consent: true,
};

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${cms.url}/api/intake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const requests = () => cms.strapi.documents('api::help-request.help-request');

describe('intake through the public API (JSON)', () => {
  it('stores a help request once, with its channel, locale, consent and relations, and answers a reference', async () => {
    const response = await post('help-requests', helpRequest, { 'idempotency-key': 'first-request-0001' });
    expect(response.status).toBe(201);
    const { reference } = await readJson(response, referenceAnswer);
    expect(reference).toMatch(/^CB-[2-9A-HJ-NP-Z]{6}$/);

    const [stored] = await requests().findMany({ filters: { reference }, populate: ['categories', 'municipality', 'languages'] });
    expect(stored).toMatchObject({ channel: 'web', formLocale: 'fr', consentVersion: CONSENT_VERSION, caseStatus: 'new', contactName: 'Josiane Leclercq' });
    expect(stored?.categories?.map((term) => term.code).sort()).toEqual(['chat', 'walking']);
    expect(stored?.municipality?.code).toBe('uccle');
  });

  it('answers a retry with the first reference and stores nothing twice', async () => {
    const before = await requests().count({});
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('help-requests', helpRequest, { 'idempotency-key': 'retried-request-0002' })));
    const references = await Promise.all(answers.map(async (answer) => (await readJson(answer, referenceAnswer)).reference));
    expect(new Set(references).size).toBe(1);
    expect(await requests().count({})).toBe(before + 1);
  });

  it('treats the same request posted twice without a key as one', async () => {
    const before = await requests().count({});
    const body = { ...helpRequest, description: 'Un double clic ne crée qu’une demande.' };
    const first = await readJson(await post('help-requests', body), referenceAnswer);
    const second = await readJson(await post('help-requests', body), referenceAnswer);
    expect(second.reference).toBe(first.reference);
    expect(await requests().count({})).toBe(before + 1);
  });

  it('says per field, in the form language, what needs another look, and stores nothing', async () => {
    const before = await requests().count({});
    const response = await post('help-requests', {
      ...helpRequest,
      locale: 'nl',
      phone: '',
      contactName: '<script>alert(1)</script>'.repeat(10),
      categories: ['bingo'],
    });
    expect(response.status).toBe(422);
    const { error } = await readJson(response, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) }));
    expect(error.fields).toEqual({
      contactName: 'Dit is te lang: maximaal 120 tekens.',
      categories: 'Kies een van de mogelijkheden uit de lijst.',
      contact: 'Geef een telefoonnummer of een e-mailadres, zodat we je kunnen bereiken.',
    });
    expect(await requests().count({})).toBe(before);
  });

  it('answers bodies of the wrong kind with a localized error on the form, never a server error', async () => {
    for (const body of [{ consent: { $ne: null } }, { categories: 'walking' }]) {
      const response = await post('help-offers', body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys((await readJson(response, intakeRefusal)).error.fields).length).toBeGreaterThan(0);
    }
    for (const body of [[], null, 'text', 42]) {
      const response = await post('help-offers?locale=en', body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((await readJson(response, intakeRefusal)).error.fields).toEqual({
        form: 'We could not read what was sent. Please fill in the form again and send it once more.',
      });
    }
    const unknown = await post('nothing-here?locale=fr', helpRequest);
    expect(unknown.status).toBe(404);
    expect((await readJson(unknown, intakeRefusal)).error.fields.form).toBe('Ce formulaire n’existe pas. Choisissez un formulaire sur le site.');
  });

  it('pretends to thank a bot that fills the hidden field, and stores nothing', async () => {
    const before = await requests().count({});
    const response = await post('help-requests', { ...helpRequest, website: 'http://spam.example' });
    expect(response.status).toBe(201);
    expect(await requests().count({})).toBe(before);
  });

  it('still lets nobody read intake through the public API', async () => {
    expect([403, 404, 405]).toContain((await fetch(`${cms.url}/api/intake/help-requests`)).status);
    expect([403, 404]).toContain((await fetch(`${cms.url}/api/help-requests`)).status);
  });
});

describe('the intake door: sizes and kinds of body', () => {
  const at = (path: string) => `${cms.url}/api/intake/${path}`;

  async function expectRefusal(response: Response, status: number, form: string): Promise<void> {
    expect(response.status).toBe(status);
    const { error } = await readJson(response, intakeRefusal);
    expect(error.status).toBe(status);
    expect(error.fields.form).toBe(form);
  }

  it('refuses a JSON or urlencoded body over 64 KB with 413 and a localized message, storing nothing', async () => {
    const before = await requests().count({});
    const huge = { ...helpRequest, locale: 'nl', description: 'x'.repeat(70 * 1024) };
    await expectRefusal(
      await post('help-requests?locale=nl', huge),
      413,
      'Dit is te veel tekst om in één keer te versturen. Maak je antwoorden wat korter en verstuur opnieuw.',
    );
    const form = new URLSearchParams({ description: 'y'.repeat(70 * 1024) });
    await expectRefusal(
      await fetch(at('help-requests?locale=en'), { method: 'POST', headers: { accept: 'application/json' }, body: form }),
      413,
      'This is too much text to send at once. Please make your answers a little shorter and send again.',
    );
    expect(await requests().count({})).toBe(before);
  });

  it('refuses a multipart body over 30 MB, and files over 10 MB or more than 5, with 413', async () => {
    const message = 'The attachments are too large. Please send at most 5 files of at most 10 MB each (30 MB in all).';
    const body = new FormData();
    body.set('locale', 'en');
    body.append('attachments', new Blob([new Uint8Array(31 * 1024 * 1024)]), 'big.pdf');
    await expectRefusal(await fetch(at('project-proposals?locale=en'), { method: 'POST', headers: { accept: 'application/json' }, body }), 413, message);

    const oneTooBig = new FormData();
    oneTooBig.set('locale', 'en');
    oneTooBig.append('attachments', new Blob([new Uint8Array(11 * 1024 * 1024)]), 'big.pdf');
    const answer = await fetch(at('project-proposals'), { method: 'POST', headers: { accept: 'application/json' }, body: oneTooBig });
    expect(answer.status, await answer.clone().text()).toBe(413);
    expect((await readJson(answer, intakeRefusal)).error.fields).toEqual({ form: message, attachments: message });

    const six = new FormData();
    six.set('locale', 'en');
    for (let file = 0; file < 6; file++) six.append('attachments', new Blob(['%PDF-1.4 small']), `part-${file}.pdf`);
    await expectRefusal(await fetch(at('project-proposals'), { method: 'POST', headers: { accept: 'application/json' }, body: six }), 413, message);
  });

  it('refuses malformed JSON, other content types and bodies of unknown length with a localized message', async () => {
    const unreadable = 'Nous n’avons pas pu lire ce qui a été envoyé. Remplissez à nouveau le formulaire et envoyez-le encore une fois.';
    const json = { 'content-type': 'application/json' };
    await expectRefusal(await fetch(at('help-requests?locale=fr'), { method: 'POST', headers: json, body: '{"contactName": "Jo' }), 422, unreadable);
    await expectRefusal(
      await fetch(at('help-requests?locale=fr'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
      415,
      unreadable,
    );
    await expectRefusal(
      await fetch(at('help-requests?locale=fr'), { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' }),
      415,
      unreadable,
    );
    await expectRefusal(await fetch(at('help-requests?locale=fr'), { method: 'POST' }), 415, unreadable);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(helpRequest)));
        controller.close();
      },
    });
    await expectRefusal(
      await fetch(at('help-requests?locale=fr'), { method: 'POST', headers: json, body: stream, duplex: 'half' } as RequestInit),
      411,
      unreadable,
    );
    const brokenMultipart = await fetch(at('help-requests?locale=fr'), {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz', accept: 'application/json' },
      body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
    });
    expect([413, 422]).toContain(brokenMultipart.status);
    expect((await readJson(brokenMultipart, intakeRefusal)).error.fields.form).toBeTruthy();
  });
});

describe('the OpenAPI description of intake', () => {
  const openApi = z.looseObject({
    openapi: z.string(),
    paths: z.record(z.string(), z.record(z.string(), z.looseObject({ responses: z.record(z.string(), z.unknown()).optional() }))),
    components: z.looseObject({
      schemas: z.record(z.string(), z.looseObject({ required: z.array(z.string()).optional(), properties: z.record(z.string(), z.unknown()) })),
    }),
  });

  it('is served, describes every intake route with every status it answers, and each form’s required fields', async () => {
    const response = await fetch(`${cms.url}/api/intake/openapi.json`);
    expect(response.status).toBe(200);
    const document = await readJson(response, openApi);
    expect(document.openapi).toBe('3.1.0');
    for (const path of ['help-requests', 'help-offers', 'story-submissions', 'project-proposals']) {
      const statuses = Object.keys(document.paths[`/api/intake/${path}`]?.post?.responses ?? {});
      expect(statuses, path).toEqual(expect.arrayContaining(['201', '200', '303', '413', '415', '422', '429']));
    }
    expect(document.paths['/api/intake/thank-you/{form}']?.get).toBeDefined();
    expect(document.paths['/api/intake/{form}/attempts/{token}']?.get).toBeDefined();

    const { INTAKE_SCHEMAS } = await import('@cb/domain/intake');
    const names = {
      'help-request': 'HelpRequest',
      'help-offer': 'HelpOffer',
      'story-submission': 'StorySubmission',
      'project-proposal': 'ProjectProposal',
    } as const;
    for (const [form, schema] of Object.entries(INTAKE_SCHEMAS)) {
      const shape = schema._zod.def.shape as Record<string, { _zod: { optin?: string } }>;
      const required = Object.entries(shape)
        .filter(([, field]) => field._zod.optin !== 'optional')
        .map(([name]) => name);
      const described = document.components.schemas[names[form as keyof typeof names]];
      expect(described?.required?.sort(), form).toEqual(required.sort());
      expect(Object.keys(described?.properties ?? {}), form).toEqual(expect.arrayContaining(Object.keys(shape)));
    }
    expect(required('HelpRequest')).toEqual(expect.arrayContaining(['contactName', 'categories', 'description', 'municipality', 'languages', 'consent']));

    function required(name: string): string[] {
      return document.components.schemas[name]?.required ?? [];
    }
  });
});
