import * as z from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { readJson } from '../helpers/http';
import { SAMPLE_BYTES } from '../helpers/proposal-files';
import { staffToken, superAdminToken } from '../helpers/staff';
import { mediaLibraryKinds } from '../../src/editing/media-types';
import { staffText } from '../../src/staff-texts';

/**
 * The media library takes images and PDF documents only (src/editing/media-types.ts), from anyone who may upload, on
 * upload and on replace: a page, a script or an SVG would be served from the CMS's own origin, where its script would
 * run with the session of whoever opens the link. Whatever is stored is served with its own type, never sniffed.
 */

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const PAGE = '<!doctype html><script src="/uploads/steal.js"></script><p>Nieuws</p>';
const REFUSED: [string, string, string | Buffer][] = [
  ['nieuws.html', 'text/html', PAGE],
  ['steal.js', 'text/javascript', 'fetch("/admin/users/me")'],
  ['logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  // A page that says it is an image: the extension is believed only when the content agrees.
  ['nieuws.html', 'image/png', PAGE],
  ['programma.exe', 'application/octet-stream', SAMPLE_BYTES.exe],
];
const TAKEN: [string, string, Buffer][] = [
  ['soep.png', 'image/png', TINY_PNG],
  ['verslag.pdf', 'application/pdf', SAMPLE_BYTES.pdf],
];

let cms: SharedCms;
const tokens = { editor: '', superAdmin: '' };
const storedFile = z.looseObject({ id: z.number(), url: z.string(), mime: z.string() });

beforeAll(async () => {
  cms = await sharedCms();
  tokens.editor = await staffToken(cms, 'editor');
  tokens.superAdmin = await superAdminToken(cms);
});

function upload(token: string, [name, type, bytes]: [string, string, string | Buffer], replacing?: number, language = 'en'): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  const query = replacing === undefined ? '' : `?id=${replacing}`;
  const headers = { authorization: `Bearer ${token}`, 'accept-language': language };
  return fetch(`${cms.url}/upload${query}`, { method: 'POST', headers, body: form });
}

const refusal = z.looseObject({ error: z.looseObject({ name: z.string(), message: z.string() }) });

const storedNamed = (name: string) => cms.strapi.db.query('plugin::upload.file').count({ where: { name } });

describe.each(Object.keys(tokens) as (keyof typeof tokens)[])('the media library, for %s', (role) => {
  it.each(REFUSED)('refuses %s sent as %s, and stores nothing', async (...file) => {
    const before = await storedNamed(file[0]);
    const answer = await upload(tokens[role], file);
    expect(answer.status).toBe(400);
    const { error } = await readJson(answer, refusal);
    expect(error).toMatchObject({ name: 'ValidationError', message: staffText('en', 'editing.refused.fileType', { types: mediaLibraryKinds('en') }) });
    expect(await storedNamed(file[0])).toBe(before);
  });

  it.each(['nl', 'fr'] as const)('says so in the staff member’s language (%s), naming what it takes', async (locale) => {
    const answer = await upload(tokens[role], REFUSED[0]!, undefined, `${locale}-BE`);
    expect(answer.status).toBe(400);
    const { error } = await readJson(answer, refusal);
    expect(error.message).toBe(staffText(locale, 'editing.refused.fileType', { types: mediaLibraryKinds(locale) }));
    expect(error.message).toContain('PDF');
  });

  it.each(TAKEN)('takes %s, and serves it as %s without letting the browser guess', async (...file) => {
    const answer = await upload(tokens[role], file);
    expect(answer.status).toBe(201);
    const [stored] = await readJson(answer, z.array(storedFile).length(1));
    const served = await fetch(`${cms.url}${stored!.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain(file[1]);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses to replace an image with a page, and keeps the image', async () => {
    const [image] = await readJson(await upload(tokens[role], TAKEN[0]!), z.array(storedFile).length(1));
    const answer = await upload(tokens[role], REFUSED[0]!, image!.id);
    expect(answer.status).toBe(400);
    const kept = storedFile.parse(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: image!.id } }));
    expect(kept.mime).toBe('image/png');
    expect((await fetch(`${cms.url}${kept.url}`)).headers.get('content-type')).toContain('image/png');
  });
});
