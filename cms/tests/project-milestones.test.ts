import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, LOCALES } from '@cb/domain';
import { startCms, type TestCms } from './helpers/cms';
import { backOfficeError, readJson, strapiList } from './helpers/http';
import { MailCatcher } from './helpers/mail-catcher';
import { SAMPLE_BYTES } from './helpers/proposal-files';
import { PROPOSAL_DEFAULTS } from './helpers/records';
import { staffFetch, staffToken } from './helpers/staff';
import { configOf } from '../src/config';
import { signMilestoneLink } from '../src/milestones/links';
import { sendFollowUpDigest } from '../src/notifications/back-office';
import { outboxOf } from '../src/outbox';

/**
 * After the decision on a project proposal, against a real Strapi and a real mail server: the
 * milestones staff plan and the applicant reports on through the signed link mailed to them, the
 * late ones in the staff's morning digest, the public page of a funded project (with consent, drafted
 * for editors, public only once published), and the call's dashboard.
 */

const CALL = 'api::project-call.project-call';
const PROPOSAL = 'api::project-proposal.project-proposal';
const MILESTONE = 'api::project-milestone.project-milestone';
const FUNDED_PROJECT = 'api::funded-project.funded-project';
const DAY = 24 * 60 * 60 * 1000;
const STAFF = 'projects@staff.example.org';
const FUTURE = '2099-06-01';

const catcher = new MailCatcher();
let cms: TestCms;
let asStaff: ReturnType<typeof staffFetch>;
let asReviewer: ReturnType<typeof staffFetch>;
let asEditor: ReturnType<typeof staffFetch>;
let call = '';
let counter = 0;

async function createCall(key: string, deadline: Date, totalBudget = 100000): Promise<string> {
  const created = await cms.strapi.documents(CALL).create({
    locale: 'nl',
    status: 'published',
    data: {
      title: `Oproep ${key}`,
      slug: `oproep-milestones-${key}`,
      summary: 'Een oproep voor solidaire projecten.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dien je project in.' }] }],
      totalBudget,
      maxPerProject: 5000,
      opensOn: new Date(deadline.getTime() - 60 * DAY).toISOString().slice(0, 10),
      deadline: deadline.toISOString(),
      criteria: [{ title: 'Bereik', weight: 1 }],
    },
  });
  return created.documentId;
}

async function proposal(fields: Record<string, unknown> = {}, callDocumentId = call) {
  counter += 1;
  const created = await cms.strapi.documents(PROPOSAL).create({
    data: {
      ...PROPOSAL_DEFAULTS,
      reference: `CB-MS${String(counter).padStart(4, '0')}`,
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      projectCallDocumentId: callDocumentId,
      caseStatus: 'approved',
      grantedAmount: 3000,
      decidedAt: new Date().toISOString(),
      applicantType: 'organisation',
      organisationName: `Buurthuis De Linde ${counter}`,
      contactName: `Marie Dubois ${counter}`,
      email: `marie${counter}@applicant.example.org`,
      phone: '+32 470 12 34 56',
      formLocale: 'fr',
      projectTitle: `Soupe solidaire ${counter}`,
      description: `Chaque dimanche, les voisins cuisinent ensemble une soupe (${counter}).`,
      targetGroup: 'Les voisins âgés qui vivent seuls',
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      requestedAmount: 3000,
      ...fields,
    },
  });
  return { documentId: created.documentId, reference: String(created.reference), email: String(created.email) };
}

const milestonesView = z.object({
  milestones: z.array(
    z.looseObject({
      documentId: z.string(),
      plannedOn: z.string(),
      what: z.string(),
      done: z.boolean(),
      late: z.boolean(),
      report: z.string().nullable(),
      files: z.array(z.looseObject({ name: z.string(), type: z.string(), downloadPath: z.string() })),
    }),
  ),
  publicationConsentAt: z.string().nullable(),
});
const milestoneRow = z.looseObject({ documentId: z.string(), done: z.boolean().or(z.number()), report: z.string().nullable(), files: z.unknown() });
const storedMilestone = async (documentId: string) => milestoneRow.parse(await cms.strapi.db.query(MILESTONE).findOne({ where: { documentId } }));

const plan = (proposalDocumentId: string, milestones: { documentId?: string; plannedOn: string; what: string }[]) =>
  asStaff(`/back-office/proposals/${proposalDocumentId}/milestones`, { method: 'PUT', body: { milestones } });

/** Plans milestones and answers the link mailed to the applicant (its path and query, as the page's forms post to it). */
async function plannedWithLink(proposalDocumentId: string, email: string, milestones: { plannedOn: string; what: string }[]) {
  const planned = await readJson(await plan(proposalDocumentId, milestones), milestonesView);
  await outboxOf(cms.strapi).idle();
  const mail = catcher.mails.filter((sent) => sent.to.includes(email)).at(-1);
  const link = /\/api\/project-milestones\/[A-Za-z0-9_.-]+\?locale=\w+/.exec(mail?.text ?? '')?.[0];
  expect(link, mail?.text).toBeDefined();
  return { planned: planned.milestones, path: link ?? '', mail };
}

function postUpdate(path: string, fields: Record<string, string>, files: { bytes: Buffer; name: string; type: string }[] = []) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const file of files) body.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return fetch(`${cms.url}${path}`, { method: 'POST', headers: { accept: 'text/html' }, body });
}

const tokenFor = (proposalDocumentId: string, expiresAt: number) =>
  signMilestoneLink({ proposal: proposalDocumentId, expiresAt }, configOf(cms.strapi).checkIns.secret);

beforeAll(async () => {
  await catcher.start();
  cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    STAFF_NOTIFICATION_EMAIL: STAFF,
    STAFF_MAIL_DEFAULT_LANGUAGE: 'fr',
  });
  asStaff = staffFetch(cms, await staffToken(cms, 'backOffice'));
  asReviewer = staffFetch(cms, await staffToken(cms, 'reviewer', 'rita@jury.example.org'));
  asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
  call = await createCall('main', new Date(Date.now() - 10 * DAY));
});

afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

describe('the milestones of a granted project, through the link mailed to the applicant', () => {
  it('staff plan them; the applicant gets the link in their language and reports one done, with a short report and a photo', async () => {
    const { documentId, email, reference } = await proposal();
    const { planned, path, mail } = await plannedWithLink(documentId, email, [
      { plannedOn: FUTURE, what: 'Première soupe avec les voisins' },
      { plannedOn: '2099-09-01', what: 'Fête de quartier' },
    ]);
    expect(mail?.subject).toBe(`Les étapes de votre projet (référence ${reference})`);
    expect(mail?.text).toContain('Première soupe avec les voisins');

    const page = await fetch(`${cms.url}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fr');
    expect(html).toContain('Fête de quartier');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).not.toContain('Marie Dubois');

    const first = planned[0]!;
    const sent = await postUpdate(path, { locale: 'fr', milestone: first.documentId, done: 'on', report: 'Vingt voisins sont venus.' }, [
      { bytes: SAMPLE_BYTES.png, name: '../../soupe<dimanche>.png', type: 'image/png' },
    ]);
    expect(sent.status, await sent.clone().text()).toBe(200);
    expect(await sent.text()).toContain('Merci, nous avons vos nouvelles');

    const seen = await readJson(await asStaff(`/back-office/proposals/${documentId}/milestones`), milestonesView);
    expect(seen.milestones[0]).toMatchObject({ done: true, report: 'Vingt voisins sont venus.', late: false });
    expect(seen.milestones[0]?.files).toEqual([expect.objectContaining({ name: 'soupedimanche.png', type: 'image/png' })]);
    expect(seen.milestones[1]).toMatchObject({ done: false, report: null });
  });

  it('refuses a file of another kind or over the size limit, saying the limit, and stores nothing', async () => {
    const { documentId, email } = await proposal();
    const { planned, path } = await plannedWithLink(documentId, email, [{ plannedOn: FUTURE, what: 'Atelier' }]);
    const milestone = planned[0]!.documentId;
    const program = await postUpdate(path, { locale: 'fr', milestone, done: 'on', report: 'Fait.' }, [
      { bytes: SAMPLE_BYTES.exe, name: 'photo.png', type: 'image/png' },
    ]);
    expect(program.status).toBe(422);
    expect(await program.text()).toContain('photo.png\u00a0: nous ne pouvons pas ouvrir ce fichier. Envoyez un PDF, un JPEG ou un PNG.');
    const huge = Buffer.concat([SAMPLE_BYTES.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await postUpdate(path, { locale: 'fr', milestone, done: 'on', report: 'Fait.' }, [
      { bytes: huge, name: 'rapport.pdf', type: 'application/pdf' },
    ]);
    expect(tooBig.status).toBe(422);
    expect(await tooBig.text()).toContain('Un fichier peut faire 10 Mo au maximum.');
    expect(await storedMilestone(milestone)).toMatchObject({ report: null, files: null });
    expect((await storedMilestone(milestone)).done).toBeFalsy();
  });

  it('an expired link, a link for another proposal, a changed link and a replayed post get a localized page and store nothing', async () => {
    const own = await proposal({ formLocale: 'nl' });
    const other = await proposal({ formLocale: 'nl' });
    const { planned, path } = await plannedWithLink(own.documentId, own.email, [{ plannedOn: FUTURE, what: 'Buurtfeest' }]);
    const milestone = planned[0]!.documentId;
    const update = { locale: 'nl', milestone, done: 'on', report: 'Het was fijn.' };

    const expired = `/api/project-milestones/${tokenFor(own.documentId, Math.floor(Date.now() / 1000) - 60)}?locale=nl`;
    expect((await fetch(`${cms.url}${expired}`)).status).toBe(410);
    const expiredPost = await postUpdate(expired, update);
    expect(expiredPost.status).toBe(410);
    expect(await expiredPost.text()).toContain('Deze link is verlopen');

    const otherLink = `/api/project-milestones/${tokenFor(other.documentId, Math.floor(Date.now() / 1000) + 3600)}?locale=fr`;
    const wrongProposal = await postUpdate(otherLink, { ...update, locale: 'fr' });
    expect(wrongProposal.status).toBe(403);
    expect(await wrongProposal.text()).toContain('Ce lien concerne un autre projet');

    const changed = path.replace(/\.([A-Za-z0-9_-])/, (_whole, first: string) => `.${first === 'A' ? 'B' : 'A'}`);
    expect((await postUpdate(changed, update)).status).toBe(404);
    expect(await storedMilestone(milestone)).toMatchObject({ report: null });

    expect((await postUpdate(path, update, [{ bytes: SAMPLE_BYTES.jpeg, name: 'feest.jpg', type: 'image/jpeg' }])).status).toBe(200);
    const replayed = await postUpdate(path, { ...update, report: 'Iets anders' }, [{ bytes: SAMPLE_BYTES.pdf, name: 'extra.pdf', type: 'application/pdf' }]);
    expect(replayed.status).toBe(409);
    expect(await replayed.text()).toContain('Over deze mijlpaal heb je al verteld');
    const stored = await storedMilestone(milestone);
    expect(stored.report).toBe('Het was fijn.');
    expect(z.array(z.unknown()).parse(stored.files)).toHaveLength(1);
  });

  it('lists late milestones in the morning digest, in the staff language', async () => {
    const { documentId, reference } = await proposal();
    await readJson(
      await plan(documentId, [
        { plannedOn: '2027-02-15', what: 'Eerste soepmiddag' },
        { plannedOn: '2027-03-10', what: 'Nog niet aan de beurt' },
      ]),
      milestonesView,
    );
    expect(await sendFollowUpDigest(cms.strapi, '2027-03-01')).toBe(1);
    await outboxOf(cms.strapi).idle();
    const digest = catcher.mails.find((mail) => mail.to.includes(STAFF) && mail.subject.includes('(1er mars 2027)'));
    expect(digest?.subject).toBe('[Connecting Brussels] 1 étape en retard (1er mars 2027)');
    expect(digest?.text).toContain(`${reference}\u00a0: Eerste soepmiddag, prévue le 15 février 2027`);
    expect(digest?.text).not.toContain('Nog niet aan de beurt');
    expect(digest?.text).not.toContain('Marie Dubois');
  });
});

const fundedProjectRow = z.looseObject({ documentId: z.string(), locale: z.string(), title: z.string(), runBy: z.string().nullable() });
const publicProject = z.looseObject({ title: z.string(), runBy: z.string().nullable(), howToJoin: z.string(), locale: z.string() });

describe('the public page of a funded project', () => {
  it('with the applicant’s consent, a draft is made for editors in three locales, and only published pages are public', async () => {
    const { documentId, email } = await proposal({ projectTitle: 'Soupe du dimanche à Jette' });
    const { path } = await plannedWithLink(documentId, email, [{ plannedOn: FUTURE, what: 'Soupe' }]);
    const missingTick = await postUpdate(path, { locale: 'fr', intent: 'consent' });
    expect(missingTick.status).toBe(422);
    expect(await missingTick.text()).toContain('Cochez la case pour donner votre accord.');
    expect(await cms.strapi.db.query(FUNDED_PROJECT).count({ where: { proposalDocumentId: documentId } })).toBe(0);

    expect((await postUpdate(path, { locale: 'fr', intent: 'consent', consent: 'on' })).status).toBe(200);
    expect((await postUpdate(path, { locale: 'fr', intent: 'consent', consent: 'on' })).status).toBe(200);
    const drafts = z.array(fundedProjectRow).parse(await cms.strapi.db.query(FUNDED_PROJECT).findMany({ where: { proposalDocumentId: documentId } }));
    expect(drafts.map((draft) => draft.locale).sort()).toEqual([...LOCALES].sort());
    expect(new Set(drafts.map((draft) => draft.documentId)).size).toBe(1);
    expect(drafts[0]).toMatchObject({ title: 'Soupe du dimanche à Jette', runBy: `Buurthuis De Linde ${counter}` });
    const drafted = JSON.stringify(drafts);
    for (const personal of ['Marie Dubois', email, '470 12 34 56']) expect(drafted).not.toContain(personal);
    const view = await readJson(await asStaff(`/back-office/proposals/${documentId}/milestones`), milestonesView);
    expect(view.publicationConsentAt).not.toBeNull();

    // The seed's funded projects are public; this one is not, until an editor publishes it.
    const publicList = async (locale: string) =>
      (await readJson(await fetch(`${cms.url}/api/funded-projects?locale=${locale}&filters[documentId][$eq]=${drafts[0]!.documentId}`), strapiList)).data;
    for (const locale of LOCALES) expect(await publicList(locale)).toEqual([]);
    expect((await fetch(`${cms.url}/api/funded-projects?locale=nl&status=draft`)).status).toBe(403);

    const projectId = drafts[0]!.documentId;
    for (const locale of LOCALES) {
      const published = await asEditor(`/content-manager/collection-types/${FUNDED_PROJECT}/${projectId}/actions/publish?locale=${locale}`, {
        method: 'POST',
        body: {},
      });
      expect(published.status, await published.clone().text()).toBe(200);
    }
    for (const locale of LOCALES) {
      const [page, ...more] = z.array(publicProject).parse(await publicList(locale));
      expect(more).toEqual([]);
      expect(page).toMatchObject({ title: 'Soupe du dimanche à Jette', locale, runBy: `Buurthuis De Linde ${counter}` });
      expect(page).not.toHaveProperty('proposalDocumentId');
    }
  });
});

const dashboardView = z.looseObject({
  byStatus: z.record(z.string(), z.number()),
  requested: z.number(),
  granted: z.number(),
  budget: z.number(),
  left: z.number(),
  reviewsByReviewer: z.array(z.object({ reviewer: z.string(), done: z.number() })),
  daysToDecision: z.object({ mean: z.number(), longest: z.number(), decided: z.number() }).nullable(),
  decidedBeforeDeadline: z.number(),
});

describe('the call’s dashboard', () => {
  it('counts proposals per status, amounts against the budget, reviews per reviewer and days from deadline to decision (early decisions apart)', async () => {
    const deadline = new Date('2027-01-31T22:59:00.000Z');
    const dashboardCall = await createCall('dashboard', deadline, 10000);
    const decidedAfter = (days: number) => new Date(deadline.getTime() + days * DAY + 3600_000).toISOString();
    const granted = await proposal({ requestedAmount: 4000, grantedAmount: 3500.5, decidedAt: decidedAfter(3) }, dashboardCall);
    await proposal({ caseStatus: 'rejected', requestedAmount: 2500, grantedAmount: null, decidedAt: decidedAfter(9) }, dashboardCall);
    await proposal({ caseStatus: 'received', requestedAmount: 1000.25, grantedAmount: null, decidedAt: null }, dashboardCall);
    // Decided five days before the deadline (the rules overridden): said apart, not a wait of zero days.
    await proposal({ caseStatus: 'rejected', requestedAmount: 500, grantedAmount: null, decidedAt: decidedAfter(-5) }, dashboardCall);
    const reviewerId = z.object({ id: z.number() }).parse(await cms.strapi.db.query('admin::user').findOne({ where: { email: 'rita@jury.example.org' } })).id;
    expect((await asStaff(`/back-office/proposals/${granted.documentId}/assignments`, { method: 'POST', body: { reviewerId } })).status).toBe(201);
    const reviewed = await asReviewer(`/back-office/proposals/${granted.documentId}/reviews`, {
      method: 'POST',
      body: { scores: [{ criterion: 0, score: 4 }] },
    });
    expect(reviewed.status, await reviewed.clone().text()).toBe(201);

    const figures = await readJson(await asStaff(`/back-office/project-calls/${dashboardCall}/dashboard`), dashboardView);
    expect(figures).toMatchObject({
      byStatus: { approved: 1, rejected: 2, received: 1 },
      requested: 8000.25,
      granted: 3500.5,
      budget: 10000,
      left: 6499.5,
      reviewsByReviewer: [{ reviewer: 'reviewer Test', done: 1 }],
      daysToDecision: { mean: 6, longest: 9, decided: 2 },
      decidedBeforeDeadline: 1,
    });
  });

  it('is refused to a role without the right (403), as are the milestones; and milestones are for granted proposals only', async () => {
    const { documentId } = await proposal();
    expect((await asReviewer(`/back-office/project-calls/${call}/dashboard`)).status).toBe(403);
    expect((await asEditor(`/back-office/project-calls/${call}/dashboard`)).status).toBe(403);
    expect((await asReviewer(`/back-office/proposals/${documentId}/milestones`)).status).toBe(403);
    const reviewerPlan = await asReviewer(`/back-office/proposals/${documentId}/milestones`, { method: 'PUT', body: { milestones: [] } });
    expect(reviewerPlan.status).toBe(403);
    const rejected = await proposal({ caseStatus: 'rejected', grantedAmount: null });
    const refused = await plan(rejected.documentId, [{ plannedOn: FUTURE, what: 'Niets' }]);
    expect(refused.status).toBe(409);
    expect((await readJson(refused, backOfficeError)).error.message).toBe('Milestones are planned for approved proposals only.');
    expect(await cms.strapi.db.query(MILESTONE).count({ where: { proposalDocumentId: rejected.documentId } })).toBe(0);
  });
});
