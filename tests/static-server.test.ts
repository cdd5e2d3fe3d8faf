import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveStaticFile, serveStatic } from '../scripts/lib/static-server.ts';

const root = mkdtempSync(path.join(tmpdir(), 'cb-static-'));
mkdirSync(path.join(root, 'fr', 'stories'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<h1>landing</h1>');
writeFileSync(path.join(root, 'fr', 'stories', 'index.html'), '<h1>récits</h1>');
writeFileSync(path.join(root, '404.html'), '<h1>introuvable</h1>');

let server: Server;
let base: string;
beforeAll(async () => {
  server = await serveStatic(root, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('the local static server', () => {
  it('serves folder indexes with a content type', async () => {
    const response = await fetch(`${base}/fr/stories/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('récits');
  });

  it('answers unknown paths with the 404 page', async () => {
    const response = await fetch(`${base}/nl/bestaat-niet/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('introuvable');
  });

  it('never serves a file outside its folder', () => {
    expect(resolveStaticFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('refuses other methods than GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
