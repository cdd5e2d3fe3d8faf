import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { pageRenderingOptions, productionBuilds, turnOffAstroTelemetry, viteOptions } from '../astro-options.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';

turnOffAstroTelemetry();

/**
 * The preview server: a small program rendered on demand, apart from the static site (its own
 * root, its own output in preview/dist), with the site's own views. It answers editors' previews
 * only; nothing of it is ever part of the static output. Build: `npm run build:preview -w @cb/site`;
 * start: `node site/preview/dist/server/entry.mjs` (HOST, PORT; see src/lib/build-env.ts readPreviewEnv).
 */
export default defineConfig({
  ...pageRenderingOptions(readBuildEnv()),
  root: fileURLToPath(new URL('./', import.meta.url)),
  outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [productionBuilds()],
  vite: viteOptions,
});
