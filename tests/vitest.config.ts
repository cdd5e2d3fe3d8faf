import { defineConfig } from 'vitest/config';

// These tests run the platform's scripts and packages as Node runs them (their dist/): built first.
export default defineConfig({ test: { include: ['**/*.test.ts'], globalSetup: ['../scripts/shared-build.ts'] } });
