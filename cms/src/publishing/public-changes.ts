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
 * Tells the listeners after every write to public content, once the Document Service has done it.
 * The event carries only what changed (type, documentId): listeners re-read the document in each
 * locale rather than trusting the action's payload, which is partial with i18n and draft & publish.
 * Recorders (outbox jobs) run inside the write's transaction, so a committed change always has them;
 * listeners run detached from the editor's request: a slow or failing listener never blocks or
 * breaks publishing.
 */
export function watchPublicChanges(strapi: Core.Strapi, listeners: PublicChangeListener[], recorders: PublicChangeListener[] = []): void {
  strapi.documents.use(async (context, next) => {
    const type = context.uid.startsWith('api::') ? context.uid.split('.')[1] ?? '' : '';
    if (!PUBLIC_TYPES.has(type) || !WRITE_ACTIONS.has(context.action)) return next();
    let change: PublicChange | undefined;
    const result = await strapi.db.transaction(async () => {
      const written = await next();
      const documentId = documentIdOf(context.params, written);
      change = documentId ? { type, documentId } : undefined;
      if (change) for (const record of recorders) await record(change);
      return written;
    });
    const changed = change;
    if (changed) for (const listener of listeners) setImmediate(() => runDetached(strapi, listener, changed));
    return result;
  });
}

/** A listener's failure is logged, never thrown: an unhandled rejection would stop the CMS. */
function runDetached(strapi: Core.Strapi, listener: PublicChangeListener, change: PublicChange): void {
  Promise.resolve()
    .then(() => listener(change))
    .catch((error: unknown) => strapi.log.error(`After a change to ${change.type} ${change.documentId}: ${(error as Error).message}`));
}

function documentIdOf(params: unknown, result: unknown): string | undefined {
  const fromParams = (params as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromParams === 'string') return fromParams;
  const fromResult = (result as { documentId?: unknown } | undefined)?.documentId;
  return typeof fromResult === 'string' ? fromResult : undefined;
}
