import { createHash } from 'node:crypto';
import type { GlobalEntry } from './cms/model.ts';
import type { SitePage } from './site-plan.ts';

/**
 * A page's `cacheKey` for Astro's incremental build: the page is copied from the previous build
 * while its key is the same. A page shows its plan entry (its document, the documents it lists or
 * links, already resolved by the site plan, its open/closed statuses decided at build time) and the
 * shared chrome of its locale (Global); the code version covers what renders them. A rename of an
 * organisation thus changes the keys of its own pages and of the pages that show its initiatives or
 * its name, and no other.
 */
export function pageCacheKey(page: SitePage, global: GlobalEntry | undefined, codeVersion: string): string {
  return createHash('sha256')
    .update(stableJson({ codeVersion, global: global ?? null, page }))
    .digest('base64url');
}

/** JSON with object keys sorted: the same content gives the same text whatever order its fields came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}
