import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOCALES, routes } from '@cb/domain';
import { FORM_LAYOUTS } from '@cb/domain/intake';
import { freePort } from '@cb/search';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeRouteOf } from '../scripts/lib/static-server.ts';
import { PRODUCTION_SECURITY_HEADERS, SECURITY_HEADERS } from '../site/src/lib/security-policy.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NGINX_CONF = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
/** Debian's nginx (scripts/ensure-nginx.sh installs it); the image runs Alpine's, same configuration. */
const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** nginx's configuration syntax: directives with arguments, `;` or a `{ block }`, quoted strings, # comments. */
function parseNginx(text: string): Directive[] {
  const tokens = [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|#[^\n]*|([{};])|([^\s{};"'#]+)/g)]
    .filter((match) => !match[0].startsWith('#'))
    .map((match) => ({ value: match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', punctuation: match[3] !== undefined }));
  let position = 0;
  const parseBlock = (): Directive[] => {
    const directives: Directive[] = [];
    while (position < tokens.length) {
      const token = tokens[position++]!;
      if (token.punctuation && token.value === '}') return directives;
      const directive: Directive = { name: token.value, args: [] };
      while (position < tokens.length) {
        const next = tokens[position++]!;
        if (next.punctuation && next.value === ';') break;
        if (next.punctuation && next.value === '{') {
          directive.block = parseBlock();
          break;
        }
        directive.args.push(next.value);
      }
      directives.push(directive);
    }
    return directives;
  };
  return parseBlock();
}

const config = parseNginx(NGINX_CONF);
const server = config.find((directive) => directive.name === 'server')!.block!;
const locations = server.filter((directive) => directive.name === 'location');
const proxied = locations.filter((location) => location.block?.some((directive) => directive.name === 'proxy_pass'));
const FORM_PATHS = Object.values(FORM_LAYOUTS).map((layout) => layout.path);
const TOKEN = 'A'.repeat(16) + 'b_-9'.repeat(4);
/** The shape of a check-in link's signed token: a base64url payload, a dot, a 43-character HMAC-SHA256. */
const LINK_TOKEN = `eyJwIjoiY2hlY2staW4ifQ.${'s'.repeat(40)}a_-`;

describe('deploy/nginx.conf, read', () => {
  it('sends the security headers of site/src/lib/security-policy.ts on every answer, set once at the server level', () => {
    const headers = server.filter((directive) => directive.name === 'add_header');
    const expected = { ...SECURITY_HEADERS, ...PRODUCTION_SECURITY_HEADERS };
    for (const [name, value] of Object.entries(expected)) {
      expect(headers.find((header) => header.args[0] === name)?.args, name).toEqual([name, value, 'always']);
    }
    // An add_header in a location would drop every server-level header there.
    for (const location of locations)
      expect(
        location.block?.filter((directive) => directive.name === 'add_header'),
        location.args.join(' '),
      ).toEqual([]);
  });

  it('passes on only the intake routes, matched exactly (regex, case-sensitive), with the normalised path upstream', () => {
    expect(proxied.map((location) => location.args[0])).toEqual(['~', '~', '~', '~', '~', '~', '~']);
    for (const location of proxied) {
      expect(location.block?.find((directive) => directive.name === 'proxy_pass')?.args).toEqual(['http://cms$uri$is_args$args']);
      expect(location.block?.find((directive) => directive.name === 'limit_except')?.args.length).toBeGreaterThan(0);
    }
    const patterns = proxied.map((location) => ({
      methods: location.block!.find((directive) => directive.name === 'limit_except')!.args,
      path: new RegExp(location.args[1]!),
    }));
    const sample = [
      ...FORM_PATHS.flatMap((form) => [
        `/api/intake/${form}`,
        `/api/intake/thank-you/${form}`,
        `/api/intake/${form}/attempts/${TOKEN}`,
        `/api/intake/${form}/`,
        `/API/intake/${form}`,
      ]),
      '/api/intake/openapi.json',
      '/api/intake/unknown',
      '/api/request-status',
      '/api/request-status/',
      '/API/request-status',
      '/api/search',
      '/api/search/',
      '/API/search',
      '/api/searches',
      '/api/intake/help-requests/attempts/short',
      `/api/check-ins/${LINK_TOKEN}`,
      `/api/concerns/${LINK_TOKEN}`,
      `/api/check-ins/${LINK_TOKEN}/more`,
      `/api/check-ins/${LINK_TOKEN.slice(0, -1)}`,
      `/API/check-ins/${LINK_TOKEN}`,
      `/api/away/${LINK_TOKEN}`,
      `/api/away/${LINK_TOKEN}/more`,
      `/API/away/${LINK_TOKEN}`,
      `/api/project-milestones/${LINK_TOKEN}`,
      `/api/project-milestones/${LINK_TOKEN}/more`,
      `/api/project-milestones`,
      '/admin/',
      '/api/stories',
    ];
    // nginx's choice, for the path it normalised, is the local server's choice.
    for (const method of ['GET', 'POST']) {
      for (const candidate of sample) {
        const byNginx = patterns.some((pattern) => pattern.methods.includes(method) && pattern.path.test(candidate));
        expect(byNginx, `${method} ${candidate}`).toBe(intakeRouteOf(method, candidate) !== undefined);
      }
    }
    expect(locations.filter((location) => location.args.join(' ').includes('/api') && !proxied.includes(location))).toEqual([]);
  });

  it('answers a post the CMS could not take with the localized 503 page the site builds', () => {
    for (const location of proxied) {
      expect(location.block?.find((directive) => directive.name === 'error_page')?.args).toEqual([
        '502',
        '503',
        '504',
        '=503',
        '/$cb_visitor_locale/503/index.html',
      ]);
    }
    for (const locale of LOCALES) expect(`/${locale}/503/index.html`).toBe(`${routes.serviceUnavailable(locale)}index.html`);
  });
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

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

/**
 * The real nginx on loopback with deploy/nginx.conf (the upstream pointed at a stand-in CMS, the port and
 * folders at temporary ones), one master process, no workers.
 */
describe('deploy/nginx.conf, run by nginx on loopback', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cb-nginx-'));
  const site = path.join(dir, 'html');
  const reached: { method: string; url: string }[] = [];
  let cmsUp = true;
  /** Which stand-in replica (by its port) answered each request. */
  const answeredBy: number[] = [];
  const standIn = (request: IncomingMessage, response: ServerResponse) => {
    if (!cmsUp) {
      request.socket.destroy();
      return;
    }
    reached.push({ method: request.method ?? '', url: request.url ?? '' });
    answeredBy.push(request.socket.localPort ?? 0);
    request
      .resume()
      .on('end', () =>
        response
          .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'", 'x-frame-options': 'SAMEORIGIN' })
          .end('<p>from the CMS</p>'),
      );
  };
  // Two CMS replicas, as Docker's DNS would give for the `cms` service.
  const cms: Server = createServer(standIn);
  const cmsTwin: Server = createServer(standIn);
  let nginx: ChildProcess | undefined;
  const accessLog = path.join(dir, 'access.log');
  let port: number;
  let adminPort: number;

  beforeAll(async () => {
    expect(existsSync(NGINX_BIN), `nginx is missing: run scripts/ensure-nginx.sh (or set NGINX_PATH)`).toBe(true);
    mkdirSync(path.join(site, '_astro'), { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<h1>landing</h1>');
    writeFileSync(path.join(site, '404.html'), '<h1>not found</h1>');
    writeFileSync(path.join(site, '_astro', 'island.B95n3z9.js'), 'export {}');
    for (const locale of LOCALES) {
      mkdirSync(path.join(site, routes.serviceUnavailable(locale)), { recursive: true });
      mkdirSync(path.join(site, routes.notFound(locale)), { recursive: true });
      writeFileSync(
        path.join(site, routes.serviceUnavailable(locale), 'index.html'),
        `<h1>unavailable-${locale}</h1><a href="tel:+3225550000">02 555 00 00</a>`,
      );
      writeFileSync(path.join(site, routes.notFound(locale), 'index.html'), `<h1>404-${locale}</h1>`);
    }
    const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    const cmsPorts = [await listen(cms), await listen(cmsTwin)];
    port = await freePort();
    adminPort = await freePort();
    const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
    // Debian's nginx (1.22) has no `resolve` for upstream servers (1.27.3+, the image's): the replicas are listed instead.
    expect(NGINX_CONF).toContain('server cms:1337 resolve;');
    const siteConf = NGINX_CONF.replace('server cms:1337 resolve;', cmsPorts.map((cmsPort) => `server 127.0.0.1:${cmsPort};`).join(' '))
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('listen 1337;', `listen 127.0.0.1:${adminPort};`)
      .replace('root /usr/share/nginx/html;', `root ${site};`)
      .replaceAll('/var/log/nginx/access.log', accessLog)
      .replace(existsSync(brotli) ? /$^/ : /^\s*brotli_static on;$/m, '');
    writeFileSync(path.join(dir, 'site.conf'), siteConf);
    const temp = (name: string) => `${name} ${path.join(dir, name)};`;
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `${existsSync(brotli) ? `load_module ${brotli};` : ''}
daemon off; master_process off; pid ${path.join(dir, 'nginx.pid')}; error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off; ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join(' ')}
  include ${path.join(dir, 'site.conf')}; }
`,
    );
    const check = spawnSync(NGINX_BIN, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX_BIN, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (
        await raw(port, 'GET', '/').then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  });
  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    for (const server of [cms, cmsTwin]) {
      server.closeAllConnections();
      server.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    reached.length = 0;
    answeredBy.length = 0;
    cmsUp = true;
  });

  it('spreads the CMS requests over every replica in turn, with no sticky sessions, for the public and the admin', async () => {
    for (let n = 0; n < 6; n++) expect((await raw(port, 'GET', '/api/intake/thank-you/help-offers?locale=en')).body).toContain('from the CMS');
    for (let n = 0; n < 6; n++) expect((await raw(adminPort, 'GET', '/admin/')).body).toContain('from the CMS');
    const replicas = [(cms.address() as AddressInfo).port, (cmsTwin.address() as AddressInfo).port];
    for (const replica of replicas)
      expect(
        answeredBy.filter((answerer) => answerer === replica),
        `requests answered by replica ${replica}`,
      ).toHaveLength(6);
    expect(reached.slice(6).map((request) => request.url)).toEqual(Array(6).fill('/admin/'));
  });

  it('passes every form’s post, thank-you and attempt page to the CMS', async () => {
    for (const form of FORM_PATHS) {
      for (const [method, route] of [
        ['POST', `/api/intake/${form}?locale=fr`],
        ['GET', `/api/intake/thank-you/${form}?locale=en&reference=CB-7KQ4M2`],
        ['GET', `/api/intake/${form}/attempts/${TOKEN}`],
      ] as const) {
        const answer = await raw(port, method, route, { 'content-type': 'application/x-www-form-urlencoded' }, method === 'POST' ? 'name=x' : undefined);
        expect(answer.body, `${method} ${route}`).toContain('from the CMS');
        expect(reached.at(-1)).toEqual({ method, url: route });
      }
    }
  });

  it('passes a search without JavaScript to the CMS as it came, and logs it without the words searched', async () => {
    const route = '/api/search?locale=fr&q=madame%20dupont&municipality=jette';
    const answer = await raw(port, 'GET', route);
    expect(answer.body).toContain('from the CMS');
    expect(reached.at(-1)).toEqual({ method: 'GET', url: route });
    expect((await raw(port, 'POST', route, { 'content-type': 'application/x-www-form-urlencoded' }, 'q=x')).status).toBe(403);
    await expect.poll(() => (existsSync(accessLog) ? readFileSync(accessLog, 'utf8') : '')).toContain('"GET /api/search HTTP/1.1" 200');
    expect(readFileSync(accessLog, 'utf8')).not.toMatch(/dupont|jette|locale=/);
  });

  it('never asks the CMS for anything but an intake route, and only ever for its normalised path', async () => {
    const spellings = [
      '/api/intake/../../admin/',
      '/api/intake/../users-permissions/roles',
      '/api/intake/help-requests/../../stories?status=draft',
      '/api/intake/%2e%2e/%2e%2e/admin',
      '/api/intake/..%2F..%2Fadmin',
      '/api/intake/help-requests%2F..%2F..%2Fstories',
      '/api/intake\\..\\..\\admin',
      '/API/intake/help-requests',
      '/api/Intake/help-requests',
      '/api/intake/Help-Requests',
      '/api/intake/help-requests/',
      '/api/intake/openapi.json',
      '/api/intake/thank-you/help-requests/../../../admin',
      '/admin/',
      '/api/stories',
      '/api/intake//help-requests',
      '//api/intake/help-requests',
      '/api/intake/x/../help-requests',
      '/api/intake/%68elp-requests',
    ];
    for (const spelling of spellings) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        reached.length = 0;
        const answer = await raw(port, method, spelling, { 'content-type': 'application/json' }, method === 'GET' ? undefined : '{}');
        if (answer.body.includes('from the CMS')) {
          // Only a spelling nginx normalises to an intake route gets through, and the CMS sees the normalised path.
          expect(
            reached.map((request) => intakeRouteOf(request.method, request.url)),
            `${method} ${spelling}`,
          ).toEqual([reached[0]?.url]);
          expect(reached[0]?.url, `${method} ${spelling}`).toMatch(/^\/api\/intake\/[a-z-]+$/);
        } else {
          expect(reached, `${method} ${spelling}`).toEqual([]);
          expect([400, 403, 404, 405], `${method} ${spelling} → ${answer.status}`).toContain(answer.status);
        }
      }
    }
  });

  it('sends the site’s security headers with pages, 404s and the CMS’s answers; the CMS keeps its own policy too', async () => {
    const expected = { ...SECURITY_HEADERS, ...PRODUCTION_SECURITY_HEADERS };
    for (const route of ['/', '/fr/missing/', '/missing', '/_astro/island.B95n3z9.js']) {
      const answer = await raw(port, 'GET', route);
      for (const [name, value] of Object.entries(expected)) expect(answer.headers[name.toLowerCase()], `${route} ${name}`).toBe(value);
    }
    expect((await raw(port, 'GET', '/fr/missing/')).body).toContain('404-fr');
    expect((await raw(port, 'GET', '/_astro/island.B95n3z9.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw(port, 'GET', '/')).headers['cache-control']).toBeUndefined();
    const proxiedAnswer = await raw(port, 'GET', `/api/intake/thank-you/help-requests?locale=nl`);
    expect(proxiedAnswer.headers['content-security-policy']).toBe(`default-src 'self', ${SECURITY_HEADERS['Content-Security-Policy']}`);
    expect(proxiedAnswer.headers['x-frame-options']).toBe('DENY');
  });

  it('answers with the site’s 503 page in the visitor’s language when the CMS cannot answer', async () => {
    cmsUp = false;
    const post = (route: string, headers: Record<string, string>) =>
      raw(port, 'POST', route, { 'content-type': 'application/x-www-form-urlencoded', ...headers }, 'name=Jan');
    for (const locale of LOCALES) {
      const answer = await post(`/api/intake/help-requests?locale=${locale}`, {});
      expect(answer.status).toBe(503);
      expect(answer.headers['content-type']).toBe('text/html');
      expect(answer.headers['retry-after']).toBe('60');
      expect(answer.body).toContain(`unavailable-${locale}`);
      expect(answer.body).toContain('tel:+3225550000');
      expect((await post('/api/intake/help-offers', { referer: `https://example.org/${locale}/page/` })).body).toContain(`unavailable-${locale}`);
      expect((await post('/api/intake/help-offers', { 'accept-language': `de-DE, ${locale};q=0.8` })).body).toContain(`unavailable-${locale}`);
    }
    expect((await post('/api/intake/help-offers', {})).body).toContain('unavailable-nl');
  });
});
