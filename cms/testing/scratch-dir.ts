import { mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Linux's memory-backed folder: a write there is done once it is in memory. */
const MEMORY_DIR = '/dev/shm';
/** Room a test run's databases need at most (a container's default /dev/shm of 64 MB is too small). */
const ROOM_NEEDED = 1024 ** 3;

function memoryDirWithRoom(): string | undefined {
  try {
    const stats = statfsSync(MEMORY_DIR);
    return stats.bavail * stats.bsize >= ROOM_NEEDED ? MEMORY_DIR : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A new folder for a throwaway database. A database syncs its log at every commit (SQLite:
 * `synchronous = FULL`, config/database.ts), and on a disk each sync takes milliseconds: a test file
 * that posts thousands of forms spends most of its time waiting for the disk. In tests (vitest sets
 * VITEST) the folder is in memory (/dev/shm, when it has room), where a sync costs nothing and nothing
 * a test checks changes: the same statements, commits and pragmas run, and a killed process loses
 * nothing either way (only a power cut would tell them apart). Benchmarks keep a disk, as production has.
 */
export function scratchDir(prefix: string): string {
  return mkdtempSync(path.join(scratchBase(), prefix));
}

/** Where `scratchDir` makes its folders. */
export function scratchBase(): string {
  const inTests = process.env.VITEST === 'true';
  return (inTests ? memoryDirWithRoom() : undefined) ?? tmpdir();
}
