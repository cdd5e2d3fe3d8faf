import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_TYPES, LOCALES, PUBLIC_COLLECTION_TYPES } from '@cb/domain';
import { readJson, strapiList } from './helpers/http';
import { startCms, type TestCms } from './helpers/cms';
import { publicReadActions } from '../src/access/public-permissions';
import { pluralNameOf } from './helpers/records';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

const get = (path: string) => fetch(`${cms.url}${path}`);
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
