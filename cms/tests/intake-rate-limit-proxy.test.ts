import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';

/**
 * Intake posts are limited per client address (INTAKE_RATE_LIMIT_MAX per
 * INTAKE_RATE_LIMIT_WINDOW_SECONDS); behind a trusted proxy (CMS_TRUST_PROXY=true) per forwarded address.
 */

const SETTINGS = { INTAKE_RATE_LIMIT_MAX: '2', INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600', CMS_TRUST_PROXY: 'true' };
let cms: TestCms | undefined;
beforeAll(async () => {
  cms = await startCms(SETTINGS);
});
afterAll(async () => cms?.stop());

function post(from: string, locale = 'en', headers: Record<string, string> = {}) {
  return fetch(`${cms!.url}/api/intake/help-offers?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
    body: JSON.stringify({ locale }),
  });
}

describe('the rate limit behind a trusted proxy', () => {
  it('counts per forwarded address behind a trusted proxy, taking the address the proxy added', async () => {
    expect((await post('203.0.113.1')).status).toBe(422);
    // A client cannot escape by writing its own X-Forwarded-For in front of the proxy's entry.
    expect((await post('10.9.8.7, 203.0.113.1')).status).toBe(422);
    expect((await post('10.9.8.6, 203.0.113.1')).status).toBe(429);
    expect((await post('203.0.113.2')).status).toBe(422);
  });
});
