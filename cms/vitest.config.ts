import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The admin's design system (rendered by phone-intake-fields.test.ts) says "type": "module" while its
 * `main` is CommonJS: its ES builds are read instead.
 */
const DESIGN_SYSTEM_ES_BUILDS = Object.fromEntries(
  ['design-system', 'ui-primitives'].map((name) => [
    `@strapi/${name}`,
    fileURLToPath(new URL(`../node_modules/@strapi/${name}/dist/index.mjs`, import.meta.url)),
  ]),
);

export default defineConfig({
  resolve: { alias: DESIGN_SYSTEM_ES_BUILDS },
  test: {
    globalSetup: ['tests/helpers/compile.ts'],
    // Files run one at a time: two cores are not enough to boot several CMS instances side by side.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    // What a test waits for (a publish, a page's answer) takes longer than vitest's 1 s default when two lanes share
    // two cores: a poll waits as a person would. A poll that must be quicker says so itself.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 180_000,
    server: { deps: { inline: [/@strapi\/.*/] } },
    projects: [
      // Each file boots its own Strapi, set as it needs, on its own SQLite file, in its own process.
      { extends: true, test: { name: 'cms', include: ['tests/*.test.ts'] } },
      // These files share one process and the one CMS in it (`sharedCms()`): Strapi keeps registries for the whole
      // process, so a process holds one Strapi, and these files need the same one.
      { extends: true, test: { name: 'shared-cms', include: ['tests/shared-cms/*.test.ts'], isolate: false } },
    ],
  },
});
