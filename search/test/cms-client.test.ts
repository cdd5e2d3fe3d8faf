import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsApiError, countPublished, fetchPublished, fetchPublishedDocument, publishedPages } from '@cb/domain/cms-api';
import { freePort } from '../src/meilisearch-binary.js';
import { FakeCms } from './helpers/fake-cms.js';
import { fixtureRow, IDS, seed } from './helpers/fixtures.js';

let cms: FakeCms;

beforeAll(async () => {
  cms = await new FakeCms().start();
  seed(cms);
  for (let n = 0; n < 12; n += 1) {
    cms.publish('organisation', {
      ...fixtureRow('organisation', IDS.organisation, 'fr'),
      documentId: `dorg${String(n).padStart(20, '0')}`,
      name: `Organisation ${n}`,
      slug: `organisation-${n}`,
    });
  }
});
afterAll(async () => cms?.close());

describe('reading published content from the CMS REST API', () => {
  it('reads every published document of a kind in a locale, page by page', async () => {
    const { documents, invalid } = await fetchPublished({ url: cms.url, pageSize: 5 }, 'organisation', 'fr');
    expect(invalid).toEqual([]);
    expect(documents).toHaveLength(13);
    expect(new Set(documents.map((document) => document.documentId)).size).toBe(13);
    expect(documents.every((document) => document.locale === 'fr')).toBe(true);
    expect(await countPublished({ url: cms.url }, 'organisation', 'fr')).toBe(13);
    expect(await countPublished({ url: cms.url }, 'organisation', 'nl')).toBe(1);
  });

  it('does not skip a document when another one is unpublished between two pages', async () => {
    const seen: string[] = [];
    const pages = publishedPages({ url: cms.url, pageSize: 4 }, 'organisation', 'fr');
    const first = await pages.next();
    seen.push(...(first.done ? [] : first.value.documents).map((document) => document.documentId));
    const unpublished = seen[1] as string;
    const row = fixtureRow('organisation', IDS.organisation, 'fr');
    cms.unpublish('organisation', unpublished, 'fr');
    try {
      for await (const page of pages) seen.push(...page.documents.map((document) => document.documentId));
      expect(seen).toHaveLength(13);
    } finally {
      cms.publish('organisation', unpublished === IDS.organisation ? row : { ...row, documentId: unpublished, name: 'Back', slug: 'back' });
    }
  });

  it('asks only for published public content, populating the relations the mapping needs', async () => {
    const before = cms.requests.length;
    const document = await fetchPublishedDocument({ url: cms.url }, 'initiative', IDS.groceries, 'nl');
    const request = cms.requests.slice(before).join('\n');
    expect(request).toMatch(/^\/api\/initiatives\?locale=nl&/);
    expect(decodeURIComponent(request)).toContain('filters[documentId][$eq]=dgroceries000000000000001');
    expect(decodeURIComponent(request)).toContain('populate[categories][fields][0]=code');
    expect(decodeURIComponent(request)).toContain('populate[organisation][fields][1]=slug');
    expect(request).not.toContain('status=');
    expect(document?.categories).toEqual(['groceries']);
    expect(document?.organisation).toEqual({ documentId: IDS.organisation, name: 'Buurthuis De Linde' });
  });

  it('answers null for a document that is not published in that locale', async () => {
    cms.unpublish('story', IDS.story, 'en');
    try {
      expect(await fetchPublishedDocument({ url: cms.url }, 'story', IDS.story, 'en')).toBeNull();
      expect(await fetchPublishedDocument({ url: cms.url }, 'story', IDS.story, 'fr')).not.toBeNull();
      expect(await fetchPublishedDocument({ url: cms.url }, 'story', 'dnosuchdocument', 'fr')).toBeNull();
    } finally {
      cms.publish('story', fixtureRow('story', IDS.story, 'en'));
    }
  });

  it('sends the API token when it has one', async () => {
    await countPublished({ url: cms.url, token: 'read-only-token' }, 'story', 'nl');
    expect(cms.authorizations.at(-1)).toBe('Bearer read-only-token');
  });
});

describe('what the CMS client refuses', () => {
  it('names the document and the field that do not fit', async () => {
    cms.publish('initiative', {
      ...fixtureRow('initiative', IDS.phone, 'en'),
      title: null,
      categories: [{ label: 'no code' }],
      contactEmail: 'jan.peeters@@example.org',
    });
    try {
      const error = await fetchPublishedDocument({ url: cms.url }, 'initiative', IDS.phone, 'en').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CmsApiError);
      expect((error as CmsApiError).failure).toBe('invalid-content');
      expect((error as Error).message).toContain(`initiative "${IDS.phone}" (en), field "title": `);
      expect((error as Error).message).toContain(`initiative "${IDS.phone}" (en), field "categories[0].code": `);
      expect((error as Error).message).toContain(`initiative "${IDS.phone}" (en), field "contactEmail": `);
      expect((error as Error).message).not.toContain('jan.peeters');
      const { documents, invalid } = await fetchPublished({ url: cms.url }, 'initiative', 'en');
      expect(documents).toHaveLength(3);
      expect(invalid.map((problem) => problem.documentId)).toEqual([IDS.phone]);
    } finally {
      cms.publish('initiative', fixtureRow('initiative', IDS.phone, 'en'));
    }
  });

  it('names the request by path and locale only: no query, no token, no text of the CMS in its message', async () => {
    cms.failWith = 403;
    try {
      const error = await fetchPublishedDocument({ url: cms.url, token: 'secret-token' }, 'story', 'dsomeone000000000000001', 'fr').catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CmsApiError);
      const message = (error as Error).message;
      expect(message).toBe('The CMS refused GET /api/stories (locale fr): 403 Forbidden (does the public role of the CMS have read access to this type?)');
      for (const secret of ['stories?', 'locale=', 'secret-token', 'dsomeone', 'filters', 'Internal Server Error']) expect(message).not.toContain(secret);
    } finally {
      cms.failWith = null;
    }
  });

  it('says so when the CMS cannot be reached', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = await countPublished({ url }, 'story', 'nl').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsApiError);
    expect((error as CmsApiError).failure).toBe('unreachable');
    expect((error as Error).message).toBe(
      `Could not read GET /api/stories (locale nl) from the CMS at ${url} (1 attempt): connect ECONNREFUSED 127.0.0.1:${url.split(':')[2]}. Is the CMS running, and is its URL right?`,
    );
  });

  it('says so when the CMS answers with an error or with something else than a Strapi list', async () => {
    cms.failWith = 403;
    try {
      const error = await countPublished({ url: cms.url }, 'story', 'nl').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CmsApiError);
      expect((error as CmsApiError).failure).toBe('refused');
      expect((error as CmsApiError).status).toBe(403);
      expect((error as Error).message).toBe(
        'The CMS refused GET /api/stories (locale nl): 403 Forbidden (does the public role of the CMS have read access to this type?)',
      );
    } finally {
      cms.failWith = null;
    }
    const notStrapi = createServer((_request, response) => response.end('{"hello":"world"}'));
    await new Promise<void>((resolve) => notStrapi.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(notStrapi.address() as AddressInfo).port}`;
      const error = await countPublished({ url }, 'story', 'nl').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CmsApiError);
      expect((error as CmsApiError).failure).toBe('unexpected-answer');
      expect((error as Error).message).toMatch(
        /^The CMS answered GET \/api\/stories \(locale nl\) with something that is not a list of documents \(data: .*\)$/,
      );
    } finally {
      notStrapi.close();
    }
  });
});
