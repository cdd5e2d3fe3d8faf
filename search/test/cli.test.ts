import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSearchOnlyKey } from '../src/keys.js';
import { freePort } from '../src/meilisearch-binary.js';
import { FakeCms } from './helpers/fake-cms.js';
import { seed } from './helpers/fixtures.js';
import { startTestMeilisearch, TEST_MASTER_KEY, type TestMeilisearch } from './helpers/meilisearch.js';

const run = promisify(execFile);
const PACKAGE_DIR = path.resolve(import.meta.dirname, '..');
const CLI = path.join(PACKAGE_DIR, 'dist', 'cli.js');

/** The CLI is tested as it ships, built; it is rebuilt first when a source file is newer. */
async function buildIfStale(): Promise<void> {
  const built = await stat(CLI).then(
    (file) => file.mtimeMs,
    () => 0,
  );
  const sources = await readdir(path.join(PACKAGE_DIR, 'src'));
  const newest = Math.max(...(await Promise.all(sources.map(async (file) => (await stat(path.join(PACKAGE_DIR, 'src', file))).mtimeMs))));
  if (newest > built)
    await run(process.execPath, [path.join(PACKAGE_DIR, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: PACKAGE_DIR });
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(MEILI_|CMS_)/.test(name)));
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...cleanEnv, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let meili: TestMeilisearch;
let cms: FakeCms;

beforeAll(async () => {
  [meili, cms] = await Promise.all([startTestMeilisearch(), new FakeCms().start(), buildIfStale()]);
  seed(cms);
}, 60_000);
afterAll(async () => Promise.all([meili?.close(), cms?.close()]));

describe('node search/dist/cli.js', () => {
  it('reindex: progress on stderr, a summary line on stdout, exit code 0', async () => {
    const { code, stdout, stderr } = await cli(['reindex', '--cms', cms.url, '--meili', meili.url, '--master-key', TEST_MASTER_KEY]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Reindexed 21 documents \(nl 7, fr 7, en 7; initiative 12, organisation 3, story 3, project-call 3, funded-project 0\) in \d+\.\d s\.\n$/,
    );
    for (const locale of ['nl', 'fr', 'en']) expect(stderr).toContain(`${locale} [${'#'.repeat(28)}] 100% 7/7 done`);
    expect(stderr + stdout).not.toContain(TEST_MASTER_KEY);
  });

  it('reindex: reads its settings from the environment too, and one locale at a time', async () => {
    const { code, stdout } = await cli(['reindex', '--locale', 'fr'], { CMS_URL: cms.url, MEILI_URL: meili.url, MEILI_MASTER_KEY: TEST_MASTER_KEY });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Reindexed 7 documents \(fr 7;/);
  });

  it('exits 1 with a clear message when the CMS is unreachable', async () => {
    const port = await freePort();
    const { code, stderr } = await cli(['reindex', '--cms', `http://127.0.0.1:${port}`, '--meili', meili.url, '--master-key', TEST_MASTER_KEY]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Could not read GET /api/initiatives (locale nl) from the CMS at http://127.0.0.1:${port} (1 attempt): connect ECONNREFUSED 127.0.0.1:${port}. Is the CMS running, and is its URL right?\n`,
    );
  });

  it('exits 1 with a clear message when Meilisearch is unreachable or refuses the key', async () => {
    const port = await freePort();
    const down = await cli(['reindex', '--cms', cms.url, '--meili', `http://127.0.0.1:${port}`, '--master-key', TEST_MASTER_KEY]);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(`Cannot reach Meilisearch at http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}\n`);
    const refused = await cli(['reindex', '--cms', cms.url, '--meili', meili.url, '--master-key', 'not-the-master-key']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`Meilisearch at ${meili.url} refused the master key (403).\n`);
  });

  it('search-key prints the search-only key', async () => {
    const { code, stdout } = await cli(['search-key', '--meili', meili.url, '--master-key', TEST_MASTER_KEY]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${await ensureSearchOnlyKey(meili.connection)}\n`);
  });

  it('explains its usage when an option is missing or unknown', async () => {
    const missing = await cli(['reindex', '--meili', meili.url, '--master-key', TEST_MASTER_KEY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Missing --cms\.\n\nUsage:/);
    const unknown = await cli(['reindex', '--colour']);
    expect(unknown.code).toBe(2);
    expect((await cli(['--help'])).stdout).toMatch(/^Usage:/);
  });
});
