import { describe, expect, it } from 'vitest';
import { callDashboard, isLateMilestone, type DashboardProposal } from '../src/index.js';

describe('a milestone', () => {
  it('is late once its planned day has passed and it is not done', () => {
    expect(isLateMilestone({ plannedOn: '2026-12-04', done: false }, '2026-12-05')).toBe(true);
    expect(isLateMilestone({ plannedOn: '2026-12-05', done: false }, '2026-12-05')).toBe(false);
    expect(isLateMilestone({ plannedOn: '2026-12-01', done: true }, '2026-12-05')).toBe(false);
  });
});

describe("a call's dashboard", () => {
  const call = { totalBudget: 10_000, deadline: '2026-10-01T22:00:00.000Z' };
  const proposals: DashboardProposal[] = [
    { caseStatus: 'approved', requestedAmount: 2500.1, grantedAmount: 2000.2, decidedAt: '2026-10-15T10:00:00.000Z' },
    { caseStatus: 'approved', requestedAmount: 4000, grantedAmount: 4000.1, decidedAt: '2026-10-05T10:00:00.000Z' },
    { caseStatus: 'rejected', requestedAmount: 1000, grantedAmount: null, decidedAt: '2026-10-30T10:00:00.000Z' },
    { caseStatus: 'in-review', requestedAmount: 3000, grantedAmount: null, decidedAt: null },
  ];

  it('counts proposals per status, leaving out the statuses nobody has', () => {
    expect(callDashboard(proposals, [], call).byStatus).toEqual({ approved: 2, rejected: 1, 'in-review': 1 });
  });

  it('adds amounts in cents: requested, granted to approved proposals only, and what is left of the budget', () => {
    const figures = callDashboard(proposals, [], call);
    expect(figures).toMatchObject({ requested: 10_500.1, granted: 6000.3, budget: 10_000, left: 3999.7 });
  });

  it('counts finished reviews per reviewer, in name order', () => {
    const reviews = [
      { reviewerName: 'Sofie', complete: true },
      { reviewerName: 'Ahmed', complete: true },
      { reviewerName: 'Sofie', complete: true },
      { reviewerName: 'Ahmed', complete: false },
    ];
    expect(callDashboard(proposals, reviews, call).reviewsByReviewer).toEqual([
      { reviewer: 'Ahmed', done: 1 },
      { reviewer: 'Sofie', done: 2 },
    ]);
  });

  it('gives the whole days from the deadline to each decision, or nothing before the first', () => {
    expect(callDashboard(proposals, [], call).daysToDecision).toEqual({ mean: 15, longest: 28, decided: 3 });
    expect(callDashboard(proposals.slice(3), [], call).daysToDecision).toBeNull();
  });

  it('counts a decision taken before the deadline (rules overridden) apart, not as a wait of zero days', () => {
    const early: DashboardProposal = { caseStatus: 'approved', requestedAmount: 1000, grantedAmount: 1000, decidedAt: '2026-09-20T10:00:00.000Z' };
    const figures = callDashboard([...proposals, early], [], call);
    expect(figures.daysToDecision).toEqual({ mean: 15, longest: 28, decided: 3 });
    expect(figures.decidedBeforeDeadline).toBe(1);
    expect(callDashboard([early], [], call)).toMatchObject({ daysToDecision: null, decidedBeforeDeadline: 1 });
    expect(callDashboard(proposals, [], call).decidedBeforeDeadline).toBe(0);
  });

  it('counts a decision on the deadline’s own day as zero days, after it', () => {
    const sameDay: DashboardProposal = { caseStatus: 'rejected', requestedAmount: 1000, grantedAmount: null, decidedAt: '2026-10-02T08:00:00.000Z' };
    expect(callDashboard([sameDay], [], call)).toMatchObject({ daysToDecision: { mean: 0, longest: 0, decided: 1 }, decidedBeforeDeadline: 0 });
  });
});
