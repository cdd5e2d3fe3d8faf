/**
 * `npm run relevance -w @cb/search [-- --misses] [-- --strategies]`: indexes the CMS's seed into a
 * throwaway Meilisearch with production's index settings and prints recall@10 and MRR per language
 * for the judged queries in relevance/queries.ts, each sent as the site sends it. `--misses` also
 * lists each query that missed a document; `--strategies` measures every Meilisearch matching
 * strategy side by side (the site's is marked).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MATCHING_STRATEGIES, MATCHING_STRATEGY, startMeilisearch } from '@cb/search';
import { compareStrategies, type LocaleRelevance } from './evaluate.ts';

const { values: args } = parseArgs({ options: { misses: { type: 'boolean', default: false }, strategies: { type: 'boolean', default: false } } });
const MASTER_KEY = 'relevance-evaluation-key-not-a-secret';

const dataDir = await mkdtemp(path.join(tmpdir(), 'cb-relevance-'));
const server = await startMeilisearch({ dataDir, masterKey: MASTER_KEY, maxIndexingThreads: 1 });
try {
  const compared = await compareStrategies(
    { url: server.url, masterKey: MASTER_KEY },
    { matchingStrategies: args.strategies ? MATCHING_STRATEGIES : [MATCHING_STRATEGY] },
  );
  for (const { matchingStrategy, results } of compared) {
    console.log(`matchingStrategy '${matchingStrategy}'${matchingStrategy === MATCHING_STRATEGY ? " (the site's)" : ''}`);
    if (args.misses) for (const result of results) printMisses(result);
    console.log('locale  queries  recall@10  MRR');
    for (const { locale, queries, recallAt10, mrr } of results) {
      console.log(`${locale.padEnd(6)}  ${String(queries).padStart(7)}  ${recallAt10.toFixed(3).padStart(9)}  ${mrr.toFixed(3)}`);
    }
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

function printMisses({ locale, outcomes }: LocaleRelevance): void {
  for (const { query, recall, reciprocalRank, missing } of outcomes) {
    if (missing.length > 0) console.log(`${locale} "${query}": recall ${recall.toFixed(2)}, RR ${reciprocalRank.toFixed(2)}, missing ${missing.join(', ')}`);
  }
}
