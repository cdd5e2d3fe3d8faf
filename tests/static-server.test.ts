import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCALES, routes } from '@cb/domain';
import { resolveStaticFile, serveStatic } from '../scripts/lib/static-server.ts';

const root = mkdtempSync(path.join(tmpdir(), 'cb-static-'));
mkdirSync(path.join(root, 'fr', 'stories'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<h1>landing</h1>');
writeFileSync(path.join(root, 'fr', 'stories', 'index.html'), '<h1>récits</h1>');
writeFileSync(path.join(root, '404.html'), '<h1>introuvable</h1>');
mkdirSync(path.join(root, 'fr', 'communes', 'jette'), { recursive: true });
writeFileSync(path.join(root, routes.leafletPdf('fr', 'jette')), '%PDF-1.7\n');
for (const locale of LOCALES) {
  mkdirSync(path.join(root, routes.notFound(locale)), { recursive: true });
  writeFileSync(path.join(root, routes.notFound(locale), 'index.html'), `<h1>404-${locale}</h1>`);
}

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

  it('serves the leaflets as PDF files', async () => {
    const response = await fetch(`${base}${routes.leafletPdf('fr', 'jette')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  it('answers a missing page under a locale with that locale’s 404 page, as nginx does', async () => {
    for (const locale of LOCALES) {
      for (const missing of [`/${locale}/bestaat-niet/`, `/${locale}/initiatives/gone/`, `/${locale}/a.html`]) {
        const response = await fetch(`${base}${missing}`);
        expect(response.status, missing).toBe(404);
        expect(await response.text(), missing).toContain(`404-${locale}`);
      }
    }
  });

  it('answers other unknown paths with the trilingual 404 page', async () => {
    for (const missing of ['/bestaat-niet/', '/de/seite/', '/frx/', '/nl']) {
      const response = await fetch(`${base}${missing}`);
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).toContain('introuvable');
    }
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
