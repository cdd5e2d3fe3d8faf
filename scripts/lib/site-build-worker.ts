import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { WorkerAnswer, WorkerRequest } from '../../site/scripts/build-worker.ts';
import { PlatformError } from './ports.ts';
import { trackChild } from './processes.ts';

/**
 * The site's build worker (site/scripts/build-worker.ts) as the site builder uses it: started at the
 * first build and kept for the next ones, so that Astro stays loaded and warm. A worker that is gone
 * (it leaves when its heap has grown too much) is started again at the next build; one that ends in
 * the middle of a build (killed, out of memory) has that build done again by a fresh worker, once.
 * Between builds the worker holds nothing open: a program that is done may end while it waits.
 */
export class SiteBuildWorker {
  private readonly siteDir: string;
  private child: ChildProcess | undefined;
  private onOutput: (text: string) => void = () => undefined;

  // Plain fields, no parameter properties: Node runs this file by stripping types only.
  constructor(siteDir: string) {
    this.siteDir = siteDir;
  }

  /** One build with this environment; throws a one-line error when it failed (its output was shown and handed to `onOutput`). */
  async build(env: NodeJS.ProcessEnv, onOutput: (text: string) => void): Promise<void> {
    await this.carryOut({ build: { env: definedValues(env) } }, 'build', onOutput);
  }

  /** Writes the compressed variants of a built folder (site/scripts/precompress.ts), those of `previousRoot` where files are the same. */
  async precompress(root: string, previousRoot: string | undefined, onOutput: (text: string) => void): Promise<void> {
    await this.carryOut({ precompress: { root, ...(previousRoot ? { previousRoot } : {}) } }, 'precompression', onOutput);
  }

  private async carryOut(request: WorkerRequest, what: string, onOutput: (text: string) => void): Promise<void> {
    this.onOutput = onOutput;
    const answer = await this.ask(request).catch((error: unknown) => {
      if (!(error instanceof WorkerEnded)) throw error;
      onOutput(`${error.message}; the ${what} starts again in a new worker.\n`);
      return this.ask(request);
    });
    if (!answer.ok) throw new PlatformError(`The site ${what} failed (${firstLine(answer.message)}); its output is above.`);
  }

  /** Ends the worker (a new one starts at the next build). */
  close(): void {
    this.child?.kill('SIGTERM');
    this.child = undefined;
  }

  private ask(request: WorkerRequest): Promise<WorkerAnswer> {
    const child = this.running();
    holdEventLoop(child, true);
    return new Promise<WorkerAnswer>((resolve, reject) => {
      const answered = (answer: WorkerAnswer) => {
        child.off('exit', ended);
        resolve(answer);
      };
      const ended = (code: number | null, signal: NodeJS.Signals | null) => {
        child.off('message', answered);
        reject(new WorkerEnded(`The site build worker ended during a request (${signal ?? `exit code ${code}`})`));
      };
      child.once('message', answered);
      child.once('exit', ended);
      child.send(request);
    }).finally(() => holdEventLoop(child, false));
  }

  private running(): ChildProcess {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) return this.child;
    const child = fork(path.join(this.siteDir, 'scripts', 'build-worker.ts'), [], { cwd: this.siteDir, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    trackChild(child);
    child.stdout?.on('data', (chunk: Buffer) => void (process.stdout.write(chunk), this.onOutput(chunk.toString())));
    child.stderr?.on('data', (chunk: Buffer) => void (process.stderr.write(chunk), this.onOutput(chunk.toString())));
    child.on('exit', (code) => {
      if (this.child !== child) return;
      this.child = undefined;
      // It ended by itself after a build (its heap had grown): the next one loads Astro now, not when a publish waits.
      if (code === 0) holdEventLoop(this.running(), false);
    });
    this.child = child;
    return child;
  }
}

class WorkerEnded extends Error {}

/** While a build runs, the worker keeps its parent alive; between builds it does not. */
function holdEventLoop(child: ChildProcess, hold: boolean): void {
  const handles = [child, child.channel, child.stdout, child.stderr];
  for (const handle of handles) {
    if (handle && 'ref' in handle && 'unref' in handle) {
      if (hold) handle.ref();
      else handle.unref();
    }
  }
}

function definedValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
