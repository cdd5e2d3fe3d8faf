import * as z from 'zod';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser, launchChromium, logInToAdmin, startAdminPanel, type AdminPanel } from '../testing/admin-panel';
import { STAFF_ROLES } from '../src/access/staff-roles';
import { startCms, type TestCms } from './helpers/cms';
import { dataOf, parseJson, readJson, strapiDocument, strapiError } from './helpers/http';
import { staffFetch, staffToken } from './helpers/staff';
import { isValueRule, LOCALES, type Locale, type ValueRule } from '@cb/domain';
import type { UID } from '@strapi/strapi';
import { fieldPathLabelOf } from '../src/editing/field-label';
import { whyRefused } from '../src/editing/value-rule-words';
import { staffText } from '../src/staff-texts';

/**
 * An editor cannot save or publish what the site's build would refuse: a web address that is not
 * http(s), an email or phone number that is not one, a link in rich text that is none of these.
 * The content manager answers 400 with the field's path, so the editor sees the message under it,
 * in the editor's language, with the rule's code for whoever words it later (a refused schedule).
 */

const HOOK_TOKEN = 'site-build-hook-token-for-tests';

let cms: TestCms;
let editor: ReturnType<typeof staffFetch>;

beforeAll(async () => {
  cms = await startCms({ SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN });
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
    valid: () => ({
      title: `Wandelclub ${++counter}`,
      slug: `wandelclub-${counter}`,
      summary: 'Samen wandelen.',
      description: [paragraph('Elke dinsdag.')],
      howToJoin: 'Kom langs.',
    }),
    fields: { website: 'website', email: 'contactEmail', phone: 'contactPhone', blocks: 'description' },
  },
} as const;

const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

/** What the content manager shows under a field refused for `rule`, in a staff language. */
function refusalWords(uid: UID.ContentType, path: string[], rule: ValueRule, locale: Locale = 'en'): string {
  const { id, values } = whyRefused(rule);
  return staffText(locale, 'editing.refusals.problem', { field: fieldPathLabelOf(cms.strapi, uid, path, locale), why: staffText(locale, id, values) });
}

/** Refused with a ValidationError at `path` (the field itself, or a place inside its rich text), in words, without the value. */
async function expectRefused(response: Response, uid: UID.ContentType, value: string, path: string[]): Promise<void> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(400);
  const { error } = parseJson(text, strapiError);
  expect(error?.name).toBe('ValidationError');
  const problem = error?.details?.errors?.find((candidate) => candidate.path.join('.') === path.join('.'));
  expect(problem, JSON.stringify(error?.details?.errors)).toBeDefined();
  const rule = problem?.rule;
  expect(isValueRule(rule) && rule !== 'other', `rule ${String(rule)}`).toBe(true);
  if (isValueRule(rule)) expect(problem?.message).toBe(refusalWords(uid, path, rule));
  expect(text).not.toContain(value);
}

const BAD_WEBSITES = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://exa mple.be', 'https://example.be/a b', 'ftp://example.be'];
const BAD_EMAILS = ['hallo@', 'hallo at voorbeeld punt be', 'hallo@voorbeeld'];
const BAD_PHONES = ['call me maybe', 'O2 555 O1 23', '99'];
const BAD_LINKS = ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/'];

describe.each(Object.entries(TYPES))('an editor saving an %s', (_name, type) => {
  const linkPath = [type.fields.blocks, '0', 'children', '0', 'url'];
  const cases: [string, string, unknown, string[]][] = [
    ...BAD_WEBSITES.map((value): [string, string, unknown, string[]] => [type.fields.website, value, value, [type.fields.website]]),
    ...BAD_EMAILS.map((value): [string, string, unknown, string[]] => [type.fields.email, value, value, [type.fields.email]]),
    ...BAD_PHONES.map((value): [string, string, unknown, string[]] => [type.fields.phone, value, value, [type.fields.phone]]),
    ...BAD_LINKS.map((value): [string, string, unknown, string[]] => [type.fields.blocks, value, [paragraph('Klik hier', value)], linkPath]),
  ];

  it.each(cases)('%s = %j is refused on create, with the field named, and nothing is stored', async (field, shown, value, path) => {
    const before = await cms.strapi.db.query(type.uid).count();
    await expectRefused(
      await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: { ...type.valid(), [field]: value } }),
      type.uid,
      shown,
      path,
    );
    await expectRefused(
      await editor(`${collection(type.uid)}/actions/publish?locale=nl`, { method: 'POST', body: { ...type.valid(), [field]: value } }),
      type.uid,
      shown,
      path,
    );
    expect(await cms.strapi.db.query(type.uid).count()).toBe(before);
  });

  it('is refused on update, and a draft that breaks a rule cannot be published', async () => {
    const created = await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: type.valid() });
    expect(created.status).toBe(201);
    const { data } = await readJson(created, dataOf(strapiDocument));
    const document = `${collection(type.uid)}/${data.documentId}?locale=nl`;
    await expectRefused(
      await editor(document, { method: 'PUT', body: { ...type.valid(), [type.fields.website]: 'javascript:alert(1)' } }),
      type.uid,
      'javascript:alert(1)',
      [type.fields.website],
    );

    // A draft stored before the rule existed (straight into the database): publishing it is refused.
    await cms.strapi.db
      .query(type.uid)
      .update({ where: { documentId: data.documentId, locale: 'nl' }, data: { [type.fields.website]: 'javascript:alert(2)' } });
    await expectRefused(
      await editor(`${collection(type.uid)}/${data.documentId}/actions/publish?locale=nl`, { method: 'POST', body: {} }),
      type.uid,
      'javascript:alert(2)',
      [type.fields.website],
    );
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

/** Rich text the site's block schema refuses, with where the CMS must say the problem is (after the field). */
const image = (size: { width: unknown; height: unknown }, url: unknown = '/uploads/tuin.jpg') => ({
  type: 'image',
  // Everything Strapi's own block validator asks of an uploaded image, so only the size or url is wrong.
  image: {
    name: 'tuin.jpg',
    hash: 'tuin_1a2b',
    ext: '.jpg',
    mime: 'image/jpeg',
    size: 12.3,
    provider: 'local',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    url,
    ...size,
    alternativeText: 'Een moestuin',
  },
  children: [{ type: 'text', text: '' }],
});
const BAD_BLOCKS: [string, unknown[], string[]][] = [
  ['an image of width and height 0', [paragraph('Intro'), image({ width: 0, height: 0 })], ['1', 'image', 'width']],
  ['an image of negative height', [image({ width: 640, height: -1 })], ['0', 'image', 'height']],
  ['an image of fractional width', [image({ width: 640.5, height: 480 })], ['0', 'image', 'width']],
  ['an image without an address', [image({ width: 640, height: 480 }, '')], ['0', 'image', 'url']],
  ['an image without its file', [{ type: 'image', children: [{ type: 'text', text: '' }] }], ['0', 'image']],
  ['a heading of level 7', [{ type: 'heading', level: 7, children: [{ type: 'text', text: 'Kop' }] }], ['0', 'level']],
  [
    'a list of unknown format',
    [{ type: 'list', format: 'checklist', children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }] }],
    ['0', 'format'],
  ],
  [
    'a nested list with a bad link',
    [
      {
        type: 'list',
        format: 'ordered',
        children: [
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }],
          },
        ],
      },
    ],
    ['0', 'children', '0', 'children', '0', 'children', '0', 'url'],
  ],
  ['an unknown block type', [{ type: 'iframe', children: [{ type: 'text', text: 'x' }] }], ['0', 'type']],
  ['a text that is not text', [{ type: 'paragraph', children: [{ type: 'text', text: 42 }] }], ['0', 'children', '0', 'text']],
];

/** Every content type with rich text, and a valid body for each (the rich text is the field under test). */
const RICH_TEXT_TYPES: { uid: UID.ContentType; field: string; valid: () => Record<string, unknown> }[] = [
  {
    uid: 'api::story.story',
    field: 'body',
    valid: () => ({ title: `Verhaal ${++counter}`, slug: `verhaal-${counter}`, summary: 'Een verhaal.', storyDate: '2026-11-20' }),
  },
  { uid: 'api::page.page', field: 'body', valid: () => ({ title: `Pagina ${++counter}`, slug: `pagina-${counter}` }) },
  { uid: 'api::project-call.project-call', field: 'body', valid: () => ({ title: `Oproep ${++counter}`, slug: `oproep-${counter}`, summary: 'Een oproep.' }) },
  { uid: TYPES.organisation.uid, field: 'description', valid: TYPES.organisation.valid },
  { uid: TYPES.initiative.uid, field: 'description', valid: TYPES.initiative.valid },
];

describe.each(RICH_TEXT_TYPES)('rich text the site cannot render in $uid', (type) => {
  it.each(BAD_BLOCKS)('%s is refused on create, update and publish, at its place, and nothing is stored', async (_name, blocks, place) => {
    const path = [type.field, ...place];
    const before = await cms.strapi.db.query(type.uid).count();
    await expectRefused(
      await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: { ...type.valid(), [type.field]: blocks } }),
      type.uid,
      'javascript:',
      path,
    );
    await expectRefused(
      await editor(`${collection(type.uid)}/actions/publish?locale=fr`, { method: 'POST', body: { ...type.valid(), [type.field]: blocks } }),
      type.uid,
      'javascript:',
      path,
    );
    expect(await cms.strapi.db.query(type.uid).count()).toBe(before);
  });
});

describe('a story whose body has an image of size 0 (the reported case)', () => {
  it('cannot be saved with PUT nor published, and the draft keeps its last valid body', async () => {
    const type = RICH_TEXT_TYPES[0]!;
    const good = { ...type.valid(), body: [paragraph('Een tuin.'), image({ width: 640, height: 480 })] };
    const created = await editor(`${collection(type.uid)}?locale=nl`, { method: 'POST', body: good });
    expect(created.status, (await created.clone().text()).slice(0, 300)).toBe(201);
    const { data } = await readJson(created, dataOf(strapiDocument));
    const document = `${collection(type.uid)}/${data.documentId}?locale=nl`;
    const broken = { ...good, body: [paragraph('Een tuin.'), paragraph('Meer.'), paragraph('Nog meer.'), image({ width: 0, height: 0 })] };
    await expectRefused(await editor(document, { method: 'PUT', body: broken }), type.uid, 'javascript:', ['body', '3', 'image', 'width']);
    await expectRefused(
      await editor(`${collection(type.uid)}/${data.documentId}/actions/publish?locale=nl`, { method: 'POST', body: broken }),
      type.uid,
      'javascript:',
      ['body', '3', 'image', 'height'],
    );
    const draft = await cms.strapi.documents(type.uid as 'api::story.story').findOne({ documentId: data.documentId, locale: 'nl', status: 'draft' });
    expect(JSON.stringify(draft?.body)).toContain('"width":640');
  });
});

describe('cloning a document', () => {
  it.each([
    ['website', 'javascript:alert(1)', ['website']],
    ['email', 'hallo@', ['email']],
    ['description', [image({ width: 0, height: 0 })], ['description', '0', 'image', 'width']],
  ] as const)('with %s = %j is refused, and no copy is stored', async (field, value, path) => {
    const created = await editor(`${collection(TYPES.organisation.uid)}?locale=nl`, { method: 'POST', body: TYPES.organisation.valid() });
    expect(created.status).toBe(201);
    const { data } = await readJson(created, dataOf(strapiDocument));
    const before = await cms.strapi.db.query(TYPES.organisation.uid).count();
    const clone = await editor(`${collection(TYPES.organisation.uid)}/clone/${data.documentId}?locale=nl`, {
      method: 'POST',
      body: { ...TYPES.organisation.valid(), [field]: value },
    });
    await expectRefused(clone, TYPES.organisation.uid, typeof value === 'string' ? value : 'javascript:', [...path]);
    expect(await cms.strapi.db.query(TYPES.organisation.uid).count()).toBe(before);
  });

  it('with valid values still makes a copy', async () => {
    const created = await editor(`${collection(TYPES.organisation.uid)}?locale=nl`, { method: 'POST', body: TYPES.organisation.valid() });
    const { data } = await readJson(created, dataOf(strapiDocument));
    const clone = await editor(`${collection(TYPES.organisation.uid)}/clone/${data.documentId}?locale=nl`, {
      method: 'POST',
      body: { ...TYPES.organisation.valid(), website: 'https://www.example.be' },
    });
    expect(clone.status, (await clone.clone().text()).slice(0, 300)).toBeLessThan(300);
  });
});

describe("an initiative's dates and hours", () => {
  const thursdays = { repeats: 'weekly', date: '2027-01-07', weekday: 'thursday', startTime: '14:00:00.000', endTime: '16:00:00.000', skipHolidays: true };

  it('refuse an entry the site cannot turn into dates, naming the entry and its field, and store nothing', async () => {
    const before = await cms.strapi.db.query(TYPES.initiative.uid).count();
    const times = [thursdays, { ...thursdays, weekday: null, endTime: '09:00:00.000' }, { ...thursdays, repeats: 'monthly', skipDates: 'Kerstmis' }];
    for (const action of ['', '/actions/publish']) {
      const response = await editor(`${collection(TYPES.initiative.uid)}${action}?locale=nl`, { method: 'POST', body: { ...TYPES.initiative.valid(), times } });
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBe(400);
      const { error } = parseJson(text, strapiError);
      expect(error?.details?.errors?.map((problem) => [problem.path, problem.rule])).toEqual([
        [['times', '1', 'weekday'], 'weekday-needed'],
        [['times', '1', 'endTime'], 'end-before-start'],
        [['times', '2', 'skipDates'], 'skip-days'],
        [['times', '2', 'weekOfMonth'], 'week-of-month-needed'],
      ]);
      expect(error?.details?.errors?.[1]?.message).toBe(refusalWords(TYPES.initiative.uid, ['times', '1', 'endTime'], 'end-before-start'));
      expect(text).not.toContain('Kerstmis');
    }
    expect(await cms.strapi.db.query(TYPES.initiative.uid).count()).toBe(before);
  });

  it('are saved and published when each entry is complete, the same in every language', async () => {
    const times = [
      thursdays,
      { repeats: 'monthly', date: '2027-01-01', weekday: 'monday', weekOfMonth: 'first', startTime: '10:00:00.000', skipDates: '01/02/2027' },
    ];
    const published = await editor(`${collection(TYPES.initiative.uid)}/actions/publish?locale=nl`, {
      method: 'POST',
      body: { ...TYPES.initiative.valid(), times },
    });
    expect(published.status, (await published.clone().text()).slice(0, 300)).toBe(200);
  });
});

describe('a refusal in the editor’s language', () => {
  it.each(LOCALES)('(%s) names the field as the content manager labels it and says why in words, for every kind of rule', async (locale) => {
    const email = `editor-${locale}@staff.example.org`;
    const token = await staffToken(cms, 'editor', email);
    await cms.strapi.db.query('admin::user').update({ where: { email }, data: { preferedLanguage: locale } });
    const uid = TYPES.initiative.uid;
    const times = [{ repeats: 'weekly', date: '2027-01-07', weekday: 'thursday', startTime: '14:00:00.000', endTime: '09:00:00.000' }];
    const body = {
      ...TYPES.initiative.valid(),
      website: 'https://exa mple.be',
      contactEmail: 'hallo@',
      description: [paragraph('Klik', 'javascript:alert(1)')],
      times,
    };
    const response = await staffFetch(cms, token)(`${collection(uid)}?locale=nl`, { method: 'POST', body });
    const { error } = parseJson(await response.text(), strapiError);
    const expected: [string[], ValueRule][] = [
      [['website'], 'web-address'],
      [['contactEmail'], 'email'],
      [['description', '0', 'children', '0', 'url'], 'link'],
      [['times', '0', 'endTime'], 'end-before-start'],
    ];
    expect(error?.details?.errors?.map((problem) => problem.message).sort()).toEqual(
      expected.map(([path, rule]) => refusalWords(uid, path, rule, locale)).sort(),
    );
    if (locale !== 'en') expect(error?.message).not.toContain(refusalWords(uid, ['website'], 'web-address', 'en'));
  });
});

describe('the global settings', () => {
  it('refuse a social link that is not a web address, naming the link', async () => {
    const global = await cms.strapi.documents('api::global.global').findFirst({ locale: 'nl', populate: ['socialLinks'] });
    const response = await editor('/content-manager/single-types/api::global.global?locale=nl', {
      method: 'PUT',
      body: {
        ...global,
        socialLinks: [
          { platform: 'facebook', url: 'https://facebook.com/connecting' },
          { platform: 'instagram', url: 'javascript:alert(1)' },
        ],
      },
    });
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(400);
    const { error } = parseJson(text, strapiError);
    expect(error?.details?.errors?.map((problem) => problem.path)).toContainEqual(['socialLinks', '1', 'url']);
  });
});

describe('a build that fails is shown to the editors', () => {
  const reason = 'organisation "k2p9x7w1q8z3" (nl), field "website": must be a web address that starts with https:// or http://';
  const report = (body: unknown, authorization?: string) =>
    fetch(`${cms.url}/api/site-builds/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
  const failed = { status: 'failed', startedAt: '2026-12-04T10:00:00.000Z', finishedAt: '2026-12-04T10:01:00.000Z', reason };

  it('refuses a report without the build hook token, and stores nothing', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${HOOK_TOKEN}`, `Bearer ${HOOK_TOKEN}x`]) {
      expect((await report({ ...failed, reason: 'forged' }, authorization)).status).toBe(401);
    }
    const status = await editor('/site-builds/status');
    expect(JSON.stringify(await status.json())).not.toContain('forged');
  });

  it("stores the builder's report of a failed build and gives it to an editor, not to anyone else", async () => {
    expect((await report({ status: 'nonsense', startedAt: 'yesterday' }, `Bearer ${HOOK_TOKEN}`)).status).toBe(400);
    expect((await report(failed, `Bearer ${HOOK_TOKEN}`)).status).toBe(204);

    const status = await editor('/site-builds/status');
    expect(status.status).toBe(200);
    const { data } = await readJson(
      status,
      z.looseObject({
        data: z.looseObject({
          latest: z.looseObject({ status: z.string() }).optional(),
          failing: z.looseObject({ reason: z.string().optional(), finishedAt: z.string().optional() }).optional(),
        }),
      }),
    );
    expect(data.latest?.status).toBe('failed');
    expect(data.failing).toMatchObject({ reason, finishedAt: failed.finishedAt });

    expect((await fetch(`${cms.url}/site-builds/status`)).status).toBe(401);
    expect((await fetch(`${cms.url}/site-builds/status`, { headers: { authorization: `Bearer ${HOOK_TOKEN}` } })).status).toBe(401);
  });

  it('a later build that succeeds clears the failure', async () => {
    expect(
      (await report({ status: 'succeeded', startedAt: '2026-12-04T11:00:00.000Z', finishedAt: '2026-12-04T11:01:00.000Z' }, `Bearer ${HOOK_TOKEN}`)).status,
    ).toBe(204);
    const { data } = await readJson(
      await editor('/site-builds/status'),
      z.looseObject({ data: z.looseObject({ latest: z.looseObject({ status: z.string() }).optional(), failing: z.unknown().optional() }) }),
    );
    expect(data.latest?.status).toBe('succeeded');
    expect(data.failing).toBeUndefined();
  });
});

describe('in the admin panel, in a real Chromium', () => {
  let panel: AdminPanel;
  let browser: Browser;

  beforeAll(async () => {
    panel = await startAdminPanel({ SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN }, { startFrom: inject('seededCmsDatabase') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await panel?.stop();
  });

  it('an editor sees on the home page that the last build failed, and what to fix', async () => {
    const reason = 'The CMS sent content the site cannot use (1 problem):\n  - organisation "k2p9x7w1q8z3" (nl), field "website": must be a web address';
    const reported = await fetch(`${panel.url}/api/site-builds/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${HOOK_TOKEN}` },
      body: JSON.stringify({ status: 'failed', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(), reason }),
    });
    expect(reported.status).toBe(204);

    const page = await logInToAdmin(browser, panel.url, await createStaffUser(panel.url, STAFF_ROLES.editor.code, 'builds-editor@staff.example.org'));
    await page.goto('/admin');
    const alert = page.getByTestId('site-build-failed');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('The last site build failed');
    expect(await alert.textContent()).toContain('organisation "k2p9x7w1q8z3" (nl), field "website"');
  });
});
