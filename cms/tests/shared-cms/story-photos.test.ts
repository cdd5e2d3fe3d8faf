import * as z from 'zod';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessage } from '@cb/domain/intake';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { SAMPLE_BYTES, filesIn, sha256 } from '../helpers/proposal-files';
import { intakeRefusal, readJson, referenceAnswer, storedFile } from '../helpers/http';
import { contentApiToken, staffToken, superAdminToken, usersPermissionsToken } from '../helpers/staff';
import { storyPhotoDownloadPath } from '../../src/api/intake/attachments/download-route';
import { ANONYMISED } from '../../src/privacy/personal-data';
import { applyRetention } from '../../src/privacy/retention';

const STORY_SUBMISSION = 'api::story-submission.story-submission';

let cms: SharedCms;
let privateDir: string;

beforeAll(async () => {
  cms = await sharedCms();
  privateDir = cms.privateUploadsDir;
});
afterAll(async () => {
  await cms?.stop();
});

interface Photo {
  bytes: Buffer;
  name: string;
  type: string;
}

const fields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  locale: 'nl',
  title: 'Soep met de buren',
  text: 'Elke zondag koken we soep in de gang van ons gebouw.',
  mayPublish: 'on',
  publishAs: 'Els',
  contactName: 'Els Peeters',
  email: 'els@example.org',
  consent: 'on',
  ...overrides,
});

function postStory(values: Record<string, string>, photos: Photo[], accept = 'application/json') {
  const body = new FormData();
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  for (const photo of photos) body.append('photo', new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name);
  return fetch(`${cms.url}/api/intake/story-submissions`, { method: 'POST', headers: { accept }, body, redirect: 'manual' });
}

const storedStoryRow = z.looseObject({
  id: z.number(),
  documentId: z.string(),
  photo: storedFile.nullable(),
  title: z.string(),
});
const storedStory = async (where: Record<string, unknown>) => storedStoryRow.nullable().parse(await cms.strapi.db.query(STORY_SUBMISSION).findOne({ where }));
const storiesStored = () => cms.strapi.db.query(STORY_SUBMISSION).count({});

const png: Photo = { bytes: SAMPLE_BYTES.png, name: 'soep.png', type: 'image/png' };

describe('sending a story with a photo', () => {
  it('stores the story once, with the photo described on it and its bytes in private storage', async () => {
    const values = fields({ idempotencyKey: 'story-with-photo-01' });
    const first = await postStory(values, [png]);
    expect(first.status, await first.clone().text()).toBe(201);
    const { reference } = await readJson(first, referenceAnswer);

    const story = await storedStory({ reference });
    expect(story?.photo).toMatchObject({ name: 'soep.png', type: 'image/png', size: SAMPLE_BYTES.png.length, sha256: sha256(SAMPLE_BYTES.png) });
    expect(story!.photo!.id).toMatch(/^[a-f0-9]{32}$/);
    expect(await readFile(path.join(privateDir, story!.photo!.id))).toEqual(SAMPLE_BYTES.png);

    // A retry (a double click, a resend after a timeout) keeps the first story and no second file.
    const filesBefore = await filesIn(privateDir);
    const storiesBefore = await storiesStored();
    const retry = await postStory(values, [png]);
    expect(retry.status).toBe(200);
    expect(await readJson(retry, referenceAnswer)).toEqual({ reference });
    expect(await storiesStored()).toBe(storiesBefore);
    expect((await filesIn(privateDir)).sort()).toEqual(filesBefore.sort());
  });

  it('answers a form posted without JavaScript with the thank-you page, the photo kept', async () => {
    const jpeg: Photo = { bytes: SAMPLE_BYTES.jpeg, name: 'buurt.jpeg', type: 'image/jpeg' };
    const response = await postStory(fields({ title: 'Zonder JavaScript' }), [jpeg], 'text/html');
    expect(response.status).toBe(303);
    const reference = new URL(response.headers.get('location')!, cms.url).searchParams.get('reference');
    expect(response.headers.get('location')).toMatch(/^\/api\/intake\/thank-you\/story-submissions\?locale=nl&reference=CB-/);
    const story = await storedStory({ reference });
    expect(story?.photo).toMatchObject({ name: 'buurt.jpeg', type: 'image/jpeg', sha256: sha256(SAMPLE_BYTES.jpeg) });
    expect(existsSync(path.join(privateDir, story!.photo!.id))).toBe(true);
  });

  it('stores a story without a photo, sent with an empty file input or as JSON', async () => {
    const empty = await postStory(fields({ title: 'Zonder foto' }), [{ bytes: Buffer.alloc(0), name: '', type: 'application/octet-stream' }]);
    expect(empty.status).toBe(201);
    expect((await storedStory({ reference: (await readJson(empty, referenceAnswer)).reference }))?.photo).toBeNull();

    const { locale: _locale, mayPublish: _mayPublish, consent: _consent, ...text } = fields({ title: 'Als JSON' });
    const json = await fetch(`${cms.url}/api/intake/story-submissions?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...text, mayPublish: false, consent: true }),
    });
    expect(json.status).toBe(201);
    expect((await storedStory({ reference: (await readJson(json, referenceAnswer)).reference }))?.photo).toBeNull();
  });
});

describe('refusing what is not a photo', () => {
  it('refuses a program renamed .jpg with a message on the photo, storing nothing', async () => {
    const storiesBefore = await storiesStored();
    const filesBefore = await filesIn(privateDir);
    const response = await postStory(fields({ title: 'Een programma' }), [{ bytes: SAMPLE_BYTES.exe, name: 'foto.jpg', type: 'image/jpeg' }]);
    expect(response.status).toBe(422);
    expect((await readJson(response, intakeRefusal)).error.fields).toEqual({ photo: fieldMessage('photo-type', 'nl', { names: 'foto.jpg' }) });
    expect(await storiesStored()).toBe(storiesBefore);
    expect(await filesIn(privateDir)).toEqual(filesBefore);
  });

  it('refuses a PDF and two photos, in the form language', async () => {
    const pdf = await postStory(fields({ locale: 'fr' }), [{ bytes: SAMPLE_BYTES.pdf, name: 'verhaal.pdf', type: 'application/pdf' }]);
    expect((await readJson(pdf, intakeRefusal)).error.fields).toEqual({ photo: fieldMessage('photo-type', 'fr', { names: 'verhaal.pdf' }) });
    const two = await postStory(fields({ locale: 'en' }), [png, { ...png, name: 'tweede.png' }]);
    expect((await readJson(two, intakeRefusal)).error.fields).toEqual({ photo: fieldMessage('photo-too-many', 'en') });
  });

  it('sends a browser without JavaScript back to the form with the message, and keeps no file', async () => {
    const filesBefore = await filesIn(privateDir);
    const response = await postStory(fields({ title: 'Opnieuw' }), [{ bytes: SAMPLE_BYTES.exe, name: 'foto.jpg', type: 'image/jpeg' }], 'text/html');
    expect(response.status).toBe(303);
    const page = await fetch(new URL(response.headers.get('location')!, cms.url));
    const markup = await page.text();
    expect(markup).toContain('foto.jpg: dit is geen foto die we kunnen openen');
    expect(markup).toContain('value="Opnieuw"');
    expect(markup).toMatch(/<input type="file" id="story-submission-photo"[^>]*accept="image\/jpeg,image\/png/);
    expect(await filesIn(privateDir)).toEqual(filesBefore);
  });
});

describe('downloading a story’s photo', () => {
  const stored = { story: '', photo: '' };
  const download = (token?: string, story = stored.story, photo = stored.photo) =>
    fetch(`${cms.url}${storyPhotoDownloadPath(story, photo)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    const response = await postStory(fields({ title: 'Om te downloaden' }), [png]);
    const story = await storedStory({ reference: (await readJson(response, referenceAnswer)).reference });
    stored.story = story!.documentId;
    stored.photo = story!.photo!.id;
  });

  it('serves the photo to the back office, editors and the super admin as a download that no browser sniffs', async () => {
    for (const token of [await staffToken(cms, 'backOffice'), await staffToken(cms, 'editor'), await superAdminToken(cms)]) {
      const response = await download(token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="soep.png"');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_BYTES.png);
    }
  });

  it('refuses anonymous visitors, content API accounts and content API tokens', async () => {
    expect((await download()).status).toBe(401);
    expect((await download(await usersPermissionsToken(cms))).status).toBe(401);
    expect((await download(await contentApiToken(cms))).status).toBe(401);
  });

  it('serves only the photo of the story named in the address', async () => {
    const token = await superAdminToken(cms);
    expect((await download(token, stored.story, 'f'.repeat(32))).status).toBe(404);
    expect((await download(token, 'no-such-story')).status).toBe(404);
    expect((await fetch(`${cms.url}/uploads/${stored.photo}`)).status).toBe(404);
  });
});

describe('retention of a story with a photo', () => {
  it('removes the photo’s file and its description when the closed story is anonymised', async () => {
    const response = await postStory(fields({ title: 'Oud verhaal' }), [png]);
    const story = await storedStory({ reference: (await readJson(response, referenceAnswer)).reference });
    const photoFile = path.join(privateDir, story!.photo!.id);
    expect(existsSync(photoFile)).toBe(true);
    await cms.strapi.db.query(STORY_SUBMISSION).update({ where: { id: story!.id }, data: { caseStatus: 'declined' } });

    const twoYearsOn = new Date(Date.now() + 2 * 366 * 24 * 3600 * 1000);
    await applyRetention(cms.strapi, twoYearsOn, 12);

    const wiped = await storedStory({ id: story!.id });
    expect(wiped?.title).toBe(ANONYMISED);
    expect(wiped?.photo).toBeNull();
    expect(existsSync(photoFile)).toBe(false);
  });
});
