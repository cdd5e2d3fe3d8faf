import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { readJson, strapiList } from './helpers/http';
import type { TestCms } from './helpers/cms';
import { startCmsOnPostgres } from './helpers/postgres';

let cms: TestCms;

// The cluster is a copy of one on which a CMS made its first start (schema and seed on PostgreSQL, made once:
// testing/postgres-template.ts); this file checks what that start left, as served by a CMS started on it.
beforeAll(async () => {
  cms = await startCmsOnPostgres();
});
afterAll(async () => {
  await cms?.stop();
});

describe('the CMS on PostgreSQL', () => {
  it('boots, seeds and serves published content in every locale', async () => {
    expect(cms.strapi.db.dialect.client).toBe('postgres');
    for (const locale of LOCALES) {
      const response = await fetch(`${cms.url}/api/initiatives?locale=${locale}`);
      expect(response.status).toBe(200);
      const body = await readJson(response, strapiList);
      expect(body.meta.pagination.total).toBeGreaterThanOrEqual(40);
    }
    expect((await fetch(`${cms.url}/api/help-requests`)).status).toBe(404);
  });
});
