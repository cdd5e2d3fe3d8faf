import * as z from 'zod';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { readJson, referenceAnswer, storedRecord } from '../helpers/http';
import { asPostedFields, validSubmission } from '../helpers/intake-payloads';
import { SAMPLE_BYTES } from '../helpers/proposal-files';
import { contentFingerprint } from '../../src/api/intake/services/intake';

/**
 * An idempotency key is tied to the content it was first stored with: the same key with the same
 * content is a retry and gets the first reference; the same key with other content is refused
 * (409, a localized message on `form`), stores nothing and never learns anyone's reference.
 */

const REQUEST = 'api::help-request.help-request';
const STORY = 'api::story-submission.story-submission';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let cms: SharedCms;
let privateDir: string;
let run = 0;

beforeAll(async () => {
  cms = await sharedCms();
  privateDir = cms.privateUploadsDir;
});
afterAll(async () => {
  await cms?.stop();
});

const key = (name: string) => `${name}-${Date.now().toString(36)}-${++run}`;

function postJson(body: Record<string, unknown>, idempotencyKey: string, locale: Locale) {
  return fetch(`${cms.url}/api/intake/help-requests?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });
}

function postForm(body: Record<string, unknown>, idempotencyKey: string, locale: Locale) {
  const fields = new URLSearchParams([...asPostedFields(body), ['idempotencyKey', idempotencyKey]]);
  return fetch(`${cms.url}/api/intake/help-requests?locale=${locale}`, {
    method: 'POST',
    headers: { accept: BROWSER_ACCEPT },
    body: fields,
    redirect: 'manual',
  });
}

const storedNamed = async (contactName: string) => z.array(storedRecord).parse(await cms.strapi.db.query(REQUEST).findMany({ where: { contactName } }));

describe('the same key with the same content', () => {
  it('answers the first reference, as JSON and to a browser, and stores once', async () => {
    const body: Record<string, unknown> = { ...validSubmission('help-request', 1, {}, 'nl'), contactName: 'Retry Once' };
    const jsonKey = key('same-json');
    const first = await postJson(body, jsonKey, 'nl');
    expect(first.status).toBe(201);
    const { reference } = await readJson(first, referenceAnswer);
    const again = await postJson({ ...body, categories: [...(body.categories as string[])] }, jsonKey, 'nl');
    expect(again.status).toBe(200);
    expect(await readJson(again)).toEqual({ reference });

    const formKey = key('same-form');
    const formBody = { ...body, contactName: 'Retry Once By Form' };
    const sent = await postForm(formBody, formKey, 'nl');
    expect(sent.status).toBe(303);
    const thanks = sent.headers.get('location') ?? '';
    expect(thanks).toMatch(/^\/api\/intake\/thank-you\/help-requests\?locale=nl&reference=CB-/);
    const resent = await postForm(formBody, formKey, 'nl');
    expect(resent.headers.get('location')).toBe(thanks);

    expect(await storedNamed('Retry Once')).toHaveLength(1);
    expect(await storedNamed('Retry Once By Form')).toHaveLength(1);
  });
});

describe('the same key with other content', () => {
  it.each(LOCALES.map((locale) => [locale]))('is refused as JSON with a 409 in %s, stores nothing and leaves the first record as it was', async (locale) => {
    const idempotencyKey = key(`other-json-${locale}`);
    const first = { ...validSubmission('help-request', 2, {}, locale), contactName: `First Person ${locale}` };
    const created = await postJson(first, idempotencyKey, locale);
    expect(created.status).toBe(201);
    const { reference } = await readJson(created, referenceAnswer);
    const before = await storedNamed(`First Person ${locale}`);

    const other = { ...first, contactName: `Second Person ${locale}`, description: 'Something else entirely' };
    const refused = await postJson(other, idempotencyKey, locale);
    expect(refused.status).toBe(409);
    const answer = await readJson(
      refused,
      z.looseObject({
        reference: z.string().optional(),
        error: z.looseObject({ status: z.number(), name: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }),
      }),
    );
    expect(answer.reference).toBeUndefined();
    expect(answer.error).toEqual({
      status: 409,
      name: 'ConflictError',
      message: fieldMessage('key-reused', locale),
      fields: { form: fieldMessage('key-reused', locale) },
    });
    expect(JSON.stringify(answer)).not.toContain(reference);

    expect(await storedNamed(`Second Person ${locale}`)).toHaveLength(0);
    expect(await storedNamed(`First Person ${locale}`)).toEqual(before);
  });

  it.each(LOCALES.map((locale) => [locale]))('sends a browser in %s to the form again with the message and its own values, storing nothing', async (locale) => {
    const idempotencyKey = key(`other-form-${locale}`);
    const first = { ...validSubmission('help-request', 3, {}, locale), contactName: `First Browser ${locale}` };
    const thanked = await postForm(first, idempotencyKey, locale);
    expect(thanked.headers.get('location')).toContain('/api/intake/thank-you/help-requests');
    const reference = new URL(thanked.headers.get('location')!, cms.url).searchParams.get('reference')!;
    const before = await storedNamed(`First Browser ${locale}`);

    const refused = await postForm({ ...first, contactName: `Second Browser ${locale}` }, idempotencyKey, locale);
    expect(refused.status).toBe(303);
    const location = refused.headers.get('location') ?? '';
    expect(location).toMatch(/^\/api\/intake\/help-requests\/attempts\/[A-Za-z0-9_-]{32}$/);
    const html = await (await fetch(`${cms.url}${location}`, { headers: { accept: BROWSER_ACCEPT } })).text();
    expect(html).toContain(fieldMessage('key-reused', locale));
    expect(html).toContain(`Second Browser ${locale}`);
    expect(html).not.toContain(reference);
    // The form shown again carries a new key, so sending it again is a new submission.
    expect(html).not.toContain(idempotencyKey);

    expect(await storedNamed(`Second Browser ${locale}`)).toHaveLength(0);
    expect(await storedNamed(`First Browser ${locale}`)).toEqual(before);
  });

  it('counts files by their bytes: another photo under the same key is other content, and its file is not kept', async () => {
    const idempotencyKey = key('other-photo');
    const post = (photo: Buffer, name: string) => {
      const body = new FormData();
      for (const [field, value] of asPostedFields({ ...validSubmission('story-submission', 4, {}, 'en'), contactName: 'Photo Person' }))
        body.append(field, value);
      body.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/png' }), name);
      return fetch(`${cms.url}/api/intake/story-submissions?locale=en`, {
        method: 'POST',
        headers: { accept: 'application/json', 'idempotency-key': idempotencyKey },
        body,
      });
    };
    expect((await post(SAMPLE_BYTES.png, 'soup.png')).status).toBe(201);
    expect((await post(SAMPLE_BYTES.png, 'renamed.png')).status).toBe(200);
    const files = await readdir(privateDir);
    const otherPng = Buffer.concat([SAMPLE_BYTES.png, Buffer.from('another picture')]);
    expect((await post(otherPng, 'soup.png')).status).toBe(409);
    expect(await readdir(privateDir)).toEqual(files);
    expect(await cms.strapi.db.query(STORY).count({ where: { contactName: 'Photo Person' } })).toBe(1);
  });
});

describe('the content fingerprint', () => {
  it('does not depend on the order of keys, and does on every value', () => {
    const data = { contactName: 'A', categories: ['chat'], municipality: 'evere' };
    expect(contentFingerprint('help-request', data)).toBe(
      contentFingerprint('help-request', { municipality: 'evere', categories: ['chat'], contactName: 'A' }),
    );
    expect(contentFingerprint('help-request', data)).not.toBe(contentFingerprint('help-request', { ...data, contactName: 'B' }));
    expect(contentFingerprint('help-request', data)).not.toBe(contentFingerprint('help-offer', data));
  });
});
