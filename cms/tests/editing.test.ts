import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { dataOf, parseJson, readJson, strapiDocument, strapiError } from './helpers/http';
import { staffFetch, staffToken, superAdminToken } from './helpers/staff';

/**
 * Editors know what is missing (a language, an image's alternative text) and cannot publish an
 * image without its alternative text in that language; an image over the limit is refused with a
 * message that says the limit. Only editors read these lists: back-office staff get 403.
 */

const IMAGE_MAX_MB = 1;
const HOOK_TOKEN = 'site-build-hook-token-for-editing-tests';

let cms: TestCms;
let editor: ReturnType<typeof staffFetch>;
let backOffice: ReturnType<typeof staffFetch>;

beforeAll(async () => {
  cms = await startCms({ CMS_IMAGE_MAX_MB: String(IMAGE_MAX_MB), SITE_BUILD_HOOK_TOKEN: HOOK_TOKEN });
  editor = staffFetch(cms, await staffToken(cms, 'editor'));
  backOffice = staffFetch(cms, await staffToken(cms, 'backOffice'));
});
afterAll(async () => {
  await cms?.stop();
});

const STORY = '/content-manager/collection-types/api::story.story';
/** A 1×1 transparent PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function uploadImage(token: string, bytes: Buffer, name: string): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

let counter = 0;
const storyData = (extra: Record<string, unknown> = {}) => ({
  title: `Buurtsoep ${++counter}`,
  slug: `buurtsoep-${counter}`,
  summary: 'Samen soep koken.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Elke vrijdag.' }] }],
  storyDate: '2026-11-20',
  ...extra,
});

async function createStory(locale: string, data: Record<string, unknown>, documentId?: string): Promise<string> {
  const response = await editor(documentId ? `${STORY}/${documentId}?locale=${locale}` : `${STORY}?locale=${locale}`, {
    method: documentId ? 'PUT' : 'POST',
    body: data,
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBeLessThan(300);
  return parseJson(text, dataOf(strapiDocument)).data.documentId;
}

const publish = (documentId: string, locale: string, headers: Record<string, string> = {}) =>
  editor(`${STORY}/${documentId}/actions/publish?locale=${locale}`, { method: 'POST', body: {}, headers });

const missingWork = dataOf(
  z.object({
    locales: z.array(z.looseObject({ type: z.string(), documentId: z.string(), title: z.string().nullable(), missing: z.array(z.string()) })),
    altTexts: z.array(z.looseObject({ type: z.string(), documentId: z.string(), locale: z.string(), altField: z.string() })),
  }),
);

describe('an image on a story', () => {
  let coverId: number;

  beforeAll(async () => {
    const token = await staffToken(cms, 'editor');
    const uploaded = await uploadImage(token, TINY_PNG, 'soep.png');
    expect(uploaded.status).toBe(201);
    [{ id: coverId }] = await readJson(uploaded, z.array(z.object({ id: z.number() })).min(1));
  });

  it('cannot be published in a language without its alternative text; the refusal names the field, in the editor’s language', async () => {
    const documentId = await createStory('nl', storyData({ cover: coverId }));
    const refused = await publish(documentId, 'nl');
    const text = await refused.text();
    expect(refused.status, text.slice(0, 300)).toBe(400);
    const { error } = parseJson(text, strapiError);
    expect(error.name).toBe('ValidationError');
    expect(error.details?.errors?.map((problem) => problem.path)).toContainEqual(['coverAlt']);
    expect(error.message).toContain('Description of the cover photo');
    expect(error.message).toContain('Dutch');

    const inFrench = await readJson(await publish(documentId, 'nl', { 'accept-language': 'fr-BE,fr;q=0.9' }), strapiError);
    expect(inFrench.error.message).toContain('néerlandais');
    expect(inFrench.error.message).toContain('avant de publier');
    expect(inFrench.error.message).toContain('Description de la photo de couverture');

    await createStory('nl', { coverAlt: 'Een grote pot soep op tafel' }, documentId);
    expect((await publish(documentId, 'nl')).status).toBe(200);

    // French has its own alternative text: the Dutch one does not count for it.
    await createStory('fr', { ...storyData({ cover: coverId }), title: 'Soupe de quartier' }, documentId);
    const refusedInFrench = await readJson(await publish(documentId, 'fr'), strapiError);
    expect(refusedInFrench.error.status).toBe(400);
    expect(refusedInFrench.error.message).toContain('French');
  });

  it('cannot be created published without it either (the document service then publishes without its middlewares)', async () => {
    const create = (title: string, coverAlt?: string) =>
      cms.strapi.documents('api::story.story').create({
        data: {
          title,
          slug: `soupe-${++counter}`,
          summary: 'Une soupe.',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Chaque vendredi.' }] }],
          storyDate: '2026-11-20',
          cover: coverId,
          ...(coverAlt ? { coverAlt } : {}),
        },
        locale: 'fr',
        status: 'published',
      });
    await expect(create('Soupe sans description')).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['coverAlt'] })] },
    });
    expect(await cms.strapi.db.query('api::story.story').count({ where: { title: 'Soupe sans description' } })).toBe(0);
    await expect(create('Soupe décrite', 'Une grande marmite de soupe')).resolves.toMatchObject({ publishedAt: expect.any(String) });
  });

  it('a story without an image is published without alternative text', async () => {
    const documentId = await createStory('nl', storyData());
    expect((await publish(documentId, 'nl')).status).toBe(200);
  });
});

describe('an image over the size limit', () => {
  it('is refused at upload with a message that says the limit, in the editor’s language; a smaller one is stored', async () => {
    const token = await staffToken(cms, 'editor');
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const large = Buffer.concat([TINY_PNG, Buffer.alloc(IMAGE_MAX_MB * 1024 * 1024 + 1)]);
    const refused = await uploadImage(token, large, 'te-groot.png');
    const text = await refused.text();
    expect(refused.status, text.slice(0, 300)).toBe(413);
    expect(parseJson(text, strapiError).error.message).toMatch(new RegExp(`at most ${IMAGE_MAX_MB} MB`));
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);

    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(large)], { type: 'image/png' }), 'te-groot.png');
    const inDutch = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'nl-BE' }, body: form });
    expect((await readJson(inDutch, strapiError)).error.message).toContain(`hoogstens ${IMAGE_MAX_MB} MB`);

    expect((await uploadImage(token, TINY_PNG, 'klein.png')).status).toBe(201);
  });
});

describe('the list of what is missing', () => {
  it('shows an editor the published documents missing a language, and images without alternative text in a language', async () => {
    const documentId = await createStory('nl', storyData({ title: 'Alleen in het Nederlands' }));
    expect((await publish(documentId, 'nl')).status).toBe(200);
    // An older image without alternative text, published before the rule (written past the document service).
    const uploaded = await readJson(await uploadImage(await staffToken(cms, 'editor'), TINY_PNG, 'oud.png'), z.array(z.object({ id: z.number() })).min(1));
    const olderId = await createStory('nl', storyData({ title: 'Ouder verhaal', cover: uploaded[0]!.id }));
    await cms.strapi.db.query('api::story.story').create({
      data: { ...storyData({ title: 'Ouder verhaal' }), documentId: olderId, locale: 'nl', publishedAt: new Date(), cover: uploaded[0]!.id },
    });

    const response = await editor('/editing/missing-work');
    expect(response.status).toBe(200);
    const { data } = await readJson(response, missingWork);
    expect(data.locales).toContainEqual(expect.objectContaining({ type: 'story', documentId, title: 'Alleen in het Nederlands', missing: ['fr', 'en'] }));
    expect(data.altTexts).toContainEqual(expect.objectContaining({ type: 'story', documentId: olderId, locale: 'nl', altField: 'coverAlt' }));
    // A draft is not missing anything yet.
    const draftOnly = await createStory('nl', storyData({ title: 'Nog een ontwerp' }));
    expect(data.locales.map((row) => row.documentId)).not.toContain(draftOnly);
  });

  it('is the super admin’s too, and refused to back-office staff (403) and to anyone not signed in (401)', async () => {
    expect((await staffFetch(cms, await superAdminToken(cms))('/editing/missing-work')).status).toBe(200);
    expect((await backOffice('/editing/missing-work')).status).toBe(403);
    expect((await fetch(`${cms.url}/editing/missing-work`)).status).toBe(401);
  });
});

describe('the state of the site build', () => {
  const report = (body: unknown, authorization?: string) =>
    fetch(`${cms.url}/api/site-builds/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
  const problem = {
    type: 'story',
    documentId: 'k2p9x7w1q8z3',
    slug: 'buurtsoep',
    locale: 'fr',
    field: 'body[2].children[0].url',
    message: 'must be a web address',
    rule: 'link',
  };
  const failed = {
    status: 'failed',
    startedAt: '2026-12-04T10:00:00.000Z',
    finishedAt: '2026-12-04T10:01:30.000Z',
    reason: 'The CMS sent content…',
    problems: [problem],
  };
  const buildState = dataOf(
    z.object({
      latest: z.looseObject({ status: z.string(), startedAt: z.string(), finishedAt: z.string().optional() }).optional(),
      failing: z.looseObject({ problems: z.array(z.looseObject({ type: z.string(), locale: z.string(), field: z.string() })).optional() }).optional(),
    }),
  );

  it("stores the builder's report of the documents and fields it refused, and shows it to editors", async () => {
    expect((await report(failed, `Bearer ${HOOK_TOKEN}`)).status).toBe(204);
    const { data } = await readJson(await editor('/site-builds/status'), buildState);
    expect(data.latest).toMatchObject({ status: 'failed', startedAt: failed.startedAt, finishedAt: failed.finishedAt });
    expect(data.failing?.problems).toEqual([problem]);
  });

  it('refuses a report with a wrong token, or problems that do not say where, and stores nothing', async () => {
    const forged = { ...failed, problems: [{ ...problem, field: 'forged' }] };
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${HOOK_TOKEN}x`]) expect((await report(forged, authorization)).status).toBe(401);
    for (const problems of [[{ ...problem, locale: 'de' }], [{ type: 'story' }], 'not a list', Array.from({ length: 51 }, () => problem)]) {
      expect((await report({ ...failed, problems }, `Bearer ${HOOK_TOKEN}`)).status).toBe(400);
    }
    const { data } = await readJson(await editor('/site-builds/status'), buildState);
    expect(data.failing?.problems).toEqual([problem]);
  });

  it('keeps a problem whose rule it does not know (an older builder, or nonsense) as "other", for the widget to word', async () => {
    const { rule: _rule, ...withoutRule } = problem;
    expect((await report({ ...failed, problems: [withoutRule, { ...problem, rule: '<img src=x>' }] }, `Bearer ${HOOK_TOKEN}`)).status).toBe(204);
    const { data } = await readJson(await editor('/site-builds/status'), buildState);
    expect(data.failing?.problems).toEqual([
      { ...problem, rule: 'other' },
      { ...problem, rule: 'other' },
    ]);
    expect((await report(failed, `Bearer ${HOOK_TOKEN}`)).status).toBe(204);
  });

  it('is for editors: back-office staff get 403, anyone not signed in 401', async () => {
    expect((await staffFetch(cms, await superAdminToken(cms))('/site-builds/status')).status).toBe(200);
    expect((await backOffice('/site-builds/status')).status).toBe(403);
    expect((await fetch(`${cms.url}/site-builds/status`)).status).toBe(401);
  });
});
