import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_TYPES, TAXONOMIES, type IntakeType } from '@cb/domain';
import { sharedCms, type TestCms } from '../helpers/cms';
import { readJson, referenceAnswer } from '../helpers/http';
import { INTAKE_PATHS, PUBLIC_FORMS, seededProjectCallId, validSubmission } from '../helpers/intake-payloads';
import { pluralNameOf } from '../helpers/records';

/**
 * Intake is personal data: neither an anonymous visitor nor a signed-in users-permissions account
 * may read, list, create, change or delete an intake record through any route. Real records exist
 * while every route is tried, and each is checked untouched afterwards.
 */

let cms: TestCms;
let userToken: string;
/** One real record per intake type: its ids, and a secret text that must never appear in an answer. */
const records = new Map<IntakeType, { id: number; documentId: string; reference: string; secret: string }>();

const uidOf = (type: string) => `api::${type}.${type}`;

beforeAll(async () => {
  // Its intake limits are far above what this file posts, and its confirmations go to a real SMTP server on loopback, as in production.
  cms = await sharedCms();
  const projectCallDocumentId = await seededProjectCallId(cms);
  for (const form of PUBLIC_FORMS) {
    const secret = `Secret ${form} ${Date.now()}`;
    const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...validSubmission(form, 1, { projectCallDocumentId }), contactName: secret }),
    });
    expect(response.status).toBe(201);
    const { reference } = await readJson(response, referenceAnswer);
    const stored = await cms.strapi.db.query(uidOf(form)).findOne({ where: { reference } });
    records.set(form, { id: stored.id, documentId: stored.documentId, reference, secret });
  }
  for (const [type, create] of Object.entries(STAFF_RECORDS)) await storeAsStaff(type as IntakeType, await create());

  const users = cms.strapi.db.query('plugin::users-permissions.user');
  const authenticated = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await users.create({
    data: { username: 'curious-user', email: 'curious@example.org', provider: 'local', confirmed: true, blocked: false, role: authenticated.id },
  });
  userToken = cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
});
afterAll(async () => cms?.stop());

/** Records that staff make in the admin, never posted: each with a secret text of its own. */
const STAFF_RECORDS: Partial<Record<IntakeType, () => Promise<{ documentId: string; secret: string }>>> = {
  match: async () => {
    const data = {
      kind: 'match' as const,
      caseStatus: 'proposed' as const,
      notes: 'Secret match notes',
      helpRequest: recordOf('help-request').documentId,
      helpOffer: recordOf('help-offer').documentId,
    };
    return { secret: data.notes, documentId: (await cms.strapi.documents('api::match.match').create({ data })).documentId };
  },
  'proposal-review': async () => {
    const data = {
      proposal: recordOf('project-proposal').documentId,
      reviewerId: 1,
      reviewerName: 'Reviewer',
      scores: [{ criterion: 0, score: 3 }],
      comment: 'Secret review comment',
    };
    return { secret: data.comment, documentId: (await cms.strapi.documents('api::proposal-review.proposal-review').create({ data })).documentId };
  },
};

async function storeAsStaff(type: IntakeType, { documentId, secret }: { documentId: string; secret: string }): Promise<void> {
  const stored = await cms.strapi.db.query(uidOf(type)).findOne({ where: { documentId } });
  records.set(type, { id: stored.id, documentId, reference: secret, secret });
}

/** The record of a type; a type added later without a record here is still tried, with ids that do not exist. */
function recordOf(type: IntakeType) {
  return records.get(type) ?? { id: 999_999, documentId: 'no-record-of-this-type', reference: `no-record-of-${type}`, secret: `no-record-of-${type}` };
}

const pluralOf = (type: string) => pluralNameOf(cms.strapi, type);

/** Every content-API route Strapi could have made for a collection type, and a few it could not. */
function routesOf(type: IntakeType): [method: string, path: string][] {
  const { id, documentId, reference } = recordOf(type);
  const plural = pluralOf(type);
  const reads = [
    `/api/${plural}`,
    `/api/${plural}?populate=*`,
    `/api/${plural}?filters[reference][$eq]=${reference}`,
    `/api/${plural}?status=draft`,
    `/api/${plural}/${documentId}`,
    `/api/${plural}/${documentId}?populate=*`,
    `/api/${plural}/${id}`,
    `/api/${type}`,
    `/api/${type}/${documentId}`,
    `/api/${plural}/count`,
    `/api/${plural}?pagination[pageSize]=100&publicationState=preview`,
  ];
  const writes: [string, string][] = ['POST', 'PUT', 'PATCH', 'DELETE'].flatMap((method) => [
    [method, `/api/${plural}`],
    [method, `/api/${plural}/${documentId}`],
    [method, `/api/${plural}/${id}`],
  ]);
  return [...reads.map((path): [string, string] => ['GET', path]), ...writes];
}

function intakeDoorRoutes(): [string, string][] {
  return PUBLIC_FORMS.flatMap((form) => {
    const { documentId, reference } = recordOf(form);
    const path = `/api/intake/${INTAKE_PATHS[form]}`;
    return [
      ['GET', path],
      ['GET', `${path}?reference=${reference}`],
      ['GET', `${path}/${documentId}`],
      ['GET', `${path}/${reference}`],
      ['PUT', `${path}/${documentId}`],
      ['PATCH', `${path}/${documentId}`],
      ['DELETE', `${path}/${documentId}`],
      ['DELETE', path],
      ['PUT', path],
    ] as [string, string][];
  }).concat([
    ['GET', '/api/intake'],
    ['GET', '/api/intake/project-proposals'],
    ['GET', '/api/intake/matches'],
  ]);
}

const identities = [
  ['an anonymous visitor', () => ({})],
  ['a signed-in users-permissions account', () => ({ authorization: `Bearer ${userToken}` })],
] as const;

async function call(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : JSON.stringify({ data: { caseStatus: 'closed', contactName: 'Changed', notes: 'Changed' } }),
  });
  return { status: response.status, text: await response.text() };
}

function leakedSecret(text: string): string | undefined {
  for (const { reference, secret } of records.values()) {
    if (text.includes(secret)) return secret;
    if (text.includes(reference)) return reference;
  }
  return undefined;
}

async function snapshot(): Promise<string> {
  const rows = await Promise.all(INTAKE_TYPES.map((type) => cms.strapi.db.query(uidOf(type)).findMany({ orderBy: { id: 'asc' } })));
  return JSON.stringify(rows);
}

describe.each(identities)('intake records, seen by %s', (_who, headersOf) => {
  it.each(INTAKE_TYPES)('cannot be read, listed, created, changed or deleted through the content API: %s', async (type) => {
    const before = await snapshot();
    for (const [method, path] of routesOf(type)) {
      const answer = await call(method, path, headersOf());
      expect([403, 404, 405], `${method} ${path}`).toContain(answer.status);
      expect(leakedSecret(answer.text), `${method} ${path}`).toBeUndefined();
    }
    expect(await snapshot()).toBe(before);
  });

  it('cannot read anything back through the intake door itself', async () => {
    const before = await snapshot();
    for (const [method, path] of intakeDoorRoutes()) {
      const answer = await call(method, path, headersOf());
      expect([403, 404, 405], `${method} ${path}`).toContain(answer.status);
      expect(leakedSecret(answer.text), `${method} ${path}`).toBeUndefined();
    }
    expect(await snapshot()).toBe(before);
  });

  it('finds no GraphQL endpoint, no upload listing and no user listing to go round the rules', async () => {
    const query = JSON.stringify({ query: '{ helpRequests { data { id attributes { contactName } } } }' });
    for (const [method, path, body] of [
      ['GET', '/graphql', undefined],
      ['POST', '/graphql', query],
      ['POST', '/api/graphql', query],
      ['GET', '/api/upload/files'],
      ['GET', '/api/users?populate=*'],
    ] as const) {
      const response = await fetch(`${cms.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headersOf() }, body });
      expect([403, 404, 405], `${method} ${path}`).toContain(response.status);
      expect(leakedSecret(await response.text())).toBeUndefined();
    }
  });

  it('reaches no intake record through the relations of public content', async () => {
    for (const taxonomy of Object.keys(TAXONOMIES)) {
      const plural = pluralOf(taxonomy);
      for (const path of [
        `/api/${plural}?populate=*&pagination[pageSize]=100`,
        `/api/${plural}?populate[0]=helpRequests&populate[1]=helpOffers&populate[2]=projectProposals`,
      ]) {
        const answer = await call('GET', path, headersOf());
        expect(answer.status, path).toBeLessThan(500);
        expect(leakedSecret(answer.text), path).toBeUndefined();
      }
    }
  });

  it('cannot use the admin API with a content-API identity', async () => {
    for (const type of INTAKE_TYPES) {
      const { documentId } = recordOf(type);
      for (const path of [`/content-manager/collection-types/${uidOf(type)}`, `/content-manager/collection-types/${uidOf(type)}/${documentId}`]) {
        const answer = await call('GET', path, headersOf());
        // The admin answers 401 to any token that is not an admin session.
        expect([401, 403, 404], path).toContain(answer.status);
        expect(leakedSecret(answer.text), path).toBeUndefined();
      }
    }
  });
});
