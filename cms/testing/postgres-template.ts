import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEDULE_RUNS_TABLE } from '../src/schedule/table.ts';
import { CMS_DIR, compiledSourcesStamp, filesUnder, freePort, startCmsProcess } from './cms-process.ts';
import { scratchBase } from './scratch-dir.ts';

/**
 * A PostgreSQL cluster as a CMS's first start leaves it (schema, roles and permissions, the first admin,
 * the trilingual sample content), stopped cleanly: a test copies its data folder and starts the copy,
 * as a SQLite test copies the seeded database (seeded-database.ts). A first start on an empty cluster
 * takes several times longer than a start from the copy, and it is the same for every test.
 *
 * Made on the first ask only (most runs of one file need none), then kept: its folder's name is a hash
 * of everything the first start's result depends on (the compiled CMS's sources, the sample images, the
 * shared packages the CMS runs, the installed packages, PostgreSQL's version, the user it runs as), so a
 * template made from other sources is never used. Two test runs side by side (scripts/test-lanes.ts) make
 * it once between them: one holds a lock folder while it builds into a folder of its own, which it then
 * renames into place at once; the other waits for the rename. Nobody ever reads a half-made template.
 */

const REPO_ROOT = path.resolve(CMS_DIR, '..');
const PREFIX = 'cb-postgres-template-';
/** A template of other sources is removed when a new one is made, once nobody can be using it any more. */
const STALE_AFTER_MS = 3600_000;
const WAIT_FOR_BUILDER_MS = 600_000;

/** The environment of the process as it started, before a test's `startCms` set its own settings into it. */
const LAUNCH_ENV: NodeJS.ProcessEnv = { ...process.env };

/** Runs a shell command as the cluster's owner: initdb refuses root, so as root that is the `postgres` user. */
export function asClusterOwner(command: string): Buffer {
  return process.getuid?.() === 0 ? execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe' }) : execFileSync('sh', ['-c', command], { stdio: 'pipe' });
}

/** A folder the cluster's owner may write to (its sockets, its log, its data folder). */
export function ownedByClusterOwner(dir: string): void {
  if (process.getuid?.() !== 0) return;
  execFileSync('chown', [`${execFileSync('id', ['-u', 'postgres']).toString().trim()}:${execFileSync('id', ['-g', 'postgres']).toString().trim()}`, dir]);
}

export function initCluster(dataDir: string): void {
  asClusterOwner(`initdb -D '${dataDir}' --auth=trust --username=postgres --encoding=UTF8 >/dev/null`);
}

/** Starts the cluster in `dataDir` on `port` (loopback only), with its socket and log in `dir`. */
export function startCluster(dir: string, dataDir: string, port: number): void {
  asClusterOwner(`pg_ctl -D '${dataDir}' -o "-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1" -l '${dir}/log' -w start >/dev/null`);
}

/** `fast`: a clean stop (a checkpoint, then the server exits); the next start needs no recovery. */
export function stopCluster(dataDir: string): void {
  asClusterOwner(`pg_ctl -D '${dataDir}' -m fast -w stop >/dev/null`);
}

/** The CMS's environment for a cluster on `port` (its superuser, its default database). */
export function clusterEnv(port: number): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(port),
    DATABASE_NAME: 'postgres',
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: '',
  };
}

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(compiledSourcesStamp());
  const inputs = [
    path.join(CMS_DIR, 'seed'),
    path.join(REPO_ROOT, 'domain/dist'),
    path.join(REPO_ROOT, 'search/dist'),
    path.join(REPO_ROOT, 'package-lock.json'),
  ];
  for (const file of inputs.flatMap(filesUnder)) hash.update(path.relative(REPO_ROOT, file)).update(readFileSync(file));
  hash.update(execFileSync('postgres', ['--version']));
  hash.update(String(process.getuid?.() ?? ''));
  return hash.digest('hex').slice(0, 24);
}

/** The data folder of the seeded cluster for the compiled CMS, made now if there is none yet. */
export async function seededClusterTemplate(): Promise<string> {
  const base = scratchBase();
  const template = path.join(base, `${PREFIX}${templateKey()}`);
  const data = path.join(template, 'data');
  const lock = `${template}.lock`;
  const deadline = Date.now() + WAIT_FOR_BUILDER_MS;
  while (!existsSync(data)) {
    if (Date.now() > deadline) throw new Error(`The seeded PostgreSQL template was not made within ${WAIT_FOR_BUILDER_MS / 1000} s (lock: ${lock})`);
    if (takeLock(lock)) {
      try {
        if (!existsSync(data)) await buildTemplate(base, template);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  // In use: not stale (removeStaleTemplates) while test runs of these sources go on.
  const now = new Date();
  utimesSync(template, now, now);
  return data;
}

/** mkdir is atomic: one process makes the lock folder. A lock whose process has died is taken over. */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    if (lockHolderDied(lock)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function lockHolderDied(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // Made a moment ago, its pid not written yet; or already gone.
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

const errorCode = (error: unknown): unknown => (error instanceof Error && 'code' in error ? error.code : undefined);

/** One CMS's first start on a fresh cluster, then a clean stop; the folder appears under its name only once it is whole. */
async function buildTemplate(base: string, template: string): Promise<void> {
  const building = mkdtempSync(`${template}.building-`);
  try {
    ownedByClusterOwner(building);
    const data = path.join(building, 'data');
    initCluster(data);
    const port = await freePort();
    startCluster(building, data, port);
    try {
      await firstStart(port);
      // No scheduled slot taken: each copy runs its own start-up jobs, as on the SQLite copies.
      execFileSync('psql', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `DELETE FROM ${SCHEDULE_RUNS_TABLE}`,
      ]);
    } finally {
      stopCluster(data);
    }
    rmSync(path.join(building, 'log'), { force: true });
    renameSync(building, template);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  removeStaleTemplates(base, template);
}

async function firstStart(port: number): Promise<void> {
  const cms = await startCmsProcess(clusterEnv(port), { compile: false, baseEnv: LAUNCH_ENV });
  const exit = await cms.stop();
  if (exit.code !== 0 && exit.signal !== 'SIGTERM')
    throw new Error(`The CMS that seeds the PostgreSQL template ended badly (${JSON.stringify(exit)}):\n${cms.output().slice(-4000)}`);
}

/** Templates of earlier sources (and leftovers of a build that was killed), untouched for an hour. */
function removeStaleTemplates(base: string, current: string): void {
  for (const entry of readdirSync(base)) {
    const file = path.join(base, entry);
    if (!entry.startsWith(PREFIX) || file === current || file === `${current}.lock`) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { recursive: true, force: true });
    } catch {
      // Removed by the other test run meanwhile.
    }
  }
}
