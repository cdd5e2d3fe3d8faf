import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoaderContext } from 'astro/loaders';

/**
 * The site's entries of one CMS collection, kept beside Astro's content store rather than in it.
 * Astro writes its whole store again after every content sync, compiles it into a module of the
 * build and walks every entry's data in `getCollection`: on the large set (37,000 entries) about
 * 6 s of each rebuild after a one-story publish. Here a collection is written only when it changed
 * (one file in the cache folder, in V8's serialization), and a process keeps the last one it read or
 * wrote in memory, so the build worker reads nothing between builds.
 *
 * The loaders (strapi-loader.ts) fill it during Astro's content sync; the pages read what this build's
 * sync stored with `syncedEntries` (site-content.ts). Both run in the process of `astro build`.
 */

export interface StoredEntry<Entry> {
  data: Entry;
  /** Astro's digest of the data (`generateDigest`): part of the cache key of every page showing it. */
  digest: string;
}

type Entries = Map<string, StoredEntry<unknown>>;

interface Saved {
  file: string;
  version: string;
  entries: Entries;
}

/**
 * Per collection, what this process last read or wrote (the build worker's next build starts from it),
 * and what its last content sync stored (what the pages of the build that ran it read).
 */
interface ProcessEntries {
  saved: Map<string, Saved>;
  synced: Map<string, ReadonlyMap<string, StoredEntry<unknown>>>;
}
const processWide = globalThis as typeof globalThis & { connectingBrusselsCmsEntries?: ProcessEntries };
const held = (processWide.connectingBrusselsCmsEntries ??= { saved: new Map(), synced: new Map() });

/** The meta store's key for the version of the collection's file that goes with the loader's state. */
const VERSION_KEY = 'cms-entries-version';
const FOLDER = 'cms-entries/';

export class CmsEntries<Entry> {
  /**
   * The version these entries were read at, or undefined when there were none to read that go with
   * the meta store (a first build, a lost or newer file): the loader then reads everything.
   */
  readonly version: string | undefined;
  private readonly collection: string;
  private readonly file: string;
  private readonly entries: Entries;
  private changed = false;

  private constructor(collection: string, file: string, saved: Saved | undefined) {
    this.collection = collection;
    this.file = file;
    this.version = saved?.version;
    // A copy: a sync that fails leaves what is held as it was.
    this.entries = new Map(saved?.entries);
  }

  /** The collection's entries as the last successful sync of this cache folder stored them. */
  static open<Entry>(context: Pick<LoaderContext, 'collection' | 'config' | 'meta'>): CmsEntries<Entry> {
    const file = fileURLToPath(new URL(`${FOLDER}${context.collection}.bin`, context.config.cacheDir));
    const version = context.meta.get(VERSION_KEY);
    return new CmsEntries(context.collection, file, version === undefined ? undefined : savedAt(context.collection, file, version));
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  *all(): IterableIterator<[string, StoredEntry<Entry>]> {
    yield* this.entries as Map<string, StoredEntry<Entry>>;
  }

  set(id: string, data: Entry, digest: string): void {
    if (this.entries.get(id)?.digest === digest) return;
    this.entries.set(id, { data, digest });
    this.changed = true;
  }

  delete(id: string): void {
    this.changed = this.entries.delete(id) || this.changed;
  }

  clear(): void {
    for (const id of this.ids()) this.delete(id);
  }

  /** Writes the entries when they changed, notes their version in the meta store, and hands them to this build's pages. */
  save(context: Pick<LoaderContext, 'meta'>): void {
    let version = this.version;
    if (this.changed || version === undefined) {
      version = randomUUID();
      writeAtomically(this.file, serialize({ version, entries: this.entries }));
    }
    held.saved.set(this.collection, { file: this.file, version, entries: this.entries });
    held.synced.set(this.collection, this.entries);
    context.meta.set(VERSION_KEY, version);
  }
}

/** The entries this build's content sync stored for a collection (see above: pages render in the process that synced). */
export function syncedEntries<Entry>(collection: string): ReadonlyMap<string, StoredEntry<Entry>> {
  const entries = held.synced.get(collection);
  if (!entries) throw new Error(`The CMS entries of "${collection}" were not loaded by this process's content sync`);
  return entries as ReadonlyMap<string, StoredEntry<Entry>>;
}

function savedAt(collection: string, file: string, version: string): Saved | undefined {
  const inMemory = held.saved.get(collection);
  if (inMemory?.file === file && inMemory.version === version) return inMemory;
  let read: { version?: unknown; entries?: unknown };
  try {
    read = deserialize(readFileSync(file)) as typeof read;
  } catch {
    return undefined; // missing or unreadable: read everything again
  }
  if (read.version !== version || !(read.entries instanceof Map)) return undefined;
  return { file, version, entries: read.entries as Entries };
}

function writeAtomically(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}
