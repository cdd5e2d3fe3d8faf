import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSearchOnlyKey, reindex, startMeilisearch } from '@cb/search';

/** A throwaway Meilisearch filled from a CMS, with the browser's search-only key. */
export interface SeededSearch {
  url: string;
  port: number;
  dataDir: string;
  /** Stays on the Node side: the build and the browser only ever get `searchKey`. */
  masterKey: string;
  searchKey: string;
  documents: number;
  /** Stops the server; removes its data unless `keepDataDir` was asked for. */
  stop(): Promise<void>;
}

/** Starts Meilisearch in a temporary folder on a free loopback port and reindexes it from the CMS at `cmsUrl`. */
export async function startSeededSearch(cmsUrl: string, options: { keepDataDir?: boolean } = {}): Promise<SeededSearch> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-site-meili-'));
  // A fresh random key per run, so a test can look for it in the build and be sure what it found.
  const masterKey = `test-master-${randomBytes(16).toString('hex')}`;
  const meili = await startMeilisearch({ dataDir, masterKey });
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  const stop = async (): Promise<void> => {
    await meili.stop();
    if (!options.keepDataDir) removeData();
  };
  try {
    const summary = await reindex({ cms: { url: cmsUrl }, meili: { url: meili.url, masterKey } });
    // The CMS client's schemas must accept everything a real CMS serves: a skipped document is a bug here.
    if (summary.skipped.length > 0)
      throw new Error(`Search skipped documents of the seeded CMS: ${summary.skipped.map((skipped) => skipped.reason).join('; ')}`);
    const searchKey = await ensureSearchOnlyKey({ url: meili.url, masterKey });
    return { url: meili.url, port: meili.port, dataDir, masterKey, searchKey, documents: summary.documents, stop };
  } catch (error) {
    await meili.stop();
    removeData();
    throw error;
  }
}
