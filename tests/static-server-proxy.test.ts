import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOCALES, routes } from '@cb/domain';
import { FORM_LAYOUTS } from '@cb/domain/intake';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { SECURITY_HEADERS } from '../site/src/lib/security-policy.ts';

/** A built site in miniature, with the localized "service unavailable" pages the site build writes. */
const root = mkdtempSync(path.join(tmpdir(), 'cb-static-proxy-'));
writeFileSync(path.join(root, 'index.html'), '<h1>landing</h1>');
writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>');
for (const locale of LOCALES) {
  mkdirSync(path.join(root, routes.serviceUnavailable(locale)), { recursive: true });
  writeFileSync(
    path.join(root, routes.serviceUnavailable(locale), 'index.html'),
    `<html lang="${locale}"><h1>unavailable-${locale}</h1><a href="tel:+3225550000">02 555 00 00</a></html>`,
  );
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request with its path sent exactly as written (fetch would resolve `..` before sending). */
function raw(port: number, method: string, rawPath: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path: rawPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** Stands in for the CMS's HTTP side: records what reaches it and answers with a CSP of its own. */
const reached: { method: string; url: string }[] = [];
const cms = createServer((request, response) => {
  reached.push({ method: request.method ?? '', url: request.url ?? '' });
  request.resume().on('end', () => {
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'", 'referrer-policy': 'no-referrer' })
      .end('<p>from the CMS</p>');
  });
});
const downCms = createServer();

let sitePort: number;
let downSitePort: number;
const servers: Server[] = [];
beforeAll(async () => {
  const cmsPort = await listen(cms);
  const downPort = await listen(downCms);
  await new Promise((resolve) => downCms.close(resolve));
  const site = await serveStatic(root, 0, '127.0.0.1', { cmsUrl: `http://127.0.0.1:${cmsPort}` });
  const downSite = await serveStatic(root, 0, '127.0.0.1', { cmsUrl: `http://127.0.0.1:${downPort}` });
  servers.push(site, downSite, cms);
  sitePort = (site.address() as AddressInfo).port;
  downSitePort = (downSite.address() as AddressInfo).port;
});
afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});
beforeEach(() => {
  reached.length = 0;
});

const FORM_PATHS = Object.values(FORM_LAYOUTS).map((layout) => layout.path);
const TOKEN = 'A'.repeat(16) + 'b_-9'.repeat(4);

describe('the local site server passes on only the intake routes', () => {
  it('passes every form’s post, thank-you page and attempt page to the CMS, path and query unchanged', async () => {
    for (const form of FORM_PATHS) {
      const routesOfForm = [
        ['POST', `/api/intake/${form}`],
        ['POST', `/api/intake/${form}?locale=fr`],
        ['GET', `/api/intake/thank-you/${form}?locale=en&reference=CB-7KQ4M2`],
        ['GET', `/api/intake/${form}/attempts/${TOKEN}`],
      ] as const;
      for (const [method, route] of routesOfForm) {
        const answer = await raw(sitePort, method, route, { 'content-type': 'application/x-www-form-urlencoded' }, method === 'POST' ? 'name=x' : undefined);
        expect(answer.body, `${method} ${route}`).toContain('from the CMS');
        expect(reached.at(-1), `${method} ${route}`).toEqual({ method, url: route });
      }
    }
  });

  it('never passes another CMS path, however it is spelled', async () => {
    const spellings = [
      '/api/intake/../../admin/',
      '/api/intake/../users-permissions/roles',
      '/api/intake/help-requests/../../stories?status=draft',
      '/api/intake/%2e%2e/%2e%2e/admin',
      '/api/intake/%2E%2E/stories',
      '/api/intake/..%2F..%2Fadmin',
      '/api/intake/help-requests%2F..%2F..%2Fstories',
      '/api/intake//help-requests',
      '//api/intake/help-requests',
      '/api//intake/help-requests',
      '/api/intake\\..\\..\\admin',
      '/api\\intake\\help-requests',
      '/API/intake/help-requests',
      '/api/Intake/help-requests',
      '/api/intake/Help-Requests',
      '/api/intake/%68elp-requests',
      '/api/intake/help-requests/',
      '/api/intake/help-requests;x',
      '/api/intake/openapi.json',
      '/api/intake/unknown-form',
      '/api/intake/thank-you/help-requests/../../../admin',
      `/api/intake/help-requests/attempts/${TOKEN}/..`,
      '/api/intake/help-requests/attempts/short',
      '/admin/',
      '/api/stories',
    ];
    for (const spelling of spellings) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        const answer = await raw(sitePort, method, spelling, { 'content-type': 'application/json' }, method === 'GET' ? undefined : '{}');
        expect(answer.body, `${method} ${spelling}`).not.toContain('from the CMS');
        expect([404, 405], `${method} ${spelling}`).toContain(answer.status);
      }
    }
    // Posts only: a GET of a form's post address or a post to a page is not an intake route either.
    for (const form of FORM_PATHS) {
      expect((await raw(sitePort, 'GET', `/api/intake/${form}`)).status).toBe(404);
      expect((await raw(sitePort, 'POST', `/api/intake/thank-you/${form}`, {}, 'x')).status).toBe(405);
    }
    expect(reached).toEqual([]);
  });

  it('sends the site’s security headers with the CMS’s answer, both content security policies applying', async () => {
    const answer = await raw(sitePort, 'GET', `/api/intake/thank-you/${FORM_PATHS[0]}?locale=nl&reference=CB-7KQ4M2`);
    expect(answer.headers['content-security-policy']).toBe(`default-src 'self', ${SECURITY_HEADERS['Content-Security-Policy']}`);
    expect(answer.headers['referrer-policy']).toBe(SECURITY_HEADERS['Referrer-Policy']);
    expect(answer.headers['permissions-policy']).toBe(SECURITY_HEADERS['Permissions-Policy']);
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });
});

describe('the site’s security headers', () => {
  it('are on every answer of the static server: pages, the 404 page, a refused method', async () => {
    for (const [method, route] of [
      ['GET', '/'],
      ['GET', '/missing/'],
      ['POST', '/'],
      ['HEAD', '/'],
    ] as const) {
      const answer = await raw(sitePort, method, route);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], `${method} ${route} ${name}`).toBe(value);
      // HSTS belongs to the production web server behind TLS, never to plain http on loopback.
      expect(answer.headers['strict-transport-security']).toBeUndefined();
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('when the CMS cannot be reached', () => {
  const form = FORM_PATHS[0]!;

  it('answers a form post with the site’s 503 page in the language of the form (its locale field)', async () => {
    for (const locale of LOCALES) {
      const urlencoded = await raw(
        downSitePort,
        'POST',
        `/api/intake/${form}`,
        { 'content-type': 'application/x-www-form-urlencoded' },
        `name=Jan&locale=${locale}&consent=on`,
      );
      expect(urlencoded.status).toBe(503);
      expect(urlencoded.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(urlencoded.headers['retry-after']).toBe('60');
      expect(urlencoded.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      expect(urlencoded.body).toContain(`unavailable-${locale}`);
      expect(urlencoded.body).toContain('tel:+3225550000');

      const boundary = 'cb-boundary';
      const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nJan\r\n--${boundary}\r\nContent-Disposition: form-data; name="locale"\r\n\r\n${locale}\r\n--${boundary}--\r\n`;
      const posted = await raw(downSitePort, 'POST', `/api/intake/${form}`, { 'content-type': `multipart/form-data; boundary=${boundary}` }, multipart);
      expect(posted.status).toBe(503);
      expect(posted.body).toContain(`unavailable-${locale}`);
    }
  });

  it('takes the language from the page’s ?locale=, the page it came from, the browser, else Dutch', async () => {
    const post = (route: string, headers: Record<string, string>) => raw(downSitePort, 'POST', route, { 'content-type': 'application/json', ...headers }, '{}');
    expect((await post(`/api/intake/${form}?locale=en`, { 'accept-language': 'fr' })).body).toContain('unavailable-en');
    expect((await post(`/api/intake/${form}`, { referer: 'http://127.0.0.1/fr/demander-de-l-aide/', 'accept-language': 'en' })).body).toContain(
      'unavailable-fr',
    );
    expect((await post(`/api/intake/${form}`, { 'accept-language': 'de-DE, en-GB;q=0.8, fr;q=0.5' })).body).toContain('unavailable-en');
    expect((await post(`/api/intake/${form}`, {})).body).toContain('unavailable-nl');
    const page = await raw(downSitePort, 'GET', `/api/intake/thank-you/${form}?locale=fr&reference=CB-7KQ4M2`);
    expect(page.status).toBe(503);
    expect(page.body).toContain('unavailable-fr');
  });
});
