import * as z from 'zod';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '@cb/domain';
import { fieldMessage } from '@cb/domain/intake';
import { CMS_DIR, sharedCms, type SharedCms } from '../helpers/cms';
import { SAMPLE_BYTES, UploadFolder, filesIn, sha256 } from '../helpers/proposal-files';
import { intakeRefusal, readJson, referenceAnswer, storedFile } from '../helpers/http';
import type { CheckedProposal, ProposalData } from '../../src/api/intake/services/project-proposals';
import { safeFileName, withAttachmentsByContent, type AttachmentMetadata } from '../../src/api/intake/attachments/uploads';
import { ATTACHMENT_KINDS } from '../../src/api/intake/attachments/file-types';
import { attachmentDownloadPath } from '../../src/api/intake/attachments/download-route';
import { staffToken, superAdminToken, usersPermissionsToken } from '../helpers/staff';
import { PROPOSAL_DEFAULTS } from '../helpers/records';
import { intakeService } from '../../src/api/intake/intake-services';

let cms: SharedCms;
let privateDir: string;
let uploads: UploadFolder;
const uploadFolders: UploadFolder[] = [];
const newUploadFolder = async () => {
  const folder = await UploadFolder.create();
  uploadFolders.push(folder);
  return folder;
};
const calls = { open: '', closed: '', notYetOpen: '', draft: '' };

const service = () => intakeService(cms.strapi, 'api::intake.project-proposals');

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function createCall(key: string, dates: { opensOn: string; deadline: string }, published = true): Promise<string> {
  const call = await cms.strapi.documents('api::project-call.project-call').create({
    locale: 'nl',
    status: published ? 'published' : 'draft',
    data: {
      title: `Oproep ${key}`,
      slug: `oproep-${key}`,
      summary: 'Een oproep voor solidaire projecten.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dien je project in.' }] }],
      totalBudget: 100000,
      maxPerProject: 5000,
      ...dates,
    },
  });
  return call.documentId;
}

beforeAll(async () => {
  cms = await sharedCms();
  privateDir = cms.privateUploadsDir;
  calls.open = await createCall('open', { opensOn: isoDay(-10), deadline: new Date(Date.now() + 30 * DAY).toISOString() });
  calls.closed = await createCall('closed', { opensOn: isoDay(-60), deadline: new Date(Date.now() - DAY).toISOString() });
  calls.notYetOpen = await createCall('later', { opensOn: isoDay(5), deadline: new Date(Date.now() + 60 * DAY).toISOString() });
  calls.draft = await createCall('draft', { opensOn: isoDay(-10), deadline: new Date(Date.now() + 30 * DAY).toISOString() }, false);
});
afterAll(async () => {
  await cms?.stop();
  await Promise.all(uploadFolders.map((folder) => rm(folder.dir, { recursive: true, force: true })));
});
beforeEach(async () => {
  uploads = await newUploadFolder();
});

const proposal = (overrides: Partial<ProposalData> = {}): ProposalData => ({
  projectCallDocumentId: calls.open,
  applicantType: 'person',
  contactName: 'Fatima El Amrani',
  email: 'fatima@example.org',
  projectTitle: 'Soep op zondag',
  description: 'Elke zondag koken we soep met en voor de buurt.',
  targetGroup: 'Alleenstaande ouderen in de wijk',
  municipalities: ['schaerbeek'],
  startDate: '2027-03-01',
  endDate: '2027-09-30',
  requestedAmount: 2500,
  budgetLines: [
    { label: 'Ingrediënten', amount: 1500 },
    { label: 'Potten en pannen', amount: 1000 },
  ],
  consent: true,
  ...overrides,
});

async function expectNothingKept(): Promise<void> {
  expect(await uploads.remaining()).toEqual([]);
}

describe('the name an attachment is offered under', () => {
  const [pdf, png, jpeg] = ATTACHMENT_KINDS;
  it.each([
    { original: 'Begroting 2027.pdf', kind: pdf, expected: 'Begroting 2027.pdf' },
    { original: 'C:\\Users\\an\\plan.PDF', kind: pdf, expected: 'plan.pdf' },
    { original: 'factuur\u202Efdp.exe', kind: pdf, expected: 'factuurfdp.pdf' },
    { original: '...', kind: png, expected: 'attachment-1.png' },
    { original: '', kind: jpeg, expected: 'attachment-1.jpg' },
    { original: 'foto.jpeg', kind: jpeg, expected: 'foto.jpeg' },
    { original: '<script>"x".png', kind: png, expected: 'scriptx.png' },
  ])('$original is offered as $expected', ({ original, kind, expected }) => {
    expect(safeFileName(original, kind!, 0)).toBe(expected);
  });

  it('is at most about a hundred characters', () => {
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, pdf!, 0)).toBe(`${'a'.repeat(100)}.pdf`);
  });

  it('leaves out the random storage ids when a key is derived from the content', () => {
    const stored = { projectTitle: 'x', attachments: [{ id: 'f'.repeat(32), name: 'a.pdf', type: 'application/pdf', size: 3, sha256: 'abc' }] };
    expect(withAttachmentsByContent(stored)).toEqual({ projectTitle: 'x', attachments: [{ name: 'a.pdf', type: 'application/pdf', sha256: 'abc' }] });
  });
});

describe('the project call of a proposal', () => {
  it('gives the limits of an open call and none for a closed, future, draft or unknown one', async () => {
    expect(await service().limitsFor(calls.open)).toEqual({ maxPerProject: 5000 });
    for (const documentId of [calls.closed, calls.notYetOpen, calls.draft, 'no-such-call']) {
      expect(await service().limitsFor(documentId), documentId).toBeUndefined();
    }
  });

  it('refuses a proposal to a call that is not open, in the form language, and keeps no file', async () => {
    const before = await filesIn(privateDir);
    for (const documentId of [calls.closed, calls.notYetOpen, calls.draft, 'no-such-call']) {
      const pdf = await uploads.upload(SAMPLE_BYTES.pdf, 'plan.pdf', 'application/pdf');
      const result = await service().check(proposal({ projectCallDocumentId: documentId }), [pdf], 'fr');
      expect(result, documentId).toEqual({ ok: false, errors: { projectCallDocumentId: fieldMessage('call-not-open', 'fr') } });
    }
    await expectNothingKept();
    expect(await filesIn(privateDir)).toEqual(before);
  });

  it('refuses an amount above the call’s maximum and budget lines that do not add up', async () => {
    const above = await service().check(proposal({ requestedAmount: 6000, budgetLines: [{ label: 'Alles', amount: 6000 }] }), [], 'en');
    expect(above).toEqual({ ok: false, errors: { requestedAmount: 'You can ask for €5,000 at most for one project.' } });

    const mismatch = await service().check(proposal({ requestedAmount: 2500, budgetLines: [{ label: 'Zaal', amount: 2000 }] }), [], 'nl');
    expect(mismatch).toEqual({ ok: false, errors: { budgetLines: fieldMessage('budget-mismatch', 'nl', { total: 2000, requested: 2500 }) } });
  });
});

describe('attachments', () => {
  it('accepts a PDF, a PNG and a JPEG by their bytes and moves them into private storage', async () => {
    const files = [
      await uploads.upload(SAMPLE_BYTES.pdf, 'Begroting 2027.pdf', 'application/pdf'),
      await uploads.upload(SAMPLE_BYTES.png, 'affiche.png', 'image/png'),
      await uploads.upload(SAMPLE_BYTES.jpeg, '../../etc/foto\u0000buurt.JPEG', 'image/jpeg'),
    ];
    const result = await service().check(proposal(), files, 'nl');
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    expect(result.data.attachments.map(({ name, type, size, sha256: hash }) => ({ name, type, size, hash }))).toEqual([
      { name: 'Begroting 2027.pdf', type: 'application/pdf', size: SAMPLE_BYTES.pdf.length, hash: sha256(SAMPLE_BYTES.pdf) },
      { name: 'affiche.png', type: 'image/png', size: SAMPLE_BYTES.png.length, hash: sha256(SAMPLE_BYTES.png) },
      { name: 'fotobuurt.jpeg', type: 'image/jpeg', size: SAMPLE_BYTES.jpeg.length, hash: sha256(SAMPLE_BYTES.jpeg) },
    ]);
    for (const [index, attachment] of result.data.attachments.entries()) {
      expect(attachment.id).toMatch(/^[a-f0-9]{32}$/);
      expect(await readFile(path.join(privateDir, attachment.id))).toEqual(Object.values(SAMPLE_BYTES)[index]);
    }
    await expectNothingKept();
  });

  it('treats a PNG sent as application/pdf named .pdf as the PNG it is', async () => {
    const disguised = await uploads.upload(SAMPLE_BYTES.png, 'scan.pdf', 'application/pdf');
    const result = await service().check(proposal(), [disguised], 'nl');
    expect(result.ok && result.data.attachments.map(({ name, type }) => ({ name, type }))).toEqual([{ name: 'scan.png', type: 'image/png' }]);
  });

  it('refuses a program renamed .pdf, stores nothing and removes every upload', async () => {
    const before = await filesIn(privateDir);
    const files = [
      await uploads.upload(SAMPLE_BYTES.pdf, 'plan.pdf', 'application/pdf'),
      await uploads.upload(SAMPLE_BYTES.exe, 'begroting.pdf', 'application/pdf'),
    ];
    const result = await service().check(proposal(), files, 'nl');
    expect(result).toEqual({ ok: false, errors: { attachments: 'begroting.pdf: dit kunnen we niet openen. Stuur een PDF, een JPEG of een PNG.' } });
    await expectNothingKept();
    expect(await filesIn(privateDir)).toEqual(before);
  });

  it('refuses a file over 10 MB and more than five files', async () => {
    const oversize = Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const big = await service().check(proposal(), [await uploads.upload(oversize, 'groot.pdf', 'application/pdf')], 'en');
    expect(big).toEqual({ ok: false, errors: { attachments: 'groot.pdf: this is too big. A file may be 10 MB at most.' } });

    const six = await Promise.all(Array.from({ length: 6 }, (_, index) => uploads.upload(SAMPLE_BYTES.pdf, `bijlage-${index}.pdf`, 'application/pdf')));
    const many = await service().check(proposal(), six, 'fr');
    expect(many).toEqual({ ok: false, errors: { attachments: 'Envoyez 5 fichiers au maximum.' } });
    await expectNothingKept();
  });

  it('ignores an empty file input', async () => {
    const empty = await uploads.upload(Buffer.alloc(0), '', 'application/octet-stream');
    const result = await service().check(proposal(), [empty], 'nl');
    expect(result.ok && result.data.attachments).toEqual([]);
    await expectNothingKept();
  });

  it('reports a refused call and refused files together, so the person fixes everything at once', async () => {
    const exe = await uploads.upload(SAMPLE_BYTES.exe, 'setup.pdf', 'application/pdf');
    const result = await service().check(proposal({ projectCallDocumentId: calls.closed }), [exe], 'nl');
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['attachments', 'projectCallDocumentId']);
    await expectNothingKept();
  });

  it('removes the kept files of a proposal that was not stored after all (a retry answered with the first one)', async () => {
    const result = await service().check(proposal(), [await uploads.upload(SAMPLE_BYTES.pdf, 'plan.pdf', 'application/pdf')], 'nl');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [kept] = result.data.attachments;
    expect(existsSync(path.join(privateDir, kept!.id))).toBe(true);
    await service().discard(result.data);
    expect(existsSync(path.join(privateDir, kept!.id))).toBe(false);
  });

  it('keeps private storage outside the public folder and the media library', async () => {
    expect(path.relative(path.join(CMS_DIR, 'public'), privateDir).startsWith('..')).toBe(true);
    expect(await cms.strapi.db.query('plugin::upload.file').count({ where: { name: { $contains: 'Begroting' } } })).toBe(0);
    expect(existsSync(path.join(CMS_DIR, 'public', 'uploads', 'Begroting 2027.pdf'))).toBe(false);
  });
});

async function storeProposal(data: CheckedProposal): Promise<string> {
  const { consent: _consent, municipalities: _municipalities, ...fields } = data;
  const created = await cms.strapi.documents('api::project-proposal.project-proposal').create({
    data: {
      ...PROPOSAL_DEFAULTS,
      ...fields,
      reference: `CB-T${randomBytes(3).toString('hex').toUpperCase()}`,
      channel: 'web',
      formLocale: 'nl',
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      attachments: fields.attachments.map((attachment) => ({ ...attachment })),
    },
  });
  return created.documentId;
}

describe('downloading an attachment', () => {
  const stored = { proposal: '', other: '', attachments: [] as AttachmentMetadata[], otherAttachment: '' };
  const download = (proposal: string, attachment: string, token?: string) =>
    fetch(`${cms.url}${attachmentDownloadPath(proposal, attachment)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    uploads = await newUploadFolder();
    const files = [
      await uploads.upload(SAMPLE_BYTES.pdf, 'Begroting.pdf', 'application/pdf'),
      await uploads.upload(SAMPLE_BYTES.png, 'affiche.png', 'image/png'),
      await uploads.upload(SAMPLE_BYTES.jpeg, 'foto.jpg', 'image/jpeg'),
    ];
    const checked = await service().check(proposal(), files, 'nl');
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    stored.attachments = checked.data.attachments;
    stored.proposal = await storeProposal(checked.data);

    const other = await service().check(
      proposal({ projectTitle: 'Een ander project' }),
      [await uploads.upload(SAMPLE_BYTES.pdf, 'ander.pdf', 'application/pdf')],
      'nl',
    );
    if (!other.ok) throw new Error(JSON.stringify(other.errors));
    stored.otherAttachment = other.data.attachments[0]!.id;
    stored.other = await storeProposal(other.data);
  });

  it('streams each file to the back office as a download of its real type', async () => {
    const token = await staffToken(cms, 'backOffice');
    for (const [index, attachment] of stored.attachments.entries()) {
      const response = await download(stored.proposal, attachment.id, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(attachment.type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${attachment.name}"`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(Object.values(SAMPLE_BYTES)[index]);
    }
  });

  it('lets the super admin download too', async () => {
    const token = await superAdminToken(cms);
    const response = await download(stored.proposal, stored.attachments[0]!.id, token);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('refuses anonymous visitors, users-permissions accounts and editors', async () => {
    const attachment = stored.attachments[0]!.id;
    expect((await download(stored.proposal, attachment)).status).toBe(401);
    expect((await download(stored.proposal, attachment, await usersPermissionsToken(cms))).status).toBe(401);
    expect((await download(stored.proposal, attachment, await staffToken(cms, 'editor'))).status).toBe(403);
  });

  it('refuses a full-access token of the content API', async () => {
    const token = await cms.strapi
      .service('admin::api-token')
      .create({ name: 'full access for the site', type: 'full-access', kind: 'content-api', lifespan: null });
    const headers = { authorization: `Bearer ${token.accessKey as string}` };
    expect((await fetch(`${cms.url}/api/stories?locale=nl`, { headers })).status).toBe(200);
    expect((await download(stored.proposal, stored.attachments[0]!.id, token.accessKey as string)).status).toBe(401);
  });

  it('serves only a file of the proposal named in the address', async () => {
    const token = await superAdminToken(cms);
    expect((await download(stored.proposal, stored.otherAttachment, token)).status).toBe(404);
    expect((await download(stored.other, stored.otherAttachment, token)).status).toBe(200);
    expect((await download(stored.proposal, '..%2F..%2Fcms.db', token)).status).toBe(404);
    expect((await download(stored.proposal, 'f'.repeat(32), token)).status).toBe(404);
  });

  it('leaves no file reachable without staff credentials', async () => {
    for (const attachment of stored.attachments) {
      for (const address of [`/uploads/${attachment.id}`, `/uploads/${attachment.name}`, `/${attachment.id}`]) {
        expect((await fetch(`${cms.url}${address}`)).status, address).toBe(404);
      }
    }
    for (const address of ['/api/project-proposals', `/api/project-proposals/${stored.proposal}`, '/api/upload/files']) {
      const response = await fetch(`${cms.url}${address}`);
      expect([401, 403, 404], address).toContain(response.status);
      expect(await response.text()).not.toContain(stored.attachments[0]!.id);
    }
  });
});

describe('applying through the intake endpoint (multipart, as the form posts)', () => {
  const proposalsStored = () => cms.strapi.db.query('api::project-proposal.project-proposal').count({});

  function formPost(fields: Record<string, string | string[]>, files: { bytes: Buffer; name: string; type: string }[], accept = 'application/json') {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    for (const file of files) body.append('attachments', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    return fetch(`${cms.url}/api/intake/project-proposals`, { method: 'POST', headers: { accept }, body, redirect: 'manual' });
  }

  const fields = (overrides: Record<string, string | string[]> = {}) => ({
    locale: 'nl',
    projectCallDocumentId: calls.open,
    applicantType: 'person',
    contactName: 'Youssef Benali',
    phone: '0470 12 34 56',
    projectTitle: 'Repair café in de Marollen',
    description: 'Samen spullen herstellen en koffie drinken.',
    targetGroup: 'Buurtbewoners',
    municipalities: ['brussels'],
    startDate: '2027-04-01',
    endDate: '2027-12-31',
    requestedAmount: '1.250,50',
    'budgetLines[0][label]': 'Gereedschap',
    'budgetLines[0][amount]': '1000',
    'budgetLines[1][label]': 'Koffie',
    'budgetLines[1][amount]': '250,50',
    consent: 'on',
    ...overrides,
  });

  it('stores a proposal with its attachments known by their bytes, an empty file input ignored', async () => {
    const response = await formPost(fields({ idempotencyKey: 'proposal-with-files-01' }), [
      { bytes: SAMPLE_BYTES.pdf, name: 'begroting.pdf', type: 'application/pdf' },
      { bytes: SAMPLE_BYTES.png, name: 'affiche.pdf', type: 'application/pdf' },
      { bytes: SAMPLE_BYTES.jpeg, name: 'foto.jpg', type: 'image/jpeg' },
      { bytes: Buffer.alloc(0), name: '', type: 'application/octet-stream' },
    ]);
    expect(response.status, await response.clone().text()).toBe(201);
    const { reference } = await readJson(response, referenceAnswer);
    const stored = z
      .looseObject({ attachments: z.array(storedFile) })
      .parse(await cms.strapi.db.query('api::project-proposal.project-proposal').findOne({ where: { reference } }));
    // The body parser does not keep the order in which the files were sent.
    const attachments = stored.attachments.toSorted((one, other) => one.name.localeCompare(other.name));
    expect(attachments.map(({ name, type, sha256: hash }) => ({ name, type, hash }))).toEqual([
      { name: 'affiche.png', type: 'image/png', hash: sha256(SAMPLE_BYTES.png) },
      { name: 'begroting.pdf', type: 'application/pdf', hash: sha256(SAMPLE_BYTES.pdf) },
      { name: 'foto.jpg', type: 'image/jpeg', hash: sha256(SAMPLE_BYTES.jpeg) },
    ]);
    expect(Number(stored.requestedAmount)).toBe(1250.5);
    for (const attachment of attachments) expect(existsSync(path.join(privateDir, attachment.id))).toBe(true);
  });

  it('answers a form posted without JavaScript with the thank-you page', async () => {
    const response = await formPost(
      fields({ projectTitle: 'Zonder JavaScript' }),
      [{ bytes: SAMPLE_BYTES.pdf, name: 'plan.pdf', type: 'application/pdf' }],
      'text/html',
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/api\/intake\/thank-you\/project-proposals\?locale=nl&reference=CB-/);
  });

  it('refuses a program renamed .pdf, a closed call and an amount above the maximum, storing nothing', async () => {
    const proposalsBefore = await proposalsStored();
    const filesBefore = await filesIn(privateDir);
    const temporaryBefore = await filesIn(tmpdir());

    const program = await formPost(fields(), [{ bytes: SAMPLE_BYTES.exe, name: 'begroting.pdf', type: 'application/pdf' }]);
    expect(program.status).toBe(422);
    expect((await readJson(program, intakeRefusal)).error.fields).toEqual({ attachments: fieldMessage('attachment-type', 'nl', { names: 'begroting.pdf' }) });

    const closed = await formPost(fields({ projectCallDocumentId: calls.closed, locale: 'en' }), [
      { bytes: SAMPLE_BYTES.pdf, name: 'plan.pdf', type: 'application/pdf' },
    ]);
    expect(closed.status).toBe(422);
    expect((await readJson(closed, intakeRefusal)).error.fields).toEqual({ projectCallDocumentId: fieldMessage('call-not-open', 'en') });

    const tooMuch = await formPost(fields({ requestedAmount: '6000', 'budgetLines[0][amount]': '5749,50' }), []);
    expect(tooMuch.status).toBe(422);
    expect((await readJson(tooMuch, intakeRefusal)).error.fields).toEqual({ requestedAmount: fieldMessage('over-maximum', 'nl', { max: 5000 }) });

    expect(await proposalsStored()).toBe(proposalsBefore);
    expect(await filesIn(privateDir)).toEqual(filesBefore);
    expect(await temporaryFilesOfSize(SAMPLE_BYTES.exe.length, temporaryBefore)).toEqual([]);
  });

  it('refuses a file over 10 MB with a message on the attachments, storing nothing', async () => {
    const proposalsBefore = await proposalsStored();
    const filesBefore = await filesIn(privateDir);
    const temporaryBefore = await filesIn(tmpdir());
    const oversize = Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const response = await formPost(fields(), [{ bytes: oversize, name: 'groot.pdf', type: 'application/pdf' }]);
    expect([413, 422]).toContain(response.status);
    const { error } = await readJson(response, intakeRefusal);
    expect(Object.keys(error.fields).some((field) => field.startsWith('attachments'))).toBe(true);
    expect(await proposalsStored()).toBe(proposalsBefore);
    expect(await filesIn(privateDir)).toEqual(filesBefore);
    expect(await temporaryFilesOfSize(oversize.length, temporaryBefore)).toEqual([]);
  });
});

/**
 * Uploads the body parser left in the temporary folder, found by their (unusual) size among the files
 * that were not there before the post (the folder is shared with every other process of the machine).
 */
async function temporaryFilesOfSize(size: number, before: readonly string[]): Promise<string[]> {
  const names = (await filesIn(tmpdir())).filter((name) => !before.includes(name));
  const sizes = await Promise.all(
    names.map((name) =>
      stat(path.join(tmpdir(), name)).then(
        (stats) => (stats.isFile() ? stats.size : -1),
        () => -1,
      ),
    ),
  );
  return names.filter((_, index) => sizes[index] === size);
}
