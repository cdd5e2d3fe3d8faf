/**
 * The site's benchmark: `npm run bench` (Node 24 runs this TypeScript directly).
 *
 * 1. A CMS: the one at CMS_URL when given (e.g. filled with a large synthetic data set), otherwise a
 *    throwaway CMS seeded with the sample content.
 * 2. Two builds into a temporary folder, for the URL the files are then served at: a cold one and a
 *    rebuild with nothing changed (warm caches), with pages per second.
 * 3. The build's precompression (site/scripts/precompress.ts, as `npm run build` runs it), then the
 *    files served by the platform's static server, which sends those .br/.gz files.
 * 4. JavaScript bytes per content page (expected: 0), the search island's compressed JavaScript
 *    beyond React (goal: under 20 KB gzip), all the JavaScript of each form page with React as
 *    served (goal: under 90 KB; brotli, gzip for reference), home HTML+CSS compressed against 14 KB,
 *    Lighthouse (mobile) on home per locale and in Dutch on a story, an initiative with activities, the
 *    organisations, the map, this week, search and a leaflet (samplePagesForLighthouse).
 *
 * Environment: CMS_URL (use this CMS), PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY (else a throwaway
 * Meilisearch filled from the CMS, so the search page is measured as a reader uses it: searching works),
 * BENCH_SKIP_LIGHTHOUSE=1, BENCH_LIGHTHOUSE_KINDS=search,home (only those page kinds of the sample), BENCH_JSON=<file> (also write the figures as JSON), CHROMIUM_PATH
 * (default /usr/bin/chromium).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startCmsProcess, freePort } from '../../cms/testing/cms-process.ts';
import { serveDirectory } from '../test/support/static-server.ts';
import { startSeededSearch } from '../test/support/seeded-search.ts';
import { precompress, type PrecompressSummary } from '../scripts/precompress.ts';
import { javascriptBytesPerPage, homeTransferSizes, islandJavascript, samplePagesForLighthouse, servedBytes, type PageInfo, listPages } from './measure.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { table } from './table.ts';

const SITE_DIR = path.resolve(import.meta.dirname, '..');
const ASTRO_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const BUDGET_BYTES = 14 * 1024;
const ISLAND_GOAL_BYTES = 20 * 1024;
/** Issue 5: all the JavaScript a form page loads, React included, as served to a browser that accepts brotli. */
const FORM_PAGE_GOAL_BYTES = 90 * 1024;
const CONTENT_KINDS = new Set([
  'landing',
  'home',
  'stories',
  'story',
  'initiatives',
  'initiative',
  'organisations',
  'organisation',
  'projectCall',
  'page',
  'activities',
  'municipalities',
  'leaflet',
  'fundedProjects',
  'fundedProject',
  'notFound',
  'serviceUnavailable',
  'intakeShell',
  'rootNotFound',
]);

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cb-site-bench-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const cms = process.env.CMS_URL ? undefined : await startCmsProcess();
  const cmsUrl = process.env.CMS_URL ?? cms!.url;
  console.log(`CMS: ${cmsUrl}${cms ? ' (throwaway, seeded with the sample content)' : ' (from CMS_URL)'}`);
  const search = process.env.PUBLIC_MEILI_URL ? undefined : await startSeededSearch(cmsUrl);
  const searchEnv: Record<string, string> = search ? { PUBLIC_MEILI_URL: search.url, PUBLIC_MEILI_SEARCH_KEY: search.searchKey } : {};
  console.log(`Search: ${process.env.PUBLIC_MEILI_URL ?? `${search?.url} (throwaway, ${search?.documents} documents from the CMS)`}`);

  try {
    const cold = await timedBuild(cmsUrl, siteUrl, outDir, searchEnv);
    const warm = await timedBuild(cmsUrl, siteUrl, outDir, searchEnv);
    await cms?.stop();
    const compressionStarted = performance.now();
    const compression = await precompress(outDir);
    const compressionSeconds = (performance.now() - compressionStarted) / 1000;
    // Served as the platform serves it, so the figures below are the bytes a browser receives.
    const server = await serveDirectory(outDir, port);
    try {
      const pages = listPages(outDir);
      const contentPages = pages.filter((page) => CONTENT_KINDS.has(page.kind));
      const javascript = javascriptBytesPerPage(outDir, contentPages);
      const homes = homeTransferSizes(outDir, pages);
      const searchPages = pages.filter((page) => page.kind === 'search');
      const searchIsland = searchPages.map((page) => ({ path: page.path, ...islandJavascript(outDir, page.html) }));
      const formPages = await Promise.all(pages.filter((page) => page.kind === 'form').map((page) => formPageAsServed(server.url, outDir, page)));

      printBuild(pages.length, cold, warm);
      printPrecompression(compression, compressionSeconds);
      printJavascript(contentPages.length, javascript);
      printSearchIsland(searchIsland);
      printFormPages(formPages);
      printHomeBudget(homes);

      let lighthouse: { page: PageInfo; scores: LighthouseScores }[] = [];
      if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
        const onlyKinds = process.env.BENCH_LIGHTHOUSE_KINDS?.split(',');
        const sample = samplePagesForLighthouse(pages).filter((page) => !onlyKinds || onlyKinds.includes(page.kind));
        lighthouse = await runLighthouse(sample, siteUrl);
        printLighthouse(lighthouse);
      }

      if (process.env.BENCH_JSON) {
        writeFileSync(
          process.env.BENCH_JSON,
          JSON.stringify(
            {
              pages: pages.length,
              build: { cold, warm },
              precompression: { ...compression, seconds: compressionSeconds },
              javascript,
              searchIsland,
              formPages,
              homes,
              lighthouse: lighthouse.map(({ page, scores }) => ({ path: page.path, kind: page.kind, ...scores })),
            },
            null,
            2,
          ),
        );
      }
    } finally {
      await server.close();
    }
  } finally {
    await cms?.stop().catch(() => undefined);
    await search?.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function timedBuild(cmsUrl: string, siteUrl: string, outDir: string, searchEnv: Record<string, string>): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
    cwd: SITE_DIR,
    env: { ...process.env, ...searchEnv, CMS_URL: cmsUrl, SITE_URL: siteUrl, SITE_OUT_DIR: outDir },
    maxBuffer: 256 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}

function printBuild(pageCount: number, cold: number, warm: number): void {
  console.log('\nBuild');
  console.log(
    table(
      ['build', 'seconds', 'HTML pages', 'pages/s'],
      [
        ['first build of this run', cold.toFixed(1), String(pageCount), (pageCount / cold).toFixed(1)],
        ['rebuild, nothing changed', warm.toFixed(1), String(pageCount), (pageCount / warm).toFixed(1)],
      ],
    ),
  );
}

function printJavascript(pageCount: number, javascript: ReturnType<typeof javascriptBytesPerPage>): void {
  console.log(`\nJavaScript per content page (${pageCount} content pages)`);
  console.log(
    table(
      ['page kind', 'pages', 'max JS bytes', 'total JS bytes'],
      Object.entries(javascript.byKind).map(([kind, figures]) => [kind, String(figures.pages), String(figures.maxBytes), String(figures.totalBytes)]),
    ),
  );
}

function printSearchIsland(islands: ({ path: string } & ReturnType<typeof islandJavascript>)[]): void {
  console.log(`\nSearch island: JavaScript of the search page, compressed (goal: under ${ISLAND_GOAL_BYTES / 1024} KB gzip beyond react/react-dom)`);
  console.log(
    table(
      ['page', 'island code gzip', 'Astro hydration gzip', 'beyond React gzip', 'beyond React brotli', 'React + react-dom gzip', 'goal'],
      islands.map(({ path: pagePath, island, astroRuntime, react }) => {
        const beyondReact = island.gzip + astroRuntime.gzip;
        return [
          pagePath,
          kb(island.gzip),
          kb(astroRuntime.gzip),
          kb(beyondReact),
          kb(island.brotli + astroRuntime.brotli),
          kb(react.gzip),
          beyondReact <= ISLAND_GOAL_BYTES ? 'ok' : 'OVER',
        ];
      }),
    ),
  );
}

type FormPage = Awaited<ReturnType<typeof formPageAsServed>>;

/**
 * A form page's JavaScript as the browser receives it: its files fetched from the static server with
 * brotli (and with gzip, for reference), plus Astro's inline hydration script compressed on its own.
 */
async function formPageAsServed(baseUrl: string, root: string, page: PageInfo) {
  const parts = islandJavascript(root, page.html);
  const [islandBrotli, islandGzip, reactBrotli, reactGzip] = await Promise.all([
    servedBytes(baseUrl, parts.islandFiles, 'br'),
    servedBytes(baseUrl, parts.islandFiles, 'gzip'),
    servedBytes(baseUrl, parts.reactFiles, 'br'),
    servedBytes(baseUrl, parts.reactFiles, 'gzip'),
  ]);
  return {
    path: page.path,
    ...parts,
    served: {
      brotli: {
        island: islandBrotli,
        astroRuntime: parts.astroRuntime.brotli,
        react: reactBrotli,
        total: islandBrotli + parts.astroRuntime.brotli + reactBrotli,
      },
      gzip: { island: islandGzip, astroRuntime: parts.astroRuntime.gzip, react: reactGzip, total: islandGzip + parts.astroRuntime.gzip + reactGzip },
    },
  };
}

function printPrecompression(summary: PrecompressSummary, seconds: number): void {
  console.log('\nPrecompression of the build (.br and .gz next to each text file)');
  console.log(
    table(
      ['text files', 'seconds', 'raw', 'brotli', 'gzip'],
      [[String(summary.files), seconds.toFixed(1), kb(summary.rawBytes), kb(summary.brotliBytes), kb(summary.gzipBytes)]],
    ),
  );
}

function printFormPages(formPages: FormPage[]): void {
  console.log(
    `\nForm pages: all the JavaScript each loads, as served (goal: under ${FORM_PAGE_GOAL_BYTES / 1024} KB brotli including React; gzip for browsers without brotli)`,
  );
  console.log(
    table(
      ['page', 'form island br', 'Astro hydration br', 'React + react-dom br', 'total brotli', 'total gzip', 'goal'],
      formPages.map(({ path: pagePath, served }) => [
        pagePath,
        kb(served.brotli.island),
        kb(served.brotli.astroRuntime),
        kb(served.brotli.react),
        kb(served.brotli.total),
        kb(served.gzip.total),
        served.brotli.total <= FORM_PAGE_GOAL_BYTES ? 'ok' : 'OVER',
      ]),
    ),
  );
}

function printHomeBudget(homes: ReturnType<typeof homeTransferSizes>): void {
  console.log(`\nHome page HTML + CSS, compressed, against the ${BUDGET_BYTES / 1024} KB first round trip`);
  console.log(
    table(
      ['page', 'HTML raw', 'CSS raw', 'gzip (HTML+CSS)', 'brotli (HTML+CSS)', 'budget'],
      homes.map((home) => [
        home.path,
        kb(home.htmlBytes),
        kb(home.cssBytes),
        kb(home.gzipBytes),
        kb(home.brotliBytes),
        home.gzipBytes <= BUDGET_BYTES ? `ok (${Math.round((home.gzipBytes / BUDGET_BYTES) * 100)}%)` : 'OVER',
      ]),
    ),
  );
}

function printLighthouse(results: { page: PageInfo; scores: LighthouseScores }[]): void {
  console.log('\nLighthouse 13, mobile (simulated slow 4G, 4x CPU slowdown)');
  console.log(
    table(
      ['page', 'kind', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'CLS', 'TBT ms'],
      results.map(({ page, scores }) => [
        page.path.length > 48 ? `${page.path.slice(0, 45)}...` : page.path,
        page.kind,
        String(scores.performance),
        String(scores.accessibility),
        String(scores.bestPractices),
        String(scores.seo),
        String(Math.round(scores.lcpMs)),
        scores.cls.toFixed(3),
        String(Math.round(scores.tbtMs)),
      ]),
    ),
  );
  const failing = results.flatMap(({ page, scores }) => scores.failedAudits.map((audit) => `${page.path}: ${audit}`));
  if (failing.length > 0) console.log(`\nAudits below 100:\n  ${[...new Set(failing)].join('\n  ')}`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

await main();
