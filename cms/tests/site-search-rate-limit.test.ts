import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_TAGS, routes, SEARCH_RESULTS_PATH, type Locale } from '@cb/domain';
import { PAGE_SHELL_MARKERS } from '@cb/domain/intake';
import { ensureSearchOnlyKey, reindex, startMeilisearch, type RunningMeilisearch } from '@cb/search';
import { startCms, type TestCms } from './helpers/cms';
import { captureOutput } from './helpers/output';
import { rawRequest, type RawAnswer } from './helpers/raw-http';
import { OVERFLOW, RateLimiter } from '../src/api/intake/request/rate-limit';
import { ensureIntakeStateTables, RATE_WINDOWS_TABLE, SEARCH_CLIENT_WINDOWS_TABLE } from '../src/api/intake/request/state-tables';
import { sweepIntakeState } from '../src/api/intake/request/intake-state';

/**
 * Searches without JavaScript (GET /api/search) are limited per client address, in a window table of
 * their own (apart from the forms' allowance), counted in the database so that every replica counts
 * into the same window. A real CMS with a low limit (3 searches per 10 minutes), a real Meilisearch
 * filled from it, and a small site on loopback standing in for the built site's layout. Each check
 * searches from its own loopback address, so one check never uses up another's allowance.
 */

const SEARCH_LIMIT = 3;
const INTAKE_LIMIT = 2;
const MASTER_KEY = 'site-search-rate-limit-master-key';
let meiliDir: string;
let meili: RunningMeilisearch;
let site: Server;
let cms: TestCms;
let output: ReturnType<typeof captureOutput>;

/** The shell a site build writes for a locale (routes.intakeShell), reduced to what tells it apart. */
const shell = (locale: Locale) => `<!doctype html><html lang="${LOCALE_TAGS[locale]}"><head><title>${PAGE_SHELL_MARKERS.title}</title></head>
<body><header class="site-header">Connecting Brussels site header (${locale})</header>
<main id="main"><h1>${PAGE_SHELL_MARKERS.heading}</h1>${PAGE_SHELL_MARKERS.main}</main>
<footer class="site-footer">site footer</footer></body></html>`;

beforeAll(async () => {
  meiliDir = await mkdtemp(path.join(tmpdir(), 'cb-meili-search-limit-'));
  meili = await startMeilisearch({ dataDir: meiliDir, masterKey: MASTER_KEY, maxIndexingThreads: 1 });
  const searchKey = await ensureSearchOnlyKey({ url: meili.url, masterKey: MASTER_KEY });
  site = createServer((request, response) => {
    const locale = LOCALES.find((candidate) => request.url === routes.intakeShell(candidate));
    if (!locale) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shell(locale));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  cms = await startCms({
    LOG_LEVEL: 'http',
    MEILI_URL: meili.url,
    MEILI_SEARCH_KEY: searchKey,
    SITE_URL: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    SEARCH_RATE_LIMIT_MAX: String(SEARCH_LIMIT),
    SEARCH_RATE_LIMIT_WINDOW_SECONDS: '600',
    INTAKE_RATE_LIMIT_MAX: String(INTAKE_LIMIT),
    INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600',
    CMS_TRUST_PROXY: 'false',
  });
  await reindex({ cms: { url: cms.url }, meili: { url: meili.url, masterKey: MASTER_KEY } });
  output = captureOutput(cms.strapi);
});
afterAll(async () => {
  output?.restore();
  await cms?.stop();
  await new Promise((resolve) => site?.close(resolve));
  await meili?.stop();
  await rm(meiliDir, { recursive: true, force: true });
});

let addressesUsed = 0;
function freshAddress(): string {
  addressesUsed += 1;
  return `127.30.${Math.floor(addressesUsed / 250)}.${(addressesUsed % 250) + 1}`;
}

/** Every word searched in this file: none may reach a line the CMS writes. */
const searched = new Set<string>();

function search(from: string, locale: Locale, words: string, { requestPath = SEARCH_RESULTS_PATH, more = '' } = {}): Promise<RawAnswer> {
  searched.add(words);
  return rawRequest(cms.url, { path: `${requestPath}?locale=${locale}&q=${encodeURIComponent(words)}${more}`, from });
}

/** Searches counted for a client address so far in its running window (0 when it has none). */
async function searchesCounted(address: string, table = SEARCH_CLIENT_WINDOWS_TABLE): Promise<number> {
  const row: unknown = await cms.strapi.db.connection(table).where('client_key', address).first('posts');
  return row && typeof row === 'object' && 'posts' in row ? Number(row.posts) : 0;
}

/** No handler ran (the route of public files refuses or finds nothing): the search was neither counted nor made. */
const NO_HANDLER = [400, 404, 405];
/** The search's own answer: its page, with results or past the limit. */
const answeredBySearch = (answer: RawAnswer) => [200, 429].includes(answer.status) && answer.text.includes('<form class="search-form" role="search"');

const hasResults = (html: string) => /<ol class="search-hits"[\s\S]*?<h3><a href="/.test(html);
const inTheBox = (words: string) => `<input id="search-q" name="q" type="search" value="${words}"`;

/** The text past the limit with 10 minutes to wait (the window of 600 seconds has just begun). */
const WAIT_TEN_MINUTES: Record<Locale, string> = {
  nl: 'We kregen net veel zoekopdrachten van dit adres. Wacht 10 minuten en zoek dan opnieuw: je woorden staan nog in het vak.',
  fr: 'Nous venons de recevoir beaucoup de recherches depuis cette adresse. Attendez 10 minutes, puis relancez la recherche\u00a0: vos mots sont toujours dans le champ.',
  en: 'We just received many searches from this address. Please wait 10 minutes, then search again: your words are still in the box.',
};

function expectRefusedPage(answer: RawAnswer, locale: Locale, words: string): void {
  expect(answer.status, `${locale} ${words}`).toBe(429);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(600);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  const html = answer.text;
  // The site's own layout in the reader's language, as for the page of results.
  expect(html).toContain(`<html lang="${LOCALE_TAGS[locale]}">`);
  expect(html).toContain(`Connecting Brussels site header (${locale})`);
  expect(html).toContain('<footer class="site-footer">');
  expect(html).toContain(WAIT_TEN_MINUTES[locale]);
  // The form again with the words, so one tap searches again; nothing was searched.
  expect(html).toContain(inTheBox(words));
  expect(hasResults(html)).toBe(false);
  expect(html).toContain('id="browse-municipality"');
}

describe('the rate limit on searches without JavaScript', () => {
  it('answers the results under the limit, then 429 with Retry-After and a page in the reader’s language with the words still in the box', async () => {
    const from = freshAddress();
    for (let count = 1; count <= SEARCH_LIMIT; count++) {
      const answer = await search(from, 'nl', 'boodschappen');
      expect(answer.status).toBe(200);
      expect(hasResults(answer.text)).toBe(true);
      expect(answer.text).toContain('Connecting Brussels site header (nl)');
      expect(await searchesCounted(from)).toBe(count);
    }
    const searches: [Locale, string][] = [
      ['nl', 'boodschappen'],
      ['fr', 'promenade'],
      ['en', 'walking'],
    ];
    for (const [locale, words] of searches) expectRefusedPage(await search(from, locale, words), locale, words);

    // The filters that were on stay on, and the other languages keep the search too.
    const filtered = await search(from, 'fr', 'courses', { more: '&municipality=anderlecht' });
    expectRefusedPage(filtered, 'fr', 'courses');
    expect(filtered.text).toContain('<input type="hidden" name="municipality" value="anderlecht">');

    // Another address is not held back.
    expect((await search(freshAddress(), 'en', 'walking')).status).toBe(200);
  });

  it('counts every spelling of the path the router sends to the search in the same window, and no other', async () => {
    const from = freshAddress();
    const spellings = [
      '/API/search',
      '/Api/Search/',
      '/api/SEARCH',
      '/api/search/',
      SEARCH_RESULTS_PATH,
      '//api/search',
      '/api//search',
      '/api/%73earch',
      '/api%2Fsearch',
      '/api/search%2F',
      '/api/./search',
      '/api/search/..',
    ];
    const routed: string[] = [];
    for (const requestPath of spellings) {
      const before = await searchesCounted(from);
      const answer = await search(from, 'en', 'walking', { requestPath });
      if (!answeredBySearch(answer)) {
        expect(NO_HANDLER, requestPath).toContain(answer.status);
        expect(await searchesCounted(from), requestPath).toBe(before);
        continue;
      }
      routed.push(requestPath);
      expect(await searchesCounted(from), requestPath).toBe(before + 1);
      if (routed.length <= SEARCH_LIMIT) expect(answer.status, requestPath).toBe(200);
      else expectRefusedPage(answer, 'en', 'walking');
    }
    // Case and a trailing slash are routed there, as Strapi's router matches them.
    expect(routed).toEqual(expect.arrayContaining(['/API/search', '/Api/Search/', '/api/SEARCH', '/api/search/', SEARCH_RESULTS_PATH]));
  });

  it('lets no random spelling of the path reach the search uncounted', async () => {
    const letterCase = (text: string) =>
      fc
        .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
        .map((upper) => [...text].map((letter, at) => (upper[at] ? letter.toUpperCase() : letter)).join(''));
    const escaped = (text: string) =>
      fc
        .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
        .map((escape) => [...text].map((letter, at) => (escape[at] ? `%${letter.charCodeAt(0).toString(16)}` : letter)).join(''));
    const segment = (text: string) => fc.oneof({ arbitrary: letterCase(text), weight: 4 }, { arbitrary: escaped(text), weight: 1 });
    const separator = fc.oneof({ arbitrary: fc.constant('/'), weight: 4 }, { arbitrary: fc.constantFrom('//', '/./', '/x/../', '%2F'), weight: 1 });
    const spelling = fc
      .tuple(fc.constantFrom('/', '//'), segment('api'), separator, segment('search'), fc.constantFrom('', '', '/', '//', '/.'))
      .map((parts) => parts.join(''));

    await fc.assert(
      fc.asyncProperty(spelling, async (requestPath) => {
        const from = freshAddress();
        const answer = await search(from, 'nl', 'wandelen', { requestPath });
        const counted = await searchesCounted(from);
        if (answeredBySearch(answer)) {
          expect(answer.status, requestPath).toBe(200);
          expect(counted, requestPath).toBe(1);
        } else {
          expect(NO_HANDLER, requestPath).toContain(answer.status);
          expect(counted, requestPath).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps searches and forms apart: searching uses none of a person’s forms, sending forms none of their searches', async () => {
    const postForm = (from: string) =>
      rawRequest(cms.url, {
        method: 'POST',
        path: '/api/intake/help-offers?locale=en',
        from,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'en' }),
      });

    const searcher = freshAddress();
    for (let count = 0; count < SEARCH_LIMIT; count++) expect((await search(searcher, 'en', 'walking')).status).toBe(200);
    expect((await search(searcher, 'en', 'walking')).status).toBe(429);
    expect(await searchesCounted(searcher, RATE_WINDOWS_TABLE)).toBe(0);
    // Every form still to send (an empty one is refused on its fields, not by the limit).
    for (let count = 0; count < INTAKE_LIMIT; count++) expect((await postForm(searcher)).status).toBe(422);
    expect((await postForm(searcher)).status).toBe(429);

    const sender = freshAddress();
    for (let count = 0; count < INTAKE_LIMIT; count++) expect((await postForm(sender)).status).toBe(422);
    expect((await postForm(sender)).status).toBe(429);
    expect(await searchesCounted(sender)).toBe(0);
    const answer = await search(sender, 'en', 'walking');
    expect(answer.status).toBe(200);
    expect(hasResults(answer.text)).toBe(true);
  });

  it('lets a search through, with a warning that names no search, when the database cannot count', async () => {
    const knex = cms.strapi.db.connection;
    const from = freshAddress();
    const words = 'zonnebloemwandeling Griselda';
    const linesBefore = output.lines.length;
    await knex.schema.dropTable(SEARCH_CLIENT_WINDOWS_TABLE);
    try {
      for (let count = 0; count <= SEARCH_LIMIT; count++) expect((await search(from, 'fr', words)).status).toBe(200);
      expect((await search(from, 'nl', 'boodschappen')).text).toSatisfy(hasResults);
    } finally {
      await ensureIntakeStateTables(knex);
    }
    const written = output.lines.slice(linesBefore).join('');
    expect(written).toContain('A search without JavaScript was not counted (database error');
    expect(written).toContain('it was let through.');
    expect(written).not.toContain(from);

    // Counting again once the table is back.
    expect((await search(from, 'fr', words)).status).toBe(200);
    expect(await searchesCounted(from)).toBe(1);
  });

  it('writes none of the words searched in any line, past the limit or not', async () => {
    const from = freshAddress();
    for (let count = 0; count <= SEARCH_LIMIT; count++) await search(from, 'en', 'Vandenbroucke 0470 98 76 54');
    const written = output.lines.join('');
    // The lines are there: the request lines name the route and the status.
    expect(written).toContain('GET /api/search');
    expect(written).toMatch(/GET \/api\/search \(\d+ ms\) 429/);
    for (const words of searched) {
      for (const word of words.split(' ').filter((part) => /^\p{L}{4,}$/u.test(part))) expect(written.toLowerCase(), word).not.toContain(word.toLowerCase());
      expect(written, words).not.toContain(encodeURIComponent(words));
    }
  });
});

describe('the table of search windows', () => {
  const knex = () => cms.strapi.db.connection;

  it('is bounded as the forms’ is: at the cap, new clients share one overflow row of their own table', async () => {
    await knex()(SEARCH_CLIENT_WINDOWS_TABLE).del();
    const formWindows = await knex()(RATE_WINDOWS_TABLE).count({ rows: '*' });
    const now = Date.now();
    const limiter = new RateLimiter(knex, { max: 3, windowSeconds: 60, maxClients: 10, table: SEARCH_CLIENT_WINDOWS_TABLE }, () => now);
    // Rotating addresses: counted together past the cap, so the rotation buys nothing and the table stops growing.
    const decisions = [];
    for (let client = 1; client <= 50; client++) decisions.push(await limiter.take(`203.0.113.${client}`));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10 + 3);
    expect(await knex()(SEARCH_CLIENT_WINDOWS_TABLE).count({ rows: '*' })).toEqual([{ rows: 11 }]);
    expect(await knex()(SEARCH_CLIENT_WINDOWS_TABLE).where('client_key', OVERFLOW).first('posts')).toEqual({ posts: 40 });
    expect(await knex()(RATE_WINDOWS_TABLE).count({ rows: '*' })).toEqual(formWindows);
  });

  it('is swept every minute with the other windows: ended windows go, running ones stay', async () => {
    await knex()(SEARCH_CLIENT_WINDOWS_TABLE).del();
    const now = Date.now();
    await knex()(SEARCH_CLIENT_WINDOWS_TABLE).insert([
      { client_key: '192.0.2.1', posts: 3, window_ends_at: now - 1 },
      { client_key: '192.0.2.2', posts: 3, window_ends_at: now + 60_000 },
    ]);
    await sweepIntakeState(cms.strapi, now);
    expect(await knex()(SEARCH_CLIENT_WINDOWS_TABLE).pluck('client_key')).toEqual(['192.0.2.2']);
  });
});
