import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file starts its own Meilisearch process; forks keep them apart and easy to stop.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
