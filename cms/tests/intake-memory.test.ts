import * as z from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { ATTEMPT_LIMITS, DatabaseAttemptStore, attemptLimits, formFieldsOf, type AttemptStoreLimits } from '../src/api/intake/request/attempts';
import { readCmsConfig } from '../src/config/env';
import { clientKey } from '../src/api/intake/request/client-key';
import { OVERFLOW, RateLimiter, pruneRateWindows, type RateLimitSettings } from '../src/api/intake/request/rate-limit';
import { ATTEMPTS_TABLE, RATE_WINDOWS_TABLE } from '../src/api/intake/request/state-tables';
import { sweepIntakeState } from '../src/api/intake/request/intake-state';
import { flatPostedFields } from '../src/api/intake/request/posted-fields';

/**
 * The intake door's state (the rate limit's windows, the kept no-JS forms) in the tables of a real
 * CMS's database, on a clock the test moves. Each test starts from empty tables.
 */

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

const knex = () => cms.strapi.db.connection;
beforeEach(async () => {
  await knex()(RATE_WINDOWS_TABLE).del();
  await knex()(ATTEMPTS_TABLE).del();
});

const rowsIn = async (table: string) =>
  Number(z.looseObject({ count: z.union([z.number(), z.string()]) }).parse(await knex()(table).count({ count: '*' }).first()).count);
const limiterOn = (settings: RateLimitSettings, now: () => number) => new RateLimiter(knex, settings, now);
const storeOn = (limits: AttemptStoreLimits, now: () => number = Date.now) => new DatabaseAttemptStore(knex, { limits, postgres: false, now });

const attempt = (text = 'x') => ({
  form: 'help-request' as const,
  locale: 'en' as const,
  fields: { description: text },
  errors: { consent: 'Please tick this box.' },
  hadFiles: false,
});

describe('the rate limiter', () => {
  it('lets max posts through per window and address, then says how long to wait', async () => {
    let now = 1_000_000;
    const limiter = limiterOn({ max: 2, windowSeconds: 600 }, () => now);
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('b')).toEqual({ allowed: true });
    now += 60_000;
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 540 });
    now += 540_000;
    expect(await limiter.take('a')).toEqual({ allowed: true });
  });

  it('counts the addresses of one IPv6 /64 (and an IPv4 address however it is written) as one client', async () => {
    const limiter = limiterOn({ max: 2, windowSeconds: 600 }, () => 1_000);
    expect(await limiter.take('2001:db8:1:2::1')).toEqual({ allowed: true });
    expect(await limiter.take('2001:db8:1:2:ffff::9')).toEqual({ allowed: true });
    expect((await limiter.take('2001:db8:1:2::abcd')).allowed).toBe(false);
    expect(await limiter.take('2001:db8:1:3::1')).toEqual({ allowed: true });

    expect(await limiter.take('192.0.2.7')).toEqual({ allowed: true });
    expect(await limiter.take('::ffff:192.0.2.7')).toEqual({ allowed: true });
    expect((await limiter.take('192.0.2.7')).allowed).toBe(false);
  });

  it('counts a bounded number of clients; new ones beyond it share one overflow allowance until windows end', async () => {
    let now = 1_000;
    const limiter = limiterOn({ max: 3, windowSeconds: 600, maxClients: 10 }, () => now);
    for (let index = 0; index < 10; index++) expect(await limiter.take(`198.51.100.${index}`)).toEqual({ allowed: true });
    // Rotating addresses: counted together, so the rotation buys nothing and the table stops growing.
    const rotating: boolean[] = [];
    for (let index = 0; index < 50; index++) rotating.push((await limiter.take(`203.0.113.${index}`)).allowed);
    expect(rotating.filter(Boolean)).toHaveLength(3);
    expect(await rowsIn(RATE_WINDOWS_TABLE)).toBe(11);
    expect(await knex()(RATE_WINDOWS_TABLE).where('client_key', OVERFLOW).first('posts')).toEqual({ posts: 50 });
    // A client already counted keeps its own allowance.
    expect(await limiter.take('198.51.100.0')).toEqual({ allowed: true });
    // Once windows end, a new client is counted on its own again, and the sweep deletes the ended windows.
    now += 600_000;
    expect(await limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(await limiter.take('203.0.113.201')).toEqual({ allowed: true });
    expect(await pruneRateWindows(knex(), now)).toBe(11);
    expect(await rowsIn(RATE_WINDOWS_TABLE)).toBe(2);
  });

  it('deletes ended windows as soon as the cap is reached, so that the next new client has a row of its own', async () => {
    let now = 1_000;
    const limiter = limiterOn({ max: 3, windowSeconds: 60, maxClients: 4 }, () => now);
    for (let index = 0; index < 2; index++) await limiter.take(`198.51.100.${index}`);
    now += 60_000;
    // Ended windows do not count against the cap: four new clients get rows of their own.
    for (let index = 2; index < 6; index++) expect(await limiter.take(`198.51.100.${index}`)).toEqual({ allowed: true });
    expect(await rowsIn(RATE_WINDOWS_TABLE)).toBe(6);
    // A fifth goes to the overflow row, and the two ended windows are deleted there and then.
    await limiter.take('198.51.100.6');
    expect(
      z
        .array(z.string())
        .parse(await knex()(RATE_WINDOWS_TABLE).pluck('client_key'))
        .sort(),
    ).toEqual(['198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5', OVERFLOW]);
  });

  it('keeps an address of absurd length to a short key', async () => {
    const limiter = limiterOn({ max: 1, windowSeconds: 600 }, () => 1_000);
    const odd = 'x'.repeat(5_000);
    expect(await limiter.take(odd)).toEqual({ allowed: true });
    expect((await limiter.take(odd)).allowed).toBe(false);
    const [key] = z.array(z.string()).parse(await knex()(RATE_WINDOWS_TABLE).pluck('client_key'));
    expect(key).toMatch(/^sha256:[0-9a-f]+$/);
    expect(key!.length).toBeLessThanOrEqual(64);
  });
});

describe('the store of attempts', () => {
  const limits = { ttlMs: 30 * 60_000, perClient: 100, maxCount: 10, maxBytes: 1_000_000, maxAttemptBytes: 64 * 1024 };

  it('keeps an attempt under a random token for 30 minutes only, and deletes it when its time is up', async () => {
    let now = 1_000;
    const store = storeOn(limits, () => now);
    const token = (await store.save(attempt(), '127.0.0.2'))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await store.save(attempt(), '127.0.0.2')).not.toBe(token);
    expect((await store.find(token))?.fields.description).toBe('x');
    expect(await store.find('not-a-token')).toBeUndefined();
    now += 30 * 60_000;
    expect(await store.find(token)).toBeUndefined();
    expect(await store.prune()).toBe(2);
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(0);
  });

  it('keeps nothing new when the count or the size reaches its cap, and lets no one else’s attempt go', async () => {
    const store = storeOn({ ...limits, maxCount: 3 });
    const tokens: (string | undefined)[] = [];
    for (let index = 0; index < 5; index++) tokens.push(await store.save(attempt(String(index)), `127.0.0.${index + 2}`));
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(3);
    expect(tokens.slice(3)).toEqual([undefined, undefined]);
    expect((await store.find(tokens[0]!))?.fields.description).toBe('0');

    await knex()(ATTEMPTS_TABLE).del();
    const small = storeOn({ ...limits, maxCount: 100, maxBytes: 2_000 });
    const big: (string | undefined)[] = [];
    for (let index = 0; index < 4; index++) big.push(await small.save(attempt('y'.repeat(600)), `127.0.0.${index + 2}`));
    expect(await small.find(big[0]!)).toBeDefined();
    expect(big[3]).toBeUndefined();
  });

  it('keeps client A’s attempt while 101 other clients each fill their quota up to and beyond the global cap', async () => {
    let now = 1_000;
    const store = storeOn({ ...limits, perClient: 20, maxCount: 2000 }, () => now);
    const mine = (await store.save(attempt('mine'), '127.0.0.1'))!;
    const notKept: number[] = [];
    for (let client = 0; client < 101; client++) {
      for (let post = 0; post < 21; post++) {
        now += 1;
        const token = await store.save(attempt(`flood ${client}.${post}`), `10.0.${Math.floor(client / 250)}.${client % 250}`);
        if (token === undefined) notKept.push(client);
      }
    }
    expect((await store.find(mine))?.fields.description).toBe('mine');
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(2000);
    expect(notKept.length).toBeGreaterThan(0);
    expect(notKept[0]).toBe(99);
    // A client at its own quota still replaces its own oldest, even with the store full.
    expect(await store.save(attempt('own again'), '10.0.0.0')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(2000);
    // Expired attempts make room again.
    now += 30 * 60_000;
    expect(await store.save(attempt('later'), '10.0.0.200')).toBeDefined();
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(1);
  }, 120_000);

  it('gives each client address a quota: a flood from one address only pushes out its own attempts', async () => {
    let now = 1_000;
    const store = storeOn({ ...limits, perClient: 3, maxCount: 10 }, () => now);
    const mine = (await store.save(attempt('mine'), '127.0.0.2'))!;
    now += 1000;
    const flood: (string | undefined)[] = [];
    for (let index = 0; index < 30; index++) flood.push(await store.save(attempt(`junk ${index}`), '127.0.0.3'));
    expect((await store.find(mine))?.fields.description).toBe('mine');
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(4);
    expect(await store.find(flood[26]!)).toBeUndefined();
    expect((await store.find(flood[29]!))?.fields.description).toBe('junk 29');

    // an IPv6 client counts by its /64: walking through one's own addresses does not multiply the quota
    for (let index = 0; index < 30; index++) await store.save(attempt(`v6 ${index}`), `2001:db8:1:2::${index.toString(16)}`);
    expect((await store.find(mine))?.fields.description).toBe('mine');
    expect(await rowsIn(ATTEMPTS_TABLE)).toBe(7);
  });

  it('keeps the quota and the caps exactly when saves race', async () => {
    const store = storeOn({ ...limits, perClient: 3, maxCount: 10 });
    const saved = await Promise.all(Array.from({ length: 40 }, (_, index) => store.save(attempt(`race ${index}`), `127.0.1.${index % 5}`)));
    expect(saved.filter((token) => token !== undefined).length).toBeGreaterThan(0);
    const perClient = z
      .array(z.looseObject({ count: z.union([z.number(), z.string()]) }))
      .parse(await knex()(ATTEMPTS_TABLE).select('client_key').count({ count: '*' }).groupBy('client_key'));
    expect(perClient.every((row) => Number(row.count) <= 3)).toBe(true);
    expect(await rowsIn(ATTEMPTS_TABLE)).toBeLessThanOrEqual(10);
  });

  it('keeps an attempt over its weight without its values', async () => {
    const store = storeOn({ ...limits, maxAttemptBytes: 1_000 });
    const token = (await store.save(attempt('z'.repeat(2_000)), '127.0.0.2'))!;
    expect(await store.find(token)).toMatchObject({ fields: {}, errors: { consent: 'Please tick this box.' } });
  });

  it.each([
    ['an IPv4 address', '192.0.2.7', '192.0.2.7'],
    ['an IPv6 address, by its /64', '2001:db8:0:1::5', '2001:db8:0:1::/64'],
    ['another address of the same /64', '2001:0db8:0000:0001:ffff:1:2:3', '2001:db8:0:1::/64'],
    ['an address of another /64', '2001:db8:0:2::5', '2001:db8:0:2::/64'],
    ['an IPv6 address with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['an IPv4-mapped IPv6 address, as its IPv4', '::ffff:127.0.0.2', '127.0.0.2'],
    ['the same, in capitals', '::FFFF:127.0.0.2', '127.0.0.2'],
  ])('names the client of %s', (_, address, key) => {
    expect(clientKey(address)).toBe(key);
  });

  it('reads its caps from the environment, with defaults (a bad value stops the start: tests/config.test.ts)', () => {
    expect(attemptLimits(readCmsConfig({}))).toEqual(ATTEMPT_LIMITS);
    expect(attemptLimits(readCmsConfig({ INTAKE_ATTEMPTS_PER_ADDRESS: '5', INTAKE_ATTEMPTS_MAX: '300' }))).toMatchObject({ perClient: 5, maxCount: 300 });
  });
});

describe('the sweep of expired intake state', () => {
  it('runs every minute and deletes ended windows and expired forms, leaving the rest', async () => {
    const sweep = cms.strapi.cron.jobs.find((job) => job.name === 'intake-state-sweep');
    expect(sweep?.options).toEqual({ rule: '* * * * *' });

    const now = Date.now();
    await knex()(RATE_WINDOWS_TABLE).insert([
      { client_key: '192.0.2.1', posts: 3, window_ends_at: now - 1 },
      { client_key: '192.0.2.2', posts: 3, window_ends_at: now + 60_000 },
    ]);
    const row = (token: string, expiresAt: number) => ({
      token,
      client_key: '192.0.2.1',
      attempt: JSON.stringify(attempt('typed')),
      bytes: 100,
      expires_at: expiresAt,
    });
    await knex()(ATTEMPTS_TABLE).insert([row('e'.repeat(32), now - 1), row('l'.repeat(32), now + 60_000)]);

    await sweepIntakeState(cms.strapi, now);
    expect(await knex()(RATE_WINDOWS_TABLE).pluck('client_key')).toEqual(['192.0.2.2']);
    expect(await knex()(ATTEMPTS_TABLE).pluck('token')).toEqual(['l'.repeat(32)]);
  });
});

describe('what an attempt keeps of a post', () => {
  it('keeps the form’s own fields only, each cut to what the schema allows', () => {
    const kept = formFieldsOf('help-request', {
      contactName: 'Maria'.repeat(100),
      description: ['first', 'd'.repeat(10_000)],
      categories: ['chat', 'not-a-category', 'chat', 'x'.repeat(5_000)],
      municipality: 'atlantis',
      forWhom: 'self',
      consent: 'on'.repeat(1_000),
      website: 'bot',
      idempotencyKey: 'key-1234567',
      junk: 'j'.repeat(60_000),
      'junk[deep]': 'j',
      __proto__: 'p',
    });
    expect(Object.keys(kept).sort()).toEqual(['categories', 'consent', 'contactName', 'description', 'forWhom']);
    expect(kept.contactName).toHaveLength(120);
    expect(kept.description).toHaveLength(2000);
    expect(kept.categories).toEqual(['chat']);
    expect((kept.consent as string).length).toBeLessThanOrEqual(40);
  });

  it('keeps a proposal’s budget lines up to the schema’s count, never its files', () => {
    const posted: Record<string, string> = { projectCallDocumentId: 'c'.repeat(500), attachments: 'file.pdf' };
    for (let index = 0; index < 60; index++) {
      posted[`budgetLines[${index}][label]`] = 'l'.repeat(1_000);
      posted[`budgetLines[${index}][amount]`] = '9'.repeat(1_000);
    }
    const kept = formFieldsOf('project-proposal', posted);
    expect(kept.projectCallDocumentId).toHaveLength(40);
    expect(kept.attachments).toBeUndefined();
    expect(kept['budgetLines[29][label]']).toHaveLength(200);
    expect((kept['budgetLines[29][amount]'] as string).length).toBeLessThanOrEqual(40);
    expect(kept['budgetLines[30][label]']).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThan(ATTEMPT_LIMITS.maxAttemptBytes);
  });
});

describe('posted fields read back to flat names', () => {
  it('turns the parser’s nesting back into the names the browser sent', () => {
    expect(
      flatPostedFields({
        categories: ['chat', 'walking'],
        budgetLines: [{ label: 'Soep', amount: '10' }, { label: 'Pannen' }],
        consent: 'on',
        odd: { deep: { deeper: 'v' } },
        nothing: null,
      }),
    ).toEqual({
      categories: ['chat', 'walking'],
      'budgetLines[0][label]': 'Soep',
      'budgetLines[0][amount]': '10',
      'budgetLines[1][label]': 'Pannen',
      consent: 'on',
      'odd[deep][deeper]': 'v',
    });
  });
});
