/**
 * Every workspace's tests, in two lanes side by side: the CMS's in one, the domain's, search's and the
 * site's in the other, with a few long CMS files (the PostgreSQL replicas, the outbox that survives a killed
 * process, the hostile intake) moved there so that both lanes take
 * about as long (CI's "Tests by suite"). Each lane runs its suites one after the other; the suites inside a lane run their
 * files one at a time (two cores). Much of a test's time is spent waiting on another process (a CMS,
 * Chromium, Meilisearch), so a second lane uses the idle core (each file then runs 1.3–1.8× slower than
 * alone: the lanes gain less than two). The repository's tests come last, alone:
 * `./platform start` rebuilds the CMS that the lanes run.
 *
 * Every line is shown as it comes, prefixed with its lane; each lane's whole output is also kept in
 * .test-logs/<lane>.log. At the end: a summary per suite, and the end of each failed suite's output.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureAdminPanel } from '../cms/testing/admin-panel.ts';
import { compileCms } from '../cms/testing/cms-process.ts';
import { REPO_ROOT } from './shared-build.ts';

interface Suite {
  name: string;
  args: string[];
}

interface SuiteResult {
  lane: string;
  suite: string;
  exitCode: number;
  seconds: number;
  tail: string[];
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const CMS_TEST = ['run', 'test', '--workspace', '@cb/cms', '--'];
const CMS_FILES_IN_THE_REST_LANE = ['tests/replicas-postgres.test.ts', 'tests/outbox-no-loss.test.ts', 'tests/intake-hostile.test.ts'];
const LANES: Record<string, Suite[]> = {
  cms: [{ name: 'cms', args: [...CMS_TEST, ...CMS_FILES_IN_THE_REST_LANE.flatMap((file) => ['--exclude', file])] }],
  rest: [
    { name: 'cms-moved', args: [...CMS_TEST, ...CMS_FILES_IN_THE_REST_LANE] },
    { name: 'domain', args: ['run', 'test', '--workspace', '@cb/domain'] },
    { name: 'search', args: ['run', 'test', '--workspace', '@cb/search'] },
    { name: 'site', args: ['run', 'test', '--workspace', '@cb/site'] },
  ],
};
const LAST: Suite = { name: 'repository', args: ['exec', '--', 'vitest', 'run', '--root', 'tests'] };
const LOG_DIR = path.join(REPO_ROOT, '.test-logs');
const TAIL_LINES = 80;

function runSuite(lane: string, suite: Suite, log: NodeJS.WritableStream): Promise<SuiteResult> {
  const started = performance.now();
  const tail: string[] = [];
  return new Promise((resolve) => {
    const child = spawn(NPM, suite.args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(`[${lane}] ${line}\n`);
        log.write(`${line}\n`);
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      });
    }
    child.on('close', (code, signal) => {
      const exitCode = code ?? (signal ? 1 : 0);
      resolve({ lane, suite: suite.name, exitCode, seconds: (performance.now() - started) / 1000, tail });
    });
  });
}

/** A lane's suites one after the other; a failed suite does not stop the ones after it. */
async function runLane(lane: string, suites: Suite[]): Promise<SuiteResult[]> {
  const log = createWriteStream(path.join(LOG_DIR, `${lane}.log`));
  const results: SuiteResult[] = [];
  for (const suite of suites) results.push(await runSuite(lane, suite, log));
  await new Promise((resolve) => log.end(resolve));
  return results;
}

function printSummary(results: SuiteResult[]): void {
  for (const failed of results.filter((result) => result.exitCode !== 0)) {
    console.log(`\n──── end of the failed ${failed.suite} tests (whole output in .test-logs/${failed.lane}.log) ────`);
    console.log(failed.tail.join('\n'));
  }
  console.log('\nTests by suite');
  for (const { lane, suite, exitCode, seconds } of results)
    console.log(`  ${suite.padEnd(12)} lane ${lane.padEnd(5)} ${seconds.toFixed(0).padStart(5)} s  ${exitCode === 0 ? 'passed' : `FAILED (exit ${exitCode})`}`);
}

async function main(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  // Both lanes start CMS processes from cms/dist: it is compiled, and the admin panel built, before they race to write it.
  compileCms();
  ensureAdminPanel();
  const started = performance.now();
  const results = (await Promise.all(Object.entries(LANES).map(([lane, suites]) => runLane(lane, suites)))).flat();
  results.push(...(await runLane('last', [LAST])));
  printSummary(results);
  console.log(`  all lanes   ${((performance.now() - started) / 1000).toFixed(0).padStart(12)} s`);
  process.exitCode = results.every((result) => result.exitCode === 0) ? 0 : 1;
}

await main();
