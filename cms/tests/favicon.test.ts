import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, startCms, type TestCms } from './helpers/cms';

/**
 * A browser asks every origin for /favicon.ico, the admin's pages included: the CMS answers with the
 * platform's icon (cms/favicon.ico, the site's own two-rings mark), never with a server error.
 */

let cms: TestCms;
beforeAll(async () => {
  // With the admin panel served, as in production: its pages ask for the icon too.
  cms = await startCms({}, { adminPanel: true });
}, 900_000);
afterAll(async () => cms?.stop());

/** The four bytes every ICO file starts with: reserved 0, type 1 (an icon). */
const ICO_SIGNATURE = [0, 0, 1, 0];

describe('the favicon', () => {
  it('is the platform’s icon at /favicon.ico, as an icon file cached for a day', async () => {
    const answer = await fetch(`${cms.url}/favicon.ico`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/x-icon');
    expect(answer.headers.get('cache-control')).toMatch(/max-age=86400/);
    const body = new Uint8Array(await answer.arrayBuffer());
    expect([...body.subarray(0, 4)]).toEqual(ICO_SIGNATURE);
    expect(Buffer.from(body).equals(await readFile(path.join(CMS_DIR, 'favicon.ico')))).toBe(true);
  });

  it('answers a HEAD as a GET without the body, and anything else at that path as not allowed, never a server error', async () => {
    expect((await fetch(`${cms.url}/favicon.ico`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${cms.url}/favicon.ico`, { method: 'POST' })).status).toBe(405);
  });

  it('is no server error under /admin either: the admin answers with its page, as for any path it does not know', async () => {
    const answer = await fetch(`${cms.url}/admin/favicon.ico`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    await answer.arrayBuffer();
  });
});
