import * as z from 'zod';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '@cb/domain';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { readJson } from '../helpers/http';
import { SAMPLE_BYTES } from '../helpers/proposal-files';
import { contentApiToken, staffToken, superAdminToken } from '../helpers/staff';
import { mediaKindExtensions, mediaKindName, mediaLibraryKinds, mediaTypeOfContent, type MediaLibraryType } from '../../src/editing/media-types';
import { staffText } from '../../src/staff-texts';

/**
 * The media library takes images and PDF documents only (src/editing/media-types.ts), named as what they are, from
 * anyone who may upload, on every route that stores a file: a page, a script or an SVG would be served from the CMS's
 * own origin, where its script would run with the session of whoever opens the link. The CMS serves an upload with
 * the type its extension names, so a file that begins as a GIF but is named `.html` is refused as well. Whatever is
 * stored is served with its own type, never sniffed, and only under a media library extension.
 */

type Sent = [name: string, type: string, bytes: string | Buffer];

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const PAGE = '<!doctype html><script src="/uploads/steal.js"></script><p>Nieuws</p>';
const OCTETS = 'application/octet-stream';

/** Content of no kind the library takes, whatever its name and declared type say. */
const NOT_MEDIA: Sent[] = [
  ['nieuws.html', 'text/html', PAGE],
  ['steal.js', 'text/javascript', 'fetch("/admin/users/me")'],
  ['logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  // A page that says it is an image.
  ['nieuws.png', 'image/png', PAGE],
  ['nieuws.html', 'image/png', PAGE],
  // Three bytes of a GIF are enough for Strapi's own check to call a script a GIF.
  ['steal.js', OCTETS, 'GIF=1;document.title=document.domain;'],
  ['programma.exe', OCTETS, SAMPLE_BYTES.exe],
];

/** Content of a kind it takes, named otherwise: served as its name says, a page would run its script. */
const MISNAMED: [Sent, MediaLibraryType][] = [
  [['nieuws.html', OCTETS, `GIF89a${PAGE}`], 'image/gif'],
  [['nieuws.htm', OCTETS, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(PAGE)])], 'image/jpeg'],
  [['nieuws.xhtml', OCTETS, `RIFF\0\0\0\0WEBP<html xmlns="http://www.w3.org/1999/xhtml"/>`], 'image/webp'],
  [['nieuws.html', OCTETS, `%PDF-1.4\n${PAGE}`], 'application/pdf'],
  [['foto.png.html', OCTETS, `GIF89a${PAGE}`], 'image/gif'],
  [['nieuws.HTML', OCTETS, `GIF89a${PAGE}`], 'image/gif'],
  [['logo.svg', OCTETS, 'GIF89a<svg xmlns="http://www.w3.org/2000/svg"/>'], 'image/gif'],
  [['nieuws.html', OCTETS, TINY_PNG], 'image/png'],
  [['soep.jpg', 'image/jpeg', TINY_PNG], 'image/png'],
  [['soep', 'image/png', TINY_PNG], 'image/png'],
];

const TAKEN: Sent[] = [
  ['soep.png', 'image/png', TINY_PNG],
  ['SOEP.PNG', OCTETS, TINY_PNG],
  ['verslag.pdf', 'application/pdf', SAMPLE_BYTES.pdf],
];

const refusal = z.looseObject({ error: z.looseObject({ name: z.string(), message: z.string() }) });
const storedFile = z.looseObject({ id: z.number(), name: z.string(), url: z.string(), mime: z.string() });

let cms: SharedCms;
const UPLOADERS = ['editor', 'super admin', 'a full-access API token', 'an API token that may only upload'] as const;
/** Who may upload, and where each does: the admin's route for staff, the content API's for its tokens. */
const uploaders: Partial<Record<(typeof UPLOADERS)[number], { token: string; route: string }>> = {};
let backOfficeToken = '';

beforeAll(async () => {
  cms = await sharedCms();
  uploaders.editor = { token: await staffToken(cms, 'editor'), route: '/upload' };
  uploaders['super admin'] = { token: await superAdminToken(cms), route: '/upload' };
  uploaders['a full-access API token'] = { token: await contentApiToken(cms), route: '/api/upload' };
  uploaders['an API token that may only upload'] = { token: await contentApiToken(cms, ['plugin::upload.content-api.upload']), route: '/api/upload' };
  backOfficeToken = await staffToken(cms, 'backOffice');
});

function formOf(files: Sent[]): FormData {
  const form = new FormData();
  for (const [name, type, bytes] of files) form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  return form;
}

function post(token: string, route: string, files: Sent[], language = 'en'): Promise<Response> {
  const headers = { authorization: `Bearer ${token}`, 'accept-language': language };
  return fetch(`${cms.url}${route}`, { method: 'POST', headers, body: formOf(files) });
}

const storedNamed = (name: string) => cms.strapi.db.query('plugin::upload.file').count({ where: { name } });

async function expectRefused(answer: Response, message: string): Promise<void> {
  expect(answer.status).toBe(400);
  const { error } = await readJson(answer, refusal);
  expect(error).toMatchObject({ name: 'ValidationError', message });
}

const notMediaText = (locale: Locale) => staffText(locale, 'editing.refused.fileType', { types: mediaLibraryKinds(locale) });
const misnamedText = (locale: Locale, name: string, type: MediaLibraryType) =>
  staffText(locale, 'editing.refused.fileName', { name, kind: mediaKindName(type), extensions: mediaKindExtensions(type, locale) });

const replaceKindText = (locale: Locale, name: string, type: MediaLibraryType) =>
  staffText(locale, 'editing.refused.replaceKind', { name, kind: mediaKindName(type), extensions: mediaKindExtensions(type, locale) });

/** A file that has a unique name in the library, so that what is stored of it can be counted. */
const unique = ([name, type, bytes]: Sent): Sent => [`${randomBytes(3).toString('hex')}-${name}`, type, bytes];

describe.each(UPLOADERS)('the media library, for %s', (uploader) => {
  const send = (files: Sent[], language?: string, query = '') => post(uploaders[uploader]!.token, `${uploaders[uploader]!.route}${query}`, files, language);

  it.each(NOT_MEDIA)('refuses %s sent as %s, and stores nothing', async (...sent) => {
    const file = unique(sent);
    await expectRefused(await send([file]), notMediaText('en'));
    expect(await storedNamed(file[0])).toBe(0);
  });

  it.each(MISNAMED.map(([sent, type]) => ({ sent, type, name: sent[0], declared: sent[1] })))(
    'refuses $name sent as $declared, a $type file not named as one, and stores nothing',
    async ({ sent, type }) => {
      const file = unique(sent);
      await expectRefused(await send([file]), misnamedText('en', file[0], type));
      expect(await storedNamed(file[0])).toBe(0);
    },
  );

  it.each(['nl', 'fr'] as const)('says so in the staff member’s language (%s), naming what it takes', async (locale) => {
    await expectRefused(await send([NOT_MEDIA[0]!], `${locale}-BE`), notMediaText(locale));
    const [misnamed, type] = MISNAMED[0]!;
    await expectRefused(await send([misnamed], `${locale}-BE`), misnamedText(locale, misnamed[0], type));
  });

  it('refuses a request with one refused file whole: none of its files is stored', async () => {
    const image = unique(TAKEN[0]!);
    const page = unique(MISNAMED[0]![0]);
    expect((await send([image, page])).status).toBe(400);
    expect(await storedNamed(image[0])).toBe(0);
    expect(await storedNamed(page[0])).toBe(0);
  });

  it.each(TAKEN)('takes %s sent as %s, and serves it with its own type without letting the browser guess', async (...file) => {
    const answer = await send([file]);
    expect(answer.status).toBe(201);
    const [stored] = await readJson(answer, z.array(storedFile).length(1));
    const served = await fetch(`${cms.url}${stored!.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain(mediaTypeOfContent(Buffer.from(file[2])));
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses to replace an image with a page, an image named as a page or a document, and keeps the image', async () => {
    const [image] = await readJson(await send([TAKEN[0]!]), z.array(storedFile).length(1));
    const servedBytes = async () => Buffer.from(await (await fetch(`${cms.url}${image!.url}`)).arrayBuffer());
    const before = await servedBytes();
    await expectRefused(await send([NOT_MEDIA[0]!], 'en', `?id=${image!.id}`), notMediaText('en'));
    const [misnamed, type] = MISNAMED[0]!;
    await expectRefused(await send([misnamed], 'en', `?id=${image!.id}`), misnamedText('en', misnamed[0], type));
    const kept = storedFile.parse(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: image!.id } }));
    expect(kept.mime).toBe('image/png');
    // A document in place of an image would be served as an image (Strapi keeps the replaced file's extension).
    await expectRefused(await send([TAKEN[2]!], 'en', `?id=${image!.id}`), replaceKindText('en', kept.name, 'application/pdf'));
    expect((await fetch(`${cms.url}${kept.url}`)).headers.get('content-type')).toContain('image/png');
    expect(await servedBytes()).toEqual(before);
  });
});

describe('the admin’s other routes that store a file', () => {
  const editor = () => uploaders.editor!.token;

  it('refuses a page named as one on the single-file route, and on its replace route', async () => {
    const [misnamed, type] = MISNAMED[0]!;
    const page = unique(misnamed);
    await expectRefused(await post(editor(), '/upload/files', [page]), misnamedText('en', page[0], type));
    expect(await storedNamed(page[0])).toBe(0);
    const [image] = await readJson(await post(editor(), '/upload', [TAKEN[0]!]), z.array(storedFile).length(1));
    await expectRefused(await post(editor(), `/upload/files/${image!.id}/replace`, [page]), misnamedText('en', page[0], type));
  });

  it('refuses the back office any upload (its role may not)', async () => {
    expect((await post(backOfficeToken, '/upload', [TAKEN[0]!])).status).toBe(403);
    expect((await post(backOfficeToken, '/upload', [MISNAMED[0]![0]])).status).toBe(403);
  });
});

describe('a file from another address', () => {
  let elsewhere: Server;
  let fetched = 0;

  beforeAll(async () => {
    elsewhere = createServer((_request, response) => {
      fetched += 1;
      response.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG);
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => elsewhere?.close());

  it.each([
    ['editor', 'nl'],
    ['super admin', 'fr'],
  ] as const)('is not fetched for the %s: the media library says in %s to upload it from their computer', async (uploader, locale) => {
    const { port } = elsewhere.address() as AddressInfo;
    const urls = [`http://127.0.0.1:${port}/foto.png`, `http://0.0.0.0:${port}/foto.png`, `http://localhost:${port}/foto.png`];
    const answer = await fetch(`${cms.url}/upload/actions/upload-from-urls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${uploaders[uploader]!.token}`, 'content-type': 'application/json', 'accept-language': `${locale}-BE` },
      body: JSON.stringify({ urls }),
    });
    expect(answer.status).toBe(403);
    const { error } = await readJson(answer, refusal);
    expect(error.message).toBe(staffText(locale, 'editing.refused.fromUrl'));
    expect(fetched).toBe(0);
  });
});

describe('Strapi’s own refusals of an upload', () => {
  it('are in the staff member’s language', async () => {
    const editor = uploaders.editor!.token;
    await expectRefused(
      await post(editor, '/upload', [['soep\u0000.png', 'image/png', TINY_PNG]], 'nl-BE'),
      staffText('nl', 'editing.refused.fileNameCharacters'),
    );
    const nothing = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'accept-language': 'fr-BE' },
      body: new FormData(),
    });
    await expectRefused(nothing, staffText('fr', 'editing.refused.noFile'));
    const [image] = await readJson(await post(editor, '/upload', [TAKEN[0]!]), z.array(storedFile).length(1));
    const twoForOne = await post(editor, `/upload?id=${image!.id}`, [TAKEN[0]!, TAKEN[1]!], 'nl-BE');
    await expectRefused(twoForOne, staffText('nl', 'editing.refused.replaceWithOne'));
    const badDetails = formOf([TAKEN[0]!]);
    badDetails.append('fileInfo', '{"name": "soep.png",');
    const details = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'accept-language': 'fr-BE' },
      body: badDetails,
    });
    await expectRefused(details, staffText('fr', 'editing.refused.fileInfo'));
    // A PNG whose header reads but whose pixels do not (its image data overwritten): Strapi's "not a valid image".
    const damaged = Buffer.from(TINY_PNG);
    damaged.fill(0xff, 41, 52);
    await expectRefused(await post(editor, '/upload', [unique(['kapot.png', 'image/png', damaged])], 'nl-BE'), staffText('nl', 'editing.refused.faultyImage'));
  });
});

describe('what the CMS serves from its uploads folder', () => {
  const legacyName = `legacy-${randomBytes(4).toString('hex')}`;
  const legacyFiles = ['html', 'svg', 'js'].map((extension) => `${legacyName}.${extension}`);
  const uploadsDir = () => path.join(cms.strapi.dirs.static.public, 'uploads');

  beforeAll(async () => {
    // Files stored before the library checked names, or put there by hand.
    for (const file of legacyFiles) await writeFile(path.join(uploadsDir(), file), `GIF89a${PAGE}`);
  });
  afterAll(async () => {
    for (const file of legacyFiles) await rm(path.join(uploadsDir(), file), { force: true });
  });

  it.each(legacyFiles)('never includes %s, however its address is spelled, in part (Range) or revalidated (304)', async (file) => {
    const spellings = [`/uploads/${file}`, `//uploads/${file}`, `/uploads/./${file}`, `/uploads/${encodeURIComponent(file).replace('.', '%2E')}`];
    const asked = [{}, { range: 'bytes=0-' }, { 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() }];
    for (const spelling of spellings) {
      for (const headers of asked) {
        const answer = await fetch(`${cms.url}${spelling}`, { headers });
        const request = `${spelling} ${JSON.stringify(headers)}`;
        // 404, or 400 where Strapi's file server finds the address itself malformed (`//uploads/…`).
        expect([400, 404], request).toContain(answer.status);
        expect(await answer.text(), request).not.toContain('<script');
      }
    }
  });

  it('has such a file replaced by nothing: the replacement would be served under its old extension', async () => {
    const [name] = legacyFiles;
    const hash = name!.replace(/\.html$/, '');
    const legacy = storedFile.parse(
      await cms.strapi.db.query('plugin::upload.file').create({
        data: { name, hash, ext: '.html', mime: 'text/html', size: 0.1, url: `/uploads/${name}`, provider: 'local', folderPath: '/' },
      }),
    );
    const gif: Sent = ['nieuws.gif', 'image/gif', `GIF89a${PAGE}`];
    const answer = await post(uploaders.editor!.token, `/upload?id=${legacy.id}`, [gif], 'nl-BE');
    await expectRefused(answer, staffText('nl', 'editing.refused.replaceKind', { name: name!, kind: 'GIF', extensions: '.gif' }));
    await cms.strapi.db.query('plugin::upload.file').delete({ where: { id: legacy.id } });
  });
});
