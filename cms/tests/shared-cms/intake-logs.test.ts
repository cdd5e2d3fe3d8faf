import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type TestCms } from '../helpers/cms';
import { captureOutput, logRequestLines } from '../helpers/output';
import { rawRequest } from '../helpers/raw-http';
import { superAdminToken } from '../helpers/staff';
import { ATTEMPTS_TABLE } from '../../src/api/intake/request/state-tables';

/**
 * Personal data never reaches a log line: not from JSON posts, not from plain form posts, valid or
 * not, and not from the query strings of admin searches and filters: a request line names the
 * route and the status, never a query.
 */

let cms: TestCms;
let output: ReturnType<typeof captureOutput>;
let logged: string[];
let logWarningsOnly: (() => void) | undefined;

beforeAll(async () => {
  cms = await sharedCms();
  logWarningsOnly = logRequestLines(cms.strapi);
  output = captureOutput(cms.strapi);
  logged = output.lines;
});
afterAll(async () => {
  output?.restore();
  logWarningsOnly?.();
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
  locale: 'nl',
  forWhom: 'self',
  ...PERSON,
  categories: ['groceries'],
  municipality: 'brussels',
  languages: ['nl'],
  consent: true,
  ...overrides,
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
    expect(text).toContain('POST /api/intake/:form');
    expect(text).toContain('/attempts/:token');
    for (const secret of [...SECRETS, token]) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });
});

describe('a form posted without JavaScript that the database cannot keep', () => {
  it('comes back in the answer itself (422), and the failed query is logged by its code, never with what was typed', async () => {
    const knex = cms.strapi.db.connection;
    // The store's insert fails: knex would write the row's values into the error's message.
    await knex.raw(`CREATE TRIGGER refuse_attempts BEFORE INSERT ON ${ATTEMPTS_TABLE} BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    try {
      const before = logged.length;
      const answer = await fetch(`${cms.url}/api/intake/help-requests?locale=nl`, {
        method: 'POST',
        headers: { accept: 'text/html' },
        body: asForm(helpRequest({ email: 'griselda.vdb@', consent: false })),
        redirect: 'manual',
      });
      expect(answer.status).toBe(422);
      const page = await answer.text();
      expect(page).toContain(`value="${PERSON.contactName}"`);
      expect(page).not.toContain('/attempts/');

      const text = logged.slice(before).join('');
      expect(text).toContain('A form posted without JavaScript could not be kept; it was answered in full instead (database error SQLITE_CONSTRAINT_TRIGGER)');
      for (const secret of SECRETS) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    } finally {
      await knex.raw('DROP TRIGGER refuse_attempts');
    }
  });
});

describe('the CMS’s request lines for admin, back-office and API routes', () => {
  it('name the route and the status, never a query string, whatever the path’s spelling', async () => {
    const token = await superAdminToken(cms);
    const encoded = (text: string) => encodeURIComponent(text);
    const requests = [
      `/content-manager/collection-types/api::help-request.help-request?_q=${encoded(PERSON.email)}&page=1`,
      `/content-manager/collection-types/api::help-request.help-request?filters[$and][0][contactName][$contains]=${encoded(PERSON.contactName)}`,
      `/content-manager/collection-types/api::story.story?sort=title:asc&filters[title][$contains]=Vandenbroucke`,
      `/back-office/search?q=${encoded(PERSON.contactName)}`,
      `/back-office/requests?q=${encoded(PERSON.phone)}`,
      `/admin/users?_q=griselda`,
      `/api/stories?filters[title][$contains]=boodschappen&locale=nl`,
      `/API/stories?filters[title][$contains]=Vandenbroucke`,
      `/api/intake/help-requests/attempts/griselda-vdb-token?locale=nl`,
      `/API/Intake/help-requests/attempts/Griselda-token/`,
      `/no/such/route?email=${encoded(PERSON.email)}`,
      `/no/such/route/attempts/griselda-token`,
    ];
    const before = logged.length;
    for (const path of requests) {
      const answer = await rawRequest(cms.url, { path, headers: { authorization: `Bearer ${token}` } });
      expect(answer.status, path).toBeLessThan(500);
    }
    const text = logged.slice(before).join('');
    const lines = text.split('\n').filter((line) => / \(\d+ ms\) \d{3}/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(requests.length);
    for (const line of lines) expect(line).not.toMatch(/\?|%3F/i);
    expect(text).toContain('GET /back-office/search');
    expect(text).toContain('GET /api/intake/:form/attempts/:token');
    for (const secret of [...SECRETS, 'griselda', 'Vandenbroucke']) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  });

  it('name no path that no route answers, only that none did, with the method and status', async () => {
    const requests: [string, string][] = [
      ['GET', '/api/intake/help-requests/attempts%2FLOGSECRET5'],
      ['GET', '/api/intake/help-requests/LOGSECRET6/extra'],
      ['GET', '/no/such/route/LOGSECRET7'],
      ['POST', '/api/LOGSECRET8'],
      ['GET', '/LOGSECRET9.txt'],
    ];
    const before = logged.length;
    for (const [method, path] of requests) {
      const answer = await rawRequest(cms.url, { method, path });
      expect(answer.status, path).toBeLessThan(500);
    }
    const text = logged.slice(before).join('');
    expect(text).toMatch(/GET \(no route\) \(\d+ ms\) 404/);
    expect(text).toMatch(/POST \(no route\) \(\d+ ms\) 40[45]/);
    expect(text.toLowerCase()).not.toContain('logsecret');
  });
});
