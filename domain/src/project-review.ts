/**
 * The rules of the project call's review committee, as pure functions: when a decision may be taken,
 * who may read the other reviewers' scores, how proposals are spread over reviewers, how a budget adds
 * up, and which proposals look like the same project sent twice.
 */

// ---------------------------------------------------------------------------------------------------
// Budget

export interface BudgetLineAmount {
  amount: number;
}

export interface BudgetSummary {
  /** The sum of the budget lines. */
  total: number;
  requested: number;
  /** The call's maximum per project. */
  maximum: number;
  /** The amount asked is above what the call gives one project. */
  requestedAboveMaximum: boolean;
  /** The lines add up to something else than the amount asked. */
  linesDifferFromRequested: boolean;
}

export function budgetSummary(lines: readonly BudgetLineAmount[], requested: number, maximum: number): BudgetSummary {
  const cents = lines.reduce((sum, line) => sum + Math.round((Number.isFinite(line.amount) ? line.amount : 0) * 100), 0);
  const total = cents / 100;
  return {
    total,
    requested,
    maximum,
    requestedAboveMaximum: requested > maximum,
    linesDifferFromRequested: lines.length > 0 && Math.round(requested * 100) !== cents,
  };
}

// ---------------------------------------------------------------------------------------------------
// When a decision may be taken

/** Why a decision cannot be taken yet. */
export const DECISION_BLOCKS = ['before-deadline', 'too-few-reviews'] as const;
export type DecisionBlock = (typeof DECISION_BLOCKS)[number];

export interface DecisionReadiness {
  now: Date;
  /** The call's deadline (ISO date-time). */
  deadline: string;
  /** Reviews that scored every criterion. */
  completeReviews: number;
  minimumReviews: number;
}

/** What stands in the way of a decision; empty when it may be taken. An unreadable deadline blocks. */
export function decisionBlocks({ now, deadline, completeReviews, minimumReviews }: DecisionReadiness): DecisionBlock[] {
  const closesAt = Date.parse(deadline);
  const blocks: DecisionBlock[] = [];
  if (!Number.isFinite(closesAt) || now.getTime() <= closesAt) blocks.push('before-deadline');
  if (completeReviews < minimumReviews) blocks.push('too-few-reviews');
  return blocks;
}

/** The shortest reason staff must give to decide despite the blocks (a word or two is no reason). */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

export type DecisionPermit = { allowed: true; overridden: DecisionBlock[] } | { allowed: false; blocks: DecisionBlock[]; reasonTooShort: boolean };

/** A decision is allowed when nothing blocks it, or when staff give a reason to override what does. */
export function decisionPermit(blocks: readonly DecisionBlock[], overrideReason: string | undefined): DecisionPermit {
  if (blocks.length === 0) return { allowed: true, overridden: [] };
  const reason = overrideReason?.trim() ?? '';
  if (reason.length >= MIN_OVERRIDE_REASON_LENGTH) return { allowed: true, overridden: [...blocks] };
  return { allowed: false, blocks: [...blocks], reasonTooShort: reason.length > 0 };
}

// ---------------------------------------------------------------------------------------------------
// Blind scoring

/**
 * A reviewer reads the other reviewers' scores and comments only once their own review is complete,
 * so that no one's score leans on another's; staff who decide read them all.
 */
export function mayReadOtherReviews(reader: { decides: boolean; ownReviewComplete: boolean }): boolean {
  return reader.decides || reader.ownReviewComplete;
}

// ---------------------------------------------------------------------------------------------------
// Spreading proposals over the committee

export interface ProposalToAssign {
  id: string;
  /** Reviewers already assigned. */
  assigned: readonly number[];
  /** Reviewers who declared a conflict of interest on it. */
  conflicts: readonly number[];
}

export interface Assignment {
  proposal: string;
  reviewer: number;
}

/**
 * New assignments so that each proposal has `perProposal` reviewers, given each time to the reviewer
 * with the fewest proposals so far (counting those already assigned), never to one with a conflict
 * and never twice to the same reviewer. Ties go to the reviewer listed first. A proposal keeps fewer
 * when too few reviewers are free for it.
 */
export function spreadEvenly(proposals: readonly ProposalToAssign[], reviewers: readonly number[], perProposal: number): Assignment[] {
  const load = new Map(reviewers.map((reviewer) => [reviewer, 0]));
  for (const proposal of proposals) for (const reviewer of proposal.assigned) if (load.has(reviewer)) load.set(reviewer, (load.get(reviewer) ?? 0) + 1);
  const added: Assignment[] = [];
  for (const proposal of proposals) {
    const taken = new Set([...proposal.assigned, ...proposal.conflicts]);
    let missing = perProposal - proposal.assigned.length;
    while (missing > 0) {
      const free = reviewers.filter((reviewer) => !taken.has(reviewer));
      if (free.length === 0) break;
      const next = free.reduce((best, reviewer) => ((load.get(reviewer) ?? 0) < (load.get(best) ?? 0) ? reviewer : best));
      added.push({ proposal: proposal.id, reviewer: next });
      taken.add(next);
      load.set(next, (load.get(next) ?? 0) + 1);
      missing -= 1;
    }
  }
  return added;
}

// ---------------------------------------------------------------------------------------------------
// Possible duplicates

/**
 * Why two proposals may be one: the contact detail that matched is named (e-mail address or phone
 * number) for staff who may read those details; `same-contact` says only that one of them matched,
 * for a reviewer who may not (see `duplicateReasonsFor`). The values themselves are never given.
 */
export const DUPLICATE_REASONS = ['same-organisation', 'same-enterprise-number', 'same-email', 'same-phone', 'same-contact', 'similar-text'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

const CONTACT_DETAIL_REASONS: readonly DuplicateReason[] = ['same-email', 'same-phone'];

/** The reasons as a reader may see them: which contact detail matched only for one who may read contact details. */
export function duplicateReasonsFor(reasons: readonly DuplicateReason[], mayReadContactDetails: boolean): DuplicateReason[] {
  const visible = reasons.map((reason) => (!mayReadContactDetails && CONTACT_DETAIL_REASONS.includes(reason) ? 'same-contact' : reason));
  return [...new Set(visible)];
}

export interface DuplicateCandidate {
  id: string;
  organisationName?: string | null | undefined;
  enterpriseNumber?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** Title, description, target group, budget lines: whatever the applicant wrote. */
  text: string;
}

export interface PossibleDuplicate {
  ids: [string, string];
  reasons: DuplicateReason[];
  /** Token similarity of the two texts, 0–1 (two decimals). */
  similarity: number;
}

/** At or above this share of shared words, two texts count as similar. */
export const SIMILAR_TEXT_THRESHOLD = 0.5;

/**
 * Pairs of proposals that may be one project sent twice: the same organisation (name or enterprise
 * number, however written), the same e-mail address or phone number, or texts that share most of their words. Words are
 * compared without case, accents or punctuation, so names, places, numbers and amounts, which a
 * translation keeps, make an NL and an FR copy of one text alike.
 */
export function possibleDuplicates(candidates: readonly DuplicateCandidate[], threshold = SIMILAR_TEXT_THRESHOLD): PossibleDuplicate[] {
  const prepared = candidates.map((candidate) => ({
    id: candidate.id,
    organisation: normalizedName(candidate.organisationName),
    enterprise: enterpriseNumberDigits(candidate.enterpriseNumber),
    email: candidate.email?.trim().toLowerCase() || undefined,
    phone: phoneKey(candidate.phone),
    tokens: textTokens(candidate.text),
  }));
  const pairs: PossibleDuplicate[] = [];
  for (const [index, one] of prepared.entries()) {
    for (const other of prepared.slice(index + 1)) {
      const similarity = tokenSimilarity(one.tokens, other.tokens);
      const reasons: DuplicateReason[] = [];
      if (one.organisation && one.organisation === other.organisation) reasons.push('same-organisation');
      if (one.enterprise && one.enterprise === other.enterprise) reasons.push('same-enterprise-number');
      if (one.email && one.email === other.email) reasons.push('same-email');
      if (one.phone && one.phone === other.phone) reasons.push('same-phone');
      if (similarity >= threshold) reasons.push('similar-text');
      if (reasons.length > 0) pairs.push({ ids: [one.id, other.id], reasons, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return pairs;
}

/** Lowercase, accents and punctuation away, legal forms (vzw, asbl, …) left out. */
export function normalizedName(name: string | null | undefined): string | undefined {
  const words = plainWords(name ?? '').filter((word) => !LEGAL_FORMS.has(word));
  return words.length > 0 ? words.join(' ') : undefined;
}

/** A Belgian enterprise number's ten digits, however it was typed (BE 0123.456.789, 123456789). */
export function enterpriseNumberDigits(value: string | null | undefined): string | undefined {
  const digits = (value ?? '').replace(/\D/g, '');
  if (digits.length < 9) return undefined;
  return digits.padStart(10, '0');
}

/** The words of a text worth comparing: three letters or more, or any number. */
export function textTokens(text: string): Set<string> {
  return new Set(plainWords(text).filter((word) => word.length >= 3 || /^\d+$/.test(word)));
}

/** Jaccard similarity of two sets of words (0 when both are empty). */
export function tokenSimilarity(one: ReadonlySet<string>, other: ReadonlySet<string>): number {
  if (one.size === 0 && other.size === 0) return 0;
  let shared = 0;
  for (const token of one) if (other.has(token)) shared += 1;
  return shared / (one.size + other.size - shared);
}

const LEGAL_FORMS = new Set(['vzw', 'asbl', 'bv', 'srl', 'nv', 'sa', 'cv', 'sc', 'vof', 'feitelijke', 'vereniging', 'association', 'de', 'fait']);

function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function phoneKey(phone: string | null | undefined): string | undefined {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 8 ? digits.slice(-8) : undefined;
}
