import type { LonelinessScore } from './loneliness.js';

/**
 * What the platform's outcomes are counted by, stated once: the kind of outcome a request had, and
 * the rule that no group smaller than MIN_GROUP_SIZE is ever shown (a small group could point to a
 * person). The CMS's dashboard and anything else that shows figures about people go through
 * `hideSmallGroup`.
 */

/** The kinds of outcome a request can have: someone found, an initiative suggested, or neither. */
export const OUTCOME_KINDS = ['matched', 'referred', 'not-matched'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The statuses of a match once staff confirmed that the two people were in touch. */
const CONTACT_MADE = new Set(['contacted', 'active', 'ended']);

/**
 * A request's outcome from its matches: matched once a volunteer and the person were in touch,
 * referred when an initiative or organisation was suggested instead, otherwise not matched.
 */
export function outcomeOf(matches: readonly { kind: string; caseStatus: string }[]): OutcomeKind {
  if (matches.some((match) => match.kind === 'match' && CONTACT_MADE.has(match.caseStatus))) return 'matched';
  if (matches.some((match) => match.kind === 'referral')) return 'referred';
  return 'not-matched';
}

/** Groups smaller than this are never shown: "fewer than 5" instead of a count or a mean. */
export const MIN_GROUP_SIZE = 5;

export type ShownGroup<Figures> = ({ shown: true; count: number } & Figures) | { shown: false; fewerThan: typeof MIN_GROUP_SIZE };

/** The group's count and figures, or only that it is smaller than MIN_GROUP_SIZE (and then no figure at all). */
export function hideSmallGroup<Figures extends object>(count: number, figures: () => Figures): ShownGroup<Figures> {
  if (count < MIN_GROUP_SIZE) return { shown: false, fewerThan: MIN_GROUP_SIZE };
  return { shown: true, count, ...figures() };
}

/** The three scores of the loneliness scale, as kept on a case. */
export type LonelinessScores = Pick<LonelinessScore, 'overall' | 'emotional' | 'social'>;

/** One request measured twice: when it came in, how it ended, both measures. */
export interface MeasuredTwice {
  /** YYYY-MM of the request (of the first measure). */
  month: string;
  outcome: OutcomeKind;
  before: LonelinessScores;
  after: LonelinessScores;
}

export type LonelinessChange = ShownGroup<{ meanChange: LonelinessScores }>;

export interface LonelinessChangeGroup {
  month: string;
  outcome: OutcomeKind;
  group: LonelinessChange;
}

/**
 * Per month and kind of outcome, the number measured twice and the mean change of each score
 * (after minus before: below zero is less lonely), rounded to a tenth; groups under MIN_GROUP_SIZE hidden.
 */
export function lonelinessChanges(measures: readonly MeasuredTwice[]): LonelinessChangeGroup[] {
  const groups = new Map<string, MeasuredTwice[]>();
  for (const measure of measures) {
    const key = `${measure.month}|${measure.outcome}`;
    groups.set(key, [...(groups.get(key) ?? []), measure]);
  }
  return [...groups.values()]
    .map((members) => ({
      month: members[0]!.month,
      outcome: members[0]!.outcome,
      group: hideSmallGroup(members.length, () => ({ meanChange: meanChange(members) })),
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || OUTCOME_KINDS.indexOf(a.outcome) - OUTCOME_KINDS.indexOf(b.outcome));
}

function meanChange(members: readonly MeasuredTwice[]): LonelinessScores {
  const mean = (score: keyof LonelinessScores) =>
    Math.round((members.reduce((sum, member) => sum + member.after[score] - member.before[score], 0) / members.length) * 10) / 10;
  return { overall: mean('overall'), emotional: mean('emotional'), social: mean('social') };
}
