import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMeilisearch, type RunningMeilisearch } from '../../src/meilisearch-binary.js';
import type { MeiliConnection } from '../../src/meili.js';

/** Memory-backed when the machine has it: Meilisearch syncs every task to disk, slow on some CI disks. */
export const TEST_DATA_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export const TEST_MASTER_KEY = 'test-master-key-not-a-secret-0123456789';

export interface TestMeilisearch extends RunningMeilisearch {
  connection: MeiliConnection;
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
}

/** A real Meilisearch on a free loopback port, with its data in a fresh temporary folder. */
export async function startTestMeilisearch(): Promise<TestMeilisearch> {
  const dataDir = await mkdtemp(path.join(TEST_DATA_ROOT, 'cb-search-test-'));
  const server = await startMeilisearch({ dataDir, masterKey: TEST_MASTER_KEY, maxIndexingThreads: 1 });
  return {
    ...server,
    connection: { url: server.url, masterKey: TEST_MASTER_KEY },
    async close() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
