import { defineConfig } from 'vitest/config';
import { readWorkspaceSources } from '../scripts/source-conditions.ts';

/**
 * Two projects: `unit` (pure modules, no build, seconds) and `site` (the built site: one CMS boot and
 * one Astro build in the global setup, then pages, links, sitemap, HTML validity and axe in Chromium).
 * `@cb/domain` and `@cb/search` are read from their source (scripts/source-conditions.ts).
 */
export default defineConfig({
  plugins: [readWorkspaceSources()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // As astro.config.ts: the islands and react-hook-form share the site's one React (form-renderers.test.ts).
          server: { deps: { inline: ['react-hook-form'] } },
        },
        resolve: { dedupe: ['react', 'react-dom'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // A page's answer takes longer than vitest's 1 s default when two test lanes share two cores.
          expect: { poll: { timeout: 15_000 } },
          pool: 'forks',
        },
      },
    ],
  },
});
