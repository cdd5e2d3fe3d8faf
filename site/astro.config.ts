import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { readWorkspaceSources } from '../scripts/source-conditions.ts';
import { siteCodeVersion } from './scripts/code-version.ts';
import { readBrowserSearchEnv, readBuildEnv } from './src/lib/build-env.ts';
import { pagePolicyDirectives } from './src/lib/security-policy.ts';
import { sitemapSerializer } from './src/lib/sitemap.ts';

// Part of every page's cache key: pages render again after any change to the code (SITE_CODE_VERSION may set it, e.g. a commit).
process.env.SITE_CODE_VERSION ||= siteCodeVersion();
const env = readBuildEnv();
const cms = new URL(env.cmsUrl);
const outDir = env.outDir ?? fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site: env.siteUrl,
  output: 'static',
  outDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSS is small; inlined, a page renders from its first response (no render-blocking request).
    inlineStylesheets: 'always',
  },
  image: {
    // Only the CMS's uploads are fetched and optimized at build time; no other origin.
    remotePatterns: [{ protocol: cms.protocol.replace(':', ''), hostname: cms.hostname, port: cms.port, pathname: '/uploads/**' }],
    responsiveStyles: false,
  },
  // Each page carries its Content-Security-Policy with the hashes of its own inline script and styles;
  // the web server adds what a page cannot say about itself (src/lib/security-policy.ts).
  security: { csp: { algorithm: 'SHA-256', directives: pagePolicyDirectives(readBrowserSearchEnv(process.env)?.url) } },
  // No prefetch script, no dev toolbar: content pages ship no JavaScript at all.
  prefetch: false,
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/lib/page-cache-key.ts) and code are unchanged are copied from the previous build,
  // kept with the content store in cacheDir (SITE_CACHE_DIR; node_modules/.astro by default).
  ...(env.cacheDir ? { cacheDir: env.cacheDir } : {}),
  experimental: { incrementalBuild: true },
  // The React renderer is here for the islands of search and intake; pages without islands ship no React.
  integrations: [react(), sitemap({ serialize: sitemapSerializer(outDir) })],
  vite: {
    // The CMS's admin needs React 18 at the repository root, where npm also put react-hook-form: without
    // this, the form islands would load that React next to the site's React 19 and break.
    resolve: { dedupe: ['react', 'react-dom'], noExternal: ['react-hook-form'] },
    // `@cb/domain` and `@cb/search` are read from their TypeScript source: no rebuild after an edit.
    plugins: [readWorkspaceSources()],
  },
});
