import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, duplicateReasonsFor, possibleDuplicates, type Locale } from '@cb/domain';
import { attachmentDownloadPath, parseScores, reviewScore, type CriterionScore, type StaffTextId, type StaffTextValues } from '../app';
import type { Attachment, Criterion, DuplicateOf } from '../contracts';

/**
 * What the review's services share: the call with its criteria, the committee's records of a proposal
 * (assignment, conflict, scores), the caller as the review sees them, and the refusals they answer.
 */

export const CALL = 'api::project-call.project-call';
export const PROPOSAL = 'api::project-proposal.project-proposal';
export const REVIEW = 'api::proposal-review.proposal-review';

/** The staff member asking: who they are, whether they run the review (assign, read all, decide), and the language they read in. */
export interface Caller {
  id: number;
  name: string;
  decides: boolean;
  locale: Locale;
}

/** One staff text, perhaps with values (dates and amounts written per language): the controller words it in the caller's language. */
export interface Said {
  text: StaffTextId;
  values?: StaffTextValues | ((locale: Locale) => StaffTextValues);
}

/** A refusal: the HTTP status, what to say, and the field it is about (if any). */
export interface Refusal {
  refused: 400 | 403 | 404 | 409;
  said: Said[];
  field?: string;
}

export const refusal = (refused: Refusal['refused'], text: StaffTextId, values?: Said['values'], field?: string): Refusal => ({
  refused,
  said: [{ text, ...(values ? { values } : {}) }],
  ...(field ? { field } : {}),
});

export const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'refused' in value;

export interface CallWithCriteria {
  documentId: string;
  title: string;
  deadline: string;
  maxPerProject: number;
  totalBudget: number;
  criteria: Criterion[];
}

const CALL_FIELDS = ['title', 'deadline', 'maxPerProject', 'totalBudget'] as const;

/**
 * The call with its criteria, worded in the staff member's language; in the default locale (Dutch)
 * only when the call has no translation in that language. What is counted (the criteria, their
 * weights; scores refer to a criterion by its place) is the default locale's, the same for every reader.
 */
export async function callWithCriteria(strapi: Core.Strapi, documentId: string | null | undefined, locale: Locale): Promise<CallWithCriteria | undefined> {
  if (!documentId) return undefined;
  const inLocale = (wanted: Locale) => strapi.documents(CALL).findOne({ documentId, locale: wanted, fields: [...CALL_FIELDS], populate: { criteria: true } });
  const [worded, counted] = await Promise.all([inLocale(locale), locale === DEFAULT_LOCALE ? null : inLocale(DEFAULT_LOCALE)]);
  const base = counted ?? worded;
  return base ? callOf(base, worded ?? base) : undefined;
}

/** Every published call, each worded in the staff member's language (else the default locale's), newest deadline first. */
export async function publishedCalls(strapi: Core.Strapi, locale: Locale): Promise<CallWithCriteria[]> {
  const inLocale = (wanted: Locale) =>
    strapi.documents(CALL).findMany({ locale: wanted, status: 'published', fields: [...CALL_FIELDS], populate: { criteria: true } });
  const [worded, counted] = await Promise.all([inLocale(locale), locale === DEFAULT_LOCALE ? [] : inLocale(DEFAULT_LOCALE)]);
  const wordedById = new Map(worded.map((call) => [call.documentId, call]));
  const countedIds = new Set(counted.map((call) => call.documentId));
  const calls = [
    ...counted.map((call) => callOf(call, wordedById.get(call.documentId) ?? call)),
    ...worded.filter((call) => !countedIds.has(call.documentId)).map((call) => callOf(call, call)),
  ];
  return calls.sort((a, b) => b.deadline.localeCompare(a.deadline));
}

type StoredCriterion = { title?: string | null; description?: string | null; weight?: number | null };

interface StoredCall {
  documentId: string;
  title?: string | null;
  deadline?: unknown;
  maxPerProject?: unknown;
  totalBudget?: unknown;
  criteria?: readonly StoredCriterion[] | null;
}

/** A call's figures and criteria as `counted` has them, its words from `worded` (the same criterion by place, else the counted one's). */
function callOf(counted: StoredCall, worded: StoredCall): CallWithCriteria {
  return {
    documentId: counted.documentId,
    title: worded.title || counted.title || '',
    deadline: counted.deadline instanceof Date ? counted.deadline.toISOString() : String(counted.deadline ?? ''),
    maxPerProject: Number(counted.maxPerProject),
    totalBudget: Number(counted.totalBudget ?? 0),
    criteria: criteriaOf(counted.criteria, worded.criteria),
  };
}

function criteriaOf(counted: StoredCall['criteria'], worded: StoredCall['criteria']): Criterion[] {
  return (counted ?? []).map((criterion, place) => {
    const words = worded?.[place];
    return {
      title: words?.title || criterion.title || '',
      description: words?.description || criterion.description || null,
      weight: criterion.weight ?? null,
    };
  });
}

/** One committee member's record on one proposal. */
export interface CommitteeRecord {
  documentId: string;
  proposalDocumentId: string;
  reviewerId: number;
  reviewerName: string;
  scores: CriterionScore[];
  comment: string | undefined;
  reviewedAt: string | undefined;
  assignedAt: string | undefined;
  assignedByName: string | undefined;
  conflictDeclaredAt: string | undefined;
  conflictNote: string | undefined;
}

export async function committeeRecords(strapi: Core.Strapi, proposalDocumentIds: readonly string[]): Promise<CommitteeRecord[]> {
  if (proposalDocumentIds.length === 0) return [];
  const rows = await strapi.documents(REVIEW).findMany({
    filters: { proposal: { documentId: { $in: [...proposalDocumentIds] } } },
    fields: ['reviewerId', 'reviewerName', 'scores', 'comment', 'reviewedAt', 'assignedAt', 'assignedByName', 'conflictDeclaredAt', 'conflictNote'],
    populate: { proposal: { fields: ['documentId'] } },
    sort: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    documentId: row.documentId,
    proposalDocumentId: row.proposal?.documentId ?? '',
    reviewerId: Number(row.reviewerId),
    reviewerName: row.reviewerName ?? '',
    scores: parseScores(row.scores),
    comment: row.comment ?? undefined,
    reviewedAt: dateText(row.reviewedAt),
    assignedAt: dateText(row.assignedAt),
    assignedByName: row.assignedByName ?? undefined,
    conflictDeclaredAt: dateText(row.conflictDeclaredAt),
    conflictNote: row.conflictNote ?? undefined,
  }));
}

/** A review counts once every criterion is scored, and not from someone who declared a conflict. */
export function completeScore(criteria: readonly Criterion[], record: CommitteeRecord): number | undefined {
  return record.conflictDeclaredAt ? undefined : reviewScore(criteria, record.scores);
}

/** The committee member is on this proposal: assigned, or reviewing it of their own accord (staff who decide). */
export const isOnProposal = (record: CommitteeRecord): boolean => Boolean(record.assignedAt || record.reviewedAt || record.conflictDeclaredAt);

export function nameOf(user: { id: number; firstname?: string | null; lastname?: string | null; email?: string | null }): string {
  return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `admin ${user.id}`;
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The files' metadata as the intake stored it, each with the admin route that streams it. */
export function attachmentsOf(proposalDocumentId: string, stored: unknown): Attachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((file: unknown) => {
    if (typeof file !== 'object' || file === null) return [];
    const { id, name, type, size } = { id: undefined, name: undefined, type: undefined, size: undefined, ...file };
    if (typeof id !== 'string') return [];
    return [{ id, name: String(name ?? ''), type: String(type ?? ''), size: Number(size ?? 0), url: attachmentDownloadPath(proposalDocumentId, id) }];
  });
}

/**
 * For each proposal of a call, the others that may be the same project (same organisation, contact
 * detail, or text), and why: which contact detail matched only for a reader who may read contact details.
 */
export async function duplicatesInCall(strapi: Core.Strapi, callDocumentId: string, mayReadContactDetails: boolean): Promise<Map<string, DuplicateOf[]>> {
  const proposals = await strapi.documents(PROPOSAL).findMany({
    filters: { projectCallDocumentId: { $eq: callDocumentId } },
    fields: ['reference', 'projectTitle', 'organisationName', 'enterpriseNumber', 'email', 'phone', 'description', 'targetGroup'],
    populate: { budgetLines: true },
  });
  const byId = new Map(proposals.map((proposal) => [proposal.documentId, proposal]));
  const pairs = possibleDuplicates(
    proposals.map((proposal) => ({
      id: proposal.documentId,
      organisationName: proposal.organisationName,
      enterpriseNumber: proposal.enterpriseNumber,
      email: proposal.email,
      phone: proposal.phone,
      text: [proposal.projectTitle, proposal.description, proposal.targetGroup, ...(proposal.budgetLines ?? []).map((line) => line.label)].join(' '),
    })),
  );
  const found = new Map<string, DuplicateOf[]>();
  for (const { ids, reasons, similarity } of pairs) {
    for (const [one, other] of [ids, [ids[1], ids[0]]] as const) {
      const twin = byId.get(other);
      const list = found.get(one) ?? [];
      list.push({
        documentId: other,
        reference: twin?.reference ?? '',
        projectTitle: twin?.projectTitle ?? '',
        reasons: duplicateReasonsFor(reasons, mayReadContactDetails),
        similarity,
      });
      found.set(one, list);
    }
  }
  return found;
}
