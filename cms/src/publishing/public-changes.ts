import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '@cb/domain';

/** A public document whose published state may have changed, in every locale. */
export interface PublicChange {
  type: string;
  documentId: string;
}

export type PublicChangeListener = (change: PublicChange) => void | Promise<void>;

const PUBLIC_TYPES = new Set<string>([...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES]);
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Tells the recorders after every write to public content, inside the write's transaction, so a
 * committed change always has its outbox jobs (search update, site build) and a rolled-back one none.
 * The event carries only what changed (type, documentId): the jobs re-read the document in each
 * locale rather than trusting the action's payload, which is partial with i18n and draft & publish.
 */
export function watchPublicChanges(strapi: Core.Strapi, recorders: PublicChangeListener[]): void {
  strapi.documents.use(async (context, next) => {
    const type = context.uid.startsWith('api::') ? (context.uid.split('.')[1] ?? '') : '';
    if (!PUBLIC_TYPES.has(type) || !WRITE_ACTIONS.has(context.action) || recorders.length === 0) return next();
    return strapi.db.transaction(async () => {
      const written = await next();
      const documentId = documentIdOf(context.params, written);
      if (documentId) for (const record of recorders) await record({ type, documentId });
      return written;
    });
  });
}

function documentIdOf(params: unknown, result: unknown): string | undefined {
  const fromParams = (params as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromParams === 'string') return fromParams;
  const fromResult = (result as { documentId?: unknown } | undefined)?.documentId;
  return typeof fromResult === 'string' ? fromResult : undefined;
}
