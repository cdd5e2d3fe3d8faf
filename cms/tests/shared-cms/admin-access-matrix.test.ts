import * as z from 'zod';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_TYPES, PUBLIC_COLLECTION_TYPES, TAXONOMIES, type IntakeType } from '@cb/domain';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { readJson, referenceAnswer } from '../helpers/http';
import { INTAKE_PATHS, PUBLIC_FORMS, seededProjectCallId, validSubmission } from '../helpers/intake-payloads';
import { SAMPLE_BYTES, sha256 } from '../helpers/proposal-files';
import { contentApiToken, staffToken } from '../helpers/staff';
import { attachmentDownloadPath, storyPhotoDownloadPath } from '../../src/api/intake/attachments/download-route';
import { pluralNameOf } from '../helpers/records';

/**
 * Issue 10, "done when": an editor, a back-office member, a content-API token and an anonymous
 * caller are each tried on every admin and API route that lists or returns intake, with the answer
 * expected of each. Whoever may not read a field never finds its value in a body. (The anonymous
 * and users-permissions callers on the content API's own routes: intake-privacy.test.ts.)
 */

type Identity = 'editor' | 'backOffice' | 'apiToken' | 'anonymous';
const IDENTITIES: Identity[] = ['editor', 'backOffice', 'apiToken', 'anonymous'];

const uidOf = (type: string) => `api::${type}.${type}`;
const STORY = uidOf('story-submission');
/** What an editor reads of a story submission is in staff-roles.ts; these are the values it must never see. */
const STORY_CONTACT_FIELDS = ['contactName', 'email', 'phone'] as const;

let cms: SharedCms;
let privateDir: string;
const headers: Record<Identity, Record<string, string>> = { editor: {}, backOffice: {}, apiToken: {}, anonymous: {} };
const records = new Map<IntakeType, { documentId: string; reference: string; secrets: string[] }>();
const files = { story: '', storyPhoto: '', proposal: '', proposalAttachment: '' };
let callDocumentId = '';

beforeAll(async () => {
  cms = await sharedCms();
  privateDir = cms.privateUploadsDir;
  callDocumentId = await seededProjectCallId(cms);
  for (const [index, form] of PUBLIC_FORMS.entries()) {
    const contact = { contactName: `Geheime ${form}`, email: `geheim-${form}@example.org`, phone: `02 555 4${index} 1${index}` };
    const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...validSubmission(form, 1, { projectCallDocumentId: callDocumentId }), ...contact }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const { reference } = await readJson(response, referenceAnswer);
    const stored = z.looseObject({ documentId: z.string() }).parse(await cms.strapi.db.query(uidOf(form)).findOne({ where: { reference } }));
    records.set(form, { documentId: stored.documentId, reference, secrets: Object.values(contact) });
  }
  const match = await cms.strapi.documents('api::match.match').create({
    data: {
      kind: 'match',
      caseStatus: 'proposed',
      notes: 'Geheime notitie over de vrijwilliger',
      helpRequest: recordOf('help-request').documentId,
      helpOffer: recordOf('help-offer').documentId,
    },
  });
  records.set('match', { documentId: match.documentId, reference: 'Geheime notitie over de vrijwilliger', secrets: ['Geheime notitie over de vrijwilliger'] });
  const review = await cms.strapi.documents('api::proposal-review.proposal-review').create({
    data: {
      proposal: recordOf('project-proposal').documentId,
      reviewerId: 1,
      reviewerName: 'Lezer',
      scores: [{ criterion: 0, score: 3 }],
      comment: 'Geheime beoordeling',
    },
  });
  records.set('proposal-review', { documentId: review.documentId, reference: 'Geheime beoordeling', secrets: ['Geheime beoordeling'] });
  const milestone = await cms.strapi.documents('api::project-milestone.project-milestone').create({
    data: {
      proposalDocumentId: recordOf('project-proposal').documentId,
      plannedOn: '2027-05-01',
      what: 'Eerste soepavond',
      report: 'Geheim verslag van de aanvrager',
    },
  });
  records.set('project-milestone', { documentId: milestone.documentId, reference: 'Eerste soepavond', secrets: ['Geheim verslag van de aanvrager'] });
  await keepFiles();

  headers.editor = { authorization: `Bearer ${await staffToken(cms, 'editor')}` };
  headers.backOffice = { authorization: `Bearer ${await staffToken(cms, 'backOffice')}` };
  headers.apiToken = { authorization: `Bearer ${await contentApiToken(cms)}` };
});
afterAll(async () => {
  await cms?.stop();
});

/** A photo on the story and an attachment on the proposal, kept as the form keeps them. */
async function keepFiles(): Promise<void> {
  const photo = { id: 'b'.repeat(32), name: 'foto.png', type: 'image/png', size: SAMPLE_BYTES.png.length, sha256: sha256(SAMPLE_BYTES.png) };
  const attachment = { id: 'c'.repeat(32), name: 'begroting.pdf', type: 'application/pdf', size: SAMPLE_BYTES.pdf.length, sha256: sha256(SAMPLE_BYTES.pdf) };
  await writeFile(path.join(privateDir, photo.id), SAMPLE_BYTES.png);
  await writeFile(path.join(privateDir, attachment.id), SAMPLE_BYTES.pdf);
  await cms.strapi.db.query(STORY).update({ where: { documentId: recordOf('story-submission').documentId }, data: { photo } });
  await cms.strapi.db
    .query(uidOf('project-proposal'))
    .update({ where: { documentId: recordOf('project-proposal').documentId }, data: { attachments: [attachment] } });
  Object.assign(files, {
    story: recordOf('story-submission').documentId,
    storyPhoto: photo.id,
    proposal: recordOf('project-proposal').documentId,
    proposalAttachment: attachment.id,
  });
}

function recordOf(type: IntakeType) {
  const record = records.get(type);
  if (!record) throw new Error(`No ${type} made`);
  return record;
}

/** An answer per identity: the statuses it may get. */
type Expected = Record<Identity, number[]>;

const ADMIN_ONLY = { anonymous: [401], apiToken: [401] };
const backOfficeOnly: Expected = { editor: [403], backOffice: [200], ...ADMIN_ONLY };
const staffWhoRead: Expected = { editor: [200], backOffice: [200], ...ADMIN_ONLY };
const nowhere: Expected = { editor: [404, 405], backOffice: [404, 405], anonymous: [401, 403, 404, 405], apiToken: [401, 403, 404, 405] };

interface Route {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  expected: Expected;
}

const get = (routePath: string, expected: Expected): Route => ({ method: 'GET', path: routePath, expected });

function contentManagerRoutes(type: IntakeType): Route[] {
  const { documentId, reference } = recordOf(type);
  const base = `/content-manager/collection-types/${uidOf(type)}`;
  const readable = type === 'story-submission' ? staffWhoRead : backOfficeOnly;
  // Draft relations are counted for draft & publish types only: intake has none, so the answer is "nothing" or "no such draft".
  const drafts: Expected = { ...readable, backOffice: [200, 404], editor: readable.editor[0] === 200 ? [200, 404] : [403] };
  return [
    get(base, readable),
    get(`${base}?_q=${encodeURIComponent(reference)}`, readable),
    get(`${base}?pageSize=100&populate=*`, readable),
    get(`${base}/${documentId}`, readable),
    get(`${base}/${documentId}/actions/countDraftRelations`, drafts),
    get(`${base}/actions/countManyEntriesDraftRelations?documentIds[0]=${documentId}`, drafts),
    { method: 'POST', path: `${base}/actions/bulkFindForValidation`, body: { documentIds: [documentId] }, expected: readable },
    get(`/content-manager/history-versions?contentType=${uidOf(type)}`, nowhere),
    get(`/api/${pluralOf(type)}`, nowhere),
    get(`/api/${pluralOf(type)}/${documentId}`, nowhere),
    get(`/api/${pluralOf(type)}?populate=*&filters[reference][$eq]=${encodeURIComponent(reference)}`, nowhere),
  ];
}

function otherRoutes(): Route[] {
  const match = recordOf('match').documentId;
  const request = recordOf('help-request').documentId;
  return [
    get('/content-manager/relations/api::match.match/helpRequest', backOfficeOnly),
    get('/content-manager/relations/api::match.match/helpOffer?_q=Geheime', backOfficeOnly),
    get(`/content-manager/relations/api::match.match/${match}/helpRequest`, backOfficeOnly),
    get('/content-manager/relations/api::proposal-review.proposal-review/proposal', backOfficeOnly),
    get('/back-office/requests', backOfficeOnly),
    get(`/back-office/requests/${request}`, backOfficeOnly),
    get(`/back-office/requests/${request}/suggestions`, backOfficeOnly),
    get('/back-office/search?q=Geheime', backOfficeOnly),
    get('/back-office/follow-ups', backOfficeOnly),
    get('/back-office/dashboard', backOfficeOnly),
    get('/back-office/project-calls', backOfficeOnly),
    get(`/back-office/project-calls/${callDocumentId}/proposals`, backOfficeOnly),
    get(`/back-office/project-calls/${callDocumentId}/decision-sheet`, backOfficeOnly),
    { method: 'POST', path: '/back-office/people/export', body: { email: 'geheim-help-request@example.org' }, expected: backOfficeOnly },
    get(attachmentDownloadPath(files.proposal, files.proposalAttachment), backOfficeOnly),
    get(storyPhotoDownloadPath(files.story, files.storyPhoto), staffWhoRead),
    // The media library never lists the private files; editors and the back office may browse it.
    get('/upload/files', staffWhoRead),
    get(`/upload/files?filters[name][$contains]=begroting`, staffWhoRead),
    get('/api/upload/files', { editor: [401, 403, 404], backOffice: [401, 403, 404], anonymous: [403, 404], apiToken: [200, 403, 404] }),
    ...[...PUBLIC_COLLECTION_TYPES, ...Object.keys(TAXONOMIES)].map((type) =>
      get(`/api/${pluralOf(type)}?populate=*&pagination[pageSize]=100`, { editor: [200, 401], backOffice: [200, 401], anonymous: [200, 403], apiToken: [200] }),
    ),
  ];
}

const pluralOf = (type: string) => pluralNameOf(cms.strapi, type);

/** What an identity must never find in a body: every secret, except what its role reads. */
function hiddenFrom(identity: Identity): string[] {
  const all = [...records.values()].flatMap((record) => record.secrets);
  if (identity === 'backOffice') return [];
  if (identity === 'editor') return all;
  return [...all, ...[...records.values()].map((record) => record.reference)];
}

async function call(identity: Identity, route: Route): Promise<{ status: number; text: string }> {
  const response = await fetch(`${cms.url}${route.path}`, {
    method: route.method,
    headers: { ...headers[identity], ...(route.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: route.body === undefined ? undefined : JSON.stringify(route.body),
  });
  return { status: response.status, text: await response.text() };
}

describe.each(IDENTITIES)('every route that lists or returns intake, tried as %s', (identity) => {
  it.each(INTAKE_TYPES)('answers as expected on the content manager and the API for %s, and shows no hidden value', async (type) => {
    for (const route of contentManagerRoutes(type)) {
      const answer = await call(identity, route);
      expect(route.expected[identity], `${route.method} ${route.path}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
      for (const secret of hiddenFrom(identity)) expect(answer.text.includes(secret), `${route.method} ${route.path} shows ${secret}`).toBe(false);
    }
  });

  it('answers as expected on relations, the back office, downloads and the media library, and shows no hidden value', async () => {
    for (const route of otherRoutes()) {
      const answer = await call(identity, route);
      expect(route.expected[identity], `${route.method} ${route.path}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
      for (const secret of hiddenFrom(identity)) expect(answer.text.includes(secret), `${route.method} ${route.path} shows ${secret}`).toBe(false);
      expect(answer.text.includes(files.proposalAttachment) && !route.path.includes(files.proposalAttachment) && identity !== 'backOffice', route.path).toBe(
        false,
      );
    }
  });
});

describe('what staff who may read a story submission get', () => {
  it('gives editors the story without its contact details, and the back office the whole record', async () => {
    const { documentId, secrets } = recordOf('story-submission');
    const address = `/content-manager/collection-types/${STORY}/${documentId}`;
    const editor = await readJson(await fetch(`${cms.url}${address}`, { headers: headers.editor }), z.looseObject({ data: z.record(z.string(), z.unknown()) }));
    for (const field of STORY_CONTACT_FIELDS) expect(editor.data).not.toHaveProperty(field);
    expect(editor.data).toHaveProperty('title');
    const backOffice = await (await fetch(`${cms.url}${address}`, { headers: headers.backOffice })).text();
    for (const secret of secrets) expect(backOffice).toContain(secret);
  });
});
