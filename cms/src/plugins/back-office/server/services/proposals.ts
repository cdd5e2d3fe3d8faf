import type { Core } from '@strapi/strapi';
import { MUNICIPALITIES, isDecidedProposal, termName, type ProposalStatus } from '@cb/domain';
import {
  MAX_CRITERION_SCORE,
  attachmentDownloadPath,
  clearedField,
  decisionSheet,
  notifyProposalDecision,
  parseScores,
  proposalScore,
  type CriterionScore,
  type SheetRow,
} from '../app';
import type { Attachment, Created, Criterion, ProjectCall, ProposalDecided, ProposalRow, Proposals } from '../contracts';
import type { StaffTextId, StaffTextValues } from '../../../../staff-texts';

/**
 * Project proposals as the review committee works on them: the calls with their criteria, each
 * reviewer's scores, the decision and the sheet for the decision meeting.
 */

const CALL = 'api::project-call.project-call';
const PROPOSAL = 'api::project-proposal.project-proposal';
const REVIEW = 'api::proposal-review.proposal-review';

/** A refusal the committee can act on: which field, and what is wrong with it (in plain words). */
export type Refusal =
  { refused: 'not-found' } | { refused: 'invalid'; field: 'scores' | 'grantedAmount'; problem: StaffTextId; values?: StaffTextValues | undefined };

export interface Reviewer {
  id: number;
  firstname?: string | null | undefined;
  lastname?: string | null | undefined;
  email?: string | null | undefined;
}

export interface Decision {
  status: ProposalStatus;
  grantedAmount?: number | undefined;
  note?: string | undefined;
}

interface CallWithCriteria {
  documentId: string;
  maxPerProject: number;
  criteria: Criterion[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The call in Dutch (the staff's working language) with its criteria. */
  async function callWithCriteria(documentId: string | null | undefined): Promise<CallWithCriteria | undefined> {
    if (!documentId) return undefined;
    const call = await strapi.documents(CALL).findOne({ documentId, locale: 'nl', fields: ['maxPerProject'], populate: { criteria: true } });
    return call ? { documentId, maxPerProject: Number(call.maxPerProject), criteria: criteriaOf(call.criteria) } : undefined;
  }

  async function reviewedProposals(call: CallWithCriteria): Promise<ProposalRow[]> {
    const proposals = await strapi.documents(PROPOSAL).findMany({
      filters: { projectCallDocumentId: { $eq: call.documentId } },
      fields: [
        'reference',
        'projectTitle',
        'applicantType',
        'organisationName',
        'contactName',
        'caseStatus',
        'requestedAmount',
        'grantedAmount',
        'attachments',
        'createdAt',
      ],
      populate: { municipalities: { fields: ['code'] } },
      sort: { createdAt: 'asc' },
    });
    const reviews = await strapi.documents(REVIEW).findMany({
      filters: { proposal: { documentId: { $in: proposals.map((proposal) => proposal.documentId) } } },
      fields: ['scores', 'reviewerName', 'comment'],
      populate: { proposal: { fields: ['documentId'] } },
    });
    return proposals.map((proposal) => {
      const own = reviews.filter((review) => review.proposal?.documentId === proposal.documentId);
      const { score, reviews: complete } = proposalScore(
        call.criteria,
        own.map((review) => ({ scores: parseScores(review.scores) })),
      );
      const applicant = proposal.applicantType === 'organisation' && proposal.organisationName ? proposal.organisationName : proposal.contactName;
      return {
        documentId: proposal.documentId,
        reference: proposal.reference ?? '',
        projectTitle: proposal.projectTitle ?? '',
        applicant: applicant ?? '',
        municipalities: (proposal.municipalities ?? []).flatMap((term) => (term.code ? [term.code] : [])),
        caseStatus: proposal.caseStatus ?? 'received',
        requestedAmount: Number(proposal.requestedAmount),
        grantedAmount: proposal.grantedAmount === null || proposal.grantedAmount === undefined ? null : Number(proposal.grantedAmount),
        score: score ?? null,
        reviews: complete,
        comments: own.flatMap((review) => (review.comment ? [{ reviewerName: review.reviewerName ?? '', comment: review.comment }] : [])),
        attachments: attachmentsOf(proposal.documentId, proposal.attachments),
      };
    });
  }

  return {
    /** Every published project call, newest deadline first, with its criteria. */
    async calls(): Promise<ProjectCall[]> {
      const calls = await strapi.documents(CALL).findMany({ locale: 'nl', status: 'published', populate: { criteria: true }, sort: { deadline: 'desc' } });
      return calls.map((call) => ({
        documentId: call.documentId,
        title: call.title ?? '',
        deadline: String(call.deadline ?? ''),
        maxPerProject: Number(call.maxPerProject),
        criteria: criteriaOf(call.criteria),
      }));
    },

    async list(callDocumentId: string): Promise<Proposals | undefined> {
      const call = await callWithCriteria(callDocumentId);
      return call ? { criteria: call.criteria, results: await reviewedProposals(call) } : undefined;
    },

    /** The sheet for the decision meeting (CSV), named after the call. */
    async sheet(callDocumentId: string): Promise<{ filename: string; csv: string } | undefined> {
      const call = await callWithCriteria(callDocumentId);
      if (!call) return undefined;
      const rows = await reviewedProposals(call);
      return { filename: `proposals-${call.documentId}.csv`, csv: decisionSheet(rows.map(sheetRow)) };
    },

    /** One reviewer's scores; reviewing again replaces their earlier review. */
    async review(
      proposalDocumentId: string,
      reviewer: Reviewer,
      scores: CriterionScore[],
      comment: string | undefined,
    ): Promise<(Created & { created: boolean }) | Refusal> {
      const proposal = await strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['projectCallDocumentId'] });
      if (!proposal) return { refused: 'not-found' };
      const call = await callWithCriteria(proposal.projectCallDocumentId);
      const problem = scoresProblem(call?.criteria ?? [], scores);
      if (problem) return { refused: 'invalid', field: 'scores', ...problem };

      const existing = await strapi.documents(REVIEW).findFirst({
        filters: { proposal: { documentId: { $eq: proposalDocumentId } }, reviewerId: { $eq: reviewer.id } },
        fields: ['documentId'],
      });
      const data = {
        proposal: proposalDocumentId,
        reviewerId: reviewer.id,
        reviewerName: [reviewer.firstname, reviewer.lastname].filter(Boolean).join(' ') || reviewer.email || `admin ${reviewer.id}`,
        scores: scores.map(({ criterion, score }) => ({ criterion, score })),
        comment: comment ?? clearedField(),
      };
      const saved = existing
        ? await strapi.documents(REVIEW).update({ documentId: existing.documentId, data })
        : await strapi.documents(REVIEW).create({ data });
      return { documentId: saved?.documentId ?? '', created: !existing };
    },

    /** Records where a proposal stands; approving needs the granted amount, within the call's maximum. */
    async decide(proposalDocumentId: string, decision: Decision): Promise<ProposalDecided | Refusal> {
      const proposal = await strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['projectCallDocumentId'] });
      if (!proposal) return { refused: 'not-found' };
      const { status, grantedAmount } = decision;
      if (status === 'approved') {
        const call = await callWithCriteria(proposal.projectCallDocumentId);
        const maximum = call?.maxPerProject ?? Infinity;
        if (grantedAmount === undefined || grantedAmount > maximum) {
          return { refused: 'invalid', field: 'grantedAmount', problem: 'problem.granted-amount', values: { maximum } };
        }
      }
      const decided = isDecidedProposal(status);
      await strapi.documents(PROPOSAL).update({
        documentId: proposalDocumentId,
        data: {
          caseStatus: status,
          grantedAmount: status === 'approved' ? grantedAmount : clearedField(),
          ...(decided ? { decidedAt: new Date().toISOString(), decisionNote: decision.note ?? clearedField() } : {}),
        },
      });
      if (decided) await notifyProposalDecision(strapi, proposalDocumentId);
      return { documentId: proposalDocumentId, caseStatus: status };
    },
  };
};

function criteriaOf(criteria: readonly { title?: string | null; weight?: number | null }[] | null | undefined): Criterion[] {
  return (criteria ?? []).map((criterion) => ({ title: criterion.title ?? '', weight: criterion.weight ?? null }));
}

function scoresProblem(criteria: readonly Criterion[], scores: readonly CriterionScore[]): { problem: StaffTextId; values?: StaffTextValues } | undefined {
  if (criteria.length === 0) return { problem: 'problem.no-criteria' };
  const valid = scores.every(
    (entry) =>
      entry.criterion >= 0 && entry.criterion < criteria.length && Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= MAX_CRITERION_SCORE,
  );
  if (!valid) return { problem: 'problem.score-range', values: { maximum: MAX_CRITERION_SCORE } };
  if (new Set(scores.map((entry) => entry.criterion)).size !== scores.length) return { problem: 'problem.score-once' };
  return undefined;
}

/** The files' metadata as the intake stored it, each with the admin route that streams it. */
function attachmentsOf(proposalDocumentId: string, stored: unknown): Attachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((file: unknown) => {
    if (typeof file !== 'object' || file === null) return [];
    const { id, name, type, size } = { id: undefined, name: undefined, type: undefined, size: undefined, ...file };
    if (typeof id !== 'string') return [];
    return [{ id, name: String(name ?? ''), type: String(type ?? ''), size: Number(size ?? 0), url: attachmentDownloadPath(proposalDocumentId, id) }];
  });
}

function sheetRow(row: ProposalRow): SheetRow {
  return {
    reference: row.reference,
    projectTitle: row.projectTitle,
    applicant: row.applicant,
    municipalities: row.municipalities.map((code) => termName(MUNICIPALITIES, code, 'nl') ?? code).join(', '),
    status: row.caseStatus,
    requestedAmount: row.requestedAmount,
    score: row.score ?? undefined,
    reviews: row.reviews,
    grantedAmount: row.grantedAmount,
  };
}
