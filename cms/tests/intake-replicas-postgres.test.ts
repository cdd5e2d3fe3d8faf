import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessage } from '@cb/domain/intake';
import { startCmsProcess, type CmsProcess } from '../testing/cms-process';
import { startCms, type TestCms } from './helpers/cms';
import { postgresEnv, startPostgres, type ThrowawayPostgres } from './helpers/postgres';
import { rawRequest } from './helpers/raw-http';
import { escapeHtml } from '../src/api/intake/pages/html';
import { ATTEMPTS_TABLE, RATE_WINDOWS_TABLE, SEARCH_CLIENT_WINDOWS_TABLE } from '../src/api/intake/request/state-tables';

/**
 * Two CMS instances on one PostgreSQL database, as two replicas behind a load balancer without
 * sticky sessions: A runs in this process, B as a `strapi start` of its own. A form posted without
 * JavaScript to one is shown again by the other, and the per-address rate limits (of forms, and of
 * searches without JavaScript) are each one limit across both, also when requests race. Both sit behind a trusted proxy (loopback 127.0.0.1), so the client is
 * the address in X-Forwarded-For.
 */

const LIMIT = 6;
const SEARCH_LIMIT = 5;
const PER_ADDRESS = 3;
const SETTINGS = {
  SEARCH_RATE_LIMIT_MAX: String(SEARCH_LIMIT),
  SEARCH_RATE_LIMIT_WINDOW_SECONDS: '600',
  CMS_TRUST_PROXY: 'true',
  CMS_TRUSTED_PROXIES: '127.0.0.1',
  INTAKE_RATE_LIMIT_MAX: String(LIMIT),
  INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600',
  INTAKE_ATTEMPTS_PER_ADDRESS: String(PER_ADDRESS),
};
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let postgres: ThrowawayPostgres | undefined;
let a: TestCms | undefined;
let b: CmsProcess | undefined;

beforeAll(async () => {
  postgres = await startPostgres({ from: 'seeded' });
  a = await startCms({ ...postgresEnv(postgres), ...SETTINGS });
  b = await startCmsProcess({ ...postgresEnv(postgres), ...SETTINGS }, { compile: false });
}, 360_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
  postgres?.stop();
});

const replicas = () => ({ A: a!.url, B: b!.url });
const knex = () => a!.strapi.db.connection;

/** A JSON post the schema refuses (422): it stores nothing, but it counts against the client's posts. */
const jsonPost = (url: string, client: string) =>
  fetch(`${url}/api/intake/help-offers?locale=en`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ locale: 'en' }),
  });

/** A form posted as a browser without JavaScript does it, through the proxy for `client`. */
const formPost = (url: string, client: string, fields: [string, string][], locale: string) =>
  fetch(`${url}/api/intake/help-requests?locale=${locale}`, {
    method: 'POST',
    headers: { accept: BROWSER_ACCEPT, 'x-forwarded-for': client },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });

/** Without the consent box ticked and with an email address that is not one: a form to look at again. */
const toCorrect = (name: string, locale: string): [string, string][] => [
  ['locale', locale],
  ['forWhom', 'self'],
  ['contactName', name],
  ['email', 'josiane@example'],
  ['categories', 'chat'],
  ['description', `Wandelen op dinsdag, ${name}`],
  ['municipality', 'evere'],
  ['languages', 'nl'],
];

describe('two CMS replicas on one PostgreSQL database', () => {
  it('show a form posted without JavaScript to one replica again from the other, with the values typed and the messages', async () => {
    for (const [from, to, locale] of [
      ['A', 'B', 'nl'],
      ['B', 'A', 'fr'],
    ] as const) {
      const name = `Josiane via ${from}`;
      const posted = await formPost(replicas()[from], '198.51.100.10', toCorrect(name, locale), locale);
      expect(posted.status).toBe(303);
      const location = posted.headers.get('location') ?? '';
      expect(location).toMatch(/^\/api\/intake\/help-requests\/attempts\/[A-Za-z0-9_-]{32}$/);

      const page = await fetch(`${replicas()[to]}${location}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(page.status, `${from} → ${to}`).toBe(200);
      const html = await page.text();
      expect(html).toContain(`value="${name}"`);
      expect(html).toContain(`Wandelen op dinsdag, ${name}`);
      expect(html).toContain('value="josiane@example"');
      expect(html).toContain(escapeHtml(fieldMessage('consent', locale)));
      expect(html).toContain(escapeHtml(fieldMessage('email', locale)));
    }
  });

  it('keep each address to its quota of kept forms when its posts race through both replicas', async () => {
    const client = '198.51.100.11';
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) => formPost(index % 2 === 0 ? a!.url : b!.url, client, toCorrect(`Race ${index}`, 'en'), 'en')),
    );
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303, 303]);
    const kept = z
      .looseObject({ count: z.union([z.number(), z.string()]) })
      .parse(await knex()(ATTEMPTS_TABLE).where('client_key', client).count({ count: '*' }).first());
    expect(Number(kept.count)).toBe(PER_ADDRESS);
  });

  it('hold one address to the limit across both replicas together, not to twice it', async () => {
    const client = '203.0.113.20';
    const statuses: number[] = [];
    for (let post = 0; post < 2 * LIMIT; post++) statuses.push((await jsonPost(post % 2 === 0 ? a!.url : b!.url, client)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(422), ...Array<number>(LIMIT).fill(429)]);

    const limited = await jsonPost(b!.url, client);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
  });

  it('count posts racing through both replicas at once exactly: the limit holds', async () => {
    const client = '203.0.113.21';
    const statuses = (await Promise.all(Array.from({ length: 4 * LIMIT }, (_, post) => jsonPost(post % 2 === 0 ? a!.url : b!.url, client)))).map(
      (answer) => answer.status,
    );
    expect(statuses.filter((status) => status === 422)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3 * LIMIT);
    const window = z.looseObject({ posts: z.number() }).parse(await knex()(RATE_WINDOWS_TABLE).where('client_key', client).first('posts'));
    expect(Number(window.posts)).toBe(4 * LIMIT);
  });

  it('count searches without JavaScript racing through both replicas at once exactly, in their own window: the forms keep theirs', async () => {
    const client = '203.0.113.30';
    const search = (url: string) => fetch(`${url}/api/search?locale=en&q=walking`, { headers: { 'x-forwarded-for': client } });
    const statuses = (await Promise.all(Array.from({ length: 4 * SEARCH_LIMIT }, (_, n) => search(n % 2 === 0 ? a!.url : b!.url)))).map(
      (answer) => answer.status,
    );
    // No Meilisearch here: a search let through answers 503 (search unavailable), one past the limit 429.
    expect(statuses.filter((status) => status === 503)).toHaveLength(SEARCH_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3 * SEARCH_LIMIT);
    const window = z.looseObject({ posts: z.number() }).parse(await knex()(SEARCH_CLIENT_WINDOWS_TABLE).where('client_key', client).first('posts'));
    expect(Number(window.posts)).toBe(4 * SEARCH_LIMIT);
    expect((await jsonPost(b!.url, client)).status).toBe(422);
  });

  it('count different addresses apart, an IPv6 /64 as one, on either replica', async () => {
    // 203.0.113.20 and .21 used their posts above; others have theirs.
    expect((await jsonPost(a!.url, '203.0.113.20')).status).toBe(429);
    expect((await jsonPost(b!.url, '203.0.113.22')).status).toBe(422);
    expect((await jsonPost(a!.url, '203.0.113.23')).status).toBe(422);

    const statuses: number[] = [];
    for (let post = 0; post <= LIMIT; post++) statuses.push((await jsonPost(post % 2 === 0 ? a!.url : b!.url, `2001:db8:5:6::${post + 1}`)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(422), 429]);
    expect((await jsonPost(b!.url, '2001:db8:5:7::1')).status).toBe(422);
  });

  it('read X-Forwarded-For only from the trusted proxy: a client posting straight to either replica is counted by its own address', async () => {
    const statuses: number[] = [];
    for (let post = 0; post <= LIMIT; post++) {
      const answer = await rawRequest(post % 2 === 0 ? a!.url : b!.url, {
        method: 'POST',
        path: '/api/intake/help-offers?locale=en',
        from: '127.0.0.3',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${post}` },
        body: JSON.stringify({ locale: 'en' }),
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(422), 429]);
  });
});
