import * as z from 'zod';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { dataOf, readJson, referenceAnswer, storedFile, storedRecord } from '../helpers/http';
import { SAMPLE_BYTES, filesIn, sha256 } from '../helpers/proposal-files';
import { seededProjectCallId, validSubmission } from '../helpers/intake-payloads';
import { staffFetch, staffToken, superAdminToken } from '../helpers/staff';
import { attachmentDownloadPath, storyPhotoDownloadPath } from '../../src/api/intake/attachments/download-route';
import type { AttachmentMetadata } from '../../src/api/intake/attachments/uploads';
import { anonymise } from '../../src/privacy/personal-data';

/**
 * Issue 10, item 9: the files of intake records are set only by the form they came with, and a
 * private file belongs to exactly one record. No staff member points a story's photo at another
 * record's file, downloads it through the story, or erases it with the story.
 */

const STORY = 'api::story-submission.story-submission';
const PROPOSAL = 'api::project-proposal.project-proposal';
const STORY_EMAIL = 'verhaal.met.foto@example.org';

let cms: SharedCms;
let privateDir: string;
const tokens = { editor: '', backOffice: '', superAdmin: '' };
const storedStoryRow = z.looseObject({ documentId: z.string(), id: z.number(), photo: storedFile });
/** The story and the proposal beforeAll stores, with their files. */
const story: z.output<typeof storedStoryRow> = { documentId: '', id: 0, photo: { id: '', name: '', type: '', size: 0, sha256: '' } };
const proposal: { documentId: string; attachment: AttachmentMetadata } = {
  documentId: '',
  attachment: { id: '', name: '', type: 'application/pdf', size: 0, sha256: '' },
};

beforeAll(async () => {
  cms = await sharedCms();
  privateDir = cms.privateUploadsDir;

  // A story with a photo, through the form.
  const form = new FormData();
  for (const [name, value] of Object.entries({
    locale: 'nl',
    title: 'Soep met de buren',
    text: 'Elke zondag soep.',
    contactName: 'Els Peeters',
    email: STORY_EMAIL,
    consent: 'on',
  }))
    form.append(name, value);
  form.append('photo', new Blob([new Uint8Array(SAMPLE_BYTES.png)], { type: 'image/png' }), 'soep.png');
  const posted = await fetch(`${cms.url}/api/intake/story-submissions`, { method: 'POST', headers: { accept: 'application/json' }, body: form });
  expect(posted.status).toBe(201);
  const storedStory = storedStoryRow.parse(
    await cms.strapi.db.query(STORY).findOne({ where: { reference: (await readJson(posted, referenceAnswer)).reference } }),
  );
  Object.assign(story, { documentId: storedStory.documentId, id: storedStory.id, photo: storedStory.photo });

  // A proposal through the form, with an attachment kept as the form keeps it: private storage and its description.
  const applied = await fetch(`${cms.url}/api/intake/project-proposals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validSubmission('project-proposal', 1, { projectCallDocumentId: await seededProjectCallId(cms) })),
  });
  expect(applied.status).toBe(201);
  const storedProposal = storedRecord.parse(
    await cms.strapi.db.query(PROPOSAL).findOne({ where: { reference: (await readJson(applied, referenceAnswer)).reference } }),
  );
  const attachment: AttachmentMetadata = {
    id: 'a'.repeat(32),
    name: 'begroting.pdf',
    type: 'application/pdf',
    size: SAMPLE_BYTES.pdf.length,
    sha256: sha256(SAMPLE_BYTES.pdf),
  };
  await writeFile(path.join(privateDir, attachment.id), SAMPLE_BYTES.pdf);
  await cms.strapi.db.query(PROPOSAL).update({ where: { id: storedProposal.id }, data: { attachments: [attachment] } });
  Object.assign(proposal, { documentId: storedProposal.documentId, attachment });

  tokens.editor = await staffToken(cms, 'editor');
  tokens.backOffice = await staffToken(cms, 'backOffice');
  tokens.superAdmin = await superAdminToken(cms);
});
afterAll(async () => {
  await cms?.stop();
});

const as = (who: keyof typeof tokens) => staffFetch(cms, tokens[who]);
const entry = (uid: string, documentId = '') => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
const download = (who: keyof typeof tokens, pathOfFile: string) => staffFetch(cms, tokens[who])(pathOfFile);

async function snapshot(): Promise<string> {
  const rows = await Promise.all(
    [STORY, PROPOSAL].map((uid) =>
      cms.strapi.db.query(uid).findMany({ select: ['documentId', uid === STORY ? 'photo' : 'attachments'], orderBy: { id: 'asc' } }),
    ),
  );
  return JSON.stringify({ rows, files: (await filesIn(privateDir)).sort() });
}

describe('setting the files of intake records in the admin', () => {
  it('refuses an editor pointing a story’s photo at a proposal’s attachment, and serves it through the story to no one', async () => {
    const before = await snapshot();
    for (const body of [{ photo: proposal.attachment }, { title: 'Soep met de buren', caseStatus: 'in-review', photo: { ...proposal.attachment } }]) {
      const answer = await as('editor')(entry(STORY, story.documentId), { method: 'PUT', body });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('set only by the form');
    }
    expect(await snapshot()).toBe(before);
    for (const who of ['editor', 'backOffice', 'superAdmin'] as const) {
      expect((await download(who, storyPhotoDownloadPath(story.documentId, proposal.attachment.id))).status).toBe(404);
    }
  });

  it.each(['backOffice', 'superAdmin'] as const)('refuses %s setting, changing or copying the files of a story or a proposal', async (who) => {
    const before = await snapshot();
    const attempts: [string, string, unknown][] = [
      ['PUT', entry(STORY, story.documentId), { photo: proposal.attachment }],
      ['PUT', entry(STORY, story.documentId), { photo: { ...story.photo, name: 'ander.png' } }],
      ['PUT', entry(STORY, story.documentId), { photo: [story.photo, proposal.attachment] }],
      ['PUT', entry(PROPOSAL, proposal.documentId), { attachments: [proposal.attachment, story.photo] }],
      ['PUT', entry(PROPOSAL, proposal.documentId), { attachments: { id: story.photo.id } }],
      [
        'POST',
        entry(STORY),
        {
          reference: 'CB-COPY-01',
          title: 'Kopie',
          text: 'Kopie',
          contactName: 'X',
          consentVersion: 'v',
          consentedAt: new Date().toISOString(),
          photo: story.photo,
        },
      ],
      ['POST', entry(PROPOSAL), { reference: 'CB-COPY-02', attachments: [proposal.attachment] }],
      ['POST', `${entry(STORY)}/clone/${story.documentId}`, { reference: 'CB-COPY-03' }],
      ['POST', `${entry(STORY)}/auto-clone/${story.documentId}`, {}],
      ['POST', `${entry(PROPOSAL)}/auto-clone/${proposal.documentId}`, {}],
    ];
    for (const [method, address, body] of attempts) {
      const answer = await as(who)(address, { method, body });
      expect(answer.status, `${method} ${address} ${JSON.stringify(body)}`).toBe(400);
    }
    expect(await snapshot()).toBe(before);
  });

  it('lets staff edit a record with a photo when the photo is sent back unchanged, as the edit view does', async () => {
    const current = await as('backOffice')(entry(STORY, story.documentId));
    const record = await readJson(current, dataOf(storedRecord));
    const answer = await as('backOffice')(entry(STORY, story.documentId), { method: 'PUT', body: { ...record.data, caseStatus: 'in-review' } });
    expect(answer.status, await answer.clone().text()).toBe(200);
    const stored = storedRecord.parse(await cms.strapi.db.query(STORY).findOne({ where: { id: story.id } }));
    expect(stored.caseStatus).toBe('in-review');
    expect(stored.photo).toEqual(story.photo);
  });

  it('keeps the proposal’s file downloadable by the back office, and present after the story is erased', async () => {
    const erased = await as('backOffice')('/back-office/people/erase', { method: 'POST', body: { email: STORY_EMAIL } });
    expect(erased.status).toBe(200);
    expect(storedRecord.parse(await cms.strapi.db.query(STORY).findOne({ where: { id: story.id } })).photo).toBeNull();
    expect(existsSync(path.join(privateDir, story.photo.id))).toBe(false);
    expect(existsSync(path.join(privateDir, proposal.attachment.id))).toBe(true);
    const answer = await download('backOffice', attachmentDownloadPath(proposal.documentId, proposal.attachment.id));
    expect(answer.status).toBe(200);
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(SAMPLE_BYTES.pdf);
  });
});

describe('a private file belongs to exactly one record', () => {
  it('is served by no record and erased with none once two records name it (a record changed behind the admin’s back)', async () => {
    const other = storedRecord.parse(
      await cms.strapi.db.query(STORY).create({
        data: {
          reference: 'CB-TAMPER-1',
          title: 'Ander verhaal',
          text: 'Tekst',
          contactName: 'Y',
          consentVersion: 'v',
          consentedAt: new Date().toISOString(),
          photo: proposal.attachment,
        },
      }),
    );
    expect((await download('superAdmin', storyPhotoDownloadPath(String(other.documentId), proposal.attachment.id))).status).toBe(404);
    expect((await download('superAdmin', attachmentDownloadPath(proposal.documentId, proposal.attachment.id))).status).toBe(404);

    // Erasing the tampered record (as on request or by retention) leaves the proposal's file alone.
    await anonymise(cms.strapi, STORY, [Number(other.id)]);
    expect(existsSync(path.join(privateDir, proposal.attachment.id))).toBe(true);

    // Once the stray reference is gone, the file is its proposal's again.
    await cms.strapi.db.query(STORY).update({ where: { id: other.id }, data: { photo: null } });
    expect((await download('backOffice', attachmentDownloadPath(proposal.documentId, proposal.attachment.id))).status).toBe(200);
  });
});
