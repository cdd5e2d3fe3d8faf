import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { rawRequest } from './helpers/raw-http';
import { addressList, isListed } from '../src/middlewares/client-address';

/**
 * Intake posts are limited per client address (INTAKE_RATE_LIMIT_MAX per
 * INTAKE_RATE_LIMIT_WINDOW_SECONDS); behind a trusted proxy (CMS_TRUST_PROXY=true) per forwarded address,
 * but only on connections from the proxies named in CMS_TRUSTED_PROXIES.
 */

const SETTINGS = {
  INTAKE_RATE_LIMIT_MAX: '2',
  INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600',
  SEARCH_RATE_LIMIT_MAX: '2',
  SEARCH_RATE_LIMIT_WINDOW_SECONDS: '600',
  CMS_TRUST_PROXY: 'true',
  CMS_TRUSTED_PROXIES: '127.0.0.1, 127.0.0.2',
};
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

  it('counts the addresses of one IPv6 /64 as one client, so walking through one’s own network buys no posts', async () => {
    expect((await post('2001:db8:7:8::1')).status).toBe(422);
    expect((await post('2001:db8:7:8:ffff:1:2:3')).status).toBe(422);
    expect((await post('2001:db8:7:8::abcd')).status).toBe(429);
    expect((await post('2001:db8:7:9::1')).status).toBe(422);
  });
});

describe('who counts as the proxy', () => {
  const postFrom = (connection: string, forwardedFor: string) =>
    rawRequest(cms!.url, {
      method: 'POST',
      path: '/api/intake/help-offers?locale=en',
      from: connection,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ locale: 'en' }),
    });

  it('ignores X-Forwarded-For from a client posting straight to the CMS: it is counted by its own address', async () => {
    const statuses = [];
    for (const forwardedFor of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) statuses.push((await postFrom('127.0.0.3', forwardedFor)).status);
    expect(statuses).toEqual([422, 422, 429]);
  });

  it('takes the forwarded address on connections from a configured proxy', async () => {
    const statuses = [];
    for (const forwardedFor of ['198.51.100.11', '198.51.100.12', '198.51.100.13']) statuses.push((await postFrom('127.0.0.2', forwardedFor)).status);
    expect(statuses).toEqual([422, 422, 422]);
  });

  it('counts searches without JavaScript the same way: per forwarded address from the proxy, by its own address from anyone else', async () => {
    // No Meilisearch here: a search that is let through answers 503 (search unavailable), one past the limit 429.
    const searchFrom = (connection: string, forwardedFor: string) =>
      rawRequest(cms!.url, { path: '/api/search?locale=en&q=walking', from: connection, headers: { 'x-forwarded-for': forwardedFor } });
    const fromProxy = [];
    for (const forwardedFor of ['198.51.100.21', '198.51.100.22', '198.51.100.23']) fromProxy.push((await searchFrom('127.0.0.2', forwardedFor)).status);
    expect(fromProxy).toEqual([503, 503, 503]);
    const straight = [];
    for (const forwardedFor of ['198.51.100.31', '198.51.100.32', '198.51.100.33']) straight.push((await searchFrom('127.0.0.4', forwardedFor)).status);
    expect(straight).toEqual([503, 503, 429]);
  });

  it('reads proxy addresses and ranges, IPv4 (also as seen on a dual-stack socket) and IPv6', () => {
    const proxies = addressList(['10.0.0.0/8', '192.0.2.7', '::1', 'fd00::/8']);
    for (const address of ['10.1.2.3', '::ffff:10.1.2.3', '192.0.2.7', '::1', 'fd12::1']) expect(isListed(proxies, address), address).toBe(true);
    for (const address of ['11.0.0.1', '192.0.2.8', '::ffff:192.0.2.8', '::2', 'fe80::1', undefined])
      expect(isListed(proxies, address), String(address)).toBe(false);
    expect(() => addressList(['proxy.example.org'])).toThrow(/CMS_TRUSTED_PROXIES/);
  });
});
