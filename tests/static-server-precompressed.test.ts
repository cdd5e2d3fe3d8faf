import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, serveStatic } from '../scripts/lib/static-server.ts';
import { precompress } from '../site/scripts/precompress.ts';

/** A built site in miniature: pages, a hashed script, a tiny file, an image; then the build's precompression. */
const root = mkdtempSync(path.join(tmpdir(), 'cb-static-precompressed-'));
const page = `<!doctype html><html lang="fr"><body>${'<p>On ne se lâche pas, nous nous aidons les uns les autres.</p>'.repeat(60)}</body></html>`;
const script = `export function greet(name){return "Bonjour "+name}\n${'console.log(greet("Bruxelles"));\n'.repeat(80)}`;
const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 600 }, (_, index) => (index * 37) % 251)]);
mkdirSync(path.join(root, 'fr', 'recits'), { recursive: true });
mkdirSync(path.join(root, '_astro'), { recursive: true });
writeFileSync(path.join(root, 'fr', 'recits', 'index.html'), page);
writeFileSync(path.join(root, '404.html'), `<h1>Introuvable</h1>${'<p>Cette page n’existe pas.</p>'.repeat(40)}`);
writeFileSync(path.join(root, '_astro', 'island.B95n3z9.js'), script);
writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\n');
writeFileSync(path.join(root, 'photo.png'), image);
// Left over from an earlier build into the same folder: its page is gone.
writeFileSync(path.join(root, 'gone.html.br'), 'stale');

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as a browser sends it, read without decoding, so the test sees the bytes on the wire. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

let server: Server;
let cms: Server;
let base: string;
const cmsSaw: { method?: string; body?: string; acceptEncoding?: string } = {};

beforeAll(async () => {
  await precompress(root);
  // Stands in for the CMS behind `/api/intake/`: records what reached it and answers gzip-encoded JSON.
  cms = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      Object.assign(cmsSaw, { method: request.method, body, acceptEncoding: request.headers['accept-encoding'] });
      response.writeHead(201, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(JSON.stringify({ reference: 'CB-7K2Q' })));
    });
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  server = await serveStatic(root, 0, '127.0.0.1', { cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}` });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  cms.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the build precompresses the site', () => {
  it('writes a brotli and a gzip variant next to each text file, both smaller and both decoding to the file', () => {
    for (const file of ['fr/recits/index.html', '404.html', '_astro/island.B95n3z9.js']) {
      const original = readFileSync(path.join(root, file));
      const brotli = readFileSync(path.join(root, `${file}.br`));
      const gzip = readFileSync(path.join(root, `${file}.gz`));
      expect(brotliDecompressSync(brotli).equals(original), file).toBe(true);
      expect(gunzipSync(gzip).equals(original), file).toBe(true);
      expect(brotli.length, file).toBeLessThan(gzip.length);
      expect(gzip.length, file).toBeLessThan(original.length);
    }
  });

  it('leaves images alone, skips a variant that would not be smaller, and removes stale ones', () => {
    expect(existsSync(path.join(root, 'photo.png.br'))).toBe(false);
    expect(existsSync(path.join(root, 'photo.png.gz'))).toBe(false);
    expect(existsSync(path.join(root, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(path.join(root, 'gone.html.br'))).toBe(false);
  });

  it('takes the previous build’s variants for the files that did not change, and compresses the changed ones', async () => {
    const next = mkdtempSync(path.join(tmpdir(), 'cb-static-next-'));
    try {
      mkdirSync(path.join(next, 'fr', 'recits'), { recursive: true });
      mkdirSync(path.join(next, '_astro'), { recursive: true });
      const changedPage = page.replace('lâche', 'quitte');
      writeFileSync(path.join(next, 'fr', 'recits', 'index.html'), changedPage);
      writeFileSync(path.join(next, '_astro', 'island.B95n3z9.js'), script);
      writeFileSync(path.join(next, 'robots.txt'), 'User-agent: *\n');
      // A marker in the previous build's variant shows whether it was copied or made again.
      writeFileSync(path.join(root, '_astro', 'island.B95n3z9.js.gz'), gzipSync(script));

      const summary = await precompress(next, root);

      expect(summary).toMatchObject({ files: 3, reused: 2 });
      expect(readFileSync(path.join(next, '_astro', 'island.B95n3z9.js.gz'))).toEqual(readFileSync(path.join(root, '_astro', 'island.B95n3z9.js.gz')));
      expect(brotliDecompressSync(readFileSync(path.join(next, 'fr', 'recits', 'index.html.br'))).toString()).toBe(changedPage);
      expect(gunzipSync(readFileSync(path.join(next, 'fr', 'recits', 'index.html.gz'))).toString()).toBe(changedPage);
      expect(existsSync(path.join(next, 'robots.txt.gz'))).toBe(false);

      // The taken variants may share their bytes with the previous build's (hard links): compressing this
      // build again after a change replaces its variant and leaves the previous build's as it was.
      const previousVariant = readFileSync(path.join(root, '_astro', 'island.B95n3z9.js.gz'));
      writeFileSync(path.join(next, '_astro', 'island.B95n3z9.js'), `${script}// changed\n`);
      await precompress(next);
      expect(gunzipSync(readFileSync(path.join(next, '_astro', 'island.B95n3z9.js.gz'))).toString()).toBe(`${script}// changed\n`);
      expect(readFileSync(path.join(root, '_astro', 'island.B95n3z9.js.gz'))).toEqual(previousVariant);
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('the local static server sends the precompressed files', () => {
  it('sends brotli to a browser that accepts it, with its length, type and Vary', async () => {
    const answer = await get(`${base}/fr/recits/`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.equals(readFileSync(path.join(root, 'fr/recits/index.html.br')))).toBe(true);
    expect(brotliDecompressSync(answer.body).toString()).toBe(page);
  });

  it('sends gzip when brotli is not accepted, and the file itself when nothing is', async () => {
    const gzipped = await get(`${base}/_astro/island.B95n3z9.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gzipped.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);

    const plain = await get(`${base}/_astro/island.B95n3z9.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
    expect(plain.body.toString()).toBe(script);
  });

  it('honours a refused encoding', async () => {
    const answer = await get(`${base}/fr/recits/`, { 'accept-encoding': 'br;q=0, gzip;q=0.8' });
    expect(answer.headers['content-encoding']).toBe('gzip');
  });

  it('sends the 404 page compressed, with status 404', async () => {
    const answer = await get(`${base}/fr/nulle-part/`, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body).toString()).toContain('Introuvable');
  });

  it('answers HEAD with the length of what GET would send and no body', async () => {
    const answer = await get(`${base}/fr/recits/`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBe(readFileSync(path.join(root, 'fr/recits/index.html.br')).length);
    expect(answer.body.length).toBe(0);
  });

  it('sends files without variants as they are, without Vary', async () => {
    const answer = await get(`${base}/photo.png`, { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.body.equals(image)).toBe(true);
  });

  it('still passes form posts to the CMS, its answer untouched', async () => {
    const response = await fetch(`${base}/api/intake/help-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ message: 'een wandeling' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ reference: 'CB-7K2Q' });
    expect(cmsSaw).toEqual({ method: 'POST', body: JSON.stringify({ message: 'een wandeling' }), acceptEncoding: 'br, gzip' });
  });
});

describe('Accept-Encoding', () => {
  it('reads qualities, wildcards and the old x-gzip', () => {
    expect([...acceptedEncodings('gzip, deflate, br')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('*')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('*, br;q=0')]).toEqual(['gzip']);
    expect([...acceptedEncodings('x-gzip')]).toEqual(['gzip']);
    expect([...acceptedEncodings('identity')]).toEqual([]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('BR;Q=0.1')]).toEqual(['br']);
  });
});
