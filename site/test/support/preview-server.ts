import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** The site's preview program (site/preview), built and started as the local runner does. */

const SITE_DIR = path.resolve(import.meta.dirname, '../..');
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export interface PreviewServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function buildPreview(env: Record<string, string>): Promise<void> {
  await promisify(execFile)(process.execPath, [ASTRO_BIN, 'build', '--root', 'preview', '--silent'], {
    cwd: SITE_DIR,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
}

export async function startPreview(port: number, env: Record<string, string>): Promise<PreviewServer> {
  const child = spawn(process.execPath, [path.join(SITE_DIR, 'preview/dist/server/entry.mjs')], {
    cwd: SITE_DIR,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The preview server exited with code ${child.exitCode}:\n${output}`);
    const answered = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (answered) {
      return {
        url,
        output: () => output,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The preview server did not answer within 30 s:\n${output}`);
}
