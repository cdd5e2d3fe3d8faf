import { isDecidedProposal, type ProposalStatus } from './cases.js';

/**
 * What follows a granted proposal: its milestones (planned, reported by the applicant through a
 * signed link), and the call's dashboard figures. Pure rules; the CMS stores and mails.
 */

/** How long the milestone link mailed to an applicant works. */
export const MILESTONE_LINK_DAYS = 120;
export const MILESTONE_WHAT_MAX_LENGTH = 200;
export const MILESTONE_REPORT_MAX_LENGTH = 2000;
export const MAX_MILESTONES = 20;

export interface MilestoneState {
  plannedOn: string;
  done: boolean;
}

/** Late: its planned day (YYYY-MM-DD, Brussels) is before today and it is not done. */
export function isLateMilestone(milestone: MilestoneState, today: string): boolean {
  return !milestone.done && milestone.plannedOn < today;
}

// ---------------------------------------------------------------------------------------------------
// The call's dashboard

export interface DashboardProposal {
  caseStatus: ProposalStatus;
  requestedAmount: number;
  grantedAmount: number | null;
  decidedAt: string | null;
}

export interface DashboardReview {
  reviewerName: string;
  complete: boolean;
}

export interface CallDashboard {
  /** Proposals per status; a status no proposal has is left out. */
  byStatus: Partial<Record<ProposalStatus, number>>;
  requested: number;
  granted: number;
  budget: number;
  /** What is left of the budget after the grants (negative when over). */
  left: number;
  reviewsByReviewer: { reviewer: string; done: number }[];
  /**
   * Whole days from the deadline to each decision taken after it: the mean and the longest, or null
   * before any. A decision before the deadline (the rules overridden, with a reason) is not a wait of
   * zero days: it is counted apart, in `decidedBeforeDeadline`, so it neither lowers the mean nor hides.
   */
  daysToDecision: { mean: number; longest: number; decided: number } | null;
  /** Decisions taken before the call's deadline (only by overriding the rules). */
  decidedBeforeDeadline: number;
}

const DAY = 24 * 60 * 60 * 1000;

export function callDashboard(
  proposals: readonly DashboardProposal[],
  reviews: readonly DashboardReview[],
  call: { totalBudget: number; deadline: string },
): CallDashboard {
  const byStatus: Partial<Record<ProposalStatus, number>> = {};
  for (const { caseStatus } of proposals) byStatus[caseStatus] = (byStatus[caseStatus] ?? 0) + 1;
  const cents = (amounts: number[]) => amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100;
  const requested = cents(proposals.map((proposal) => proposal.requestedAmount));
  const granted = cents(proposals.filter((proposal) => proposal.caseStatus === 'approved').map((proposal) => proposal.grantedAmount ?? 0));
  const done = new Map<string, number>();
  for (const review of reviews) if (review.complete) done.set(review.reviewerName, (done.get(review.reviewerName) ?? 0) + 1);
  const deadline = Date.parse(call.deadline);
  const decisionTimes = proposals.flatMap((proposal) => (isDecidedProposal(proposal.caseStatus) && proposal.decidedAt ? [Date.parse(proposal.decidedAt)] : []));
  const days = decisionTimes.filter((time) => time >= deadline).map((time) => Math.floor((time - deadline) / DAY));
  return {
    byStatus,
    requested,
    granted,
    budget: call.totalBudget,
    left: cents([call.totalBudget, -granted]),
    reviewsByReviewer: [...done].map(([reviewer, count]) => ({ reviewer, done: count })).sort((one, other) => one.reviewer.localeCompare(other.reviewer)),
    daysToDecision:
      days.length === 0 ? null : { mean: Math.round(days.reduce((sum, day) => sum + day, 0) / days.length), longest: Math.max(...days), decided: days.length },
    decidedBeforeDeadline: decisionTimes.length - days.length,
  };
}
