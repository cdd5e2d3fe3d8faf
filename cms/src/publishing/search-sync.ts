import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { isContentKind, syncDocumentAllLocales, type ContentKind, type SyncResult } from '@cb/search';
import type { PublicChange, PublicChangeListener } from './public-changes';

interface Target {
  kind: ContentKind;
  documentId: string;
}

/**
 * Keeps the search indexes in step with what the CMS publishes. @cb/search re-reads each changed
 * document in every locale from the public API and indexes or removes it.
 * When Meilisearch is down, publishing still works: what was missed is logged once and remembered,
 * and retried after the next sync that succeeds (a full reindex repairs everything too).
 */
export function searchSync(strapi: Core.Strapi, env = process.env): PublicChangeListener | undefined {
  const url = env.MEILI_URL;
  const masterKey = env.MEILI_MASTER_KEY;
  if (!url || !masterKey) {
    strapi.log.info('Search sync is off (MEILI_URL and MEILI_MASTER_KEY are not set).');
    return undefined;
  }
  const meili = { url, masterKey, timeoutMs: 3_000 };
  const missed = new Map<string, Target>();

  const sync = async (target: Target): Promise<SyncResult[]> =>
    syncDocumentAllLocales(target, { cms: { url: ownUrl(strapi) }, meili });

  const retryMissed = async () => {
    for (const [key, target] of missed) {
      const results = await sync(target);
      if (results.every((result) => result.status !== 'missed')) missed.delete(key);
      else return;
    }
  };

  return async (change: PublicChange) => {
    const targets = await affectedTargets(strapi, change);
    const failures: SyncResult[] = [];
    for (const target of targets) {
      const results = await sync(target);
      const failed = results.filter((result) => result.status === 'missed');
      if (failed.length > 0) missed.set(`${target.kind}:${target.documentId}`, target);
      failures.push(...failed);
    }
    if (failures.length > 0) {
      const what = failures.map((failure) => `${failure.kind} ${failure.documentId} (${failure.locale})`).join(', ');
      strapi.log.warn(`Search index not updated for ${what}: ${failures[0]?.reason ?? 'Meilisearch unreachable'}. It is retried after the next successful sync; a reindex repairs it too.`);
    } else if (missed.size > 0) {
      await retryMissed();
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
    } as never);
    const ids = new Set(initiatives.map((initiative) => initiative.documentId));
    for (const id of ids) targets.push({ kind: 'initiative', documentId: id });
  }
  return targets;
}

/** The CMS's own public API, as this process listens to it (the port may be chosen at start). */
function ownUrl(strapi: Core.Strapi): string {
  const address = strapi.server.httpServer.address() as AddressInfo | null;
  const port = address?.port ?? strapi.config.get<number>('server.port');
  return `http://127.0.0.1:${port}`;
}
