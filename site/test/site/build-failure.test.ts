import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, SEARCH_RESULTS_PATH } from '@cb/domain';
import { ui } from '../../src/i18n/index.ts';
import { cmsStory, startFakeCms, type FakeCms } from '../support/fake-cms.ts';

const SITE_DIR = path.resolve(import.meta.dirname, '../..');
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * Runs `astro build` against a CMS into a throwaway folder; resolves with the exit code and the output.
 * Without a search service unless `searchEnv` gives one, whatever the shell has set.
 */
function build(cmsUrl: string, outDir: string, searchEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PUBLIC_MEILI_')));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ASTRO_BIN, 'build'],
      { cwd: SITE_DIR, env: { ...env, ...searchEnv, CMS_URL: cmsUrl, SITE_OUT_DIR: outDir }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

const single = (locale: string, data: Record<string, unknown>) => ({ documentId: 'single', locale, ...data });

let cms: FakeCms;
let outDir: string;

beforeAll(async () => {
  cms = await startFakeCms();
  outDir = mkdtempSync(path.join(tmpdir(), 'cb-site-failing-build-'));
  const everyLocale = <T>(make: (locale: string) => T) => ({ nl: make('nl'), fr: make('fr'), en: make('en') });
  for (const endpoint of ['stories', 'initiatives', 'organisations', 'project-calls', 'pages']) cms.collections[endpoint] = everyLocale(() => []);
  cms.singles.global = everyLocale((locale) =>
    single(locale, { siteName: 'CB', tagline: 'T', phoneNumber: '02 555 01 23', phoneHours: 'H', socialLinks: [], footerText: 'F' }),
  );
  cms.singles.home = everyLocale((locale) =>
    single(locale, { heroTitle: 'H', heroText: 'T', phoneCallout: 'C', featuredStories: [], featuredInitiatives: [] }),
  );
  cms.collections.stories = { nl: [cmsStory({ documentId: 'ok1' })], fr: [cmsStory({ documentId: 'bad1', locale: 'fr', title: null })], en: [] };
});

afterAll(async () => {
  await cms?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a build from a CMS that sends unexpected data', () => {
  it('fails, naming the type, the document, the locale and the field', async () => {
    const { code, output } = await build(cms.url, outDir);
    expect(code).not.toBe(0);
    expect(output).toContain('story "bad1" (fr), field "title"');
  });

  it('writes the refused documents and fields for the builder to report, with the slug an editor knows the story by', async () => {
    const problemsFile = path.join(outDir, '..', `${path.basename(outDir)}.problems.jsonl`);
    const { code } = await build(cms.url, outDir, { SITE_BUILD_PROBLEMS_FILE: problemsFile });
    expect(code).not.toBe(0);
    const problems: unknown[] = readFileSync(problemsFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    rmSync(problemsFile, { force: true });
    expect(problems).toContainEqual(expect.objectContaining({ type: 'story', documentId: 'bad1', slug: expect.any(String), locale: 'fr', field: 'title' }));
  });
});

describe('a build without PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY', () => {
  it('succeeds, and the search page is the plain GET form and the static filter pages, with no JavaScript', async () => {
    cms.collections.stories = { nl: [cmsStory({ documentId: 'ok1' })], fr: [], en: [] };
    const { code, output } = await build(cms.url, outDir);
    expect(code, output.slice(-3000)).toBe(0);
    const html = readFileSync(path.join(outDir, routes.search('nl'), 'index.html'), 'utf8');
    expect(html).not.toContain('<astro-island');
    expect(html.match(/<script\b(?![^>]*application\/ld\+json)/g)).toBeNull();
    expect(html).toMatch(new RegExp(`<form class="search-form" role="search" action="${SEARCH_RESULTS_PATH}" method="get">`));
    expect(html).toContain('name="q"');
    expect(html).toContain(ui('nl').search.browseInstead);
    expect(html).toContain(`href="${routes.initiativesByMunicipality('nl', 'jette')}"`);
  });

  it('fails on a PUBLIC_MEILI_URL that is not a URL, saying which variable to fix', async () => {
    const { code, output } = await build(cms.url, outDir, { PUBLIC_MEILI_URL: 'search.example.org', PUBLIC_MEILI_SEARCH_KEY: 'key' });
    expect(code).not.toBe(0);
    expect(output).toContain('PUBLIC_MEILI_URL must be an absolute http(s) URL');
  });
});

describe('a build while the CMS is down', () => {
  it('fails, saying the CMS could not be read', async () => {
    await cms.close();
    const { code, output } = await build(cms.url, outDir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Could not read GET \/api\/[a-z/-]+ \(locale [a-z]{2}\) from the CMS at http:\/\/127\.0\.0\.1:\d+ \(3 attempts\)/);
  });
});
