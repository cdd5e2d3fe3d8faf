import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as StrapiModule from '@strapi/strapi';
import { AVAILABLE_TIMES, HELP_CATEGORIES, MUNICIPALITIES, SPOKEN_LANGUAGES } from '@cb/domain';
import type * as Profiles from '../src/matching/profiles';
import type * as Scoring from '../src/matching/scoring';
import { CMS_DIR, TEST_SECRETS, compileCms } from '../testing/cms-process.ts';

/**
 * How long the back office waits for suggestions for one request when 10,000 offers are on file:
 * reading the offers' profiles from SQLite, and ranking them. `npm run bench:suggestions -w @cb/cms`
 */

const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const RUNS = 15;

type Matching = { profiles: typeof Profiles; scoring: typeof Scoring };

async function main(): Promise<void> {
  compileCms();
  const workDir = mkdtempSync(path.join(tmpdir(), 'cb-bench-suggestions-'));
  Object.assign(process.env, {
    ...TEST_SECRETS,
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(workDir, 'cms.db'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    CMS_SEED: 'false',
  });
  const require = createRequire(import.meta.url);
  const { createStrapi } = require('@strapi/strapi') as typeof StrapiModule;
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const matching: Matching = {
    profiles: require(path.join(CMS_DIR, 'dist/src/matching/profiles.js')),
    scoring: require(path.join(CMS_DIR, 'dist/src/matching/scoring.js')),
  };

  try {
    const filled = performance.now();
    const requestId = await fill(strapi, OFFERS);
    console.log(`Filled ${OFFERS} offers in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

    const load: number[] = [];
    const rank: number[] = [];
    let suggested = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const request = await matching.profiles.requestProfile(strapi, requestId);
      const offers = await matching.profiles.offerProfiles(strapi);
      const loaded = performance.now();
      suggested = matching.scoring.rankOffers(request!, offers, { now: new Date(), validMonths: 24 }).length;
      rank.push(performance.now() - loaded);
      load.push(loaded - started);
    }
    const total = load.map((ms, index) => ms + rank[index]!);
    console.log(`\nSuggestions for one request with ${OFFERS} offers (${RUNS} runs, SQLite, ${suggested} suggested):`);
    console.table({
      'read profiles (ms)': summary(load),
      'rank (ms)': summary(rank),
      'total (ms)': summary(total),
    });
  } finally {
    await strapi.db.connection.destroy();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Offers spread over every category, municipality, language and moment; one request to suggest for. */
async function fill(strapi: StrapiModule.Core.Strapi, count: number): Promise<string> {
  const ids = async (uid: string) =>
    new Map(((await strapi.db.query(uid as never).findMany({ select: ['id', 'code'] })) as { id: number; code: string }[]).map((row) => [row.code, row.id]));
  const categories = await ids('api::help-category.help-category');
  const municipalities = await ids('api::municipality.municipality');
  const languages = await ids('api::spoken-language.spoken-language');
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length]!;
  const now = new Date().toISOString();

  for (let index = 0; index < count; index++) {
    await strapi.db.query('api::help-offer.help-offer').create({
      data: {
        documentId: `bench-offer-${index}`,
        reference: `CB-B${String(index).padStart(5, '0')}`,
        caseStatus: index % 10 === 0 ? 'busy' : 'available',
        offerAs: index % 20 === 0 ? 'organisation' : 'person',
        consentVersion: 'bench',
        consentedAt: now,
        // Screened volunteers, as the suggestions only show those.
        screenedOn: now.slice(0, 10),
        contactName: 'Bench volunteer',
        description: 'Synthetic offer',
        anywhereInBrussels: index % 7 === 0,
        availableTimes: [pick(AVAILABLE_TIMES, index), pick(AVAILABLE_TIMES, index + 1)],
        categories: [categories.get(pick(HELP_CATEGORIES, index).code), categories.get(pick(HELP_CATEGORIES, index * 3 + 1).code)],
        municipalities: [municipalities.get(pick(MUNICIPALITIES, index).code)],
        languages: [languages.get(pick(SPOKEN_LANGUAGES, index).code), languages.get('fr')],
      },
    });
  }
  const request = await strapi.db.query('api::help-request.help-request').create({
    data: {
      documentId: 'bench-request',
      reference: 'CB-BREQ01',
      consentVersion: 'bench',
      consentedAt: now,
      contactName: 'Bench requester',
      description: 'Synthetic request',
      availableTimes: ['weekday-mornings'],
      categories: [categories.get('walking')],
      municipality: municipalities.get('schaerbeek'),
      languages: [languages.get('nl')],
    },
  });
  return String(request.documentId);
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  return { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), min: Math.round(sorted[0]!) };
}

await main();
