import type { Core } from '@strapi/strapi';
import { brusselsDay, callDashboard, isLateMilestone, type Locale } from '@cb/domain';
import { milestoneFileDownloadPath, milestonesOf, notifyMilestonesPlanned, planMilestones, type Milestone } from '../app';
import type { CallDashboardView, MilestonesView, MilestoneView } from '../contracts';
import { PROPOSAL, callWithCriteria, committeeRecords, completeScore, refusal, type Refusal } from './proposal-records';
import { amountOrNull } from './proposals';

/**
 * After the decision (staff who decide): a granted proposal's milestones, planned here and reported
 * by the applicant through the link mailed on saving; and the call's dashboard.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function proposalState(proposalDocumentId: string) {
    return strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['caseStatus', 'publicationConsentAt'] });
  }

  async function view(proposalDocumentId: string, consentAt: unknown): Promise<MilestonesView> {
    const today = brusselsDay(new Date());
    return {
      milestones: (await milestonesOf(strapi, proposalDocumentId)).map((milestone) => milestoneView(milestone, today)),
      publicationConsentAt: consentAt ? new Date(String(consentAt)).toISOString() : null,
    };
  }

  return {
    async milestones(proposalDocumentId: string): Promise<MilestonesView | Refusal> {
      const proposal = await proposalState(proposalDocumentId);
      if (!proposal) return refusal(404, 'review.refused.noProposal');
      return view(proposalDocumentId, proposal.publicationConsentAt);
    },

    /** Saves the plan and records the applicant's mail with the link (once per save). Approved proposals only. */
    async plan(proposalDocumentId: string, planned: { documentId?: string | undefined; plannedOn: string; what: string }[]): Promise<MilestonesView | Refusal> {
      const proposal = await proposalState(proposalDocumentId);
      if (!proposal) return refusal(404, 'review.refused.noProposal');
      if (proposal.caseStatus !== 'approved') return refusal(409, 'milestones.refused.notGranted');
      await planMilestones(strapi, proposalDocumentId, planned);
      if (planned.length > 0) await notifyMilestonesPlanned(strapi, proposalDocumentId, new Date().toISOString());
      return view(proposalDocumentId, proposal.publicationConsentAt);
    },

    async dashboard(callDocumentId: string, locale: Locale): Promise<CallDashboardView | Refusal> {
      const call = await callWithCriteria(strapi, callDocumentId, locale);
      if (!call) return refusal(404, 'review.refused.noCall');
      const proposals = await strapi.documents(PROPOSAL).findMany({
        filters: { projectCallDocumentId: callDocumentId },
        fields: ['caseStatus', 'requestedAmount', 'grantedAmount', 'decidedAt'],
      });
      const records = await committeeRecords(
        strapi,
        proposals.map((proposal) => proposal.documentId),
      );
      const figures = callDashboard(
        proposals.map((proposal) => ({
          caseStatus: proposal.caseStatus ?? 'received',
          requestedAmount: amountOrNull(proposal.requestedAmount) ?? 0,
          grantedAmount: amountOrNull(proposal.grantedAmount),
          decidedAt: proposal.decidedAt ? String(proposal.decidedAt) : null,
        })),
        records.map((record) => ({ reviewerName: record.reviewerName, complete: completeScore(call.criteria, record) !== undefined })),
        { totalBudget: call.totalBudget, deadline: call.deadline },
      );
      return { callTitle: call.title, ...figures };
    },
  };
};

function milestoneView(milestone: Milestone, today: string): MilestoneView {
  return {
    documentId: milestone.documentId,
    plannedOn: milestone.plannedOn,
    what: milestone.what,
    done: milestone.done,
    late: isLateMilestone(milestone, today),
    report: milestone.report,
    reportedAt: milestone.reportedAt,
    files: milestone.files.map((file) => ({
      name: file.name,
      type: file.type,
      size: file.size,
      downloadPath: milestoneFileDownloadPath(milestone.documentId, file.id),
    })),
  };
}
