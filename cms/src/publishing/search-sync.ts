import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { isContentKind, syncDocumentAllLocales, type ContentKind } from '@cb/search';
import { configOf } from '../config';
import type { DurableOutbox } from '../outbox';
import type { PublicChange, PublicChangeListener } from './public-changes';

interface Target {
  kind: ContentKind;
  documentId: string;
}

const SEARCH_SYNC = 'search-sync';

/**
 * Keeps the search indexes in step with what the CMS publishes. Each change records an outbox job
 * per affected document, in the change's transaction; the job has @cb/search re-read the document
 * in every locale from the public API and index or remove it. When Meilisearch is down, publishing
 * still works and the job is retried with back-off, across restarts (a full reindex repairs
 * everything too). Returns the recorder to give watchPublicChanges.
 */
export function searchSync(strapi: Core.Strapi, outbox: DurableOutbox): PublicChangeListener | undefined {
  const { search } = configOf(strapi);
  if (!search) {
    strapi.log.info('Search sync is off (MEILI_URL and MEILI_MASTER_KEY are not set).');
    return undefined;
  }
  const meili = { ...search, timeoutMs: 3_000 };

  outbox.handle(SEARCH_SYNC, async (payload, job) => {
    const kind = payload.kind;
    if (typeof kind !== 'string' || !isContentKind(kind) || typeof payload.documentId !== 'string') return;
    const results = await syncDocumentAllLocales({ kind, documentId: payload.documentId }, { cms: { url: ownUrl(strapi) }, meili });
    const missed = results.filter((result) => result.status === 'missed');
    if (missed.length === 0) return;
    if (job.attempts === 1) {
      const what = missed.map((failure) => `${failure.kind} ${failure.documentId} (${failure.locale})`).join(', ');
      strapi.log.warn(
        `Search index not updated for ${what}: ${missed[0]?.reason ?? 'Meilisearch unreachable'}. It is retried until it succeeds; a reindex repairs it too.`,
      );
    }
    throw Object.assign(new Error('Search index not updated'), { code: 'ESEARCHSYNC' });
  });

  return async (change: PublicChange) => {
    for (const target of await affectedTargets(strapi, change)) {
      await outbox.record(SEARCH_SYNC, { kind: target.kind, documentId: target.documentId }, { label: `search update of ${target.kind} ${target.documentId}` });
    }
  };
}

/** The documents whose search entries show this change: an organisation's name appears on its initiatives. */
async function affectedTargets(strapi: Core.Strapi, { type, documentId }: PublicChange): Promise<Target[]> {
  if (!isContentKind(type)) return [];
  const targets: Target[] = [{ kind: type, documentId }];
  if (type === 'organisation') {
    const initiatives = await strapi.documents('api::initiative.initiative').findMany({
      filters: { organisation: { documentId } },
      fields: ['documentId'],
      locale: '*',
    });
    const ids = new Set(initiatives.map((initiative) => initiative.documentId));
    for (const id of ids) targets.push({ kind: 'initiative', documentId: id });
  }
  return targets;
}

/** The CMS's own public API, as this process listens to it (the port may be chosen at start). */
export function ownUrl(strapi: Core.Strapi): string {
  const address = strapi.server.httpServer.address() as AddressInfo | null;
  const port = address?.port ?? strapi.config.get<number>('server.port');
  return `http://127.0.0.1:${port}`;
}
