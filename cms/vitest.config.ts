import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/compile.ts'],
    // Each test file boots its own Strapi on its own SQLite file, in its own process, one at a time:
    // two cores are not enough to boot several CMS instances side by side.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    server: { deps: { inline: [/@strapi\/.*/] } },
  },
});
