import { statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_TYPES, LOCALES, PUBLIC_COLLECTION_TYPES } from '@cb/domain';
import { documentStamp, publishedStampsSchema } from '@cb/domain/cms-api';
import { readJson, strapiList } from '../helpers/http';
import { sharedCms, type TestCms } from '../helpers/cms';
import { publicReadActions } from '../../src/access/public-permissions';
import { pluralNameOf } from '../helpers/records';

let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
});
afterAll(async () => cms?.stop());

const get = (route: string) => fetch(`${cms.url}${route}`);
const SEED_IMAGES = path.resolve(import.meta.dirname, '../../seed/images');
const uploadedFile = z.looseObject({ id: z.number(), url: z.string() });
const pluralOf = (type: string) => pluralNameOf(cms.strapi, type);

describe('public content API', () => {
  it.each(LOCALES)('lists published stories in %s', async (locale) => {
    const response = await get(`/api/stories?locale=${locale}`);
    expect(response.status).toBe(200);
    const body = await readJson(response, strapiList);
    expect(body.data.length).toBeGreaterThan(0);
    for (const story of body.data) expect(story.locale).toBe(locale);
  });

  it('grants the public role exactly read access to public content', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = z
      .array(z.looseObject({ action: z.string() }))
      .parse(role.permissions)
      .map((permission) => permission.action)
      .sort();
    expect(actions).toEqual(publicReadActions().sort());
  });

  it.each(INTAKE_TYPES)('never serves %s records, whatever the method', async (type) => {
    const plural = pluralOf(type);
    for (const [method, path] of [
      ['GET', `/api/${plural}`],
      ['GET', `/api/${plural}/1`],
      ['POST', `/api/${plural}`],
      ['PUT', `/api/${plural}/1`],
      ['DELETE', `/api/${plural}/1`],
    ] as const) {
      const response = await fetch(`${cms.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{"data":{}}',
      });
      expect([403, 404, 405], `${method} ${path}`).toContain(response.status);
      const text = await response.text();
      expect(text).not.toMatch(/"data":\s*\[\s*\{/);
    }
  });

  it.each(PUBLIC_COLLECTION_TYPES)('refuses writes on %s', async (type) => {
    const plural = pluralOf(type);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const path = method === 'POST' ? `/api/${plural}` : `/api/${plural}/some-id`;
      const response = await fetch(`${cms.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: '{"data":{"title":"x"}}' });
      expect([403, 404, 405]).toContain(response.status);
    }
  });

  it('hides drafts: unpublished documents and ?status=draft', async () => {
    const draft = await cms.strapi.documents('api::story.story').create({
      locale: 'fr',
      data: { title: 'Brouillon secret', slug: 'brouillon-secret', summary: 'Pas encore publié', body: [], storyDate: '2026-11-01' },
    });
    expect((await get(`/api/stories/${draft.documentId}?locale=fr`)).status).toBe(404);
    const list = await readJson(await get('/api/stories?locale=fr&pagination[pageSize]=100'), strapiList);
    expect(list.data.map((story) => story.documentId)).not.toContain(draft.documentId);
    expect((await get('/api/stories?locale=fr&status=draft')).status).toBe(403);
  });

  it('lists the stamp of every published document of a public collection, and of nothing else', async () => {
    const stamps = async (type: string, locale: string) => {
      const response = await get(`/api/published-stamps/${type}?locale=${locale}`);
      expect(response.status, `${type} ${locale}`).toBe(200);
      return (await readJson(response, publishedStampsSchema)).data;
    };
    for (const type of PUBLIC_COLLECTION_TYPES)
      for (const locale of LOCALES) {
        const listed = await readJson(await get(`/api/${pluralOf(type)}?locale=${locale}&pagination[pageSize]=100&fields[0]=updatedAt`), strapiList);
        const expected = Object.fromEntries(listed.data.map((row) => [row.documentId, documentStamp(Number(row.id), row.updatedAt)]));
        expect(await stamps(type, locale), `${type} ${locale}`).toEqual(expected);
      }

    const draft = await cms.strapi.documents('api::story.story').create({
      locale: 'nl',
      data: { title: 'Nog niet klaar', slug: 'nog-niet-klaar', summary: 'Concept', body: [], storyDate: '2026-11-01' },
    });
    expect(Object.keys(await stamps('story', 'nl'))).not.toContain(draft.documentId);
    await cms.strapi.documents('api::story.story').publish({ documentId: draft.documentId, locale: 'nl' });
    const published = (await stamps('story', 'nl'))[draft.documentId];
    expect(published).toMatch(/^\d+@\d{4}-/);
    await cms.strapi.documents('api::story.story').update({ documentId: draft.documentId, locale: 'nl', data: { summary: 'Aangepast' } });
    await cms.strapi.documents('api::story.story').publish({ documentId: draft.documentId, locale: 'nl' });
    expect((await stamps('story', 'nl'))[draft.documentId]).not.toBe(published);
    expect(Object.keys(await stamps('story', 'fr'))).not.toContain(draft.documentId);
    await cms.strapi.documents('api::story.story').unpublish({ documentId: draft.documentId, locale: 'nl' });
    expect(Object.keys(await stamps('story', 'nl'))).not.toContain(draft.documentId);
  });

  it.each([...INTAKE_TYPES, 'match', 'story-submission', 'no-such-type', '..%2Fstory', 'story%00'])('has no stamps of %s', async (type) => {
    const response = await get(`/api/published-stamps/${type}?locale=nl`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/"data":\s*\{\s*"/);
  });

  it.each(['', 'locale=de', 'locale=', 'locale[]=nl', 'locale=nl&locale=fr'])('asks for a locale in the stamps (%s)', async (query) => {
    const response = await get(`/api/published-stamps/story?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { status: 400, details: { fields: { locale: expect.any(String) } } } });
  });

  it('refuses user-account routes to the public', async () => {
    const response = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x', email: 'x@example.org', password: 'Password-123' }),
    });
    expect([403, 404]).toContain(response.status);
    expect((await get('/api/users')).status).toBe(403);
    expect((await get('/api/upload/files')).status).toBe(403);
  });
});

describe('uploaded files', () => {
  const upload = (file: string) => {
    const filepath = path.join(SEED_IMAGES, file);
    return { filepath, originalFilename: file, mimetype: 'image/jpeg', size: statSync(filepath).size };
  };

  it('answer a conditional request with 304 while unchanged, and with the new file once replaced (its URL stays)', async () => {
    const service = cms.strapi.plugin('upload').service('upload');
    const [stored] = z.array(uploadedFile).parse(await service.upload({ data: { fileInfo: { name: 'revalidation.jpg' } }, files: upload('walking.jpg') }));
    const first = await get(stored!.url);
    expect(first.status).toBe(200);
    const firstBytes = Buffer.from(await first.arrayBuffer());
    // As Astro's build revalidates a cached remote image: its two validators, to which Node's fetch adds
    // `Cache-Control: no-cache` (addressed to caches on the way; the file server still compares).
    const validators = { 'if-none-match': first.headers.get('etag') ?? '', 'if-modified-since': first.headers.get('last-modified') ?? '' };
    expect(validators['if-none-match']).not.toBe('');

    const unchanged = await fetch(`${cms.url}${stored!.url}`, { headers: validators });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    const byDateOnly = await fetch(`${cms.url}${stored!.url}`, {
      headers: { 'if-modified-since': validators['if-modified-since'], 'cache-control': 'no-cache' },
    });
    expect(byDateOnly.status).toBe(304);
    const otherTag = await fetch(`${cms.url}${stored!.url}`, { headers: { 'if-none-match': 'W/"0-0"', 'if-modified-since': validators['if-modified-since'] } });
    expect(otherTag.status).toBe(200);

    const replaced = z
      .array(uploadedFile)
      .or(uploadedFile)
      .parse(await service.replace(stored!.id, { data: { fileInfo: {} }, file: upload('reading.jpg') }));
    expect(Array.isArray(replaced) ? replaced[0]!.url : replaced.url).toBe(stored!.url);
    const afterReplace = await fetch(`${cms.url}${stored!.url}`, { headers: validators });
    expect(afterReplace.status).toBe(200);
    expect(Buffer.from(await afterReplace.arrayBuffer()).equals(firstBytes)).toBe(false);
  });
});
