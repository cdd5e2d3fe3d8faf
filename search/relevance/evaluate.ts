/**
 * Relevance of search against the CMS's sample content: each locale's seed documents go into a real
 * Meilisearch with the index settings of production, then every judged query of that locale is
 * searched and its first results compared with the documents it should find.
 *
 * recall@10: per query, the share of its relevant documents in the first 10 hits; averaged.
 * MRR: per query, 1 / the rank of the first relevant hit (0 when none in the first 10); averaged.
 *
 * Each query is sent as the site's island sends it: its text and strategy come from `searchText`.
 */
import { LOCALES, type Locale } from '@cb/domain';
import { applySettings, meiliClient, searchText, MATCHING_STRATEGY, type MatchingStrategy, type MeiliConnection, type SearchDocument } from '@cb/search';
import type { Meilisearch } from 'meilisearch';
import { JUDGED_QUERIES, type JudgedQuery } from './queries.ts';
import { seedSearchDocuments } from './seed-documents.ts';

export const CUTOFF = 10;

export interface QueryOutcome {
  query: string;
  recall: number;
  reciprocalRank: number;
  /** Relevant documents not in the first 10 hits. */
  missing: string[];
}

export interface LocaleRelevance {
  locale: Locale;
  queries: number;
  recallAt10: number;
  mrr: number;
  outcomes: QueryOutcome[];
}

export interface EvaluationOptions {
  locales?: readonly Locale[];
  /** The site's strategy unless another is being compared with it. */
  matchingStrategies?: readonly MatchingStrategy[];
}

export interface StrategyRelevance {
  matchingStrategy: MatchingStrategy;
  results: LocaleRelevance[];
}

/** Relevance per locale with the site's own query building. */
export async function evaluateRelevance(meili: MeiliConnection, locales: readonly Locale[] = LOCALES): Promise<LocaleRelevance[]> {
  const [site] = await compareStrategies(meili, { locales, matchingStrategies: [MATCHING_STRATEGY] });
  return site?.results ?? [];
}

/** Relevance per locale for each matching strategy, on one index per locale. */
export async function compareStrategies(meili: MeiliConnection, options: EvaluationOptions = {}): Promise<StrategyRelevance[]> {
  const client = meiliClient(meili);
  const strategies = options.matchingStrategies ?? [MATCHING_STRATEGY];
  const compared = strategies.map((matchingStrategy): StrategyRelevance => ({ matchingStrategy, results: [] }));
  for (const locale of options.locales ?? LOCALES) {
    const indexUid = await indexSeed(client, locale);
    for (const { matchingStrategy, results } of compared) results.push(await localeRelevance(client, indexUid, locale, matchingStrategy));
  }
  return compared;
}

async function localeRelevance(client: Meilisearch, indexUid: string, locale: Locale, matchingStrategy: MatchingStrategy): Promise<LocaleRelevance> {
  const outcomes: QueryOutcome[] = [];
  for (const judged of JUDGED_QUERIES[locale]) outcomes.push(await outcomeOf(client, indexUid, locale, judged, matchingStrategy));
  return {
    locale,
    queries: outcomes.length,
    recallAt10: mean(outcomes.map((outcome) => outcome.recall)),
    mrr: mean(outcomes.map((outcome) => outcome.reciprocalRank)),
    outcomes,
  };
}

/** A fresh index holding the locale's seed documents, with the settings `applySettings` gives every live index. */
async function indexSeed(client: Meilisearch, locale: Locale): Promise<string> {
  const indexUid = `relevance_${locale}_${Date.now()}`;
  await client.createIndex(indexUid, { primaryKey: 'id' }).waitTask({ interval: 10 });
  await applySettings(client, indexUid, locale);
  const task = await client.index<SearchDocument>(indexUid).addDocuments(seedSearchDocuments(locale)).waitTask({ timeout: 60_000, interval: 10 });
  if (task.status !== 'succeeded') throw new Error(`Indexing the ${locale} seed failed: ${task.error?.message ?? task.status}`);
  return indexUid;
}

async function outcomeOf(
  client: Meilisearch,
  indexUid: string,
  locale: Locale,
  { query, relevant }: JudgedQuery,
  strategy: MatchingStrategy,
): Promise<QueryOutcome> {
  const { q, matchingStrategy } = searchText(locale, query, strategy);
  const { hits } = await client.index<SearchDocument>(indexUid).search(q, { matchingStrategy, limit: CUTOFF, attributesToRetrieve: ['documentId'] });
  const ranked = hits.map((hit) => hit.documentId);
  const found = relevant.filter((key) => ranked.includes(key));
  const firstRank = ranked.findIndex((key) => relevant.includes(key));
  return {
    query,
    recall: found.length / relevant.length,
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
    missing: relevant.filter((key) => !ranked.includes(key)),
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
