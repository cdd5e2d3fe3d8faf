import type { Core } from '@strapi/strapi';
import { MUNICIPALITIES, PROJECT_PROPOSAL_STATUSES, termName } from '@cb/domain';
import { attachmentDownloadPath } from '../../../../api/intake/attachments/download-route';
import { notifyProposalDecision } from '../../../../notifications/back-office';
import { decisionSheet, type SheetRow } from '../../../../proposal-review/decision-sheet';
import { MAX_CRITERION_SCORE, parseScores, proposalScore, type Criterion, type CriterionScore } from '../../../../proposal-review/scores';
import { badRequest, bodyOf, notFound, text, type StaffContext } from '../http';

const CALL = 'api::project-call.project-call';
const PROPOSAL = 'api::project-proposal.project-proposal';
const REVIEW = 'api::proposal-review.proposal-review';

type Row = Record<string, unknown>;
type ProposalStatus = (typeof PROJECT_PROPOSAL_STATUSES)[number];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every project call, newest deadline first, with its criteria (Dutch titles: the staff's working language). */
  async calls(ctx: StaffContext) {
    const calls = (await strapi.documents(CALL).findMany({ locale: 'nl', status: 'published', populate: { criteria: true }, sort: 'deadline:desc' })) as Row[];
    ctx.body = calls.map((call) => ({ documentId: call.documentId, title: call.title, deadline: call.deadline, maxPerProject: call.maxPerProject, criteria: criteriaOf(call) }));
  },

  async list(ctx: StaffContext) {
    const call = await callWithCriteria(strapi, ctx.params.documentId);
    if (!call) return notFound(ctx, 'No such project call');
    ctx.body = { criteria: call.criteria, results: await reviewedProposals(strapi, call) };
  },

  /** The sheet for the decision meeting, as a download. */
  async sheet(ctx: StaffContext) {
    const call = await callWithCriteria(strapi, ctx.params.documentId);
    if (!call) return notFound(ctx, 'No such project call');
    const rows = await reviewedProposals(strapi, call);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(`proposals-${String(call.documentId)}.csv`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = decisionSheet(rows.map(sheetRow));
  },

  /** One reviewer's scores; reviewing again replaces their earlier review. */
  async review(ctx: StaffContext) {
    const proposal = (await strapi.db.query(PROPOSAL).findOne({ where: { documentId: ctx.params.documentId }, select: ['id', 'projectCallDocumentId'] })) as Row | null;
    if (!proposal) return notFound(ctx, 'No such proposal');
    const call = await callWithCriteria(strapi, String(proposal.projectCallDocumentId));
    const body = bodyOf(ctx);
    const scores = parseScores(body.scores);
    const problem = scoresProblem(call?.criteria ?? [], scores);
    if (problem) return badRequest(ctx, problem, { scores: problem });

    const reviewer = ctx.state.user!;
    const existing = (await strapi.db.query(REVIEW).findOne({ where: { proposal: { id: proposal.id }, reviewerId: reviewer.id }, select: ['documentId'] })) as Row | null;
    const data = {
      proposal: ctx.params.documentId,
      reviewerId: reviewer.id,
      reviewerName: [reviewer.firstname, reviewer.lastname].filter(Boolean).join(' ') || reviewer.email || `admin ${reviewer.id}`,
      scores,
      comment: text(body.comment, 4000) ?? null,
    };
    const saved = existing
      ? await strapi.documents(REVIEW).update({ documentId: String(existing.documentId), data: data as never })
      : await strapi.documents(REVIEW).create({ data: data as never });
    ctx.status = existing ? 200 : 201;
    ctx.body = { documentId: saved?.documentId };
  },

  /** Records where a proposal stands; approving needs the granted amount, within the call's maximum. */
  async decide(ctx: StaffContext) {
    const body = bodyOf(ctx);
    const status = PROJECT_PROPOSAL_STATUSES.find((candidate) => candidate === body.status) as ProposalStatus | undefined;
    if (!status) return badRequest(ctx, 'Choose a status', { status: `One of ${PROJECT_PROPOSAL_STATUSES.join(', ')}` });
    const proposal = (await strapi.db.query(PROPOSAL).findOne({ where: { documentId: ctx.params.documentId }, select: ['projectCallDocumentId', 'requestedAmount'] })) as Row | null;
    if (!proposal) return notFound(ctx, 'No such proposal');

    const granted = body.grantedAmount === undefined || body.grantedAmount === null || body.grantedAmount === '' ? undefined : Number(body.grantedAmount);
    if (status === 'approved') {
      const call = await callWithCriteria(strapi, String(proposal.projectCallDocumentId));
      const maximum = Number(call?.maxPerProject ?? Infinity);
      if (granted === undefined || !Number.isFinite(granted) || granted <= 0 || granted > maximum) {
        return badRequest(ctx, 'Give the granted amount', { grantedAmount: `An amount above 0 and at most ${maximum} euros` });
      }
    }
    const decided = status === 'approved' || status === 'rejected';
    await strapi.documents(PROPOSAL).update({
      documentId: ctx.params.documentId ?? '',
      data: {
        caseStatus: status,
        grantedAmount: status === 'approved' ? granted : null,
        ...(decided ? { decidedAt: new Date().toISOString(), decisionNote: text(body.note, 2000) ?? null } : {}),
      } as never,
    });
    if (decided) await notifyProposalDecision(strapi, ctx.params.documentId ?? '');
    ctx.body = { documentId: ctx.params.documentId, caseStatus: status };
  },
});

interface CallWithCriteria {
  documentId: string;
  maxPerProject: number;
  criteria: Criterion[];
}

async function callWithCriteria(strapi: Core.Strapi, documentId: string | undefined): Promise<CallWithCriteria | undefined> {
  if (!documentId) return undefined;
  const call = (await strapi.documents(CALL).findOne({ documentId, locale: 'nl', populate: { criteria: true } })) as Row | null;
  return call ? { documentId, maxPerProject: Number(call.maxPerProject), criteria: criteriaOf(call) } : undefined;
}

function criteriaOf(call: Row): Criterion[] {
  return (Array.isArray(call.criteria) ? call.criteria : []).map((criterion: Row) => ({ title: String(criterion.title), weight: criterion.weight as number | null }));
}

function scoresProblem(criteria: readonly Criterion[], scores: readonly CriterionScore[]): string | undefined {
  if (criteria.length === 0) return 'This call has no criteria to score';
  const valid = scores.every((entry) => entry.criterion >= 0 && entry.criterion < criteria.length && Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= MAX_CRITERION_SCORE);
  if (!valid) return `Score each criterion from 0 to ${MAX_CRITERION_SCORE}`;
  if (new Set(scores.map((entry) => entry.criterion)).size !== scores.length) return 'Score each criterion once';
  return undefined;
}

async function reviewedProposals(strapi: Core.Strapi, call: CallWithCriteria) {
  const proposals = (await strapi.db.query(PROPOSAL).findMany({
    where: { projectCallDocumentId: call.documentId },
    select: ['id', 'documentId', 'reference', 'projectTitle', 'applicantType', 'organisationName', 'contactName', 'caseStatus', 'requestedAmount', 'grantedAmount', 'attachments', 'createdAt'],
    populate: { municipalities: { select: ['code'] } },
    orderBy: { createdAt: 'asc' },
  })) as Row[];
  const reviews = (await strapi.db.query(REVIEW).findMany({
    where: { proposal: { id: { $in: proposals.map((proposal) => proposal.id) } } },
    select: ['scores', 'reviewerName', 'comment'],
    populate: { proposal: { select: ['id'] } },
  })) as Row[];
  return proposals.map((proposal) => {
    const own = reviews.filter((review) => (review.proposal as Row | null)?.id === proposal.id);
    const { score, reviews: complete } = proposalScore(call.criteria, own.map((review) => ({ scores: parseScores(review.scores) })));
    return {
      documentId: String(proposal.documentId),
      reference: String(proposal.reference),
      projectTitle: String(proposal.projectTitle),
      applicant: String(proposal.applicantType === 'organisation' && proposal.organisationName ? proposal.organisationName : proposal.contactName),
      municipalities: (Array.isArray(proposal.municipalities) ? proposal.municipalities : []).map((term: Row) => String(term.code)),
      caseStatus: String(proposal.caseStatus),
      requestedAmount: Number(proposal.requestedAmount),
      grantedAmount: proposal.grantedAmount === null ? null : Number(proposal.grantedAmount),
      score,
      reviews: complete,
      comments: own.map((review) => ({ reviewerName: review.reviewerName, comment: review.comment })).filter((entry) => entry.comment),
      attachments: attachmentsOf(proposal),
    };
  });
}

function attachmentsOf(proposal: Row) {
  const attachments = Array.isArray(proposal.attachments) ? (proposal.attachments as Row[]) : [];
  return attachments.map((attachment) => ({
    id: attachment.id,
    name: attachment.name,
    type: attachment.type,
    size: attachment.size,
    url: attachmentDownloadPath(String(proposal.documentId), String(attachment.id)),
  }));
}

function sheetRow(row: Awaited<ReturnType<typeof reviewedProposals>>[number]): SheetRow {
  return {
    reference: row.reference,
    projectTitle: row.projectTitle,
    applicant: row.applicant,
    municipalities: row.municipalities.map((code) => termName(MUNICIPALITIES, code, 'nl') ?? code).join(', '),
    status: row.caseStatus,
    requestedAmount: row.requestedAmount,
    score: row.score,
    reviews: row.reviews,
    grantedAmount: row.grantedAmount,
  };
}
