import { defineConfig } from 'vitest/config';
import { readWorkspaceSources } from '../scripts/source-conditions.ts';

export default defineConfig({
  // Tests import @cb/domain and this package from source; the CLI's tests run `node dist/cli.js`,
  // which the global setup brings up to date first (an incremental tsc -b).
  plugins: [readWorkspaceSources()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['../scripts/shared-build.ts'],
    // Every test file starts its own Meilisearch process; forks keep them apart and easy to stop.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
