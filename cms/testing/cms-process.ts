import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@cb/search';
import { buildSharedPackages } from '../../scripts/shared-build.ts';
import { scratchDir } from './scratch-dir.ts';

export { freePort };

/**
 * A real CMS for the tests of other workspaces (site, search): `strapi start` from the compiled
 * CMS, on a temporary SQLite file, seeded like a first start, on a free loopback port.
 */

export const CMS_DIR = path.resolve(import.meta.dirname, '..');
const REPO_ROOT = path.resolve(CMS_DIR, '..');

/** Secrets for a throwaway CMS; never used outside tests. */
export const TEST_SECRETS = {
  APP_KEYS: 'test-key-one,test-key-two',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
};

/** How a CMS process ended: its exit code, or the signal that ended it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CmsProcess {
  url: string;
  port: number;
  pid: number;
  /** SIGTERM, as an orchestrator stops a container; resolves once the process has exited. */
  stop(): Promise<ProcessExit>;
  /** Ends the process at once (SIGKILL), as a crash or a pulled plug would. */
  kill(): Promise<ProcessExit>;
  /** What the process wrote to stdout and stderr so far (for a failing test's message). */
  output(): string;
}

/** What tsc compiles into dist/ (tsconfig.json's include less its excludes, folder by folder), and how. */
const COMPILED_SOURCES = ['config', 'database', 'scripts', 'src', 'types', 'tsconfig.json', 'package.json'].map((entry) => path.join(CMS_DIR, entry));
const COMPILED_STAMP = path.join(CMS_DIR, 'dist', '.sources-hash');

/** Every file under a folder (or the file itself), in a stable order; none when it does not exist. */
export function filesUnder(file: string): string[] {
  if (!existsSync(file)) return [];
  if (!statSync(file).isDirectory()) return [file];
  return readdirSync(file)
    .sort()
    .flatMap((entry) => filesUnder(path.join(file, entry)));
}

function compiledSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of COMPILED_SOURCES.flatMap(filesUnder)) hash.update(path.relative(CMS_DIR, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/** What the compiled CMS in dist/ was compiled from (a hash of its sources), as `compileCms` recorded it. */
export function compiledSourcesStamp(): string {
  if (!existsSync(COMPILED_STAMP)) throw new Error(`The CMS is not compiled (no ${COMPILED_STAMP}): compileCms() first`);
  return readFileSync(COMPILED_STAMP, 'utf8');
}

/**
 * The CMS and what it runs of @cb/domain and @cb/search (their dist/), up to date with the source.
 * The type-checking compile takes most of a CMS start on a busy machine: it is skipped while dist/
 * was compiled from the same sources, so a test run compiles once however many CMS processes it starts.
 */
export function compileCms(): void {
  buildSharedPackages();
  const sources = compiledSourcesHash();
  if (existsSync(COMPILED_STAMP) && readFileSync(COMPILED_STAMP, 'utf8') === sources) return;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(CMS_DIR, 'tsconfig.json')], { stdio: 'inherit' });
  writeFileSync(COMPILED_STAMP, sources);
}

export interface CmsProcessOptions {
  /** false: the compiled CMS is used as it is. */
  compile?: boolean;
  /** A database file (e.g. the seeded one a test run makes) that the temporary database starts as a copy of. */
  startFrom?: string;
  /** The environment that `env` and the test settings are added to; this process's by default. */
  baseEnv?: NodeJS.ProcessEnv;
}

/**
 * `env` may name its own DATABASE_FILENAME (kept after stop) and PORT (to restart on the same
 * address); by default the database is temporary, empty or a copy of `startFrom`.
 */
export async function startCmsProcess(
  env: Record<string, string> = {},
  { compile = true, startFrom, baseEnv = process.env }: CmsProcessOptions = {},
): Promise<CmsProcess> {
  if (compile) compileCms();
  const workDir = scratchDir('cb-cms-process-');
  if (startFrom) copyFileSync(startFrom, path.join(workDir, 'cms.db'));
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...baseEnv,
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(workDir, 'cms.db'),
      STRAPI_TELEMETRY_DISABLED: 'true',
      ...env,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<ProcessExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const exit = await exited;
    rmSync(workDir, { recursive: true, force: true });
    return exit;
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with code ${child.exitCode}:\n${output.slice(-4000)}`);
    const healthy = await fetch(`${url}/_health`).then(
      (response) => response.status === 204,
      () => false,
    );
    if (healthy) {
      return {
        url,
        port,
        pid: child.pid!,
        stop: () => end('SIGTERM'),
        kill: () => end('SIGKILL'),
        output: () => output,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The CMS did not become healthy within 180 s:\n${output.slice(-4000)}`);
}
