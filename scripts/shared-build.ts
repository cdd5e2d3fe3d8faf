import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * `@cb/domain` and `@cb/search` as Node runs them (the CMS, the CLI, the platform runner, the
 * benchmarks) are their compiled `dist/`. This brings both up to date with their source: an
 * incremental `tsc -b` (search references domain), a second or so when nothing changed. Every
 * command that runs compiled code calls it first (npm scripts, the CMS's test compile step,
 * `startCmsProcess`). Vite, vitest and Astro read the TypeScript source itself (the `@cb/source`
 * export condition), so they need no build at all.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export function buildSharedPackages(root: string = REPO_ROOT): void {
  const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', path.join(root, 'search/tsconfig.build.json')], { stdio: 'inherit' });
}

/** As a vitest global setup: the build before any test file runs. */
export default function setup(): void {
  buildSharedPackages();
}
