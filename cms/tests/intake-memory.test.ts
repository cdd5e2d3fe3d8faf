import { describe, expect, it } from 'vitest';
import { ATTEMPT_LIMITS, MemoryAttemptStore, attemptLimits, clientGroup, formFieldsOf } from '../src/api/intake/request/attempts';
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
});

describe('the store of attempts', () => {
  const limits = { ttlMs: 30 * 60_000, perClient: 100, maxCount: 10, maxBytes: 1_000_000, maxAttemptBytes: 64 * 1024 };

  it('keeps an attempt under a random token for 30 minutes only', async () => {
    let now = 0;
    const store = new MemoryAttemptStore(limits, () => now);
    const token = await store.save(attempt(), '127.0.0.2');
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await store.save(attempt(), '127.0.0.2')).not.toBe(token);
    expect((await store.find(token))?.fields.description).toBe('x');
    expect(await store.find('not-a-token')).toBeUndefined();
    now += 30 * 60_000;
    expect(await store.find(token)).toBeUndefined();
  });

  it('lets the oldest go when the count or the size reaches its cap', async () => {
    const store = new MemoryAttemptStore({ ...limits, maxCount: 3 });
    const tokens: string[] = [];
    for (let index = 0; index < 5; index++) tokens.push(await store.save(attempt(String(index)), `127.0.0.${index + 2}`));
    expect(store.size).toBe(3);
    expect(await store.find(tokens[0]!)).toBeUndefined();
    expect((await store.find(tokens[4]!))?.fields.description).toBe('4');

    const small = new MemoryAttemptStore({ ...limits, maxCount: 100, maxBytes: 2_000 });
    const big: string[] = [];
    for (let index = 0; index < 4; index++) big.push(await small.save(attempt('y'.repeat(600)), `127.0.0.${index + 2}`));
    expect(await small.find(big[0]!)).toBeUndefined();
    expect(await small.find(big[3]!)).toBeDefined();
  });

  it('gives each client address a quota: a flood from one address only pushes out its own attempts', async () => {
    let now = 0;
    const store = new MemoryAttemptStore({ ...limits, perClient: 3, maxCount: 10 }, () => now);
    const mine = await store.save(attempt('mine'), '127.0.0.2');
    now += 1000;
    const flood: string[] = [];
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
    const token = await store.save(attempt('z'.repeat(2_000)), '127.0.0.2');
    expect(await store.find(token)).toMatchObject({ fields: {}, errors: { consent: 'Please tick this box.' } });
  });

  it('groups IPv6 addresses by /64 and reads IPv4-mapped addresses as IPv4', () => {
    expect(clientGroup('2001:db8:0:1::5')).toBe(clientGroup('2001:0db8:0000:0001:ffff:1:2:3'));
    expect(clientGroup('2001:db8:0:1::5')).not.toBe(clientGroup('2001:db8:0:2::5'));
    expect(clientGroup('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientGroup('127.0.0.3')).toBe('127.0.0.3');
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
