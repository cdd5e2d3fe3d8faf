import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { DEFAULT_LOCALE, isLocale, routes, type Locale } from '@cb/domain';
import { FORM_LAYOUTS } from '@cb/domain/intake';
import { SECURITY_HEADERS } from '../../site/src/lib/security-policy.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** What the site's build writes next to its text files, in the order they are preferred. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** Resolves a URL path to a file inside root, or undefined; never outside root. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export interface StaticServerOptions {
  /** The CMS that the intake routes are passed to, so the forms post to the site's own origin (as deploy/nginx.conf does). */
  cmsUrl?: string;
}

const FORM_PATHS = Object.values(FORM_LAYOUTS)
  .map((layout) => layout.path)
  .join('|');
/**
 * The CMS routes the site's pages lead to (cms/src/api/intake/routes/intake.ts): a form's post, and the
 * thank-you and attempt pages that answer a post without JavaScript. Nothing else of the CMS is passed on.
 * They are matched on the path exactly as it came: another spelling (`..`, `%2e`, `%2F`, `//`, `\`,
 * upper case) is no intake route, so it is served as a static path (405 for a post, else the 404 page).
 */
const INTAKE_ROUTES: { methods: readonly string[]; path: RegExp }[] = [
  { methods: ['POST'], path: new RegExp(`^/api/intake/(?:${FORM_PATHS})$`) },
  { methods: ['GET', 'HEAD'], path: new RegExp(`^/api/intake/thank-you/(?:${FORM_PATHS})$`) },
  { methods: ['GET', 'HEAD'], path: new RegExp(`^/api/intake/(?:${FORM_PATHS})/attempts/[A-Za-z0-9_-]{32}$`) },
  // The status page's look-up (cms/src/api/request-status/routes/request-status.ts), answered with a page.
  { methods: ['POST'], path: /^\/api\/request-status$/ },
  // Search without JavaScript (cms/src/api/site-search/routes/site-search.ts): a GET form answered with a page of results.
  { methods: ['GET', 'HEAD'], path: /^\/api\/search$/ },
  // The pages of a check-in mail's signed links (cms/src/api/check-in/routes/check-in.ts) and the away page of a
  // volunteer's mails (cms/src/api/away-link/routes/away-link.ts): a GET shows, a POST records.
  { methods: ['GET', 'HEAD', 'POST'], path: /^\/api\/(?:check-ins|concerns|away)\/[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{43}$/ },
  // The milestone page of a funded project's signed link (cms/src/api/milestone-link/routes/milestone-link.ts).
  { methods: ['GET', 'HEAD', 'POST'], path: /^\/api\/project-milestones\/[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{43}$/ },
];

/** The path and query to ask the CMS for, when the request is one of the intake routes; else undefined. */
export function intakeRouteOf(method: string | undefined, url: string | undefined): string | undefined {
  const target = url ?? '';
  const queryStart = target.indexOf('?');
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart);
  const isIntakeRoute = INTAKE_ROUTES.some((route) => route.methods.includes(method ?? '') && route.path.test(pathname));
  return isIntakeRoute ? target : undefined;
}

/**
 * Serves a built static site the way a CDN would: files, folder index.html, and /404.html for the rest,
 * each as the build's brotli or gzip copy when the browser takes it.
 * `root` may be a function: a rebuild then switches the served folder in one step.
 */
export function serveStatic(root: string | (() => string), port: number, host = '127.0.0.1', options: StaticServerOptions = {}): Promise<Server> {
  const currentRoot = typeof root === 'function' ? root : () => root;
  const server = createServer((request, response) => {
    const intakeRoute = options.cmsUrl ? intakeRouteOf(request.method, request.url) : undefined;
    if (options.cmsUrl && intakeRoute) {
      proxyToCms(options.cmsUrl, intakeRoute, request, response, currentRoot);
      return;
    }
    const root = currentRoot();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticFile(root, request.url ?? '/');
    const served = file ?? notFoundPage(root, request.url ?? '/');
    if (!served) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    sendFile(request, response, served, file ? 200 : 404);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * The page for a missing path: that locale's 404 page under `/nl/`, `/fr/` or `/en/`, else the trilingual
 * /404.html (as deploy/nginx.conf's `error_page 404` does).
 */
function notFoundPage(root: string, urlPath: string): string | undefined {
  const locale = /^\/(nl|fr|en)\//.exec(urlPath)?.[1];
  const candidates = [...(isLocale(locale) ? [path.join(root, routes.notFound(locale), 'index.html')] : []), path.join(root, '404.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * Sends a file, or the precompressed variant the build wrote next to it (site/scripts/precompress.ts)
 * when the browser accepts that encoding: brotli first, then gzip.
 */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number, extraHeaders: OutgoingHttpHeaders = {}): void {
  const variants = PRECOMPRESSED.filter(({ suffix }) => existsSync(file + suffix));
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  const variant = variants.find(({ encoding }) => accepted.has(encoding));
  const sent = variant ? file + variant.suffix : file;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(sent).size,
    ...(variant ? { 'content-encoding': variant.encoding } : {}),
    // Caches must keep one copy per encoding for every file that has variants, including the plain one.
    ...(variants.length > 0 ? { vary: 'Accept-Encoding' } : {}),
    'cache-control': file.includes(`${path.sep}_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...extraHeaders,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(sent).pipe(response);
}

/**
 * The precompressed encodings an Accept-Encoding header takes: named with a quality above 0, or
 * covered by `*`; `br;q=0` refuses brotli even next to `*`.
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const qualities = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    if (name) qualities.set(name === 'x-gzip' ? 'gzip' : name, quality === undefined ? 1 : Number(quality.slice(2)) || 0);
  }
  const wildcard = qualities.get('*') ?? 0;
  return new Set(PRECOMPRESSED.map(({ encoding }) => encoding).filter((encoding) => (qualities.get(encoding) ?? wildcard) > 0));
}

/** What the proxy keeps of a body to find the form's `locale` field when the CMS cannot be reached. */
const BODY_KEPT_FOR_LOCALE = 64 * 1024;

/**
 * Passes an intake route to the CMS as a reverse proxy would: body streamed, client address in
 * X-Forwarded-For, the site's security headers on the answer. When the CMS cannot be reached, the
 * answer is the site's own "service unavailable" page in the visitor's language, with the phone line.
 */
function proxyToCms(cmsUrl: string, route: string, request: IncomingMessage, response: ServerResponse, currentRoot: () => string): void {
  const target = new URL(route, cmsUrl);
  const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
  const bodyStart: Buffer[] = [];
  let keptBytes = 0;
  request.on('data', (chunk: Buffer) => {
    if (keptBytes >= BODY_KEPT_FOR_LOCALE) return;
    bodyStart.push(chunk);
    keptBytes += chunk.length;
  });
  const upstream = forward(
    target,
    {
      method: request.method,
      headers: {
        ...request.headers,
        host: target.host,
        'x-forwarded-for': forwardedFor,
        'x-forwarded-proto': 'http',
        'x-forwarded-host': request.headers.host ?? '',
      },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, withSecurityHeaders(answer.headers));
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    request.unpipe(upstream);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    // The whole post is read first: a browser shows an answer only to a request it could finish sending.
    const answer = () => sendServiceUnavailable(request, response, currentRoot(), Buffer.concat(bodyStart).toString('latin1'));
    if (request.readableEnded) answer();
    else request.once('end', answer).resume();
  });
  request.pipe(upstream);
}

/** The CMS's headers, with the site's security headers in place of its own; both content security policies apply. */
function withSecurityHeaders(upstream: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
  const kept = Object.fromEntries(
    Object.entries(upstream).filter(([name]) => !ours.has(name.toLowerCase()) || name.toLowerCase() === 'content-security-policy'),
  );
  const upstreamPolicy = kept['content-security-policy'];
  const policies = [...(upstreamPolicy === undefined ? [] : [upstreamPolicy].flat()), SECURITY_HEADERS['Content-Security-Policy']].map(String);
  delete kept['content-security-policy'];
  return { ...kept, ...SECURITY_HEADERS, 'Content-Security-Policy': policies };
}

function sendServiceUnavailable(request: IncomingMessage, response: ServerResponse, root: string, bodyStart: string): void {
  const page = resolveStaticFile(root, routes.serviceUnavailable(visitorLocale(request, bodyStart)));
  const headers = { 'retry-after': '60' };
  if (page) {
    sendFile(request, response, page, 503, headers);
    return;
  }
  response.writeHead(503, { ...SECURITY_HEADERS, ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Service unavailable');
}

/**
 * The language of the page that sent the request: the form's own `locale` field, the `?locale=` of
 * the CMS's pages, the locale of the page it came from (Referer), the browser's languages, else Dutch.
 * deploy/nginx.conf decides the same way, without the body.
 */
export function visitorLocale(request: Pick<IncomingMessage, 'url' | 'headers'>, bodyStart = ''): Locale {
  const field = /(?:^|&)locale=(nl|fr|en)(?:&|$)/.exec(bodyStart)?.[1] ?? /name="locale"\r\n\r\n(nl|fr|en)\r\n/.exec(bodyStart)?.[1];
  const query = new URL(request.url ?? '/', 'http://site').searchParams.get('locale');
  const referer = /^https?:\/\/[^/]+\/(nl|fr|en)\//.exec(request.headers.referer ?? '')?.[1];
  const language = /(?:^|,)\s*(nl|fr|en)(?:[-;,\s]|$)/.exec(request.headers['accept-language'] ?? '')?.[1];
  return [field, query, referer, language].find(isLocale) ?? DEFAULT_LOCALE;
}
