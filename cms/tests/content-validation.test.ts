import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { readJson } from './helpers/http';
import { staffFetch, staffToken } from './helpers/staff';

/**
 * An editor cannot save or publish what the site's build would refuse: a web address that is not
 * http(s), an email or phone number that is not one, a link in rich text that is none of these.
 * The content manager answers 400 with the field's path, so the editor sees the message under it.
 */

let cms: TestCms;
let editor: ReturnType<typeof staffFetch>;

beforeAll(async () => {
  cms = await startCms();
  editor = staffFetch(cms, await staffToken(cms, 'editor'));
});
afterAll(async () => {
  await cms?.stop();
});

const paragraph = (text: string, url?: string) => ({
  type: 'paragraph',
  children: url ? [{ type: 'link', url, children: [{ type: 'text', text }] }] : [{ type: 'text', text }],
});

let counter = 0;
const TYPES = {
  organisation: {
    uid: 'api::organisation.organisation',
    valid: () => ({ name: `Buurthuis ${++counter}`, slug: `buurthuis-${counter}`, summary: 'Een buurthuis.' }),
    fields: { website: 'website', email: 'email', phone: 'phone', blocks: 'description' },
  },
  initiative: {
    uid: 'api::initiative.initiative',
    valid: () => ({ title: `Wandelclub ${++counter}`, slug: `wandelclub-${counter}`, summary: 'Samen wandelen.', description: [paragraph('Elke dinsdag.')], howToJoin: 'Kom langs.' }),
    fields: { website: 'website', email: 'contactEmail', phone: 'contactPhone', blocks: 'description' },
  },
} as const;

interface ErrorAnswer {
  error?: { status: number; name: string; message: string; details?: { errors?: { path: string[]; message: string }[] } };
}

const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

async function expectRefused(response: Response, field: string, value: string): Promise<void> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(400);
  const { error } = JSON.parse(text) as ErrorAnswer;
  expect(error?.name).toBe('ValidationError');
  expect(error?.details?.errors?.map((problem) => problem.path)).toContainEqual([field]);
  expect(error?.details?.errors?.find((problem) => problem.path[0] === field)?.message).toContain(field);
  expect(text).not.toContain(value);
}

const BAD_WEBSITES = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://exa mple.be', 'https://example.be/a b', 'ftp://example.be'];
const BAD_EMAILS = ['hallo@', 'not an email', 'hallo@voorbeeld'];
const BAD_PHONES = ['call me maybe', 'O2 555 O1 23', '99'];
const BAD_LINKS = ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/'];

describe.each(Object.entries(TYPES))('an editor saving an %s', (_name, type) => {
  const cases: [string, string, unknown][] = [
    ...BAD_WEBSITES.map((value): [string, string, unknown] => [type.fields.website, value, value]),
    ...BAD_EMAILS.map((value): [string, string, unknown] => [type.fields.email, value, value]),
    ...BAD_PHONES.map((value): [string, string, unknown] => [type.fields.phone, value, value]),
    ...BAD_LINKS.map((value): [string, string, unknown] => [type.fields.blocks, value, [paragraph('Klik hier', value)]]),
  ];

  it.each(cases)('%s = %j is refused on create, with the field named, and nothing is stored', async (field, shown, value) => {
    const before = await cms.strapi.db.query(type.uid).count();
    await expectRefused(await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: { ...type.valid(), [field]: value } }), field, shown);
    await expectRefused(await editor(`${collection(type.uid)}/actions/publish?locale=nl`, { method: 'POST', body: { ...type.valid(), [field]: value } }), field, shown);
    expect(await cms.strapi.db.query(type.uid).count()).toBe(before);
  });

  it('is refused on update, and a draft that breaks a rule cannot be published', async () => {
    const created = await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: type.valid() });
    expect(created.status).toBe(201);
    const { data } = await readJson<{ data: { documentId: string } }>(created);
    const document = `${collection(type.uid)}/${data.documentId}?locale=nl`;
    await expectRefused(await editor(document, { method: 'PUT', body: { ...type.valid(), [type.fields.website]: 'javascript:alert(1)' } }), type.fields.website, 'javascript:alert(1)');

    // A draft stored before the rule existed (straight into the database): publishing it is refused.
    await cms.strapi.db.query(type.uid).update({ where: { documentId: data.documentId, locale: 'nl' }, data: { [type.fields.website]: 'javascript:alert(2)' } });
    await expectRefused(await editor(`${collection(type.uid)}/${data.documentId}/actions/publish?locale=nl`, { method: 'POST', body: {} }), type.fields.website, 'javascript:alert(2)');
    expect(await cms.strapi.documents(type.uid).findOne({ documentId: data.documentId, locale: 'nl', status: 'published' })).toBeNull();
  });

  it('valid addresses, emails, phone numbers and links are saved and published', async () => {
    const body = {
      ...type.valid(),
      [type.fields.website]: 'https://www.example.be/agenda',
      [type.fields.email]: 'info@example.be',
      [type.fields.phone]: '+32 2 555 01 23',
      [type.fields.blocks]: [paragraph('Site', 'https://example.be'), paragraph('Mail', 'mailto:info@example.be'), paragraph('Pagina', '/nl/over-ons')],
    };
    const published = await editor(`${collection(type.uid)}/actions/publish?locale=nl`, { method: 'POST', body });
    expect(published.status, (await published.clone().text()).slice(0, 300)).toBe(200);
  });
});

describe('the global settings', () => {
  it('refuse a social link that is not a web address, naming the link', async () => {
    const global = await cms.strapi.documents('api::global.global').findFirst({ locale: 'nl', populate: ['socialLinks'] });
    const response = await editor('/content-manager/single-types/api::global.global?locale=nl', {
      method: 'PUT',
      body: { ...global, socialLinks: [{ platform: 'facebook', url: 'https://facebook.com/connecting' }, { platform: 'instagram', url: 'javascript:alert(1)' }] },
    });
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(400);
    const { error } = JSON.parse(text) as ErrorAnswer;
    expect(error?.details?.errors?.map((problem) => problem.path)).toContainEqual(['socialLinks', '1', 'url']);
  });
});
