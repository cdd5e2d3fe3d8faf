/**
 * How reviewers' scores become one figure per proposal. Each reviewer gives every criterion of the
 * call 0 to 5; a review counts once it scores them all. A proposal's score is the weighted mean of
 * its complete reviews, on 0–100, so proposals of one call can be compared at the decision meeting.
 */

export const MAX_CRITERION_SCORE = 5;

export interface Criterion {
  title: string;
  /** Relative weight; a criterion without one weighs 1. */
  weight?: number | null | undefined;
}

export interface CriterionScore {
  /** Position of the criterion in the call. */
  criterion: number;
  score: number;
}

/** A review's score on 0–100, or undefined while a criterion is unscored or a score is out of range. */
export function reviewScore(criteria: readonly Criterion[], scores: readonly CriterionScore[]): number | undefined {
  if (criteria.length === 0) return undefined;
  let weighted = 0;
  let totalWeight = 0;
  for (const [position, criterion] of criteria.entries()) {
    const given = scores.find((entry) => entry.criterion === position)?.score;
    if (given === undefined || !Number.isFinite(given) || given < 0 || given > MAX_CRITERION_SCORE) return undefined;
    const weight = criterion.weight ?? 1;
    weighted += weight * (given / MAX_CRITERION_SCORE);
    totalWeight += weight;
  }
  return totalWeight === 0 ? undefined : round(100 * (weighted / totalWeight));
}

/** The mean of the complete reviews, with how many there were. */
export function proposalScore(
  criteria: readonly Criterion[],
  reviews: readonly { scores: readonly CriterionScore[] }[],
): { score: number | undefined; reviews: number } {
  const complete = reviews.map((review) => reviewScore(criteria, review.scores)).filter((score): score is number => score !== undefined);
  const score = complete.length === 0 ? undefined : round(complete.reduce((sum, value) => sum + value, 0) / complete.length);
  return { score, reviews: complete.length };
}

/** Reads what the database holds as scores, ignoring anything that is not a criterion score. */
export function parseScores(value: unknown): CriterionScore[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const { criterion, score } = (entry ?? {}) as Record<string, unknown>;
    return Number.isInteger(criterion) && typeof score === 'number' ? [{ criterion: criterion as number, score }] : [];
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
