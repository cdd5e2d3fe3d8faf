import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { kindOfType } from './file-types';
import { PrivateStorage, isStoredId, privateUploadsDir } from './private-storage';
import type { AttachmentMetadata } from './uploads';

const PROJECT_PROPOSAL = 'api::project-proposal.project-proposal';
const READ = 'plugin::content-manager.explorer.read';

/** Where staff download an attachment: `GET /back-office/project-proposals/:documentId/attachments/:attachmentId`. */
export const ATTACHMENT_DOWNLOAD_PREFIX = '/back-office';
export const attachmentDownloadPath = (proposalDocumentId: string, attachmentId: string) =>
  `${ATTACHMENT_DOWNLOAD_PREFIX}/project-proposals/${encodeURIComponent(proposalDocumentId)}/attachments/${attachmentId}`;

interface Ability {
  can(action: string, subject: string, field?: string): boolean;
}

interface DownloadContext {
  params: { documentId?: string; attachmentId?: string };
  state: { userAbility?: Ability };
  status: number;
  type: string;
  length: number;
  body: unknown;
  set(field: string, value: string): void;
  attachment(filename: string): void;
  notFound(): void;
  forbidden(): void;
}

/**
 * An admin route (admin session or admin token required, like the content manager's own routes)
 * that streams one attachment of one proposal to staff who may read the proposal's attachments:
 * the super admin and the back office, not editors, not the content API's users.
 */
export function registerAttachmentDownloads(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: ATTACHMENT_DOWNLOAD_PREFIX,
    routes: [
      {
        method: 'GET',
        path: '/project-proposals/:documentId/attachments/:attachmentId',
        handler: downloadHandler(strapi),
        config: {
          policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [[READ, PROJECT_PROPOSAL]] } }],
        },
      },
    ],
  } as never);
}

function downloadHandler(strapi: Core.Strapi) {
  return async (ctx: DownloadContext) => {
    if (!ctx.state.userAbility?.can(READ, PROJECT_PROPOSAL, 'attachments')) return ctx.forbidden();
    const { documentId, attachmentId } = ctx.params;
    if (!documentId || !isStoredId(attachmentId)) return ctx.notFound();

    const proposal = await strapi.db.query(PROJECT_PROPOSAL).findOne({ where: { documentId }, select: ['attachments'] });
    const attachment = attachmentsOf(proposal).find((candidate) => candidate.id === attachmentId);
    const storage = new PrivateStorage(privateUploadsDir(strapi.dirs.app.root));
    if (!attachment || !kindOfType(attachment.type) || !(await storage.exists(attachment.id))) return ctx.notFound();

    ctx.attachment(attachment.name);
    ctx.type = attachment.type;
    ctx.length = attachment.size;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    ctx.body = storage.read(attachment.id) satisfies Readable;
  };
}

function attachmentsOf(proposal: unknown): AttachmentMetadata[] {
  const attachments = (proposal as { attachments?: unknown } | null)?.attachments;
  return Array.isArray(attachments) ? (attachments as AttachmentMetadata[]) : [];
}
