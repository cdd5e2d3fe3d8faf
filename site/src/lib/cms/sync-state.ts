import { z } from 'zod';

/**
 * What a collection loader remembers between builds in its meta store, to read only what changed:
 * the version (stamp) of every document it stored, and of every document its entries link to.
 * Stamps come from the CMS (`publishedStamps`: row id and updatedAt), so no clock is compared.
 */

export const SYNC_STATE_KEY = 'cms-sync';
/** Raise when the meaning of the state changes: an older state then gives a full load. */
const STATE_FORMAT = 1;

const syncStateSchema = z.object({
  format: z.literal(STATE_FORMAT),
  /** The code that made the entries; another version reads everything again. */
  codeVersion: z.string(),
  /** Entries hold absolute media URLs of this CMS. */
  cmsUrl: z.string(),
  /** Entry id (`<locale>/<documentId>`) → stamp of the document it was made from. */
  stamps: z.record(z.string(), z.string()),
  /** `<type>:<locale>/<documentId>` → stamp, for the types the entries link to. */
  linkedStamps: z.record(z.string(), z.string()),
});

export type SyncState = z.infer<typeof syncStateSchema>;

export interface SyncContext {
  codeVersion: string;
  cmsUrl: string;
}

/**
 * The state to start from, or undefined when a full load is needed: no state (a new or lost cache),
 * a state of other code or another CMS, or a store that lost entries the state says it has.
 */
export function usableState(stored: string | undefined, storeKeys: readonly string[], expected: SyncContext): SyncState | undefined {
  if (stored === undefined) return undefined;
  let parsed: SyncState;
  try {
    const result = syncStateSchema.safeParse(JSON.parse(stored));
    if (!result.success) return undefined;
    parsed = result.data;
  } catch {
    return undefined;
  }
  if (parsed.codeVersion !== expected.codeVersion || parsed.cmsUrl !== expected.cmsUrl) return undefined;
  const keys = new Set(storeKeys);
  if (Object.keys(parsed.stamps).some((id) => !keys.has(id))) return undefined;
  return parsed;
}

export function serializeState(context: SyncContext, stamps: ReadonlyMap<string, string>, linkedStamps: ReadonlyMap<string, string>): string {
  const state: SyncState = {
    format: STATE_FORMAT,
    ...context,
    stamps: Object.fromEntries(stamps),
    linkedStamps: Object.fromEntries(linkedStamps),
  };
  return JSON.stringify(state);
}

/** The keys whose stamp differs between two maps, or that only one of them has. */
export function changedKeys(before: Readonly<Record<string, string>>, now: ReadonlyMap<string, string>): string[] {
  const changed = [...now].filter(([key, stamp]) => before[key] !== stamp).map(([key]) => key);
  const gone = Object.keys(before).filter((key) => !now.has(key));
  return [...changed, ...gone];
}
