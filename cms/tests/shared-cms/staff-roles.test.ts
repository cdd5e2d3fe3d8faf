import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, readJson, resultsOf, strapiDocument } from '../helpers/http';
import { staffToken } from '../helpers/staff';
import { sharedCms, type TestCms } from '../helpers/cms';
import { STAFF_ROLES, syncStaffRoles } from '../../src/access/staff-roles';
import { REQUEST_DEFAULTS, STORY_SUBMISSION_DEFAULTS } from '../helpers/records';

let cms: TestCms;
const tokens: Record<'editor' | 'backOffice' | 'reviewer', string> = { editor: '', backOffice: '', reviewer: '' };

beforeAll(async () => {
  cms = await sharedCms();
  tokens.editor = await staffToken(cms, 'editor');
  tokens.backOffice = await staffToken(cms, 'backOffice');
  tokens.reviewer = await staffToken(cms, 'reviewer');
});
afterAll(async () => cms?.stop());

function contentManager(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
  return fetch(`${cms.url}/content-manager${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The shared CMS holds other files' records too: a list this file reads holds only its own record. */
const onlyReference = (reference: string) => `filters[reference][$eq]=${reference}`;

const intakeTypes = ['help-request', 'help-offer', 'project-proposal', 'match', 'proposal-review'];

async function createHelpRequest(): Promise<string> {
  const request = await cms.strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: 'CB-TEST-01',
      consentVersion: '2026-11',
      consentedAt: new Date().toISOString(),
      contactName: 'Maria Peeters',
      phone: '+32 2 555 99 99',
      email: 'maria@example.org',
      description: 'Ik zou graag af en toe wandelen met iemand.',
    },
  });
  return request.documentId;
}

describe('staff roles', () => {
  it('exist in code with their own rights', async () => {
    for (const role of Object.values(STAFF_ROLES)) {
      expect(await cms.strapi.service('admin::role').findOne({ code: role.code })).toBeTruthy();
    }
  });

  it('take the names in code, which read in Dutch, French and English, also in a database made with older names', async () => {
    const roles = cms.strapi.service('admin::role');
    const { id } = await roles.findOne({ code: STAFF_ROLES.backOffice.code });
    await roles.update({ id }, { name: 'Back office (Connecting Brussels)' });
    await syncStaffRoles(cms.strapi);
    for (const role of Object.values(STAFF_ROLES)) {
      expect(await roles.findOne({ code: role.code })).toMatchObject({ name: role.name, description: role.description });
    }
  });

  it('let editors write and publish public content in every locale', async () => {
    const created = await contentManager('editor', 'POST', '/collection-types/api::story.story?locale=fr', {
      title: 'Un nouveau récit',
      slug: 'un-nouveau-recit',
      summary: 'Résumé',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texte' }] }],
      storyDate: '2026-11-20',
    });
    expect(created.status).toBe(201);
    const { data } = await readJson(created, dataOf(strapiDocument));
    const published = await contentManager('editor', 'POST', `/collection-types/api::story.story/${data.documentId}/actions/publish?locale=fr`, {});
    expect(published.status).toBe(200);
  });

  it('keep editors away from intake and personal data', async () => {
    for (const type of intakeTypes) {
      const response = await contentManager('editor', 'GET', `/collection-types/api::${type}.${type}`);
      expect(response.status, type).toBe(403);
    }
    await cms.strapi.documents('api::story-submission.story-submission').create({
      data: {
        ...STORY_SUBMISSION_DEFAULTS,
        reference: 'CB-TEST-02',
        consentVersion: '2026-11',
        consentedAt: new Date().toISOString(),
        title: 'Onze soepavond',
        text: 'Elke vrijdag...',
        contactName: 'Jan Janssens',
        email: 'jan@example.org',
      },
    });
    const submissions = await contentManager('editor', 'GET', `/collection-types/api::story-submission.story-submission?${onlyReference('CB-TEST-02')}`);
    expect(submissions.status).toBe(200);
    const body = JSON.stringify(await submissions.json());
    expect(body).toContain('Onze soepavond');
    expect(body).not.toContain('jan@example.org');
    expect(body).not.toContain('Jan Janssens');
  });

  it('let back-office staff work on intake', async () => {
    const documentId = await createHelpRequest();
    const list = await contentManager('backOffice', 'GET', `/collection-types/api::help-request.help-request?${onlyReference('CB-TEST-01')}`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(await list.json())).toContain('maria@example.org');
    const updated = await contentManager('backOffice', 'PUT', `/collection-types/api::help-request.help-request/${documentId}`, { caseStatus: 'in-progress' });
    expect(updated.status, await updated.clone().text()).toBe(200);
    for (const type of intakeTypes) {
      expect((await contentManager('backOffice', 'GET', `/collection-types/api::${type}.${type}`)).status, type).toBe(200);
    }
  });

  it('keep back-office staff from changing public content', async () => {
    const created = await contentManager('backOffice', 'POST', '/collection-types/api::story.story?locale=nl', {
      title: 'Niet toegestaan',
      slug: 'niet-toegestaan',
      summary: 'x',
      body: [],
      storyDate: '2026-11-20',
    });
    expect(created.status).toBe(403);
    const initiatives = await contentManager('backOffice', 'GET', '/collection-types/api::initiative.initiative?locale=nl');
    expect(initiatives.status).toBe(200);
    const [initiative] = (await readJson(initiatives, resultsOf(strapiDocument))).results;
    if (initiative) {
      const changed = await contentManager('backOffice', 'PUT', `/collection-types/api::initiative.initiative/${initiative.documentId}?locale=nl`, {
        title: 'Gewijzigd',
      });
      expect(changed.status).toBe(403);
    }
  });

  it('let project-call reviewers read proposals, and nothing of help requests, offers, matches or the other reviewers’ scores', async () => {
    expect((await contentManager('reviewer', 'GET', '/collection-types/api::project-proposal.project-proposal')).status).toBe(200);
    for (const type of intakeTypes.filter((type) => type !== 'project-proposal')) {
      expect((await contentManager('reviewer', 'GET', `/collection-types/api::${type}.${type}`)).status, type).toBe(403);
    }
    expect((await contentManager('reviewer', 'POST', '/collection-types/api::project-proposal.project-proposal', { projectTitle: 'x' })).status).toBe(403);
  });
});
