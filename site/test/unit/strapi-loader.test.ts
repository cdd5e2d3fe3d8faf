import type { LoaderContext } from 'astro/loaders';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { globalSource, initiativeSource, storySource } from '../../src/lib/cms/sources.ts';
import { CmsApiError, fieldPath } from '@cb/domain/cms-api';
import { syncedEntries } from '../../src/lib/cms/entry-store.ts';
import { strapiCollectionLoader, strapiSingleTypeLoader } from '../../src/lib/cms/strapi-loader.ts';
import { cmsStory, startFakeCms, type FakeCms } from '../support/fake-cms.ts';

let contexts = 0;

/**
 * Just enough of Astro's loader context: a meta store, a cache folder, a logger, a digest. Each has
 * a collection of its own; `stored()` is what the pages of the build would read (`syncedEntries`).
 */
function loaderContext({ meta = new Map<string, string>(), cacheDir = mkdtempSync(path.join(tmpdir(), 'cb-loader-')) } = {}) {
  const logged: string[] = [];
  const collection = `test${++contexts}`;
  const context = {
    collection,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger: { info: (message: string) => logged.push(message), warn: (message: string) => logged.push(message) },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  const stored = () => new Map([...syncedEntries<Record<string, unknown>>(collection)].map(([id, { data }]) => [id, { id, data }]));
  return { context, stored, logged, meta, cacheDir };
}

let cms: FakeCms;
const savedCmsUrl = process.env.CMS_URL;

beforeAll(async () => {
  cms = await startFakeCms();
  process.env.CMS_URL = cms.url;
});

afterEach(() => {
  cms.collections = {};
  cms.singles = {};
  cms.requests.length = 0;
});

afterAll(async () => {
  process.env.CMS_URL = savedCmsUrl;
  await cms.close();
});

/** The URL of a loopback port nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const inLocales = (make: (locale: string) => Record<string, unknown>[]) => ({ nl: make('nl'), fr: make('fr'), en: make('en') });

describe('the CMS loader', () => {
  it('reads every locale and every page of a collection, published content only', async () => {
    cms.collections.stories = inLocales((locale) => Array.from({ length: 230 }, () => cmsStory({ locale })));
    const { context, stored } = loaderContext();
    await strapiCollectionLoader(storySource).load(context);
    const entries = stored();
    expect(entries.size).toBe(690);
    // The content in three pages (after the documents' stamps, asked for without content).
    expect(cms.requests.filter((request) => request.startsWith('/api/stories?') && request.includes('locale=fr') && request.includes('populate'))).toHaveLength(
      3,
    );
    expect(cms.requests.every((request) => !request.includes('status=draft'))).toBe(true);
    const first = [...entries.values()][0];
    expect(first?.id).toMatch(/^nl\/story\d+$/);
    expect(first?.data).toMatchObject({ locale: 'nl', municipality: 'jette', initiativeIds: [] });
  });

  it('makes media URLs absolute on the CMS and keeps the localized alt text', async () => {
    cms.collections.stories = inLocales((locale) => [
      cmsStory({ locale, cover: { url: '/uploads/walk.jpg', width: 1200, height: 800, mime: 'image/jpeg' }, coverAlt: `alt ${locale}` }),
    ]);
    const { context, stored } = loaderContext();
    await strapiCollectionLoader(storySource).load(context);
    const french = [...stored().values()].find((entry) => entry.id.startsWith('fr/'));
    expect(french?.data.cover).toEqual({ src: `${cms.url}/uploads/walk.jpg`, width: 1200, height: 800, alt: 'alt fr' });
  });

  it('forgets documents that are no longer published', async () => {
    const kept = cmsStory();
    cms.collections.stories = { nl: [kept, cmsStory()] };
    const { context, stored } = loaderContext();
    await strapiCollectionLoader(storySource).load(context);
    cms.collections.stories = { nl: [kept] };
    await strapiCollectionLoader(storySource).load(context);
    expect([...stored().keys()]).toEqual([`nl/${String(kept.documentId)}`]);
  });

  it('keeps the entries for the next build: another process reads them from the cache folder and asks the CMS only for stamps', async () => {
    cms.collections.stories = inLocales((locale) => [cmsStory({ locale }), cmsStory({ locale })]);
    const first = loaderContext();
    await strapiCollectionLoader(storySource).load(first.context);
    // Another cache folder with the same files and meta store: nothing in this process's memory goes with it.
    const copy = mkdtempSync(path.join(tmpdir(), 'cb-loader-'));
    cpSync(first.cacheDir, copy, { recursive: true });
    const next = loaderContext({ meta: new Map(first.meta), cacheDir: copy });
    Object.assign(next.context, { collection: first.context.collection });
    cms.requests.length = 0;
    await strapiCollectionLoader(storySource).load(next.context);
    expect(cms.requests.filter((request) => request.includes('populate'))).toEqual([]);
    expect(next.logged.at(-1)).toMatch(/0 read again, 0 removed, 6 in all \(incremental\)/);
    expect(first.stored().size).toBe(6);
  });

  it('reads everything again when the entries that go with its state are missing', async () => {
    cms.collections.stories = inLocales((locale) => [cmsStory({ locale })]);
    const first = loaderContext();
    await strapiCollectionLoader(storySource).load(first.context);
    const next = loaderContext({ meta: new Map(first.meta) });
    Object.assign(next.context, { collection: first.context.collection });
    await strapiCollectionLoader(storySource).load(next.context);
    expect(next.logged.at(-1)).toBe('3 story documents (nl 1, fr 1, en 1)');
    expect(first.stored().size).toBe(3);
  });

  it('fails with the type, documentId, locale and field of a document it cannot use', async () => {
    cms.collections.stories = { fr: [cmsStory({ documentId: 'abc123', locale: 'fr', title: 42 })] };
    const { context } = loaderContext();
    const failure = strapiCollectionLoader(storySource).load(context);
    await expect(failure).rejects.toBeInstanceOf(CmsApiError);
    await expect(failure).rejects.toMatchObject({ failure: 'invalid-content' });
    await expect(failure).rejects.toThrow(/story "abc123" \(fr\), field "title": .*expected string/);
  });

  it('names the field deep inside rich text', async () => {
    cms.collections.stories = { nl: [cmsStory({ documentId: 'deep', body: [{ type: 'paragraph', children: [{ type: 'link', url: 7, children: [] }] }] })] };
    await expect(strapiCollectionLoader(storySource).load(loaderContext().context)).rejects.toThrow('story "deep" (nl), field "body[0].children[0].url"');
  });

  it('refuses a taxonomy code that @cb/domain does not know', async () => {
    cms.collections.initiatives = {
      en: [
        {
          ...cmsStory({ documentId: 'init1', locale: 'en' }),
          description: [],
          howToJoin: 'Call.',
          categories: [{ code: 'teleportation' }],
        },
      ],
    };
    await expect(strapiCollectionLoader(initiativeSource).load(loaderContext().context)).rejects.toThrow('initiative "init1" (en), field "categories[0].code"');
  });

  it('refuses an image that is not on the CMS origin', async () => {
    cms.collections.stories = {
      nl: [cmsStory({ documentId: 'img', cover: { url: 'https://elsewhere.example/a.jpg', width: 10, height: 10, mime: 'image/jpeg' } })],
    };
    await expect(strapiCollectionLoader(storySource).load(loaderContext().context)).rejects.toThrow(
      /story "img" \(nl\), field "cover.url": points to https:\/\/elsewhere.example\/a.jpg, outside the CMS/,
    );
  });

  it('lists every problem at once, across documents and locales', async () => {
    cms.collections.stories = {
      nl: [cmsStory({ documentId: 'one', slug: 'no spaces please' })],
      en: [cmsStory({ documentId: 'two', locale: 'en', storyDate: 'yesterday' })],
    };
    const error = await strapiCollectionLoader(storySource)
      .load(loaderContext().context)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsApiError);
    expect((error as CmsApiError).problems.map((problem) => `${problem.documentId}/${problem.locale}/${problem.field}`)).toEqual([
      'one/nl/slug',
      'two/en/storyDate',
    ]);
  });

  it('names the rule each refused value breaks, for the editors’ widget to word (the English message is for the log)', async () => {
    cms.collections.stories = {
      nl: [
        cmsStory({
          documentId: 'link',
          body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }],
        }),
      ],
      fr: [cmsStory({ documentId: 'untitled', locale: 'fr', title: null })],
      en: [cmsStory({ documentId: 'heading', locale: 'en', body: [{ type: 'heading', level: 9, children: [{ type: 'text', text: 'x' }] }] })],
    };
    const error = await strapiCollectionLoader(storySource)
      .load(loaderContext().context)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsApiError);
    expect((error as CmsApiError).problems.map((problem) => `${problem.documentId}/${problem.field}: ${problem.rule}`)).toEqual([
      'link/body[0].children[0].url: link',
      'untitled/title: required',
      'heading/body[0].level: rich-text',
    ]);
  });

  it('fails clearly when the CMS is down', async () => {
    const downUrl = await closedPortUrl();
    process.env.CMS_URL = downUrl;
    try {
      const failure = strapiCollectionLoader(storySource, { retries: 0 }).load(loaderContext().context);
      await expect(failure).rejects.toBeInstanceOf(CmsApiError);
      await expect(failure).rejects.toMatchObject({ failure: 'unreachable' });
      await expect(failure).rejects.toThrow(/^Could not read GET \/api\/(stories|published-stamps\/story) \(locale (nl|fr|en)\) from the CMS at /);
      await expect(failure).rejects.toThrow(
        `from the CMS at ${downUrl} (1 attempt): connect ECONNREFUSED ${downUrl.replace('http://', '')}. Is the CMS running`,
      );
    } finally {
      process.env.CMS_URL = cms.url;
    }
  });

  it('fails clearly when the CMS answers something that is not a list', async () => {
    cms.singles.stories = { nl: { unexpected: true }, fr: { unexpected: true }, en: { unexpected: true } };
    await expect(strapiCollectionLoader(storySource).load(loaderContext().context)).rejects.toThrow(/not a list of documents/);
  });

  it('requires a single type in every locale', async () => {
    const global = (locale: string) => ({
      documentId: 'g',
      locale,
      siteName: 'Connecting Brussels',
      tagline: 'Tagline',
      phoneNumber: '+32 2 555 00 00',
      phoneHours: '9-17',
      contactEmail: null,
      socialLinks: [],
      footerText: 'Footer',
    });
    cms.singles.global = { nl: global('nl'), en: global('en') };
    await expect(strapiSingleTypeLoader(globalSource).load(loaderContext().context)).rejects.toThrow(
      'global without a documentId (fr), field "(the whole document)": is not published in this locale',
    );
    cms.singles.global.fr = global('fr');
    const { context, stored } = loaderContext();
    await strapiSingleTypeLoader(globalSource).load(context);
    expect([...stored().keys()]).toEqual(['nl', 'fr', 'en']);
  });
});

describe('fieldPath', () => {
  it('writes a path the way a reader expects', () => {
    expect(fieldPath(['body', 2, 'children', 0, 'url'])).toBe('body[2].children[0].url');
    expect(fieldPath([])).toBe('(the whole document)');
  });
});
