import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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
  /** The CMS that `/api/intake/` is passed to, so the forms post to the site's own origin (as deploy/nginx.conf does). */
  cmsUrl?: string;
}

/** The path the site's forms post to; everything else is static. */
export const INTAKE_PREFIX = '/api/intake/';

/**
 * Serves a built static site the way a CDN would: files, folder index.html, and /404.html for the rest,
 * each as the build's brotli or gzip copy when the browser takes it.
 * `root` may be a function: a rebuild then switches the served folder in one step.
 */
export function serveStatic(root: string | (() => string), port: number, host = '127.0.0.1', options: StaticServerOptions = {}): Promise<Server> {
  const currentRoot = typeof root === 'function' ? root : () => root;
  const server = createServer((request, response) => {
    if (options.cmsUrl && request.url?.startsWith(INTAKE_PREFIX)) {
      proxyToCms(options.cmsUrl, request, response);
      return;
    }
    const root = currentRoot();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticFile(root, request.url ?? '/');
    const notFound = path.join(root, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
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
 * Sends a file, or the precompressed variant the build wrote next to it (site/scripts/precompress.ts)
 * when the browser accepts that encoding: brotli first, then gzip.
 */
function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number): void {
  const variants = PRECOMPRESSED.filter(({ suffix }) => existsSync(file + suffix));
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  const variant = variants.find(({ encoding }) => accepted.has(encoding));
  const sent = variant ? file + variant.suffix : file;
  response.writeHead(status, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(sent).size,
    ...(variant ? { 'content-encoding': variant.encoding } : {}),
    // Caches must keep one copy per encoding for every file that has variants, including the plain one.
    ...(variants.length > 0 ? { vary: 'Accept-Encoding' } : {}),
    'cache-control': file.includes(`${path.sep}_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
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

/** Passes a form post to the CMS as a reverse proxy would: body streamed, client address in X-Forwarded-For. */
function proxyToCms(cmsUrl: string, request: IncomingMessage, response: ServerResponse): void {
  const target = new URL(request.url ?? '/', cmsUrl);
  const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
  const upstream = forward(
    target,
    {
      method: request.method,
      headers: { ...request.headers, host: target.host, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http', 'x-forwarded-host': request.headers.host ?? '' },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The form service cannot be reached.');
  });
  request.pipe(upstream);
}
