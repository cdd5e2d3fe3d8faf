import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { freePort } from '@cb/search';
import LOCAL_ADMIN from '../cms/src/access/local-admin.json' with { type: 'json' };
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The README's run command, end to end, as a newcomer would use it: start, look, publish, stop,
 * start again. It takes a few minutes (a CMS admin build, a seed, a reindex, two site builds).
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cb-platform-'));
const ports = { CMS_PORT: 0, MEILI_PORT: 0, SITE_PORT: 0, SITE_HOOK_PORT: 0, SITE_PREVIEW_PORT: 0 };

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startPlatform(extraEnv: Record<string, string> = {}): Run {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/platform.ts')], {
    cwd: ROOT,
    env: { ...process.env, CB_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(run: Run, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`The platform exited (${run.child.exitCode}):\n${run.output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}:\n${run.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(run: Run): Promise<number | null> {
  run.child.kill('SIGINT');
  return run.exited;
}

async function isListening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
}

const url = (port: number, pathname: string) => `http://127.0.0.1:${port}${pathname}`;
let run: Run | undefined;

afterAll(async () => {
  if (run && run.child.exitCode === null) await stop(run);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('./platform start', { timeout: 900_000 }, () => {
  it('runs the whole platform and prints where to find it', async () => {
    for (const name of Object.keys(ports) as (keyof typeof ports)[]) ports[name] = await freePort();
    run = startPlatform();
    await waitForOutput(run, /Connecting Brussels runs on this machine/, 600_000);

    expect(run.output()).toContain(url(ports.SITE_PORT, '/'));
    expect(run.output()).toContain(url(ports.CMS_PORT, '/admin'));
    expect(run.output()).toContain(url(ports.MEILI_PORT, '/health'));
    // The preview server runs apart, on its own port, and shows nothing without the CMS's link.
    expect(run.output()).toContain(url(ports.SITE_PREVIEW_PORT, '/'));
    expect((await fetch(url(ports.SITE_PREVIEW_PORT, '/preview/home/nl/'))).status).toBe(401);

    const landing = await fetch(url(ports.SITE_PORT, '/'));
    expect(landing.status).toBe(200);
    expect(await landing.text()).toMatch(/Connecting Brussels/);

    const stories = (await (await fetch(url(ports.CMS_PORT, '/api/stories?locale=fr'))).json()) as { data: { locale: string }[] };
    expect(stories.data.length).toBeGreaterThan(0);
    expect(stories.data.every((story) => story.locale === 'fr')).toBe(true);
    for (const intake of ['help-requests', 'help-offers', 'project-proposals', 'story-submissions', 'matches']) {
      expect([403, 404]).toContain((await fetch(url(ports.CMS_PORT, `/api/${intake}`))).status);
    }
    expect((await fetch(url(ports.MEILI_PORT, '/health'))).status).toBe(200);
  });

  it('rebuilds the site after an editor publishes', async () => {
    const login = await fetch(url(ports.CMS_PORT, '/admin/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOCAL_ADMIN),
    });
    expect(login.status).toBe(200);
    const { data } = (await login.json()) as { data: { token?: string; accessToken?: string } };
    const headers = { authorization: `Bearer ${data.token ?? data.accessToken}`, 'content-type': 'application/json' };
    const created = await fetch(url(ports.CMS_PORT, '/content-manager/collection-types/api::story.story?locale=en'), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'A rebuild test story',
        slug: 'a-rebuild-test-story',
        summary: 'Published during the platform test.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello.' }] }],
        storyDate: '2026-11-26',
      }),
    });
    expect(created.status).toBe(201);
    const { data: story } = (await created.json()) as { data: { documentId: string } };
    const published = await fetch(url(ports.CMS_PORT, `/content-manager/collection-types/api::story.story/${story.documentId}/actions/publish?locale=en`), {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(published.status).toBe(200);

    await waitForOutput(run!, /\[site\] Rebuilt in [\d.]+ s after a change to story:/, 300_000);
    console.log(`Publish to rebuilt site: ${run!.output().match(/\[site\] Rebuilt in [\d.]+ s/)?.[0]}`);
    const sitemap = await (await fetch(url(ports.SITE_PORT, '/sitemap-0.xml'))).text();
    expect(sitemap).toContain('a-rebuild-test-story');
  });

  it('stops every process on Ctrl-C', async () => {
    expect(await stop(run!)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const port of Object.values(ports)) expect(await isListening(port), `port ${port}`).toBe(false);
  });

  it('keeps the data on a second run and skips the CMS build', async () => {
    run = startPlatform();
    await waitForOutput(run, /Connecting Brussels runs on this machine/, 600_000);
    expect(run.output()).not.toContain('Building the CMS');
    expect(run.output()).not.toContain('Seeded sample content');
    const stories = (await (await fetch(url(ports.CMS_PORT, '/api/stories?locale=en&filters[slug][$eq]=a-rebuild-test-story'))).json()) as { data: unknown[] };
    expect(stories.data).toHaveLength(1);
    await stop(run);
  });

  it('says in one line when a port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports.CMS_PORT, '127.0.0.1', resolve));
    try {
      const blocked = startPlatform();
      expect(await blocked.exited).toBe(1);
      const lines = blocked
        .output()
        .trim()
        .split('\n')
        .filter((line) => line.includes('could not start'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${ports.CMS_PORT} is taken`);
      expect(blocked.output()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      blocker.close();
    }
  });

  it('says in one line when the Meilisearch binary is missing', async () => {
    const missing = startPlatform({ MEILI_BIN: '/nonexistent/meilisearch' });
    expect(await missing.exited).toBe(1);
    const lines = missing
      .output()
      .trim()
      .split('\n')
      .filter((line) => line.includes('could not start'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('MEILI_BIN is set to /nonexistent/meilisearch');
    expect(missing.output()).not.toMatch(/\n\s+at /);
  });
});
