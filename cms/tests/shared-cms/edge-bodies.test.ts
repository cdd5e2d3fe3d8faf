import * as z from 'zod';
import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { commonText, fieldMessage } from '@cb/domain/intake';
import { sharedCms, type TestCms } from '../helpers/cms';
import { validSubmission } from '../helpers/intake-payloads';
import { multipartBody, rawRequest, type RawAnswer } from '../helpers/raw-http';
import { MAX_FILES_PER_REQUEST } from '../../src/middlewares/upload-cleanup';
import { parseJson } from '../helpers/http';

/**
 * Whatever body an anonymous client sends, to whatever route, the body parser's refusal is a 4xx
 * in Strapi's error shape that echoes nothing: never a 500. A multipart request makes at most
 * `MAX_FILES_PER_REQUEST` temporary files, however many it carries; JSON nests at most 64 levels.
 * Intake routes answer the same refusals with their localized door messages.
 */

let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
});
afterAll(async () => cms?.stop());

const MARKER = 'BODYSECRET42';
const ROUTES = ['/api/nothing', '/api/stories', '/admin/login', '/upload', '/api/upload'];

let addressesUsed = 0;
const freshAddress = () => {
  addressesUsed += 1;
  return `127.30.${Math.floor(addressesUsed / 250)}.${(addressesUsed % 250) + 1}`;
};

function post(path: string, contentType: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(cms.url, {
    method: 'POST',
    path,
    from: freshAddress(),
    headers: { 'content-type': contentType, accept: 'application/json', ...headers },
    body,
  });
}

/** A parser's refusal: 4xx, Strapi's error shape, nothing of the body in it. Without statuses: any 4xx, from the parser or the route. */
function expectRefusal(answer: RawAnswer, statuses: number[] | undefined, what: string): void {
  expect(answer.text, what).not.toContain(MARKER);
  if (!statuses) {
    expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    return;
  }
  expect(statuses, `${what}: ${answer.status} ${answer.text.slice(0, 200)}`).toContain(answer.status);
  const { error } = parseJson(answer.text, z.looseObject({ error: z.looseObject({ status: z.number(), name: z.string(), message: z.string() }) }));
  expect(error.status, what).toBe(answer.status);
  expect(error.name, what).toMatch(/Error$/);
  expect(answer.text, what).not.toContain(MARKER);
  expect(answer.text, what).not.toMatch(/maxFields|boundary|formidable|incorrect header/i);
}

const oneByteFiles = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ field: `f${n}`, name: `${MARKER}-${n}.txt`, type: 'text/plain', bytes: Buffer.from('x') }));
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}"${MARKER}"${'}'.repeat(levels)}`;

/** The temporary files (formidable's 25-character names) created in the temporary folder while `during` runs. */
async function temporaryFilesCreated(during: () => Promise<RawAnswer>): Promise<{ answer: RawAnswer; created: number }> {
  const names = new Set<string>();
  // A file there before (an earlier request's, being deleted) also makes an event: not counted.
  const before = new Set(await readdir(tmpdir()));
  const watcher = watch(tmpdir(), (_event, name) => {
    if (name && /^[a-z0-9]{25}$/.test(name) && !before.has(name)) names.add(name);
  });
  try {
    const answer = await during();
    return { answer, created: names.size };
  } finally {
    watcher.close();
  }
}

describe('a multipart post with thousands of one-byte files', () => {
  const { body, contentType } = multipartBody([], oneByteFiles(20_000));

  it.each(ROUTES)('to %s is refused with a 413 and writes at most the allowed number of temporary files', async (path) => {
    const { answer, created } = await temporaryFilesCreated(() => post(path, contentType, body));
    expectRefusal(answer, [413], path);
    expect(created, path).toBeLessThanOrEqual(MAX_FILES_PER_REQUEST);
  });

  it.each(LOCALES)('to an intake form is refused with the door’s message in the form’s language (%s)', async (locale) => {
    const before = await cms.strapi.db.query('api::help-request.help-request').count();
    const { answer, created } = await temporaryFilesCreated(() => post(`/api/intake/help-requests?locale=${locale}`, contentType, body));
    expect(answer.status).toBe(413);
    const { error } = parseJson(answer.text, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) }));
    expect(error.fields.form).toBe(fieldMessage('body-too-large', locale));
    expect(answer.text).not.toContain(MARKER);
    expect(created).toBeLessThanOrEqual(MAX_FILES_PER_REQUEST);
    expect(await cms.strapi.db.query('api::help-request.help-request').count()).toBe(before);
  });

  it('of the allowed number still reaches the route', async () => {
    const allowed = multipartBody([], oneByteFiles(MAX_FILES_PER_REQUEST));
    const answer = await post('/api/nothing', allowed.contentType, allowed.body);
    expect([404, 405]).toContain(answer.status);
  });
});

describe('bodies the parser cannot take, on any route', () => {
  const boundary = '----hostile';
  const hostileBodies: [string, number[] | undefined, () => { contentType: string; body: Buffer | string; headers?: Record<string, string> }][] = [
    [
      'more than 200 fields',
      [413],
      () =>
        multipartBody(
          Array.from({ length: 201 }, (_, n): [string, string] => [`f${n}`, MARKER]),
          [],
        ),
    ],
    ['a text field over 1 MB after a file', [413], lateField],
    [
      'a broken multipart body',
      [400],
      () => ({ contentType: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n${MARKER}` }),
    ],
    // formidable 2 stopped reading at these without an answer: the request hung until the connection timed out.
    [
      'a file name with a line break in it',
      [400],
      () => ({
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a\r\n${MARKER}.png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--${boundary}--\r\n`,
      }),
    ],
    [
      'a part header whose name is no header name',
      [400],
      () => ({
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent.Disposition: form-data; name="a"\r\n\r\n${MARKER}\r\n--${boundary}--\r\n`,
      }),
    ],
    ['a multipart body with garbage', [400], () => ({ contentType: `multipart/form-data; boundary=${boundary}`, body: `${MARKER}\r\n--nope\r\n\u0000\u0001` })],
    [
      'a multipart body without a boundary',
      [400],
      () => ({ contentType: 'multipart/form-data', body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${MARKER}\r\n--x--\r\n` }),
    ],
    // Formidable reads a multipart body as sent, whatever its declared encoding: the route answers.
    ['a multipart body that claims gzip and is not', undefined, () => ({ ...multipartBody([['a', MARKER]], []), headers: { 'content-encoding': 'gzip' } })],
    ['a multipart body in an unknown encoding', undefined, () => ({ ...multipartBody([['a', MARKER]], []), headers: { 'content-encoding': 'br2' } })],
    [
      'JSON that claims gzip and is not',
      [400],
      () => ({ contentType: 'application/json', body: JSON.stringify({ a: MARKER }), headers: { 'content-encoding': 'gzip' } }),
    ],
    [
      'JSON in an unknown encoding',
      [415],
      () => ({ contentType: 'application/json', body: JSON.stringify({ a: MARKER }), headers: { 'content-encoding': 'br2' } }),
    ],
    ['malformed JSON', [400], () => ({ contentType: 'application/json', body: `{"a": "${MARKER}` })],
    ['JSON nested 100,000 levels deep', [400], () => ({ contentType: 'application/json', body: deepJson(100_000) })],
    ['JSON nested 65 levels deep', [400], () => ({ contentType: 'application/json', body: deepJson(65) })],
    [
      'gzip JSON nested 100,000 levels deep',
      [400],
      () => ({ contentType: 'application/json', body: gzipSync(deepJson(100_000)), headers: { 'content-encoding': 'gzip' } }),
    ],
  ];

  for (const [name, statuses, make] of hostileBodies) {
    it.each(ROUTES)(`${name} to %s: a 4xx without an echo`, async (path) => {
      const { contentType, body, headers } = make();
      expectRefusal(await post(path, contentType, body, headers), statuses, `${name} ${path}`);
    });
  }

  it('JSON nested within the limit still reaches the route', async () => {
    const answer = await post('/admin/login', 'application/json', `{"email":"a@example.org","password":"x","nested":${deepJson(20)}}`);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Invalid credentials');
  });

  it.each(LOCALES)('to an intake form are refused with the door’s message in the form’s language (%s)', async (locale) => {
    const before = await cms.strapi.db.query('api::help-request.help-request').count();
    const deep = { ...validSubmission('help-request', 1, {}, locale), description: parseJson(deepJson(1000), z.unknown()) };
    for (const [contentType, body, headers] of [
      ['application/json', JSON.stringify(deep), {}],
      ['multipart/form-data', '--x\r\n\r\n', {}],
      [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n${MARKER}`, {}],
      ['application/json', JSON.stringify(validSubmission('help-request', 2, {}, locale)), { 'content-encoding': 'gzip' }],
    ] as const) {
      const answer = await post(`/api/intake/help-requests?locale=${locale}`, contentType, body, headers);
      expect(answer.status, `${contentType} ${JSON.stringify(headers)}`).toBe(422);
      const { error } = parseJson(answer.text, z.looseObject({ error: z.looseObject({ fields: z.record(z.string(), z.string()) }) }));
      expect(error.fields.form).toBe(fieldMessage('unreadable', locale));
      expect(answer.text).not.toContain(MARKER);
    }
    expect(await cms.strapi.db.query('api::help-request.help-request').count()).toBe(before);
  });
});

describe('an intake post whose fields need another look', () => {
  it.each(LOCALES)('is headed by a message in the form’s language (%s)', async (locale) => {
    const submission = { ...validSubmission('help-request', 3, {}, locale), email: 'not-an-email', consent: false };
    const answer = await post(`/api/intake/help-requests?locale=${locale}`, 'application/json', JSON.stringify(submission));
    expect(answer.status).toBe(422);
    const { error } = parseJson(answer.text, z.looseObject({ error: z.looseObject({ message: z.string(), fields: z.record(z.string(), z.string()) }) }));
    expect(error.message).toBe(commonText('errorSummaryTitle', locale));
    expect(Object.keys(error.fields)).toContain('consent');
  });
});

/** A file, then a text field of more than 1 MB. */
function lateField(): { contentType: string; body: Buffer } {
  const boundary = '----late';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="late"\r\n\r\n`),
    Buffer.alloc(1024 * 1024 + 10, MARKER),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}
