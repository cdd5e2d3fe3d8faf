import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { runStep } from './processes.ts';

/**
 * Builds the site into a fresh folder each time and switches the served folder only when a build
 * succeeded, so visitors never see a half-written site. Rebuild requests that arrive during a build
 * are merged into one more build after it.
 */
export class SiteBuilds {
  private current: string | undefined;
  private building = false;
  private again = false;
  private counter = 0;
  private readonly siteDir: string;
  private readonly buildsDir: string;
  private readonly env: NodeJS.ProcessEnv;

  // Plain fields, no parameter properties: Node runs this file by stripping types only.
  constructor(siteDir: string, buildsDir: string, env: NodeJS.ProcessEnv) {
    this.siteDir = siteDir;
    this.buildsDir = buildsDir;
    this.env = env;
    mkdirSync(buildsDir, { recursive: true });
  }

  /** The folder being served. */
  servedDir(): string {
    if (!this.current) throw new Error('The site has not been built yet');
    return this.current;
  }

  async build(): Promise<number> {
    const started = Date.now();
    const outDir = path.join(this.buildsDir, `build-${Date.now()}-${this.counter++}`);
    await runStep('The site build', 'npm', ['run', 'build', '--silent'], { cwd: this.siteDir, env: { ...this.env, SITE_OUT_DIR: outDir } });
    const previous = this.current;
    this.current = outDir;
    for (const entry of readdirSync(this.buildsDir)) {
      const folder = path.join(this.buildsDir, entry);
      if (folder !== outDir && folder !== previous && existsSync(folder)) rmSync(folder, { recursive: true, force: true });
    }
    // The previous build stays one more round: a page being sent right now finishes from it.
    return Date.now() - started;
  }

  /** Rebuilds after a change; never throws (a failed rebuild keeps serving the previous site). */
  async rebuild(reason: string): Promise<void> {
    if (this.building) {
      this.again = true;
      return;
    }
    this.building = true;
    try {
      do {
        this.again = false;
        const tookMs = await this.build();
        console.log(`[site] Rebuilt in ${(tookMs / 1000).toFixed(1)} s after ${reason}.`);
      } while (this.again);
    } catch (error) {
      console.error(`[site] ${(error as Error).message} The previous build is still served.`);
    } finally {
      this.building = false;
    }
  }

  /** The build hook the CMS calls after publishing: POST /rebuild with the bearer token. */
  listenForHook(port: number, token: string): Promise<Server> {
    const server = createServer((request, response) => {
      if (request.method !== 'POST' || request.url !== '/rebuild' || request.headers.authorization !== `Bearer ${token}`) {
        response.writeHead(404).end();
        return;
      }
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        response.writeHead(202).end();
        void this.rebuild(describeChange(body));
      });
    });
    return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
  }
}

function describeChange(body: string): string {
  try {
    const { changed } = JSON.parse(body) as { changed?: string[] };
    return changed?.length ? `a change to ${changed.join(', ')}` : 'a change';
  } catch {
    return 'a change';
  }
}
