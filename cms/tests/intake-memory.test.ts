import { describe, expect, it } from 'vitest';
import { ATTEMPT_LIMITS, MemoryAttemptStore, attemptLimits, formFieldsOf } from '../src/api/intake/request/attempts';
import { clientKey } from '../src/api/intake/request/client-key';
import { RateLimiter } from '../src/api/intake/request/rate-limit';
import { flatPostedFields } from '../src/api/intake/request/posted-fields';

/** The in-memory parts of the intake door, on a clock the test moves. */

const attempt = (text = 'x') => ({ form: 'help-request' as const, locale: 'en' as const, fields: { description: text }, errors: { consent: 'Please tick this box.' }, hadFiles: false });

describe('the rate limiter', () => {
  it('lets max posts through per window and address, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ max: 2, windowSeconds: 600 }, () => now);
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now += 60_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 540 });
    now += 540_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });

  it('counts the addresses of one IPv6 /64 (and an IPv4 address however it is written) as one client', () => {
    const limiter = new RateLimiter({ max: 2, windowSeconds: 600 }, () => 0);
    expect(limiter.take('2001:db8:1:2::1')).toEqual({ allowed: true });
    expect(limiter.take('2001:db8:1:2:ffff::9')).toEqual({ allowed: true });
    expect(limiter.take('2001:db8:1:2::abcd').allowed).toBe(false);
    expect(limiter.take('2001:db8:1:3::1')).toEqual({ allowed: true });

    expect(limiter.take('192.0.2.7')).toEqual({ allowed: true });
    expect(limiter.take('::ffff:192.0.2.7')).toEqual({ allowed: true });
    expect(limiter.take('192.0.2.7').allowed).toBe(false);
  });

  it('tracks a bounded number of clients; new ones beyond it share one overflow allowance until windows end', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 3, windowSeconds: 600, maxClients: 10 }, () => now);
    for (let index = 0; index < 10; index++) expect(limiter.take(`198.51.100.${index}`)).toEqual({ allowed: true });
    // Rotating addresses: counted together, so the rotation buys nothing and the map stops growing.
    const rotating = Array.from({ length: 50 }, (_, index) => limiter.take(`203.0.113.${index}`).allowed);
    expect(rotating.filter(Boolean)).toHaveLength(3);
    expect(limiter.trackedClients).toBe(11);
    // A client already counted keeps its own allowance.
    expect(limiter.take('198.51.100.0')).toEqual({ allowed: true });
    // Once windows end, they are swept and a new client is counted on its own again.
    now += 600_000;
    expect(limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(limiter.take('203.0.113.200')).toEqual({ allowed: true });
    expect(limiter.take('203.0.113.201')).toEqual({ allowed: true });
    expect(limiter.trackedClients).toBeLessThanOrEqual(10);
  });
});

describe('the store of attempts', () => {
  const limits = { ttlMs: 30 * 60_000, perClient: 100, maxCount: 10, maxBytes: 1_000_000, maxAttemptBytes: 64 * 1024 };

  it('keeps an attempt under a random token for 30 minutes only', async () => {
    let now = 0;
    const store = new MemoryAttemptStore(limits, () => now);
    const token = (await store.save(attempt(), '127.0.0.2'))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await store.save(attempt(), '127.0.0.2')).not.toBe(token);
    expect((await store.find(token))?.fields.description).toBe('x');
    expect(await store.find('not-a-token')).toBeUndefined();
    now += 30 * 60_000;
    expect(await store.find(token)).toBeUndefined();
  });

  it('keeps nothing new when the count or the size reaches its cap, and lets no one else’s attempt go', async () => {
    const store = new MemoryAttemptStore({ ...limits, maxCount: 3 });
    const tokens: (string | undefined)[] = [];
    for (let index = 0; index < 5; index++) tokens.push(await store.save(attempt(String(index)), `127.0.0.${index + 2}`));
    expect(store.size).toBe(3);
    expect(tokens.slice(3)).toEqual([undefined, undefined]);
    expect((await store.find(tokens[0]!))?.fields.description).toBe('0');

    const small = new MemoryAttemptStore({ ...limits, maxCount: 100, maxBytes: 2_000 });
    const big: (string | undefined)[] = [];
    for (let index = 0; index < 4; index++) big.push(await small.save(attempt('y'.repeat(600)), `127.0.0.${index + 2}`));
    expect(await small.find(big[0]!)).toBeDefined();
    expect(big[3]).toBeUndefined();
  });

  it('keeps client A’s attempt while 101 other clients each fill their quota up to and beyond the global cap', async () => {
    let now = 0;
    const store = new MemoryAttemptStore({ ...limits, perClient: 20, maxCount: 2000 }, () => now);
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
    expect(store.size).toBe(2000);
    expect(notKept.length).toBeGreaterThan(0);
    expect(notKept[0]).toBe(99);
    // A client at its own quota still replaces its own oldest, even with the store full.
    const before = store.size;
    expect(await store.save(attempt('own again'), '10.0.0.0')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(store.size).toBe(before);
    // Expired attempts make room again.
    now += 30 * 60_000;
    expect(await store.save(attempt('later'), '10.0.0.200')).toBeDefined();
    expect(store.size).toBe(1);
  });

  it('gives each client address a quota: a flood from one address only pushes out its own attempts', async () => {
    let now = 0;
    const store = new MemoryAttemptStore({ ...limits, perClient: 3, maxCount: 10 }, () => now);
    const mine = (await store.save(attempt('mine'), '127.0.0.2'))!;
    now += 1000;
    const flood: (string | undefined)[] = [];
    for (let index = 0; index < 30; index++) flood.push(await store.save(attempt(`junk ${index}`), '127.0.0.3'));
    expect((await store.find(mine))?.fields.description).toBe('mine');
    expect(store.size).toBe(4);
    expect(await store.find(flood[26]!)).toBeUndefined();
    expect((await store.find(flood[29]!))?.fields.description).toBe('junk 29');

    // an IPv6 client counts by its /64: walking through one's own addresses does not multiply the quota
    for (let index = 0; index < 30; index++) await store.save(attempt(`v6 ${index}`), `2001:db8:1:2::${index.toString(16)}`);
    expect((await store.find(mine))?.fields.description).toBe('mine');
    expect(store.size).toBe(7);
  });

  it('keeps an attempt over its weight without its values', async () => {
    const store = new MemoryAttemptStore({ ...limits, maxAttemptBytes: 1_000 });
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

  it('reads its caps from the environment, with defaults', () => {
    expect(attemptLimits({})).toEqual(ATTEMPT_LIMITS);
    expect(attemptLimits({ INTAKE_ATTEMPTS_PER_ADDRESS: '5', INTAKE_ATTEMPTS_MAX: '300' })).toMatchObject({ perClient: 5, maxCount: 300 });
    expect(attemptLimits({ INTAKE_ATTEMPTS_PER_ADDRESS: '-1', INTAKE_ATTEMPTS_MAX: 'many' })).toEqual(ATTEMPT_LIMITS);
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
      flatPostedFields({ categories: ['chat', 'walking'], budgetLines: [{ label: 'Soep', amount: '10' }, { label: 'Pannen' }], consent: 'on', odd: { deep: { deeper: 'v' } }, nothing: null }),
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
