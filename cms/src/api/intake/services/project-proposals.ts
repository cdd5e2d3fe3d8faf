import type { Core, Data } from '@strapi/strapi';
import { brusselsDay, type Locale } from '@cb/domain';
import { fieldMessage, fieldMessages, validateIntake, type IntakeData, type ProposalLimits } from '@cb/domain/intake';
import { privateStorageOf } from '../attachments/private-storage';
import {
  PROPOSAL_ATTACHMENTS,
  discardUploads,
  inspectUploads,
  keepUploads,
  removeStoredFiles,
  uploadedFilesOf,
  type AttachmentMetadata,
  type UploadedFile,
} from '../attachments/uploads';

const PROJECT_CALL = 'api::project-call.project-call';

export type ProposalData = IntakeData<'project-proposal'>;
export type CheckedProposal = ProposalData & { attachments: AttachmentMetadata[] };

/** The files koa-body left, as a list or as it keeps them (`ctx.request.files`, by field name). */
export type PostedFiles = readonly UploadedFile[] | Record<string, UploadedFile | UploadedFile[]> | undefined;

export type ProposalCheck = { ok: true; data: CheckedProposal } | { ok: false; errors: Record<string, string> };

interface CallDates {
  maxPerProject: number;
  opensOn: string;
  deadline: string;
}

/** The day it is in Brussels, as YYYY-MM-DD: a call opens at the start of its opening day there. */
const brusselsToday = brusselsDay;

/** A date column as YYYY-MM-DD, whether the driver gives a string (SQLite) or a Date (PostgreSQL). */
function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

export function isOpen(call: CallDates, now: Date = new Date()): boolean {
  return call.opensOn <= brusselsToday(now) && now.getTime() <= new Date(call.deadline).getTime();
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const storage = () => privateStorageOf(strapi);

  /** The published call with this documentId (its numbers are the same in every locale). */
  async function publishedCall(documentId: unknown): Promise<CallDates | undefined> {
    if (typeof documentId !== 'string' || documentId === '') return undefined;
    // Query Engine read, for speed: three columns of the published row, on every proposal post.
    const call: Data.ContentType<typeof PROJECT_CALL, 'maxPerProject' | 'opensOn' | 'deadline'> | null = await strapi.db.query(PROJECT_CALL).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ['maxPerProject', 'opensOn', 'deadline'],
    });
    return call
      ? { maxPerProject: Number(call.maxPerProject), opensOn: isoDate(call.opensOn), deadline: new Date(call.deadline ?? 0).toISOString() }
      : undefined;
  }

  async function limitsFor(projectCallDocumentId: unknown): Promise<ProposalLimits | undefined> {
    const call = await publishedCall(projectCallDocumentId);
    return call && isOpen(call) ? { maxPerProject: call.maxPerProject } : undefined;
  }

  return {
    /** The limits of an open, published call; none for a call that does not exist or is closed. */
    limitsFor,

    /**
     * What the shared schema cannot know: the call is published and open today, the amount is
     * within its maximum, and the attachments are PDF, JPEG or PNG by their bytes, at most 5 of
     * 10 MB. Accepted attachments are moved into private storage and described in `attachments`;
     * on any error nothing is kept and every temporary upload is removed.
     */
    async check(data: ProposalData, posted: PostedFiles = [], locale: Locale = 'nl'): Promise<ProposalCheck> {
      const files = uploadedFilesOf(posted);
      try {
        const limits = await limitsFor(data.projectCallDocumentId);
        const errors: Record<string, string> = limits ? errorsWithin(data, limits, locale) : { projectCallDocumentId: fieldMessage('call-not-open', locale) };
        const inspection = await inspectUploads(files, locale, PROPOSAL_ATTACHMENTS);
        if (!inspection.ok) Object.assign(errors, inspection.errors);
        if (Object.keys(errors).length > 0 || !inspection.ok) return { ok: false, errors };

        const attachments = await keepUploads(inspection.uploads, storage());
        return { ok: true, data: { ...data, attachments } };
      } finally {
        // Accepted files were moved away already; whatever is left is refused or empty.
        await discardUploads(files);
      }
    },

    /** Removes the temporary uploads of a proposal refused before `check` (koa-body leaves them). */
    async discardUploads(posted: PostedFiles): Promise<void> {
      await discardUploads(uploadedFilesOf(posted));
    },

    /**
     * Removes the stored attachments of a checked proposal that was not stored after all (the
     * store answered a retry with the first submission, or failed).
     */
    async discard(data: { attachments?: readonly AttachmentMetadata[] }): Promise<void> {
      await removeStoredFiles(data.attachments, storage());
    },
  };
};

function errorsWithin(data: ProposalData, limits: ProposalLimits, locale: Locale): Record<string, string> {
  const validation = validateIntake('project-proposal', data, fieldMessages(locale), limits);
  return validation.ok ? {} : validation.errors;
}
