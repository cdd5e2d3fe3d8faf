/**
 * The site's build (`astro build`) and the precompression of a built folder, in a process that stays:
 * the local runner's `SiteBuilds` (scripts/lib/site-builds.ts) forks it once and sends it one request
 * at a time. Astro, Vite and the JIT stay warm between builds, so a rebuild after a publish pays only
 * for the pages that changed, not for starting Node and Astro again (`npm run bench:publish -w @cb/site`
 * measures both ways side by side). The runner asks for the precompression once the build is served.
 *
 * Each build request carries the build's whole environment, which replaces this process's own: a build
 * sees what `npm run build` would see with that environment, and nothing a previous build set
 * (astro.config.ts computes SITE_CODE_VERSION again, so edited site code renders every page again).
 * After a request that left the heap above `HEAP_LIMIT_BYTES`, the worker answers and exits; the
 * runner starts a fresh one for the next request.
 */
import { registerHooks } from 'node:module';
import path from 'node:path';
import { build } from 'astro';
import { precompressWithSummary } from './precompress.ts';

export type WorkerRequest = { build: { env: Record<string, string> } } | { precompress: { root: string; previousRoot?: string } };

export type WorkerAnswer = { ok: true } | { ok: false; message: string };

/** Far above a build of the large set; only a leak across many builds reaches it. */
const HEAP_LIMIT_BYTES = 1536 * 1024 * 1024;

const SITE_DIR = path.resolve(import.meta.dirname, '..');

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  try {
    if ('build' in request) await buildOnce(request.build.env);
    else await precompressWithSummary(request.precompress.root, request.precompress.previousRoot);
    return { ok: true };
  } catch (error) {
    // Shown as `astro build` shows it: the runner reads the reason from the output.
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

async function buildOnce(env: Record<string, string>): Promise<void> {
  replaceEnvironment(env);
  buildNumber += 1;
  await build({ root: SITE_DIR });
}

/**
 * Astro imports each build's page code from a `.prerender/` folder (in the output folder, or in the
 * site's folder when the output folder is elsewhere) by its file URL, and Node keeps a module it
 * imported once: a build whose page chunks have the same names as the last build's (same code)
 * ran the last build's modules, with their state: Astro's cached getStaticPaths results, and the
 * content and build time the pages read. So each build imports that code with its own number in
 * the URL: modules of its own.
 */
let buildNumber = 0;
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (!resolved.url.startsWith('file:') || !resolved.url.includes(PAGE_CODE_FOLDER)) return resolved;
    const url = new URL(resolved.url);
    url.searchParams.set('build', String(buildNumber));
    return { ...resolved, url: url.href };
  },
});
const PAGE_CODE_FOLDER = '/.prerender/';

function replaceEnvironment(env: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
}

if (import.meta.main) {
  if (!process.send) throw new Error('build-worker.ts is started by the site builder (scripts/lib/site-builds.ts), with an IPC channel');
  const send = process.send.bind(process);
  process.on('message', (request: WorkerRequest) => {
    void answer(request).then((answer) => {
      send(answer, () => {
        const { heapUsed } = process.memoryUsage();
        if (heapUsed <= HEAP_LIMIT_BYTES) return;
        console.log(`[site] The build worker ends with ${Math.round(heapUsed / 2 ** 20)} MB of heap in use; a fresh one takes the next build.`);
        process.exit(0);
      });
    });
  });
  // The runner went away: nothing will be asked any more.
  process.on('disconnect', () => process.exit(0));
}
