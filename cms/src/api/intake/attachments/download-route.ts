import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { kindOfType } from './file-types';
import { isStoredId, privateStorageOf } from './private-storage';
import { filesOwnedBy } from './ownership';
import { STORED_FILE_FIELDS } from './uploads';

const READ = 'plugin::content-manager.explorer.read';

/**
 * The records whose files staff download, by the collection named in the route. Who may read a
 * record's files field in the content manager may download them: for proposals the super admin and
 * the back office; for stories also editors, who turn submissions into stories.
 */
const DOWNLOADABLE = {
  'project-proposals': 'api::project-proposal.project-proposal',
  'story-submissions': 'api::story-submission.story-submission',
  'project-milestones': 'api::project-milestone.project-milestone',
} as const satisfies Record<string, keyof typeof STORED_FILE_FIELDS>;

export type DownloadableCollection = keyof typeof DOWNLOADABLE;

/** Where staff download a stored file: `GET /back-office/<project-proposals|story-submissions>/:documentId/attachments/:attachmentId`. */
export const ATTACHMENT_DOWNLOAD_PREFIX = '/back-office';
export const storedFileDownloadPath = (collection: DownloadableCollection, documentId: string, attachmentId: string) =>
  `${ATTACHMENT_DOWNLOAD_PREFIX}/${collection}/${encodeURIComponent(documentId)}/attachments/${attachmentId}`;
export const attachmentDownloadPath = (proposalDocumentId: string, attachmentId: string) =>
  storedFileDownloadPath('project-proposals', proposalDocumentId, attachmentId);
export const milestoneFileDownloadPath = (milestoneDocumentId: string, fileId: string) =>
  storedFileDownloadPath('project-milestones', milestoneDocumentId, fileId);
export const storyPhotoDownloadPath = (storyDocumentId: string, photoId: string) => storedFileDownloadPath('story-submissions', storyDocumentId, photoId);

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
 * Admin routes (admin session or admin token required, like the content manager's own routes)
 * that stream one stored file of one record to staff who may read the record's files field; not to
 * the content API's users, nor to anyone without a session.
 */
export function registerAttachmentDownloads(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: ATTACHMENT_DOWNLOAD_PREFIX,
    routes: Object.entries(DOWNLOADABLE).map(([collection, uid]) => ({
      method: 'GET',
      path: `/${collection}/:documentId/attachments/:attachmentId`,
      handler: downloadHandler(strapi, uid),
      config: {
        policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [[READ, uid]] } }],
      },
      info: { pluginName: 'admin' },
    })),
  });
}

function downloadHandler(strapi: Core.Strapi, uid: keyof typeof STORED_FILE_FIELDS): Core.MiddlewareHandler {
  const download = downloadOf(strapi, uid);
  // Koa's context carries the router's params and Strapi's answer helpers untyped: they are named here.
  return (ctx) => download(Object.assign(ctx, { params: ctx.params, notFound: ctx.notFound, forbidden: ctx.forbidden }));
}

function downloadOf(strapi: Core.Strapi, uid: keyof typeof STORED_FILE_FIELDS) {
  const field = STORED_FILE_FIELDS[uid];
  return async (ctx: DownloadContext) => {
    if (!ctx.state.userAbility?.can(READ, uid, field)) return ctx.forbidden();
    const { documentId, attachmentId } = ctx.params;
    if (!documentId || !isStoredId(attachmentId)) return ctx.notFound();

    // Only a file this record owns: a record that names another record's file serves nothing.
    const file = (await filesOwnedBy(strapi, uid, documentId)).find((candidate) => candidate.id === attachmentId);
    const storage = privateStorageOf(strapi);
    if (!file || !kindOfType(file.type) || !(await storage.exists(file.id))) return ctx.notFound();

    // Always a download, never shown in place: the sandbox below holds even if a browser sniffs.
    ctx.attachment(file.name);
    ctx.type = file.type;
    ctx.length = file.size;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    ctx.body = storage.read(file.id) satisfies Readable;
  };
}
