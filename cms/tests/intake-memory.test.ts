import { describe, expect, it } from 'vitest';
import { AttemptStore } from '../src/api/intake/request/attempts';
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
  it('keeps an attempt under a random token for 30 minutes only', () => {
    let now = 0;
    const store = new AttemptStore({ ttlMs: 30 * 60_000, maxCount: 10, maxBytes: 1_000_000 }, () => now);
    const token = store.save(attempt());
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(store.save(attempt())).not.toBe(token);
    expect(store.find(token)?.fields.description).toBe('x');
    expect(store.find('not-a-token')).toBeUndefined();
    now += 30 * 60_000;
    expect(store.find(token)).toBeUndefined();
  });

  it('lets the oldest go when the count or the size reaches its cap', () => {
    const store = new AttemptStore({ ttlMs: 60_000, maxCount: 3, maxBytes: 1_000_000 });
    const tokens = Array.from({ length: 5 }, (_, index) => store.save(attempt(String(index))));
    expect(store.size).toBe(3);
    expect(store.find(tokens[0]!)).toBeUndefined();
    expect(store.find(tokens[4]!)?.fields.description).toBe('4');

    const small = new AttemptStore({ ttlMs: 60_000, maxCount: 100, maxBytes: 2_000 });
    const big = Array.from({ length: 4 }, () => small.save(attempt('y'.repeat(600))));
    expect(small.find(big[0]!)).toBeUndefined();
    expect(small.find(big[3]!)).toBeDefined();
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
