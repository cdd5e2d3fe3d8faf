import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { startCms, type TestCms } from './helpers/cms';
import { asPostedFields, validSubmission } from './helpers/intake-payloads';
import { rawRequest, type RawAnswer } from './helpers/raw-http';
import { LOCAL_ADMIN_DEFAULTS } from '../src/access/first-admin';
import { escapeHtml } from '../src/api/intake/pages/html';
import { parseJson } from './helpers/http';

/**
 * Which origins may talk to the CMS from a browser. Credentialed cross-origin calls: the CMS's own
 * origin (its admin) everywhere, the site's origin on the public content API only, nobody else.
 * Form posts to intake: from the site, from the CMS's own pages, or from no browser at all; a
 * page on another site is refused (and does not use up the visitor's allowance).
 */

const SITE = 'http://site.example.test';
const CMS_PUBLIC = 'http://cms.example.test';
const FOREIGN = 'https://evil.example.net';
const ALLOWANCE = 3;

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ SITE_URL: `${SITE}/nl/`, PUBLIC_CMS_URL: CMS_PUBLIC, INTAKE_RATE_LIMIT_MAX: String(ALLOWANCE) });
});
afterAll(async () => cms?.stop());

let addressesUsed = 0;
function freshAddress(): string {
  addressesUsed += 1;
  return `127.20.${Math.floor(addressesUsed / 250)}.${(addressesUsed % 250) + 1}`;
}

const send = (request: Parameters<typeof rawRequest>[1]) => rawRequest(cms.url, { from: freshAddress(), ...request });
const allowedOrigin = (answer: RawAnswer) => answer.headers['access-control-allow-origin'];

function preflight(path: string, origin: string, method = 'POST'): Promise<RawAnswer> {
  return send({
    method: 'OPTIONS',
    path,
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type,authorization' },
  });
}

async function login(origin: string): Promise<RawAnswer> {
  const { email, password } = LOCAL_ADMIN_DEFAULTS;
  return send({ method: 'POST', path: '/admin/login', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

const cookiesOf = (answer: RawAnswer) => ([answer.headers['set-cookie'] ?? []].flat() as string[]).map((cookie) => cookie.split(';')[0]).join('; ');

describe('cross-origin calls (CORS)', () => {
  const ADMIN_ROUTES = [
    '/admin/login',
    '/admin/access-token',
    '/admin/renew-token',
    '/admin/users/me',
    '/content-manager/collection-types/api::help-request.help-request',
    '/back-office/search',
  ];

  it.each(ADMIN_ROUTES)('lets no other origin, not even the site, call %s with credentials', async (path) => {
    for (const origin of [FOREIGN, SITE, 'null', `${CMS_PUBLIC}.evil.example.net`]) {
      const answer = await preflight(path, origin);
      expect(allowedOrigin(answer), `${origin} on ${path}`).toBeUndefined();
      expect(answer.headers['access-control-allow-credentials'], `${origin} on ${path}`).toBeUndefined();
    }
    const own = await preflight(path, CMS_PUBLIC);
    expect(allowedOrigin(own)).toBe(CMS_PUBLIC);
    expect(own.headers['access-control-allow-credentials']).toBe('true');
  });

  it('gives another origin no readable admin token from the staff member’s refresh cookie', async () => {
    const foreignLogin = await login(FOREIGN);
    expect(allowedOrigin(foreignLogin)).toBeUndefined();

    const session = await login(CMS_PUBLIC);
    expect(session.status).toBe(200);
    expect(allowedOrigin(session)).toBe(CMS_PUBLIC);
    // Each refresh rotates the cookie, as a browser would keep it.
    let cookie = cookiesOf(session);
    expect(cookie).not.toBe('');

    const own = await send({
      method: 'POST',
      path: '/admin/access-token',
      headers: { origin: CMS_PUBLIC, cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(own.status).toBe(200);
    cookie = cookiesOf(own) || cookie;
    for (const path of ['/admin/access-token', '/admin/renew-token']) {
      const foreign = await send({ method: 'POST', path, headers: { origin: FOREIGN, cookie, 'content-type': 'application/json' }, body: '{}' });
      expect(allowedOrigin(foreign), path).toBeUndefined();
      expect(foreign.headers['access-control-allow-credentials'], path).toBeUndefined();
      cookie = cookiesOf(foreign) || cookie;
    }
    expect(allowedOrigin(own)).toBe(CMS_PUBLIC);
  });

  it('lets the site (and the CMS) read the public content API, and no other origin', async () => {
    for (const path of ['/api/stories?locale=fr', '/API/stories?locale=fr']) {
      for (const origin of [SITE, CMS_PUBLIC]) {
        const answer = await send({ path, headers: { origin } });
        expect(answer.status, `${origin} ${path}`).toBe(200);
        expect(allowedOrigin(answer), `${origin} ${path}`).toBe(origin);
      }
      expect(allowedOrigin(await send({ path, headers: { origin: FOREIGN } })), path).toBeUndefined();
      expect(allowedOrigin(await preflight(path, FOREIGN)), path).toBeUndefined();
    }
  });

  it('answers the site’s preflight on the content API for the method it asks about', async () => {
    for (const [path, method] of [
      ['/api/stories?locale=fr', 'GET'],
      ['/API/stories', 'get'],
      ['/api/intake/help-requests', 'POST'],
    ] as const) {
      for (const origin of [SITE, CMS_PUBLIC]) {
        const answer = await preflight(path, origin, method);
        expect(answer.status, `${origin} ${method} ${path}`).toBeLessThan(300);
        expect(allowedOrigin(answer), `${origin} ${method} ${path}`).toBe(origin);
        expect(String(answer.headers['access-control-allow-methods']), `${origin} ${method} ${path}`).toContain(method.toUpperCase());
      }
      expect(allowedOrigin(await preflight(path, FOREIGN, method)), path).toBeUndefined();
    }
    // A preflight for a method no content-API route takes is the CMS's own business.
    expect(allowedOrigin(await preflight('/api/stories', SITE, 'DELETE'))).toBeUndefined();
  });
});

describe('form posts from another site', () => {
  const helpRequestsStored = () => cms.strapi.db.query('api::help-request.help-request').count();
  const formBody = (n: number, locale: (typeof LOCALES)[number]) =>
    new URLSearchParams(asPostedFields(validSubmission('help-request', n, {}, locale))).toString();

  function postForm(path: string, headers: Record<string, string>, n: number, locale: (typeof LOCALES)[number] = 'fr', from = freshAddress()) {
    return rawRequest(cms.url, {
      method: 'POST',
      path: `${path}?locale=${locale}`,
      from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
      body: formBody(n, locale),
    });
  }

  it.each(LOCALES)('are refused with a page in the form’s language (%s), and nothing is stored', async (locale) => {
    const before = await helpRequestsStored();
    const message = fieldMessage('other-site', locale);
    for (const [path, headers] of [
      ['/api/intake/help-requests', { origin: FOREIGN }],
      ['/api/intake/help-requests', { origin: FOREIGN, 'sec-fetch-site': 'cross-site' }],
      ['/api/intake/help-requests', { 'sec-fetch-site': 'cross-site' }],
      ['/api/intake/help-requests', { origin: 'null', 'sec-fetch-site': 'cross-site' }],
      // A sandboxed frame on any site, in a browser that does not say where it posts from.
      ['/api/intake/help-requests', { origin: 'null' }],
      ['/API/Intake/help-requests/', { origin: FOREIGN }],
      ['/api/intake/help-requests', { origin: `${SITE}.evil.example.net` }],
      ['/api/intake/help-requests', { origin: 'http://blog.example.test', 'sec-fetch-site': 'same-site' }],
    ] as const) {
      const answer = await postForm(path, headers, 500, locale);
      expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.text).toContain(escapeHtml(message));
    }
    expect(await helpRequestsStored()).toBe(before);
  });

  it('are refused as JSON too, with the message on `form`', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/intake/help-requests',
      headers: { origin: FOREIGN, 'content-type': 'application/json' },
      body: JSON.stringify(validSubmission('help-request', 501, {}, 'nl')),
    });
    expect(answer.status).toBe(403);
    const { error } = parseJson(answer.text, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) }));
    expect(error.fields.form).toBe(fieldMessage('other-site', 'nl'));
  });

  it('do not use up the allowance of the visitor they were sent from', async () => {
    const visitor = freshAddress();
    for (let n = 0; n < ALLOWANCE + 2; n += 1)
      expect((await postForm('/api/intake/help-requests', { origin: FOREIGN }, 600 + n, 'nl', visitor)).status).toBe(403);
    expect((await postForm('/api/intake/help-requests', { origin: SITE, 'sec-fetch-site': 'same-site' }, 610, 'nl', visitor)).status).toBe(303);
  });

  it('are accepted from the site, from the CMS’s own pages, and from clients that name no origin', async () => {
    const before = await helpRequestsStored();
    const accepted: Record<string, string>[] = [
      { origin: SITE, 'sec-fetch-site': 'same-site' },
      { origin: SITE },
      { origin: CMS_PUBLIC },
      { origin: cms.url, 'sec-fetch-site': 'same-origin' },
      // The browser vouches for the page's origin, whatever `Origin` says.
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
      // Through the site's reverse proxy: the browser posted to the page's own origin, which the CMS need not know.
      { origin: 'http://127.0.0.1:4321', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const [n, headers] of accepted.entries()) {
      const answer = await postForm('/api/intake/help-requests', headers, 700 + n);
      expect(answer.status, JSON.stringify(headers)).toBe(303);
      expect(answer.headers.location, JSON.stringify(headers)).toMatch(/thank-you/);
    }
    expect(await helpRequestsStored()).toBe(before + accepted.length);
  });
});
