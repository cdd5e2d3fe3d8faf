/**
 * Publish → live, full against incremental builds, side by side in one run:
 * `node bench/publish-to-live.ts` (part of `npm run bench`).
 *
 * For each data set (the seed, then the large synthetic set of cms/testing/synthetic-cms.ts), a real
 * CMS with search sync and its site build hook, a real Meilisearch, and the local runner's own
 * `SiteBuilds`. Each round edits one story in Dutch and publishes it through the admin API, then
 * waits for the story's page in the served folder to show the edit (debounce, build and switch
 * included) and for Meilisearch to find it. A round starts once the builder is done with the round
 * before (the runner compresses a build after serving it). Rounds take turns between the ways of
 * building (MODES), so that all meet the same machine load.
 *
 * Environment: BENCH_PUBLISH_SETS (default `seed,large`), BENCH_PUBLISH_ROUNDS per mode (default 3),
 * BENCH_PUBLISH_MODES (default all three; e.g. `incremental` alone on the large set, whose first build per mode takes minutes).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { routes } from '@cb/domain';
import { startMeilisearch } from '@cb/search';
import { startCmsProcess, freePort, type CmsProcess } from '../../cms/testing/cms-process.ts';
import { LARGE_DATA_SET, startSyntheticCms } from '../../cms/testing/synthetic-cms.ts';
import ADMIN from '../../cms/src/access/local-admin.json' with { type: 'json' };
import { SiteBuilds } from '../../scripts/lib/site-builds.ts';
import { runStep } from '../../scripts/lib/processes.ts';
import { reindexStep } from '../../scripts/lib/reindex-step.ts';
import { table } from './table.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_DIR = path.join(ROOT, 'site');
/**
 * full: Astro's cache removed, in a new build process (a site's first build); incremental-new-process:
 * cache kept, in a new build process (how every rebuild ran before the build worker stayed);
 * incremental: cache kept, in the build worker that stays (how the local runner rebuilds).
 */
const ALL_MODES = ['full', 'incremental-new-process', 'incremental'] as const;
const IN_A_NEW_PROCESS: ReadonlySet<Mode> = new Set(['full', 'incremental-new-process']);
type Mode = (typeof ALL_MODES)[number];
const MODES: readonly Mode[] = process.env.BENCH_PUBLISH_MODES
  ? ALL_MODES.filter((mode) => process.env.BENCH_PUBLISH_MODES!.split(',').includes(mode))
  : ALL_MODES;
const ROUNDS = Number(process.env.BENCH_PUBLISH_ROUNDS ?? 3);
const SETS = (process.env.BENCH_PUBLISH_SETS ?? 'seed,large').split(',');
const GOAL_SECONDS: Record<string, number> = { seed: 5, large: 15 };
const WAIT_LIMIT_MS = 10 * 60_000;

interface Round {
  mode: Mode;
  liveMs: number;
  searchMs: number;
}

for (const set of SETS) await benchSet(set);
process.exit(0);

async function benchSet(set: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), `cb-publish-${set}-`));
  const masterKey = randomBytes(24).toString('base64url');
  const meili = await startMeilisearch({ dataDir: path.join(work, 'meili'), masterKey });
  const hookPort = await freePort();
  let active: SiteBuilds | undefined;
  const hook = await listenForHook(hookPort, () => active);
  const env = { MEILI_URL: meili.url, MEILI_MASTER_KEY: masterKey, SITE_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/rebuild` };
  const cms = set === 'large' ? await startSyntheticCms(LARGE_DATA_SET, env) : await startCmsProcess(env);
  const siteEnv = {
    ...process.env,
    CMS_URL: cms.url,
    SITE_URL: 'http://127.0.0.1:4321',
    PUBLIC_MEILI_URL: meili.url,
    PUBLIC_MEILI_SEARCH_KEY: 'bench-placeholder',
  };
  const builds = Object.fromEntries(
    MODES.map((mode) => [mode, new SiteBuilds(SITE_DIR, path.join(work, mode), { ...siteEnv, SITE_CACHE_DIR: path.join(work, `${mode}-cache`) })]),
  ) as Record<Mode, SiteBuilds>;
  try {
    const reindex = reindexStep(ROOT, { cms: cms.url, meili: meili.url }, masterKey);
    await runStep('The search reindex', process.execPath, reindex.args, { env: reindex.env });
    for (const mode of MODES) console.log(`\n${set}: first build (${mode}) ${seconds(await builds[mode].build())} s`);

    const admin = await adminHeaders(cms);
    const story = await firstStory(cms);
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) {
        if (mode === 'full') rmSync(path.join(work, 'full-cache'), { recursive: true, force: true });
        if (IN_A_NEW_PROCESS.has(mode)) await builds[mode].close();
        // Each round is one publish on its own: the builder has finished the last one (its compression included).
        await builds[mode].settled();
        active = builds[mode];
        rounds.push({ mode, ...(await publishAndWait(cms, admin, story, builds[mode], meili, masterKey, `${mode}${round}`)) });
        const last = rounds.at(-1)!;
        console.log(`  ${mode}: live after ${seconds(last.liveMs)} s, found by search after ${seconds(last.searchMs)} s`);
      }
    }
    printRounds(set, rounds);
  } finally {
    await Promise.all(Object.values(builds).map((each) => each.close()));
    await cms.stop().catch(() => undefined);
    await meili.stop();
    hook.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The local runner's hook, pointed at whichever build (full or incremental) the round measures. */
function listenForHook(port: number, builds: () => SiteBuilds | undefined): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(202).end();
      void builds()?.rebuild('a published story');
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

interface Story {
  documentId: string;
  slug: string;
}

async function publishAndWait(
  cms: CmsProcess,
  headers: Record<string, string>,
  story: Story,
  builds: SiteBuilds,
  meili: { url: string },
  masterKey: string,
  label: string,
): Promise<{ liveMs: number; searchMs: number }> {
  const marker = `bankje${label}${Date.now().toString(36)}`;
  const started = performance.now();
  const documentPath = `${cms.url}/content-manager/collection-types/api::story.story/${story.documentId}`;
  const updated = await fetch(`${documentPath}?locale=nl`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ summary: `Nieuw bankje in het park: ${marker}` }),
  });
  if (!updated.ok) throw new Error(`update answered ${updated.status}`);
  const published = await fetch(`${documentPath}/actions/publish?locale=nl`, { method: 'POST', headers, body: '{}' });
  if (!published.ok) throw new Error(`publish answered ${published.status}`);

  const page = path.join(routes.story('nl', story.slug), 'index.html');
  const [liveMs, searchMs] = await Promise.all([
    until(() => servedPage(builds, page).includes(marker), started),
    until(async () => (await searchHits(meili.url, masterKey, marker)) > 0, started),
  ]);
  return { liveMs, searchMs };
}

function servedPage(builds: SiteBuilds, page: string): string {
  try {
    return readFileSync(path.join(builds.servedDir(), page), 'utf8');
  } catch {
    return '';
  }
}

async function searchHits(meiliUrl: string, masterKey: string, query: string): Promise<number> {
  const response = await fetch(`${meiliUrl}/indexes/content_nl/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ q: query, limit: 1 }),
  });
  if (!response.ok) return 0;
  const { hits } = (await response.json()) as { hits: unknown[] };
  return hits.length;
}

async function until(check: () => boolean | Promise<boolean>, started: number): Promise<number> {
  while (!(await check())) {
    if (performance.now() - started > WAIT_LIMIT_MS) throw new Error('Gave up waiting after 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}

async function adminHeaders(cms: CmsProcess): Promise<Record<string, string>> {
  const login = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) }).catch(
    (error: unknown) => {
      console.error(`The CMS did not answer the admin login; the end of its output:\n${cms.output().slice(-4000)}`);
      throw error;
    },
  );
  const { data } = (await login.json()) as { data: { token?: string; accessToken?: string } };
  return { authorization: `Bearer ${data.token ?? data.accessToken}`, 'content-type': 'application/json' };
}

async function firstStory(cms: CmsProcess): Promise<Story> {
  const list = (await (await fetch(`${cms.url}/api/stories?locale=nl&pagination[pageSize]=1&fields[0]=slug`)).json()) as { data: Story[] };
  const story = list.data[0];
  if (!story) throw new Error('The CMS has no Dutch story to edit');
  return story;
}

function printRounds(set: string, rounds: Round[]): void {
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!, sorted.at(-1)!].map(seconds).join(' / ');
  };
  const medians = Object.fromEntries(
    MODES.map((mode) => {
      const live = rounds.filter((round) => round.mode === mode).map((round) => round.liveMs);
      return [mode, [...live].sort((a, b) => a - b)[Math.floor(live.length / 2)]!];
    }),
  ) as Partial<Record<Mode, number>>;
  console.log(`\n${set}: publish → live and → search, seconds (min / median / max of ${ROUNDS}), goal ≤ ${GOAL_SECONDS[set] ?? '?'} s live`);
  console.log(
    table(
      ['build', 'publish → live page', 'publish → found by search'],
      MODES.map((mode) => {
        const ofMode = rounds.filter((round) => round.mode === mode);
        return [mode, stats(ofMode.map((round) => round.liveMs)), stats(ofMode.map((round) => round.searchMs))];
      }),
    ),
  );
  const ratio = (mode: Mode) => (medians.incremental && medians[mode] ? (medians.incremental / medians[mode]).toFixed(2) : 'not measured');
  console.log(`incremental / full (median publish → live): ${ratio('full')}; incremental / incremental-new-process: ${ratio('incremental-new-process')}`);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
