import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { SiteBuildWorker } from './site-build-worker.ts';

/**
 * Builds the site and switches the served folder only when a build succeeded, so visitors never see
 * a half-written site. Every build goes into the same folder (`next/`; Astro forgets its content store
 * when the output folder changes), which is then renamed to a folder of its own and served. Astro's
 * cache (`cache/`, or SITE_CACHE_DIR) is kept between builds: pages whose content is unchanged are
 * copied and the loaders read only what changed. The builds run in one worker process that stays
 * (site/scripts/build-worker.ts), so Astro is loaded once; it compresses each build once it is served.
 * Rebuild requests that arrive during a build are merged into one more build after it.
 */
export class SiteBuilds {
  private current: string | undefined;
  private building = false;
  private again = false;
  private rebuilding: Promise<void> = Promise.resolve();
  private removing: Promise<void> = Promise.resolve();
  private counter = 0;
  private readonly buildsDir: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly workDir: string;
  private readonly cacheDir: string;
  private readonly reports: BuildReports | undefined;
  private readonly worker: SiteBuildWorker;

  // Plain fields, no parameter properties: Node runs this file by stripping types only.
  constructor(siteDir: string, buildsDir: string, env: NodeJS.ProcessEnv, reports?: BuildReports) {
    this.buildsDir = buildsDir;
    this.env = env;
    this.reports = reports;
    this.workDir = path.join(buildsDir, WORK_FOLDER);
    this.cacheDir = env.SITE_CACHE_DIR || path.join(buildsDir, CACHE_FOLDER);
    this.worker = new SiteBuildWorker(siteDir);
    mkdirSync(buildsDir, { recursive: true });
  }

  /** The folder being served. */
  servedDir(): string {
    if (!this.current) throw new Error('The site has not been built yet');
    return this.current;
  }

  /** Builds, and tells the CMS how it went (editors see it in the admin); throws when the build failed. */
  async build(): Promise<number> {
    const started = new Date();
    const problemsFile = `${this.workDir}.problems.jsonl`;
    rmSync(problemsFile, { force: true });
    let output = '';
    const keepTail = (text: string) => void (output = (output + text).slice(-OUTPUT_KEPT));
    try {
      const tookMs = await this.buildOnce(problemsFile, keepTail);
      await this.report({ status: 'succeeded', startedAt: started.toISOString(), finishedAt: new Date().toISOString() });
      return tookMs;
    } catch (error) {
      const problems = readBuildProblems(problemsFile);
      await this.report({
        status: 'failed',
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        reason: failureReason(output, error),
        ...(problems.length > 0 ? { problems } : {}),
      });
      throw error;
    }
  }

  private async buildOnce(problemsFile: string, onOutput: (text: string) => void): Promise<number> {
    const started = Date.now();
    // Empty: what the build does not write (a page that is gone) must not stay.
    rmSync(this.workDir, { recursive: true, force: true });
    const env = { ...this.env, SITE_OUT_DIR: this.workDir, SITE_CACHE_DIR: this.cacheDir, SITE_BUILD_PROBLEMS_FILE: problemsFile };
    await this.worker.build(env, onOutput);
    const outDir = path.join(this.buildsDir, `build-${Date.now()}-${this.counter++}`);
    renameSync(this.workDir, outDir);
    const previous = this.current;
    this.current = outDir;
    await this.precompress(outDir, previous, onOutput);
    // The previous build stays one more round: a page being sent right now finishes from it.
    this.removeOldBuilds([outDir, previous]);
    return Date.now() - started;
  }

  /**
   * The compressed variants of the build just served (site/scripts/precompress.ts), those of the previous
   * build for files that did not change. After the switch, not before: a changed page is live seconds
   * sooner and is sent as it is until its variants are written (each appears whole, never in part).
   * Without them the site still works, so a failure is only logged.
   */
  private async precompress(outDir: string, previous: string | undefined, onOutput: (text: string) => void): Promise<void> {
    try {
      await this.worker.precompress(outDir, previous, onOutput);
    } catch (error) {
      console.error(`[site] ${(error as Error).message} The new build is served without compressed variants.`);
    }
  }

  /**
   * Removes the builds neither served nor kept, after the switch and in the background: a large
   * build is over 100,000 files (5 s to remove), which neither the new site nor the runner waits for.
   */
  private removeOldBuilds(kept: (string | undefined)[]): void {
    const old = readdirSync(this.buildsDir)
      .filter((entry) => entry.startsWith('build-'))
      .map((entry) => path.join(this.buildsDir, entry))
      .filter((folder) => !kept.includes(folder));
    this.removing = this.removing.then(() =>
      Promise.all(old.map((folder) => rm(folder, { recursive: true, force: true }))).then(
        () => undefined,
        (error: unknown) => console.error(`[site] An old build could not be removed (${(error as Error).message}).`),
      ),
    );
  }

  /** A report that cannot be delivered is only logged: the build itself is what matters. */
  private async report(report: BuildReport): Promise<void> {
    if (!this.reports) return;
    try {
      const response = await fetch(this.reports.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.reports.token}` },
        body: JSON.stringify(report),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) console.error(`[site] The CMS answered ${response.status} to the build report.`);
    } catch (error) {
      console.error(`[site] The build report could not reach the CMS (${(error as Error).message}).`);
    }
  }

  /** Rebuilds after a change; never throws (a failed rebuild keeps serving the previous site). */
  async rebuild(reason: string): Promise<void> {
    if (this.building) {
      this.again = true;
      return;
    }
    this.building = true;
    this.rebuilding = this.rebuildWhileAsked(reason);
    await this.rebuilding;
  }

  /** Ends the build worker once no rebuild is running or asked for. */
  async close(): Promise<void> {
    await this.settled();
    this.worker.close();
  }

  /** Resolves once no rebuild is running or asked for (e.g. before the CMS it reports to stops), and old builds are removed. */
  async settled(): Promise<void> {
    await this.rebuilding;
    await this.removing;
  }

  private async rebuildWhileAsked(reason: string): Promise<void> {
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

/** Where the builder tells the CMS how each build went: `POST <cms>/api/site-builds/report` with the hook's token. */
export interface BuildReports {
  url: string;
  token: string;
}

interface BuildReport {
  status: 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string;
  reason?: string;
  /** The documents and fields the site refused (type, documentId, slug, locale, field, message), as its loaders wrote them. */
  problems?: unknown[];
}

/** The folder every build is made in, and Astro's cache, inside the builds folder. */
const WORK_FOLDER = 'next';
const CACHE_FOLDER = 'cache';

const PROBLEMS_REPORTED = 50;

/** The site's machine-readable list of refused values (SITE_BUILD_PROBLEMS_FILE, one JSON line each); none when the build failed otherwise. */
export function readBuildProblems(file: string): unknown[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, PROBLEMS_REPORTED)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        return [];
      }
    });
}

const OUTPUT_KEPT = 40_000;
const REASON_LINES = 40;
// eslint-disable-next-line no-control-regex -- terminal colours are what is removed
const TERMINAL_COLOURS = /\u001b\[[0-9;]*m/g;

/**
 * Why a build failed, for editors: the loader's list of documents and fields the site cannot use
 * when there is one, else the last lines of the build's output.
 */
export function failureReason(output: string, error: unknown): string {
  const lines = output
    .replace(TERMINAL_COLOURS, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
  const start = lines.findIndex((line) => line.includes('The CMS sent content the site cannot use'));
  if (start >= 0) {
    const problems = lines.slice(start + 1).filter((line) => /^\s+(-|\.\.\.)\s/.test(line));
    return [lines[start]!.trim(), ...problems.slice(0, REASON_LINES)].join('\n');
  }
  const tail = lines.filter((line) => line.trim() !== '').slice(-15);
  return [...tail, (error as Error).message].join('\n');
}

function describeChange(body: string): string {
  try {
    const { changed } = JSON.parse(body) as { changed?: string[] };
    return changed?.length ? `a change to ${changed.join(', ')}` : 'a change';
  } catch {
    return 'a change';
  }
}
