import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, LOCALES, type Locale } from '@cb/domain';
import { sharedCms, type SharedCms } from '../helpers/cms';
import { backOfficeError, readJson } from '../helpers/http';
import { PROPOSAL_DEFAULTS } from '../helpers/records';
import { staffFetch, staffToken } from '../helpers/staff';
import { outboxOf } from '../../src/outbox';
import { attachmentDownloadPath } from '../../src/api/intake/attachments/download-route';

/**
 * The project call's review committee through the back office's API, with real roles: the back
 * office (staff who decide) and project-call reviewers, against a real Strapi and a real mail server.
 */

const CALL = 'api::project-call.project-call';
const PROPOSAL = 'api::project-proposal.project-proposal';
const DAY = 24 * 60 * 60 * 1000;

let cms: SharedCms;
let asStaff: ReturnType<typeof staffFetch>;
let asAnna: ReturnType<typeof staffFetch>;
let asBram: ReturnType<typeof staffFetch>;
let asCleo: ReturnType<typeof staffFetch>;
const reviewerIds: Record<'anna' | 'bram' | 'cleo', number> = { anna: 0, bram: 0, cleo: 0 };
let closedCall = '';
let openCall = '';
let counter = 0;

async function createCall(key: string, deadline: Date): Promise<string> {
  const call = await cms.strapi.documents(CALL).create({
    locale: 'nl',
    status: 'published',
    data: {
      title: `Oproep ${key}`,
      slug: `oproep-review-${key}`,
      summary: 'Een oproep voor solidaire projecten.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dien je project in.' }] }],
      totalBudget: 100000,
      maxPerProject: 5000,
      opensOn: new Date(deadline.getTime() - 60 * DAY).toISOString().slice(0, 10),
      deadline: deadline.toISOString(),
      criteria: [
        { title: 'Bereik', weight: 3 },
        { title: 'Haalbaarheid', weight: 1 },
      ],
    },
  });
  return call.documentId;
}

async function proposal(callDocumentId: string, fields: Record<string, unknown> = {}) {
  counter += 1;
  const created = await cms.strapi.documents(PROPOSAL).create({
    data: {
      ...PROPOSAL_DEFAULTS,
      reference: `CB-RV${String(counter).padStart(4, '0')}`,
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      projectCallDocumentId: callDocumentId,
      contactName: `Applicant ${counter}`,
      projectTitle: `Project ${counter}: ${['walks', 'choir', 'repair café', 'garden', 'chess'][counter % 5]}`,
      description: `Something different number ${counter} in ${['Jette', 'Evere', 'Uccle', 'Laken', 'Ixelles'][counter % 5]}`,
      targetGroup: 'Neighbours',
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      requestedAmount: 3000,
      ...fields,
    },
  });
  return { documentId: created.documentId, reference: String(created.reference) };
}

async function userId(email: string): Promise<number> {
  const user = await cms.strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
  return z.object({ id: z.number() }).parse(user).id;
}

const scores = (first: number, second: number) => [
  { criterion: 0, score: first },
  { criterion: 1, score: second },
];

const reading = z.looseObject({
  reference: z.string(),
  budget: z.looseObject({
    total: z.number(),
    requested: z.number(),
    maximum: z.number(),
    requestedAboveMaximum: z.boolean(),
    linesDifferFromRequested: z.boolean(),
  }),
  attachments: z.array(z.looseObject({ name: z.string(), url: z.string() })),
  possibleDuplicates: z.array(z.looseObject({ reference: z.string(), reasons: z.array(z.string()) })),
  mine: z.looseObject({ state: z.string() }),
  reviews: z.looseObject({
    othersVisible: z.boolean(),
    score: z.number().nullable(),
    complete: z.number(),
    results: z.array(z.looseObject({ reviewerName: z.string(), comment: z.string().nullable() })),
    conflicts: z.array(z.looseObject({ reviewerName: z.string(), note: z.string().nullable() })),
  }),
  decision: z
    .looseObject({
      blocks: z.array(z.string()),
      override: z.looseObject({ reason: z.string(), byName: z.string(), blocks: z.array(z.string()) }).nullable(),
      draft: z.looseObject({ status: z.string() }).nullable(),
    })
    .nullable(),
});

const preview = z.looseObject({ locale: z.string(), subject: z.string(), text: z.string() });

beforeAll(async () => {
  // It asks for two complete reviews before a decision (PROJECT_REVIEW_MIN_REVIEWS), and its mail goes to a real SMTP server on loopback.
  cms = await sharedCms();
  asStaff = staffFetch(cms, await staffToken(cms, 'backOffice'));
  asAnna = staffFetch(cms, await staffToken(cms, 'reviewer', 'anna@jury.example.org'));
  asBram = staffFetch(cms, await staffToken(cms, 'reviewer', 'bram@jury.example.org'));
  asCleo = staffFetch(cms, await staffToken(cms, 'reviewer', 'cleo@jury.example.org'));
  reviewerIds.anna = await userId('anna@jury.example.org');
  reviewerIds.bram = await userId('bram@jury.example.org');
  reviewerIds.cleo = await userId('cleo@jury.example.org');
  closedCall = await createCall('closed', new Date(Date.now() - DAY));
  openCall = await createCall('open', new Date(Date.now() + 30 * DAY));
});

afterAll(async () => cms?.stop());

const assign = (proposalDocumentId: string, reviewerId: number) =>
  asStaff(`/back-office/proposals/${proposalDocumentId}/assignments`, { method: 'POST', body: { reviewerId } });

describe('reading a whole proposal', () => {
  it('gives every answer, the budget lines against the call’s maximum, and the attachments through the protected route', async () => {
    const file = { id: 'f'.repeat(32), name: 'begroting.pdf', type: 'application/pdf', size: 2048, sha256: '0'.repeat(64) };
    const { documentId } = await proposal(closedCall, {
      applicantType: 'organisation',
      organisationName: 'Buurthuis Reading',
      requestedAmount: 5600,
      budgetLines: [
        { label: 'Soep', amount: 2500.5 },
        { label: 'Zaal', amount: 3000 },
      ],
      attachments: [file],
    });
    const read = await readJson(await asStaff(`/back-office/proposals/${documentId}`), reading);
    expect(read.budget).toEqual({
      lines: [
        { label: 'Soep', amount: 2500.5 },
        { label: 'Zaal', amount: 3000 },
      ],
      total: 5500.5,
      requested: 5600,
      maximum: 5000,
      requestedAboveMaximum: true,
      linesDifferFromRequested: true,
    });
    expect(read).toMatchObject({ applicant: { organisationName: 'Buurthuis Reading' }, project: { targetGroup: 'Neighbours', startDate: '2027-03-01' } });
    expect(read.attachments).toEqual([{ id: file.id, name: file.name, type: file.type, size: file.size, url: attachmentDownloadPath(documentId, file.id) }]);
  });

  it('names the applicant to a reviewer (to declare a conflict) but never gives them the e-mail address or phone number', async () => {
    const { documentId } = await proposal(closedCall, { contactName: 'Claire Aanvrager', email: 'claire@example.be', phone: '0470 99 88 77' });
    expect((await assign(documentId, reviewerIds.anna)).status).toBe(201);
    const applicant = z.looseObject({ applicant: z.looseObject({ contactName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }) });
    const asReviewer = await asAnna(`/back-office/proposals/${documentId}`);
    const body = await asReviewer.text();
    expect(applicant.parse(JSON.parse(body)).applicant).toEqual(expect.objectContaining({ contactName: 'Claire Aanvrager', email: null, phone: null }));
    expect(body).not.toMatch(/claire@example\.be|99 88 77/);
    const asDecider = await readJson(await asStaff(`/back-office/proposals/${documentId}`), applicant);
    expect(asDecider.applicant).toEqual(expect.objectContaining({ email: 'claire@example.be', phone: '0470 99 88 77' }));
  });

  it('is refused to a reviewer it is not assigned to, and to an editor', async () => {
    const { documentId } = await proposal(closedCall);
    expect((await asAnna(`/back-office/proposals/${documentId}`)).status).toBe(403);
    const asEditor = staffFetch(cms, await staffToken(cms, 'editor'));
    expect((await asEditor(`/back-office/proposals/${documentId}`)).status).toBe(403);
    // Reviewers never reach the help requests and offers of the workspace.
    expect((await asAnna('/back-office/requests')).status).toBe(403);
    expect((await asAnna(`/back-office/project-calls/${closedCall}/decision-sheet`)).status).toBe(403);
  });
});

describe('a call read in the staff member’s language', () => {
  it('gives the call, its criteria and their descriptions in that language, in the default locale only where not translated, and counts by the default locale', async () => {
    const callDocumentId = await createCall('languages', new Date(Date.now() - DAY));
    await cms.strapi.documents(CALL).update({
      documentId: callDocumentId,
      locale: 'fr',
      data: {
        title: 'Appel langues',
        slug: 'appel-review-langues',
        summary: 'Un appel pour des projets solidaires.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Introduisez votre projet.' }] }],
        // A translation whose weights differ: what is counted stays the default locale's.
        criteria: [
          { title: 'Portée', description: 'Qui le projet touche-t-il ?', weight: 1 },
          { title: 'Faisabilité', weight: 1 },
        ],
      },
    });
    await cms.strapi.documents(CALL).publish({ documentId: callDocumentId, locale: 'fr' });
    const { documentId } = await proposal(callDocumentId);
    expect((await assign(documentId, reviewerIds.cleo)).status).toBe(201);
    const inFrench = { headers: { 'accept-language': 'fr-BE' } };
    const inEnglish = { headers: { 'accept-language': 'en-GB' } };
    const frenchCriteria = [
      { title: 'Portée', description: 'Qui le projet touche-t-il ?', weight: 3 },
      { title: 'Faisabilité', description: null, weight: 1 },
    ];
    const dutchCriteria = [
      { title: 'Bereik', description: null, weight: 3 },
      { title: 'Haalbaarheid', description: null, weight: 1 },
    ];
    const call = z.looseObject({ documentId: z.string(), title: z.string(), criteria: z.array(z.unknown()) });

    const calls = async (init: typeof inFrench) =>
      (await readJson(await asStaff('/back-office/project-calls', init), z.array(call))).find((one) => one.documentId === callDocumentId);
    expect(await calls(inFrench)).toMatchObject({ title: 'Appel langues', criteria: frenchCriteria });
    // No English translation: the default locale's words.
    expect(await calls(inEnglish)).toMatchObject({ title: 'Oproep languages', criteria: dutchCriteria });

    const list = await readJson(
      await asStaff(`/back-office/project-calls/${callDocumentId}/proposals`, inFrench),
      z.looseObject({ criteria: z.array(z.unknown()) }),
    );
    expect(list.criteria).toEqual(frenchCriteria);
    const read = await readJson(await asStaff(`/back-office/proposals/${documentId}`, inFrench), z.looseObject({ call }));
    expect(read.call).toMatchObject({ title: 'Appel langues', criteria: frenchCriteria });
    const dashboard = await readJson(
      await asStaff(`/back-office/project-calls/${callDocumentId}/dashboard`, inFrench),
      z.looseObject({ callTitle: z.string() }),
    );
    expect(dashboard.callTitle).toBe('Appel langues');
    const mine = z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), callTitle: z.string() })) });
    const row = async (init: typeof inFrench) =>
      (await readJson(await asCleo('/back-office/proposals/mine', init), mine)).results.find((one) => one.documentId === documentId);
    expect(await row(inFrench)).toMatchObject({ callTitle: 'Appel langues' });
    expect(await row(inEnglish)).toMatchObject({ callTitle: 'Oproep languages' });
  });
});

describe('the review committee', () => {
  it('a reviewer who declares a conflict of interest cannot score that proposal (403), and the declaration is recorded', async () => {
    const { documentId } = await proposal(closedCall);
    expect((await assign(documentId, reviewerIds.anna)).status).toBe(201);
    expect((await assign(documentId, reviewerIds.anna)).status).toBe(200);

    const declared = await asAnna(`/back-office/proposals/${documentId}/conflict`, { method: 'POST', body: { note: 'My sister runs it' } });
    expect(declared.status).toBe(201);
    const refused = await asAnna(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: scores(5, 5) } });
    expect(refused.status).toBe(403);
    const error = await readJson(refused, backOfficeError);
    expect(error.error.message).toBe('You declared a conflict of interest on this proposal: you cannot score it.');
    // In the staff member's language.
    const inDutch = await asAnna(`/back-office/proposals/${documentId}/reviews`, {
      method: 'POST',
      body: { scores: scores(5, 5) },
      headers: { 'accept-language': 'nl' },
    });
    expect((await readJson(inDutch, backOfficeError)).error.message).toBe('Je hebt een belangenconflict gemeld voor dit voorstel: je kunt het niet scoren.');

    const read = await readJson(await asStaff(`/back-office/proposals/${documentId}`), reading);
    expect(read.reviews.conflicts).toEqual([expect.objectContaining({ reviewerName: 'reviewer Test', note: 'My sister runs it' })]);
    // Staff cannot assign them again, nor spread it to them.
    expect((await assign(documentId, reviewerIds.anna)).status).toBe(409);
  });

  it('a reviewer scores only what is assigned to them', async () => {
    const { documentId } = await proposal(closedCall);
    expect((await asBram(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: scores(4, 4) } })).status).toBe(403);
    await assign(documentId, reviewerIds.bram);
    expect((await asBram(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: scores(4, 4) } })).status).toBe(201);
  });

  it('spreads a call’s proposals evenly, never to a reviewer with a conflict, and each reviewer sees what is left', async () => {
    const call = await createCall('spread', new Date(Date.now() - DAY));
    const made = [await proposal(call), await proposal(call), await proposal(call)];
    await assign(made[0]!.documentId, reviewerIds.cleo);
    await asCleo(`/back-office/proposals/${made[0]!.documentId}/conflict`, { method: 'POST', body: {} });

    const spread = await asStaff(`/back-office/project-calls/${call}/assignments/spread`, {
      method: 'POST',
      body: { perProposal: 2, reviewerIds: [reviewerIds.anna, reviewerIds.bram, reviewerIds.cleo] },
    });
    expect(await readJson(spread, z.object({ added: z.number(), short: z.number() }))).toEqual({ added: 6, short: 0 });
    const committee = await readJson(
      await asStaff(`/back-office/project-calls/${call}/committee`),
      z.array(z.looseObject({ id: z.number(), assigned: z.number(), conflicts: z.number() })),
    );
    const of = (id: number) => committee.find((member) => member.id === id);
    // Every proposal got two reviewers besides Cleo's conflict, which stays her part in the first one.
    expect([of(reviewerIds.anna)?.assigned, of(reviewerIds.bram)?.assigned, of(reviewerIds.cleo)?.assigned]).toEqual([2, 2, 3]);
    expect(of(reviewerIds.cleo)?.conflicts).toBe(1);

    const mineSchema = z.looseObject({
      assigned: z.number(),
      left: z.number(),
      conflicts: z.number(),
      results: z.array(z.looseObject({ documentId: z.string(), state: z.string() })),
    });
    const cleoBefore = await readJson(await asCleo('/back-office/proposals/mine'), mineSchema);
    const inCall = (mine: z.output<typeof mineSchema>) => mine.results.filter((row) => made.some((item) => item.documentId === row.documentId));
    expect(
      inCall(cleoBefore)
        .map((row) => row.state)
        .sort(),
    ).toEqual(['conflict', 'to-review', 'to-review']);
    const toReview = inCall(cleoBefore).find((row) => row.state === 'to-review')!;
    await asCleo(`/back-office/proposals/${toReview.documentId}/reviews`, { method: 'POST', body: { scores: scores(3, 3) } });
    const cleoAfter = await readJson(await asCleo('/back-office/proposals/mine'), mineSchema);
    expect(
      inCall(cleoAfter)
        .map((row) => row.state)
        .sort(),
    ).toEqual(['conflict', 'reviewed', 'to-review']);
    expect(cleoAfter.left).toBe(cleoBefore.left - 1);
  });
});

describe('blind scoring', () => {
  it('shows the other reviewers’ scores and comments only to a reviewer who gave their own, and to staff who decide', async () => {
    const { documentId } = await proposal(closedCall);
    await assign(documentId, reviewerIds.anna);
    await assign(documentId, reviewerIds.bram);
    await asAnna(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: scores(5, 5), comment: 'Anna thinks it is strong' } });

    const bramBefore = await readJson(await asBram(`/back-office/proposals/${documentId}`), reading);
    expect(bramBefore.reviews).toMatchObject({ othersVisible: false, score: null, results: [] });
    expect(JSON.stringify(bramBefore)).not.toContain('Anna thinks');
    const list = await readJson(
      await asBram(`/back-office/project-calls/${closedCall}/proposals`),
      z.looseObject({ results: z.array(z.looseObject({ documentId: z.string(), score: z.number().nullable(), comments: z.array(z.unknown()) })) }),
    );
    // Bram's list holds only what he is on, and no one else's score.
    expect(list.results.map((row) => row.documentId)).toContain(documentId);
    expect(list.results.find((row) => row.documentId === documentId)).toMatchObject({ score: null, comments: [] });

    const staffView = await readJson(await asStaff(`/back-office/proposals/${documentId}`), reading);
    expect(staffView.reviews).toMatchObject({ othersVisible: true, score: 100 });
    expect(staffView.reviews.results.map((review) => review.comment)).toEqual(['Anna thinks it is strong']);

    // A partial review is no review of one's own.
    await asBram(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: [{ criterion: 0, score: 1 }] } });
    expect((await readJson(await asBram(`/back-office/proposals/${documentId}`), reading)).reviews.othersVisible).toBe(false);
    await asBram(`/back-office/proposals/${documentId}/reviews`, { method: 'POST', body: { scores: scores(1, 1), comment: 'Bram has doubts' } });
    const bramAfter = await readJson(await asBram(`/back-office/proposals/${documentId}`), reading);
    expect(bramAfter.reviews.othersVisible).toBe(true);
    expect(bramAfter.reviews.results.map((review) => review.comment).sort()).toEqual(['Anna thinks it is strong', 'Bram has doubts']);
  });
});

describe('deciding', () => {
  async function reviewedTwice(callDocumentId: string, fields: Record<string, unknown> = {}) {
    const made = await proposal(callDocumentId, fields);
    for (const [ask, id] of [
      [asAnna, reviewerIds.anna],
      [asBram, reviewerIds.bram],
    ] as const) {
      await assign(made.documentId, id);
      await ask(`/back-office/proposals/${made.documentId}/reviews`, { method: 'POST', body: { scores: scores(4, 3) } });
    }
    return made;
  }

  const decide = (documentId: string, body: Record<string, unknown>, locale: Locale = 'en') =>
    asStaff(`/back-office/proposals/${documentId}/decision`, { method: 'PUT', body, headers: { 'accept-language': locale } });

  it('is refused before the call’s deadline and with too few reviews, unless overridden with a reason, which is recorded', async () => {
    const early = await reviewedTwice(openCall);
    const beforeDeadline = await decide(early.documentId, { status: 'rejected' });
    expect(beforeDeadline.status).toBe(409);
    const refusal = await readJson(beforeDeadline, backOfficeError);
    expect(refusal.error.fields).toHaveProperty('overrideReason');
    expect(refusal.error.message).toContain('The call is still open until');

    const thin = await proposal(closedCall);
    await assign(thin.documentId, reviewerIds.anna);
    await asAnna(`/back-office/proposals/${thin.documentId}/reviews`, { method: 'POST', body: { scores: scores(2, 2) } });
    const tooFew = await decide(thin.documentId, { status: 'rejected' }, 'fr');
    expect(tooFew.status).toBe(409);
    expect((await readJson(tooFew, backOfficeError)).error.message).toContain('Seulement 1 évaluation complète\u202f; il en faut au moins 2');
    expect((await decide(thin.documentId, { status: 'rejected', overrideReason: 'short' })).status).toBe(409);
    // Nothing changed, nothing was drafted.
    expect((await readJson(await asStaff(`/back-office/proposals/${thin.documentId}`), reading)).decision).toMatchObject({ draft: null, override: null });

    const reason = 'The second reviewer fell ill; the jury agreed by mail';
    expect((await decide(thin.documentId, { status: 'rejected', overrideReason: reason })).status).toBe(200);
    expect((await asStaff(`/back-office/proposals/${thin.documentId}/decision/confirm`, { method: 'POST' })).status).toBe(200);
    const decided = await readJson(await asStaff(`/back-office/proposals/${thin.documentId}`), reading);
    expect(decided.decision?.override).toMatchObject({ reason, byName: 'backOffice Test', blocks: ['too-few-reviews'], completeReviews: 1, minimumReviews: 2 });
  });

  it('is a draft until confirmed: the preview is the applicant’s mail in their language, and confirming sends exactly one mail', async () => {
    const email = 'soraya.review@example.be';
    const { documentId, reference } = await reviewedTwice(closedCall, { formLocale: 'fr', email, contactName: 'Soraya Benali' });
    const decisionMails = () => cms.mail.about(reference, email).filter((mail) => mail.subject.includes('retenu'));

    const drafted = await decide(documentId, {
      status: 'approved',
      grantedAmount: 2500,
      applicantText: 'Le jury a apprécié l’ancrage local.',
      internalNote: 'Check the hall rental invoice before paying',
    });
    expect(drafted.status).toBe(200);
    const draft = await readJson(drafted, z.looseObject({ caseStatus: z.string(), preview }));
    expect(draft.caseStatus).toBe('received');
    expect(draft.preview).toMatchObject({ locale: 'fr', subject: `Votre projet est retenu (référence ${reference})` });
    expect(draft.preview.text).toContain('Le jury a apprécié l’ancrage local.');
    expect(draft.preview.text).toContain('2\u202f500\u00a0€');
    // The internal note is never in the applicant's mail.
    expect(draft.preview.text).not.toContain('hall rental');

    const again = await readJson(await asStaff(`/back-office/proposals/${documentId}/decision/preview`), preview);
    expect(again).toMatchObject({ locale: 'fr', subject: draft.preview.subject });
    await outboxOf(cms.strapi).idle();
    expect(decisionMails()).toHaveLength(0);

    const [first, second] = await Promise.all([
      asStaff(`/back-office/proposals/${documentId}/decision/confirm`, { method: 'POST' }),
      asStaff(`/back-office/proposals/${documentId}/decision/confirm`, { method: 'POST' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    await outboxOf(cms.strapi).idle();
    expect(decisionMails()).toHaveLength(1);
    expect(decisionMails()[0]?.text).toContain('Le jury a apprécié l’ancrage local.');
    expect(decisionMails()[0]?.text).not.toContain('hall rental');

    const decided = await readJson(await asStaff(`/back-office/proposals/${documentId}`), reading);
    expect(decided).toMatchObject({
      caseStatus: 'approved',
      decision: { draft: null, applicantText: 'Le jury a apprécié l’ancrage local.', internalNote: 'Check the hall rental invoice before paying' },
    });
    expect((await asStaff(`/back-office/proposals/${documentId}/decision/preview`)).status).toBe(409);
  });

  it('is for staff who decide only: a reviewer cannot draft, preview or confirm', async () => {
    const { documentId } = await reviewedTwice(closedCall);
    expect((await asAnna(`/back-office/proposals/${documentId}/decision`, { method: 'PUT', body: { status: 'rejected' } })).status).toBe(403);
    expect((await asAnna(`/back-office/proposals/${documentId}/decision/confirm`, { method: 'POST' })).status).toBe(403);
    expect((await asAnna(`/back-office/proposals/${documentId}/assignments`, { method: 'POST', body: { reviewerId: reviewerIds.anna } })).status).toBe(403);
  });
});

describe('possible duplicates', () => {
  it('flags the same organisation in NL and FR, the same enterprise number, and near-identical texts, for the committee', async () => {
    const call = await createCall('duplicates', new Date(Date.now() - DAY));
    const nl = await proposal(call, {
      applicantType: 'organisation',
      organisationName: 'Buurthuis De Linde vzw',
      projectTitle: 'Soep op zondag',
      description: 'Elke zondag soep en gezelschap voor eenzame buren.',
    });
    const fr = await proposal(call, {
      applicantType: 'organisation',
      organisationName: 'Buurthuis de Linde ASBL',
      formLocale: 'fr',
      projectTitle: 'Soupe du dimanche',
      description: 'Chaque dimanche, de la soupe et de la compagnie pour les voisins isolés.',
    });
    const numbered = await proposal(call, { enterpriseNumber: 'BE 0456.789.123', projectTitle: 'Wandelclub', description: 'Wandelen in het park' });
    const sameNumber = await proposal(call, { enterpriseNumber: '456789123', projectTitle: 'Schaakclub', description: 'Schaken in de bib' });
    const copied = await proposal(call, {
      projectTitle: 'Repair café Molenbeek',
      description: 'Every Saturday 40 neighbours repair things together at the library',
    });
    const copy = await proposal(call, {
      projectTitle: 'Repair Café, Molenbeek',
      description: 'Every saturday, 40 neighbours repair things together at the library!',
    });
    const alone = await proposal(call, { projectTitle: 'Koor', description: 'Zingen met ouderen' });

    const list = await readJson(
      await asStaff(`/back-office/project-calls/${call}/proposals`),
      z.looseObject({
        results: z.array(
          z.looseObject({ documentId: z.string(), possibleDuplicates: z.array(z.looseObject({ reference: z.string(), reasons: z.array(z.string()) })) }),
        ),
      }),
    );
    const flags = (id: string) =>
      list.results.find((row) => row.documentId === id)?.possibleDuplicates.map(({ reference, reasons }) => ({ reference, reasons }));
    expect(flags(nl.documentId)).toEqual([{ reference: fr.reference, reasons: ['same-organisation'] }]);
    expect(flags(fr.documentId)).toEqual([{ reference: nl.reference, reasons: ['same-organisation'] }]);
    expect(flags(numbered.documentId)).toEqual([{ reference: sameNumber.reference, reasons: ['same-enterprise-number'] }]);
    expect(flags(copied.documentId)).toEqual([{ reference: copy.reference, reasons: ['similar-text'] }]);
    expect(flags(alone.documentId)).toEqual([]);

    const read = await readJson(await asStaff(`/back-office/proposals/${fr.documentId}`), reading);
    expect(read.possibleDuplicates.map((twin) => twin.reference)).toEqual([nl.reference]);
  });

  it('says which contact detail matched to staff who read contact details, and to a reviewer only that one did, never the detail itself', async () => {
    const call = await createCall('duplicate-contacts', new Date(Date.now() - DAY));
    const email = 'soep.jette@example.org';
    const phone = '0470 55 66 77';
    const first = await proposal(call, { email, phone, projectTitle: 'Soep', description: 'Soep op zondag in Jette' });
    const sameEmail = await proposal(call, { email: email.toUpperCase(), projectTitle: 'Koor', description: 'Zingen in Evere' });
    const samePhone = await proposal(call, { phone: '+32 470 556 677', projectTitle: 'Schaak', description: 'Schaken in Laken' });
    const reasonsOf = (read: z.infer<typeof reading>) => read.possibleDuplicates.map(({ reference, reasons }) => ({ reference, reasons }));

    const asDecider = await readJson(await asStaff(`/back-office/proposals/${first.documentId}`), reading);
    expect(reasonsOf(asDecider)).toEqual([
      { reference: sameEmail.reference, reasons: ['same-email'] },
      { reference: samePhone.reference, reasons: ['same-phone'] },
    ]);

    expect((await assign(first.documentId, reviewerIds.cleo)).status).toBe(201);
    const response = await asCleo(`/back-office/proposals/${first.documentId}`);
    const body = await response.clone().text();
    expect(reasonsOf(await readJson(response, reading))).toEqual([
      { reference: sameEmail.reference, reasons: ['same-contact'] },
      { reference: samePhone.reference, reasons: ['same-contact'] },
    ]);
    expect(body).not.toMatch(/soep\.jette|0470|556 ?677|same-email|same-phone/i);
  });
});

describe('the decision sheet', () => {
  it('keeps its formula-injection safety', async () => {
    const call = await createCall('sheet', new Date(Date.now() - DAY));
    await proposal(call, { projectTitle: '=HYPERLINK("http://evil")', contactName: '@SUM(A1)' });
    const csv = await (await asStaff(`/back-office/project-calls/${call}/decision-sheet`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")";'@SUM(A1);`);
  });

  it('is in the staff member’s language: headings and statuses, the formula safety kept', async () => {
    const call = await createCall('sheet-languages', new Date(Date.now() - DAY));
    await proposal(call, { projectTitle: '=1+1', contactName: 'Zoë', caseStatus: 'in-review' });
    const sheetIn = async (language: Locale) => {
      const response = await asStaff(`/back-office/project-calls/${call}/decision-sheet`, { headers: { 'accept-language': language } });
      // The byte-order mark is the decoder's, not the text's.
      return (await response.text()).trim().split('\r\n');
    };
    const expected = {
      nl: { heading: 'Referentie;Projecttitel;Aanvrager;Gemeenten;Status;', status: ';In beoordeling;' },
      fr: { heading: 'Référence;Projet;Demandeur;Communes;Statut;', status: ';En évaluation;' },
      en: { heading: 'Reference;Project;Applicant;Municipalities;Status;', status: ';In review;' },
    };
    for (const language of LOCALES) {
      const { heading, status } = expected[language];
      const [headings, row] = await sheetIn(language);
      expect(headings, language).toMatch(new RegExp(`^${heading.replace(/[()]/g, '\\$&')}`));
      expect(row, language).toContain(status);
      expect(row, language).toContain(";'=1+1;Zoë;");
      expect(row, language).not.toContain('in-review');
    }
  });
});
