import type { Core } from '@strapi/strapi';
import { MUNICIPALITIES, budgetSummary, isLocale, mayReadOtherReviews, termName, type Locale } from '@cb/domain';
import { MAX_CRITERION_SCORE, clearedField, decisionSheet, proposalScore, staffText, type CriterionScore, type SheetRow } from '../app';
import type { CommitteeReview, Created, Criterion, DuplicateOf, MyReviewState, ProjectCall, ProposalReading, ProposalRow, Proposals } from '../contracts';
import {
  PROPOSAL,
  REVIEW,
  attachmentsOf,
  callWithCriteria,
  committeeRecords,
  completeScore,
  duplicatesInCall,
  isOnProposal,
  publishedCalls,
  refusal,
  type CallWithCriteria,
  type Caller,
  type CommitteeRecord,
  type Refusal,
} from './proposal-records';

/**
 * Project proposals as the review committee reads and scores them: the calls with their criteria,
 * the whole proposal, each reviewer's scores (blind until one's own is given), conflicts of interest,
 * and the sheet for the decision meeting. Assignments and decisions are in committee.ts and decisions.ts.
 */

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function reviewedProposals(call: CallWithCriteria, caller: Caller): Promise<ProposalRow[]> {
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
    const records = await committeeRecords(
      strapi,
      proposals.map((proposal) => proposal.documentId),
    );
    // Contact details are read by staff who decide only (see `read`): which one matched, likewise.
    const duplicates = await duplicatesInCall(strapi, call.documentId, caller.decides);
    return proposals.flatMap((proposal) => {
      const own = records.filter((record) => record.proposalDocumentId === proposal.documentId);
      const mine = own.find((record) => record.reviewerId === caller.id);
      if (!caller.decides && !(mine && isOnProposal(mine))) return [];
      const othersVisible = mayReadOtherReviews({
        decides: caller.decides,
        ownReviewComplete: Boolean(mine && completeScore(call.criteria, mine) !== undefined),
      });
      const counted = own.filter((record) => !record.conflictDeclaredAt);
      const { score, reviews: complete } = proposalScore(
        call.criteria,
        counted.map((record) => ({ scores: record.scores })),
      );
      const applicant = proposal.applicantType === 'organisation' && proposal.organisationName ? proposal.organisationName : proposal.contactName;
      return [
        {
          documentId: proposal.documentId,
          reference: proposal.reference ?? '',
          projectTitle: proposal.projectTitle ?? '',
          applicant: applicant ?? '',
          municipalities: (proposal.municipalities ?? []).flatMap((term) => (term.code ? [term.code] : [])),
          caseStatus: proposal.caseStatus ?? 'received',
          requestedAmount: Number(proposal.requestedAmount),
          grantedAmount: amountOrNull(proposal.grantedAmount),
          score: othersVisible ? (score ?? null) : null,
          reviews: complete,
          comments: othersVisible ? counted.flatMap((record) => (record.comment ? [{ reviewerName: record.reviewerName, comment: record.comment }] : [])) : [],
          attachments: attachmentsOf(proposal.documentId, proposal.attachments),
          othersVisible,
          mine: stateOf(call.criteria, mine),
          assignedReviewers: caller.decides ? own.filter(isOnProposal).map((record) => assignedView(call.criteria, record)) : [],
          possibleDuplicates: duplicates.get(proposal.documentId) ?? [],
        },
      ];
    });
  }

  /** The proposal with its call, if the caller may read it: staff who decide read all, a reviewer those they are on. */
  async function readable(proposalDocumentId: string, caller: Caller) {
    const proposal = await strapi.documents(PROPOSAL).findOne({
      documentId: proposalDocumentId,
      populate: { budgetLines: true, municipalities: { fields: ['code'] } },
    });
    if (!proposal) return refusal(404, 'review.refused.noProposal');
    const call = await callWithCriteria(strapi, proposal.projectCallDocumentId, caller.locale);
    if (!call) return refusal(404, 'review.refused.noCall');
    const records = await committeeRecords(strapi, [proposalDocumentId]);
    const mine = records.find((record) => record.reviewerId === caller.id);
    if (!caller.decides && !(mine && isOnProposal(mine))) return refusal(403, 'review.refused.notAssigned');
    return { proposal, call, records, mine };
  }

  return {
    /** Every published project call, newest deadline first, with its criteria, in the staff member's language. */
    async calls(locale: Locale): Promise<ProjectCall[]> {
      return (await publishedCalls(strapi, locale)).map(({ documentId, title, deadline, maxPerProject, criteria }) => ({
        documentId,
        title,
        deadline,
        maxPerProject,
        criteria,
      }));
    },

    async list(callDocumentId: string, caller: Caller): Promise<Proposals | undefined> {
      const call = await callWithCriteria(strapi, callDocumentId, caller.locale);
      return call ? { criteria: call.criteria, results: await reviewedProposals(call, caller) } : undefined;
    },

    /** The sheet for the decision meeting (CSV), named after the call (staff who decide). */
    async sheet(callDocumentId: string, caller: Caller): Promise<{ filename: string; csv: string } | undefined> {
      const call = await callWithCriteria(strapi, callDocumentId, caller.locale);
      if (!call) return undefined;
      const rows = await reviewedProposals(call, caller);
      return {
        filename: `proposals-${call.documentId}.csv`,
        csv: decisionSheet(
          rows.map((row) => sheetRow(row, caller.locale)),
          caller.locale,
        ),
      };
    },

    /** The whole proposal, for reading and printing: every answer, the budget against the call, the files, the reviews. */
    async read(proposalDocumentId: string, caller: Caller): Promise<ProposalReading | Refusal> {
      const found = await readable(proposalDocumentId, caller);
      if ('refused' in found) return found;
      const { proposal, call, records, mine } = found;
      const othersVisible = mayReadOtherReviews({
        decides: caller.decides,
        ownReviewComplete: Boolean(mine && completeScore(call.criteria, mine) !== undefined),
      });
      const counted = records.filter((record) => !record.conflictDeclaredAt);
      const { score, reviews: complete } = proposalScore(
        call.criteria,
        counted.map((record) => ({ scores: record.scores })),
      );
      const visible = othersVisible ? counted : counted.filter((record) => record.reviewerId === caller.id);
      const lines = (proposal.budgetLines ?? []).map((line) => ({ label: line.label ?? '', amount: Number(line.amount) }));
      const duplicates: DuplicateOf[] = (await duplicatesInCall(strapi, call.documentId, caller.decides)).get(proposalDocumentId) ?? [];
      return {
        documentId: proposal.documentId,
        reference: proposal.reference ?? '',
        receivedAt: String(proposal.createdAt ?? ''),
        formLocale: isLocale(proposal.formLocale) ? proposal.formLocale : 'nl',
        channel: proposal.channel ?? 'web',
        caseStatus: proposal.caseStatus ?? 'received',
        call: { documentId: call.documentId, title: call.title, deadline: call.deadline, maxPerProject: call.maxPerProject, criteria: call.criteria },
        applicant: {
          applicantType: proposal.applicantType ?? 'person',
          organisationName: proposal.organisationName ?? null,
          enterpriseNumber: proposal.enterpriseNumber ?? null,
          contactName: proposal.contactName ?? '',
          // A reviewer judges the project and must know whose it is (to declare a conflict), not how to reach them.
          email: caller.decides ? (proposal.email ?? null) : null,
          phone: caller.decides ? (proposal.phone ?? null) : null,
        },
        project: {
          title: proposal.projectTitle ?? '',
          description: proposal.description ?? '',
          targetGroup: proposal.targetGroup ?? '',
          municipalities: (proposal.municipalities ?? []).flatMap((term) => (term.code ? [term.code] : [])),
          startDate: String(proposal.startDate ?? ''),
          endDate: String(proposal.endDate ?? ''),
        },
        budget: { lines, ...budgetSummary(lines, Number(proposal.requestedAmount), call.maxPerProject) },
        attachments: attachmentsOf(proposal.documentId, proposal.attachments),
        possibleDuplicates: duplicates,
        mine: {
          state: stateOf(call.criteria, mine),
          scores: mine?.scores ?? [],
          comment: mine?.comment ?? null,
          conflictDeclaredAt: mine?.conflictDeclaredAt ?? null,
        },
        reviews: {
          othersVisible,
          score: othersVisible ? (score ?? null) : null,
          complete,
          results: visible.filter((record) => record.scores.length > 0).map((record) => reviewView(call.criteria, record)),
          conflicts: caller.decides
            ? records.flatMap((record) =>
                record.conflictDeclaredAt
                  ? [{ reviewerName: record.reviewerName, declaredAt: record.conflictDeclaredAt, note: record.conflictNote ?? null }]
                  : [],
              )
            : [],
          assigned: caller.decides ? records.filter(isOnProposal).map((record) => assignedView(call.criteria, record)) : [],
        },
        // Filled in by the decisions service for staff who decide.
        decision: null,
      };
    },

    /**
     * One reviewer's scores; reviewing again replaces their earlier review. A reviewer scores only what
     * is assigned to them (staff who decide may score any proposal), never after declaring a conflict.
     */
    async review(
      proposalDocumentId: string,
      caller: Caller,
      scores: CriterionScore[],
      comment: string | undefined,
    ): Promise<(Created & { created: boolean }) | Refusal> {
      const proposal = await strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['projectCallDocumentId'] });
      if (!proposal) return refusal(404, 'review.refused.noProposal');
      const [existing] = (await committeeRecords(strapi, [proposalDocumentId])).filter((record) => record.reviewerId === caller.id);
      if (existing?.conflictDeclaredAt) return refusal(403, 'review.refused.conflict');
      if (!caller.decides && !existing?.assignedAt) return refusal(403, 'review.refused.notAssigned');
      const call = await callWithCriteria(strapi, proposal.projectCallDocumentId, caller.locale);
      const problem = scoresProblem(call?.criteria ?? [], scores);
      if (problem) return problem;

      const data = {
        proposal: proposalDocumentId,
        reviewerId: caller.id,
        reviewerName: caller.name,
        scores: scores.map(({ criterion, score }) => ({ criterion, score })),
        comment: comment ?? clearedField(),
        reviewedAt: new Date().toISOString(),
      };
      const saved = existing
        ? await strapi.documents(REVIEW).update({ documentId: existing.documentId, data })
        : await strapi.documents(REVIEW).create({ data });
      return { documentId: saved?.documentId ?? '', created: !existing?.reviewedAt };
    },

    /**
     * A committee member declares a conflict of interest on a proposal: recorded (when, and what it is
     * if they say), and from then on they cannot score it; a score given before no longer counts.
     */
    async declareConflict(proposalDocumentId: string, caller: Caller, note: string | undefined): Promise<(Created & { created: boolean }) | Refusal> {
      const proposal = await strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['projectCallDocumentId'] });
      if (!proposal) return refusal(404, 'review.refused.noProposal');
      const [existing] = (await committeeRecords(strapi, [proposalDocumentId])).filter((record) => record.reviewerId === caller.id);
      if (existing?.conflictDeclaredAt) return { documentId: existing.documentId, created: false };
      const data = {
        proposal: proposalDocumentId,
        reviewerId: caller.id,
        reviewerName: caller.name,
        conflictDeclaredAt: new Date().toISOString(),
        conflictNote: note ?? clearedField(),
      };
      const saved = existing
        ? await strapi.documents(REVIEW).update({ documentId: existing.documentId, data })
        : await strapi.documents(REVIEW).create({ data });
      return { documentId: saved?.documentId ?? '', created: true };
    },
  };
};

function stateOf(criteria: readonly Criterion[], record: CommitteeRecord | undefined): MyReviewState {
  if (!record || !isOnProposal(record)) return 'none';
  if (record.conflictDeclaredAt) return 'conflict';
  return completeScore(criteria, record) === undefined ? 'to-review' : 'reviewed';
}

function assignedView(criteria: readonly Criterion[], record: CommitteeRecord) {
  return {
    id: record.reviewerId,
    name: record.reviewerName,
    reviewed: completeScore(criteria, record) !== undefined,
    conflict: Boolean(record.conflictDeclaredAt),
  };
}

function reviewView(criteria: readonly Criterion[], record: CommitteeRecord): CommitteeReview {
  return {
    reviewerName: record.reviewerName,
    scores: record.scores,
    score: completeScore(criteria, record) ?? null,
    comment: record.comment ?? null,
    reviewedAt: record.reviewedAt ?? null,
  };
}

function scoresProblem(criteria: readonly Criterion[], scores: readonly CriterionScore[]): Refusal | undefined {
  if (criteria.length === 0) return refusal(400, 'review.refused.noCriteria', undefined, 'scores');
  const valid = scores.every(
    (entry) =>
      entry.criterion >= 0 && entry.criterion < criteria.length && Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= MAX_CRITERION_SCORE,
  );
  if (!valid) return refusal(400, 'review.refused.scoreRange', { max: MAX_CRITERION_SCORE }, 'scores');
  if (new Set(scores.map((entry) => entry.criterion)).size !== scores.length) return refusal(400, 'review.refused.scoreOnce', undefined, 'scores');
  return undefined;
}

export function amountOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const amount = Number(value);
  return Number.isFinite(amount) ? amount : null;
}

function sheetRow(row: ProposalRow, locale: Locale): SheetRow {
  return {
    reference: row.reference,
    projectTitle: row.projectTitle,
    applicant: row.applicant,
    municipalities: row.municipalities.map((code) => termName(MUNICIPALITIES, code, locale) ?? code).join(', '),
    status: staffText(locale, `review.status.${row.caseStatus}`),
    requestedAmount: row.requestedAmount,
    score: row.score ?? undefined,
    reviews: row.reviews,
    grantedAmount: row.grantedAmount,
  };
}
