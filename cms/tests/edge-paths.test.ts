import * as z from 'zod';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { validSubmission } from './helpers/intake-payloads';
import { SAMPLE_BYTES, filesIn } from './helpers/proposal-files';
import { multipartBody, rawRequest, type RawAnswer } from './helpers/raw-http';
import { superAdminToken } from './helpers/staff';
import { INTAKE_LIMITS } from '../src/api/intake/request/limits';
import { intakeAnswer, parseJson } from './helpers/http';
import { pluralNameOf } from './helpers/records';

/**
 * The HTTP edge decides on the path as the router understands it. Strapi's router matches
 * case-insensitively, with or without a trailing slash, and decodes escaped parameters, so every
 * spelling it routes to a handler meets that handler's guards (the intake door, the published-only
 * rule); spellings it does not route reach no handler at all. Whatever the route, the temporary
 * files of a multipart request are gone when it ends, and their size is capped.
 */

const UPLOAD_CAP_MB = 4;
let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ INTAKE_RATE_LIMIT_MAX: '2', INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600', CMS_UPLOAD_MAX_MB: String(UPLOAD_CAP_MB) });
});
afterAll(async () => cms?.stop());

/** Each check sends from its own loopback address, so one check never uses up another's allowance. */
let addressesUsed = 0;
function freshAddress(): string {
  addressesUsed += 1;
  return `127.10.${Math.floor(addressesUsed / 250)}.${(addressesUsed % 250) + 1}`;
}

const send = (request: Parameters<typeof rawRequest>[1]) => rawRequest(cms.url, { from: freshAddress(), ...request });
const postJson = (requestPath: string, body: unknown, from = freshAddress()) =>
  rawRequest(cms.url, { method: 'POST', path: requestPath, from, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const formFields = (answer: RawAnswer): string[] => Object.keys(parseJson(answer.text || '{}', intakeAnswer).error?.fields ?? {});
const helpOffersStored = () => cms.strapi.db.query('api::help-offer.help-offer').count();

/** Spellings of `/api/intake/<form>` that Strapi's router sends to the intake controller. */
const ROUTED = (form: string) => [
  `/API/intake/${form}`,
  `/Api/Intake/${form}`,
  `/api/INTAKE/${form}/`,
  `/api/intake/${form}/`,
  `/api/intake/${form.replace('-', '%2D')}`,
  `/api/intake/%${form.charCodeAt(0).toString(16)}${form.slice(1)}`,
];

/** No handler ran: 404, or 405 from the GET-only route of public files (`/(.*)`). */
const NO_HANDLER = [404, 405];

/** Spellings a lenient server might resolve to the same route, but Strapi's router routes to no handler. */
const UNROUTED = (form: string) => [
  `//api/intake/${form}`,
  `/api//intake/${form}`,
  `/api/./intake/${form}`,
  `/api/intake/../intake/${form}`,
  `/%61pi/intake/${form}`,
  `/api%2Fintake%2F${form}`,
  `/api/intake/${form}//`,
];

describe('the intake door on every spelling of an intake route', () => {
  it.each(ROUTED('help-offers'))('rate-limits %s', async (requestPath) => {
    const from = freshAddress();
    const answers = [];
    for (let n = 0; n < 3; n += 1) answers.push(await postJson(requestPath, validSubmission('help-offer', 9000 + n, {}, 'fr'), from));
    expect(answers[2]!.status).toBe(429);
    expect(answers[2]!.headers['retry-after']).toBeDefined();
    expect(formFields(answers[2]!)).toContain('form');
  });

  it.each(ROUTED('help-requests'))('refuses a body of the wrong type or over the size limit on %s', async (requestPath) => {
    const before = await cms.strapi.db.query('api::help-request.help-request').count();
    const plain = await send({
      method: 'POST',
      path: requestPath,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(validSubmission('help-request', 1)),
    });
    expect(plain.status).toBe(415);
    expect(formFields(plain)).toContain('form');

    const oversize = { ...validSubmission('help-request', 2), description: 'x'.repeat(INTAKE_LIMITS.textBodyBytes) };
    const tooLarge = await postJson(requestPath, oversize);
    expect(tooLarge.status).toBe(413);
    expect(formFields(tooLarge)).toContain('form');
    expect(await cms.strapi.db.query('api::help-request.help-request').count()).toBe(before);
  });

  it.each(ROUTED('project-proposals'))('refuses a multipart body over the intake limit on %s before reading a byte of it', async (requestPath) => {
    // Not even a multipart body inside: only the door, which never reads it, can answer with the size.
    const body = Buffer.alloc(INTAKE_LIMITS.multipartBodyBytes + 1024);
    const answer = await send({
      method: 'POST',
      path: requestPath,
      headers: { 'content-type': 'multipart/form-data; boundary=edge', accept: 'application/json' },
      body,
    });
    expect(answer.status).toBe(413);
    expect(formFields(answer)).toEqual(['form']);
  });

  it.each(ROUTED('project-proposals'))('leaves no uploaded file behind on %s, whatever the field name', async (requestPath) => {
    const files = uniqueFiles(['__proto__', '__proto__', 'constructor', 'unexpected', 'attachments']);
    const { body, contentType } = multipartBody([['locale', 'nl']], files);
    const answer = await send({ method: 'POST', path: requestPath, headers: { 'content-type': contentType, accept: 'application/json' }, body });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await temporaryFilesOfSizes(files)).toEqual([]);
  });

  it.each(UNROUTED('help-offers'))('routes %s to no handler, nothing is stored', async (requestPath) => {
    const before = await helpOffersStored();
    const answer = await postJson(requestPath, validSubmission('help-offer', 9100, {}, 'nl'));
    expect(NO_HANDLER).toContain(answer.status);
    expect(await helpOffersStored()).toBe(before);
  });

  it('lets no random spelling of an intake route past the door (a body of the wrong type is always refused by the door, or routed nowhere)', async () => {
    const segments = ['api', 'intake', 'help-offers'];
    // Letters of the fixed segments in any case, now and then an escaped character or an odd separator.
    const sometimes = (times: number) => fc.oneof({ arbitrary: fc.constant(true), weight: 1 }, { arbitrary: fc.constant(false), weight: times });
    const spelling = fc
      .tuple(
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        fc.array(sometimes(15), { minLength: 20, maxLength: 20 }),
        fc.oneof({ arbitrary: fc.constantFrom('', '/'), weight: 4 }, { arbitrary: fc.constantFrom('//', '/.', '%2F'), weight: 1 }),
        fc.oneof({ arbitrary: fc.constant('/'), weight: 4 }, { arbitrary: fc.constantFrom('//', '/./', '/x/../', '%2F'), weight: 1 }),
      )
      .map(([upper, escaped, tail, joint]) => {
        let position = -1;
        const spell = (segment: string) =>
          [...segment]
            .map((character) => {
              position += 1;
              const cased = upper[position] ? character.toUpperCase() : character;
              return escaped[position] ? `%${cased.charCodeAt(0).toString(16).toUpperCase()}` : cased;
            })
            .join('');
        return `/${spell(segments[0]!)}${joint}${spell(segments[1]!)}/${spell(segments[2]!)}${tail}`;
      });
    await fc.assert(
      fc.asyncProperty(spelling, async (requestPath) => {
        const answer = await send({ method: 'POST', path: requestPath, headers: { 'content-type': 'text/plain' }, body: '{"consent":true}' });
        expect([...NO_HANDLER, 415], requestPath).toContain(answer.status);
        if (answer.status === 415) expect(formFields(answer), requestPath).toContain('form');
      }),
      { numRuns: 300 },
    );
  });
});

describe('temporary uploads on every route', () => {
  it('are deleted when the request ends, whatever the route, the answer and the field name', async () => {
    const token = await superAdminToken(cms);
    const routes: [string, Record<string, string>][] = [
      ['/api/no-such-route', {}],
      ['/API/intake/help-offers', {}],
      ['/upload', {}],
      ['/upload', { authorization: `Bearer ${token}` }],
      ['/admin/login', {}],
      ['/content-manager/collection-types/api::story.story', { authorization: `Bearer ${token}` }],
    ];
    for (const [requestPath, headers] of routes) {
      const files = uniqueFiles(['__proto__', '__proto__', 'unexpected', 'constructor', 'toString']);
      const { body, contentType } = multipartBody([['fileInfo', '{}']], files);
      const answer = await send({ method: 'POST', path: requestPath, headers: { ...headers, 'content-type': contentType }, body });
      expect(answer.status, requestPath).toBeLessThan(500);
      expect(await temporaryFilesOfSizes(files), requestPath).toEqual([]);
    }
  });

  it(`are capped at ${UPLOAD_CAP_MB} MB per request on every route, while the media library still takes a document below that`, async () => {
    const token = await superAdminToken(cms);
    const over = Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc(UPLOAD_CAP_MB * 1024 * 1024)]);
    for (const [requestPath, headers] of [
      ['/api/no-such-route', {}],
      ['/upload', { authorization: `Bearer ${token}` }],
    ] as const) {
      const { body, contentType } = multipartBody([], [{ field: 'files', name: 'groot.pdf', type: 'application/pdf', bytes: over }]);
      const answer = await send({ method: 'POST', path: requestPath, headers: { ...headers, 'content-type': contentType }, body });
      expect(answer.status, requestPath).toBe(413);
    }

    const document = Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc((UPLOAD_CAP_MB - 1) * 1024 * 1024)]);
    const { body, contentType } = multipartBody([], [{ field: 'files', name: 'verslag.pdf', type: 'application/pdf', bytes: document }]);
    const uploaded = await send({ method: 'POST', path: '/upload', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
    expect(uploaded.status).toBe(201);
    const [stored] = parseJson(uploaded.text, z.array(z.looseObject({ id: z.number() })));
    expect((await send({ method: 'DELETE', path: `/upload/files/${stored!.id}`, headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe('published content only, on every spelling of the content API', () => {
  const pluralOf = (type: string) => pluralNameOf(cms.strapi, type);
  const DRAFT_QUERIES = [
    'status=draft',
    'status[]=draft',
    'status[0]=draft',
    'status=DRAFT',
    'STATUS=draft',
    'Status=draft',
    'st%61tus=draft',
    'status=draft&status=published',
    'publicationState=preview',
  ];
  const spellingsOf = (collection: string) => [`/api/${collection}`, `/API/${collection}`, `/Api/${collection.toUpperCase()}/`, `/api/${collection}/`];

  it.each([...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES])('refuses every way of asking %s for drafts', async (type) => {
    const collection = (PUBLIC_SINGLE_TYPES as readonly string[]).includes(type) ? type : pluralOf(type);
    for (const requestPath of spellingsOf(collection)) {
      for (const query of DRAFT_QUERIES) {
        const answer = await send({ path: `${requestPath}?locale=fr&${query}` });
        expect(answer.status, `${requestPath}?${query}`).toBe(403);
      }
    }
  });

  it('never shows a draft story, whatever the spelling', async () => {
    const draft = await cms.strapi.documents('api::story.story').create({
      locale: 'fr',
      data: { title: 'Brouillon caché', slug: 'brouillon-cache', summary: 'Pas encore publié', body: [], storyDate: '2026-11-02' },
    });
    // Strapi 5.54 reads any `status` but exactly `published` as draft; its publication filters only narrow published content.
    const queries = [...DRAFT_QUERIES, 'publicationFilter=never-published', 'publicationFilter=never-published-document', 'hasPublishedVersion=false'];
    for (const requestPath of [...spellingsOf('stories'), `/API/stories/${draft.documentId}`, `/api/stories/${draft.documentId}/`]) {
      for (const query of queries) {
        const answer = await send({ path: `${requestPath}?locale=fr&${query}` });
        expect(answer.text, `${requestPath}?${query}`).not.toContain(draft.documentId);
        expect(answer.text, `${requestPath}?${query}`).not.toContain('Brouillon caché');
      }
    }
  });
});

/** Files of sizes no other test uses, under the given field names. */
function uniqueFiles(fields: string[]): { field: string; name: string; type: string; bytes: Buffer }[] {
  return fields.map((field) => {
    const size = 200_000 + Math.floor(Math.random() * 700_000);
    return { field, name: 'bijlage.pdf', type: 'application/pdf', bytes: Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc(size - SAMPLE_BYTES.pdf.length)]) };
  });
}

/** Files in the temporary folder of exactly one of these sizes: what the body parser left behind. */
async function temporaryFilesOfSizes(files: { bytes: Buffer }[]): Promise<string[]> {
  const sizes = new Set(files.map((file) => file.bytes.length));
  const names = await filesIn(tmpdir());
  const found = await Promise.all(names.map(async (name) => (await stat(path.join(tmpdir(), name)).catch(() => undefined))?.size ?? -1));
  return names.filter((_, index) => sizes.has(found[index]!));
}
