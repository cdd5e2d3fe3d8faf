import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { PlatformError } from './ports.ts';

const children = new Set<ChildProcess>();

/** Starts a long-running child whose output is prefixed with its name; stopped by stopAll(). */
export function startService(name: string, command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs a command to completion with its output shown (and given to `onOutput`); throws a one-line error when it fails. */
export function runStep(what: string, command: string, args: string[], options: SpawnOptions = {}, onOutput?: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: onOutput ? ['inherit', 'pipe', 'pipe'] : 'inherit', ...options });
    children.add(child);
    // Shown as it comes, and handed on (e.g. to tell the CMS why a build failed).
    child.stdout?.on('data', (chunk: Buffer) => void (process.stdout.write(chunk), onOutput?.(chunk.toString())));
    child.stderr?.on('data', (chunk: Buffer) => void (process.stderr.write(chunk), onOutput?.(chunk.toString())));
    child.on('error', (error) => reject(new PlatformError(`${what} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new PlatformError(`${what} failed (${signal ?? `exit code ${code}`}); its output is above.`));
    });
  });
}

/** A child started elsewhere (e.g. with an IPC channel) that stopAll() stops too. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.on('exit', () => children.delete(child));
}

export function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}
