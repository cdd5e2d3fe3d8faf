import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { readJson } from './helpers/http';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
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
    const { reference } = await readJson<{ reference: string }>(response);
    expect(reference).toMatch(/^CB-[2-9A-HJ-NP-Z]{6}$/);

    const [stored] = (await requests().findMany({ filters: { reference }, populate: ['categories', 'municipality', 'languages'] } as never)) as unknown as Record<string, unknown>[];
    expect(stored).toMatchObject({ channel: 'web', formLocale: 'fr', consentVersion: CONSENT_VERSION, caseStatus: 'new', contactName: 'Josiane Leclercq' });
    expect((stored?.categories as { code: string }[]).map((term) => term.code).sort()).toEqual(['chat', 'walking']);
    expect((stored?.municipality as { code: string }).code).toBe('uccle');
  });

  it('answers a retry with the first reference and stores nothing twice', async () => {
    const before = await requests().count({} as never);
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('help-requests', helpRequest, { 'idempotency-key': 'retried-request-0002' })));
    const references = await Promise.all(answers.map(async (answer) => (await readJson<{ reference: string }>(answer)).reference));
    expect(new Set(references).size).toBe(1);
    expect(await requests().count({} as never)).toBe(before + 1);
  });

  it('treats the same request posted twice without a key as one', async () => {
    const before = await requests().count({} as never);
    const body = { ...helpRequest, description: 'Un double clic ne crée qu’une demande.' };
    const first = await readJson<{ reference: string }>(await post('help-requests', body));
    const second = await readJson<{ reference: string }>(await post('help-requests', body));
    expect(second.reference).toBe(first.reference);
    expect(await requests().count({} as never)).toBe(before + 1);
  });

  it('says per field, in the form language, what needs another look, and stores nothing', async () => {
    const before = await requests().count({} as never);
    const response = await post('help-requests', { ...helpRequest, locale: 'nl', phone: '', contactName: '<script>alert(1)</script>'.repeat(10), categories: ['bingo'] });
    expect(response.status).toBe(422);
    const { error } = await readJson<{ error: { fields: Record<string, string> } }>(response);
    expect(error.fields).toEqual({
      contactName: 'Dit is te lang: maximaal 120 tekens.',
      categories: 'Kies een van de mogelijkheden uit de lijst.',
      contact: 'Geef een telefoonnummer of een e-mailadres, zodat we je kunnen bereiken.',
    });
    expect(await requests().count({} as never)).toBe(before);
  });

  it('answers bodies of the wrong kind with an error, never a server error', async () => {
    for (const body of [[], { consent: { $ne: null } }, { categories: 'walking' }]) {
      expect((await post('help-offers', body)).status, JSON.stringify(body)).toBe(422);
    }
    // Strapi's body parser refuses JSON that is not an object or a list before the form is read.
    for (const body of [null, 'text', 42]) {
      expect((await post('help-offers', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await post('nothing-here', helpRequest)).status).toBe(404);
  });

  it('pretends to thank a bot that fills the hidden field, and stores nothing', async () => {
    const before = await requests().count({} as never);
    const response = await post('help-requests', { ...helpRequest, website: 'http://spam.example' });
    expect(response.status).toBe(201);
    expect(await requests().count({} as never)).toBe(before);
  });

  it('still lets nobody read intake through the public API', async () => {
    expect([403, 404, 405]).toContain((await fetch(`${cms.url}/api/intake/help-requests`)).status);
    expect([403, 404]).toContain((await fetch(`${cms.url}/api/help-requests`)).status);
  });
});
