import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { winston } from '@strapi/logger';
import { startCms, type TestCms } from './helpers/cms';

/** Personal data never reaches a log line: not from JSON posts, not from plain form posts, valid or not. */

let cms: TestCms;
const logged: string[] = [];
const restoreOutput: (() => void)[] = [];

function capture(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    logged.push(String(chunk));
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  restoreOutput.push(() => (stream.write = write));
}

beforeAll(async () => {
  cms = await startCms({ LOG_LEVEL: 'http', INTAKE_RATE_LIMIT_MAX: '10000' });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  cms.strapi.log.add(new winston.transports.Stream({ stream: sink, level: 'silly' }));
  capture(process.stdout);
  capture(process.stderr);
});
afterAll(async () => {
  for (const restore of restoreOutput) restore();
  await cms?.stop();
});

const PERSON = {
  contactName: 'Griselda Vandenbroucke',
  email: 'griselda.vdb@example.org',
  phone: '0470 98 76 54',
  description: 'Ik zou graag wekelijks samen boodschappen doen in Laken.',
};
const SECRETS = [PERSON.contactName, PERSON.email, PERSON.phone, PERSON.description, 'Vandenbroucke', 'griselda', '98 76 54', 'boodschappen'];

const helpRequest = (overrides: Record<string, string | string[] | boolean> = {}) => ({
  locale: 'nl', forWhom: 'self', ...PERSON, categories: ['groceries'], municipality: 'brussels', languages: ['nl'], consent: true, ...overrides,
});

function asForm(values: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item === true ? 'on' : String(item));
  }
  return form;
}

describe('the CMS’s logs around intake', () => {
  it('hold request lines but no name, email, phone or free text, nor the token of a kept attempt', async () => {
    const json = (body: unknown) =>
      fetch(`${cms.url}/api/intake/help-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const plain = (body: URLSearchParams) =>
      fetch(`${cms.url}/api/intake/help-requests?locale=nl`, { method: 'POST', headers: { accept: 'text/html' }, body, redirect: 'manual' });

    expect((await json(helpRequest())).status).toBe(201);
    expect((await json(helpRequest({ email: `${PERSON.email}@@`, consent: false }))).status).toBe(422);
    expect((await json(helpRequest({ description: PERSON.description.repeat(2000) }))).status).toBe(413);

    const stored = await plain(asForm(helpRequest({ description: `${PERSON.description} (zonder JavaScript)` })));
    expect(stored.status).toBe(303);
    expect((await fetch(`${cms.url}${stored.headers.get('location')}`)).status).toBe(200);

    const refused = await plain(asForm(helpRequest({ email: 'griselda.vdb@', consent: false })));
    expect(refused.status).toBe(303);
    const attempt = refused.headers.get('location') ?? '';
    const token = attempt.split('/').at(-1) ?? '';
    expect((await fetch(`${cms.url}${attempt}`)).status).toBe(200);

    const text = logged.join('');
    expect(text).toContain('POST /api/intake/help-requests');
    expect(text).toContain('/attempts/:token');
    for (const secret of [...SECRETS, token]) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });
});
