import type { Core } from '@strapi/strapi';
import { isLateMilestone } from '@cb/domain';
import { storedFilesOf, type AttachmentMetadata } from '../api/intake/attachments/uploads';
import { draftFundedProject } from './funded-project';

/**
 * The milestones of granted proposals: staff plan them, the applicant reports on them through the
 * signed link (milestones/links.ts), and the morning digest lists the late ones. Private records.
 */

export const MILESTONE = 'api::project-milestone.project-milestone';
const PROPOSAL = 'api::project-proposal.project-proposal';

export interface Milestone {
  documentId: string;
  proposalDocumentId: string;
  plannedOn: string;
  what: string;
  done: boolean;
  report: string | null;
  files: AttachmentMetadata[];
  reportedAt: string | null;
}

export interface PlannedMilestone {
  documentId?: string | undefined;
  plannedOn: string;
  what: string;
}

const FIELDS = ['documentId', 'proposalDocumentId', 'plannedOn', 'what', 'done', 'report', 'files', 'reportedAt'];

export async function milestonesOf(strapi: Core.Strapi, proposalDocumentId: string): Promise<Milestone[]> {
  const rows: unknown[] = await strapi.db
    .query(MILESTONE)
    .findMany({ where: { proposalDocumentId }, select: FIELDS, orderBy: [{ plannedOn: 'asc' }, { id: 'asc' }] });
  return rows.map(milestoneOf);
}

/** The proposal's state as the milestone page needs it: granted or not, and whether a public page was agreed to. */
export async function grantedProposal(strapi: Core.Strapi, proposalDocumentId: string) {
  const row: { caseStatus?: unknown; publicationConsentAt?: unknown; anonymisedAt?: unknown } | null = await strapi.db
    .query(PROPOSAL)
    .findOne({ where: { documentId: proposalDocumentId }, select: ['caseStatus', 'publicationConsentAt', 'anonymisedAt'] });
  if (!row || row.caseStatus !== 'approved' || row.anonymisedAt) return undefined;
  return { consented: Boolean(row.publicationConsentAt) };
}

/**
 * Staff's plan: milestones named by documentId are changed (a done one keeps its report), new ones
 * created, and the proposal's others removed. One transaction.
 */
export async function planMilestones(strapi: Core.Strapi, proposalDocumentId: string, planned: readonly PlannedMilestone[]): Promise<Milestone[]> {
  await strapi.db.transaction(async () => {
    const existing = await milestonesOf(strapi, proposalDocumentId);
    const kept = new Set(planned.map((milestone) => milestone.documentId).filter(Boolean));
    for (const gone of existing.filter((milestone) => !kept.has(milestone.documentId))) {
      await strapi.documents(MILESTONE).delete({ documentId: gone.documentId });
    }
    for (const { documentId, plannedOn, what } of planned) {
      if (documentId && existing.some((milestone) => milestone.documentId === documentId)) {
        await strapi.documents(MILESTONE).update({ documentId, data: { plannedOn, what } });
      } else {
        await strapi.documents(MILESTONE).create({ data: { proposalDocumentId, plannedOn, what, done: false } });
      }
    }
  });
  return milestonesOf(strapi, proposalDocumentId);
}

export interface MilestoneReport {
  milestone: string;
  done: boolean;
  report: string;
  files: readonly AttachmentMetadata[];
}

export type ReportOutcome = 'recorded' | 'other-proposal' | 'already-done' | 'gone';

/**
 * The applicant's report on one milestone. The milestone must be the link's proposal's; once done, a
 * milestone is closed: a replayed or late post changes nothing (its files are the caller's to remove).
 */
export async function recordMilestoneReport(strapi: Core.Strapi, proposalDocumentId: string, report: MilestoneReport): Promise<ReportOutcome> {
  return strapi.db.transaction(async () => {
    if (!(await grantedProposal(strapi, proposalDocumentId))) return 'gone';
    const row: unknown = await strapi.db.query(MILESTONE).findOne({ where: { documentId: report.milestone }, select: FIELDS });
    if (!row) return 'other-proposal';
    const milestone = milestoneOf(row);
    if (milestone.proposalDocumentId !== proposalDocumentId) return 'other-proposal';
    if (milestone.done) return 'already-done';
    await strapi.documents(MILESTONE).update({
      documentId: milestone.documentId,
      data: {
        done: report.done,
        report: report.report || milestone.report || undefined,
        files: [...milestone.files, ...report.files].map((file) => ({ ...file })),
        reportedAt: new Date().toISOString(),
      },
    });
    return 'recorded';
  });
}

/** The applicant agrees to a public page: recorded once, and the editors' draft made (once). */
export async function recordPublicationConsent(strapi: Core.Strapi, proposalDocumentId: string): Promise<'recorded' | 'gone'> {
  const proposal = await grantedProposal(strapi, proposalDocumentId);
  if (!proposal) return 'gone';
  if (!proposal.consented) {
    await strapi.documents(PROPOSAL).update({ documentId: proposalDocumentId, data: { publicationConsentAt: new Date().toISOString() } });
  }
  await draftFundedProject(strapi, proposalDocumentId);
  return 'recorded';
}

export interface LateMilestone {
  reference: string;
  what: string;
  plannedOn: string;
}

/** Milestones of granted proposals planned before `today` (YYYY-MM-DD) and not done, oldest first. */
export async function lateMilestones(strapi: Core.Strapi, today: string): Promise<LateMilestone[]> {
  const rows: unknown[] = await strapi.db
    .query(MILESTONE)
    .findMany({ where: { done: false, plannedOn: { $lt: today } }, select: FIELDS, orderBy: [{ plannedOn: 'asc' }, { id: 'asc' }] });
  const late = rows.map(milestoneOf).filter((milestone) => isLateMilestone(milestone, today));
  if (late.length === 0) return [];
  const proposals: { documentId: string; reference: unknown; caseStatus: unknown }[] = await strapi.db.query(PROPOSAL).findMany({
    where: { documentId: { $in: [...new Set(late.map((milestone) => milestone.proposalDocumentId))] } },
    select: ['documentId', 'reference', 'caseStatus'],
  });
  const granted = new Map(
    proposals.filter((proposal) => proposal.caseStatus === 'approved').map((proposal) => [proposal.documentId, String(proposal.reference)]),
  );
  return late.flatMap((milestone) => {
    const reference = granted.get(milestone.proposalDocumentId);
    return reference ? [{ reference, what: milestone.what, plannedOn: milestone.plannedOn }] : [];
  });
}

function milestoneOf(value: unknown): Milestone {
  const row = (value ?? {}) as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' && field !== '' ? field : null);
  return {
    documentId: String(row.documentId),
    proposalDocumentId: String(row.proposalDocumentId),
    plannedOn: String(row.plannedOn).slice(0, 10),
    what: String(row.what ?? ''),
    done: row.done === true || row.done === 1,
    report: text(row.report),
    files: storedFilesOf(row.files),
    reportedAt: row.reportedAt ? new Date(String(row.reportedAt)).toISOString() : null,
  };
}
