import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRenderingOptions, productionBuilds, turnOffAstroTelemetry, viteOptions } from './astro-options.ts';
import { siteCodeVersion } from './scripts/code-version.ts';
import { readBuildEnv } from './src/lib/build-env.ts';
import { linkedCachedPages } from './integrations/linked-cached-pages.ts';
import { sitemapFromPageHeads } from './src/lib/sitemap.ts';

turnOffAstroTelemetry();

// Part of every page's cache key: pages render again after any change to the code (SITE_CODE_VERSION may set it, e.g. a commit).
process.env.SITE_CODE_VERSION ||= siteCodeVersion();
const env = readBuildEnv();
const outDir = env.outDir ?? fileURLToPath(new URL('./dist/', import.meta.url));
const cacheDir = env.cacheDir ?? fileURLToPath(new URL('./node_modules/.astro/', import.meta.url));

/** The public site: static files only. Drafts are previewed by another program (preview/), never built here. */
export default defineConfig({
  ...pageRenderingOptions(env),
  output: 'static',
  outDir,
  // Pages whose cacheKey (src/lib/page-cache-key.ts) and code are unchanged are taken from the previous build
  // (linked, see integrations/), kept with the content store in cacheDir (SITE_CACHE_DIR; node_modules/.astro by default).
  cacheDir,
  experimental: { incrementalBuild: true },
  // The React renderer is here for the islands of search and intake; pages without islands ship no React.
  integrations: [productionBuilds(), linkedCachedPages(), react(), ...sitemapFromPageHeads(outDir, path.join(cacheDir, 'page-heads.json'))],
  vite: viteOptions,
});
