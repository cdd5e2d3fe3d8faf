import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSharedPackages } from '../scripts/shared-build.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = 'tsc -b ../search/tsconfig.build.json && ';
const scripts = (workspace: string): Record<string, string> =>
  (JSON.parse(readFileSync(path.join(ROOT, workspace, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * A copy of domain/ and search/ in a temporary folder, wired like the repository: its own
 * node_modules/@cb/domain points at the copy, the rest at the repository's packages.
 */
function copyOfSharedPackages(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'cb-shared-build-'));
  cpSync(path.join(ROOT, 'tsconfig.base.json'), path.join(copy, 'tsconfig.base.json'));
  for (const workspace of ['domain', 'search']) {
    for (const entry of ['src', 'package.json', 'tsconfig.build.json'])
      cpSync(path.join(ROOT, workspace, entry), path.join(copy, workspace, entry), { recursive: true });
  }
  mkdirSync(path.join(copy, 'node_modules/@cb'), { recursive: true });
  symlinkSync(path.join(copy, 'domain'), path.join(copy, 'node_modules/@cb/domain'));
  for (const dependency of ['zod', 'meilisearch', '@types'])
    symlinkSync(path.join(ROOT, 'node_modules', dependency), path.join(copy, 'node_modules', dependency));
  return copy;
}

/** What Node (the CMS, the CLI, the platform runner) gets for a help category's Dutch name, required from search/. */
function groceriesNameAsNodeSeesIt(root: string): string {
  const program = `const { HELP_CATEGORIES } = require('@cb/domain'); process.stdout.write(HELP_CATEGORIES.find((term) => term.code === 'groceries').name.nl);`;
  return execFileSync(process.execPath, ['-e', program], { cwd: path.join(root, 'search'), encoding: 'utf8' });
}

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe('the shared packages as Node runs them (their dist/)', () => {
  it('follow an edit of domain/src at the next shared build, without a manual rebuild of domain', () => {
    const copy = copyOfSharedPackages();
    copies.push(copy);
    buildSharedPackages(copy);
    const before = groceriesNameAsNodeSeesIt(copy);
    expect(before.length).toBeGreaterThan(0);

    const taxonomies = path.join(copy, 'domain/src/taxonomies.ts');
    const source = readFileSync(taxonomies, 'utf8');
    expect(source).toContain(`'${before}'`);
    writeFileSync(taxonomies, source.replace(`'${before}'`, `'${before} (edited)'`));
    // Without a build, Node still runs the old dist/: the stale build this step exists for.
    expect(groceriesNameAsNodeSeesIt(copy)).toBe(before);

    buildSharedPackages(copy);
    expect(groceriesNameAsNodeSeesIt(copy)).toBe(`${before} (edited)`);
  }, 180_000);

  it('are built by every command that runs compiled code', () => {
    const root = scripts('.');
    expect(root['build:shared']).toBe('tsc -b search/tsconfig.build.json');
    for (const name of ['postinstall', 'start', 'test', 'typecheck', 'bench']) expect(root[name], `npm ${name}`).toMatch(/^npm run build:shared( &&|$)/);
    const cms = scripts('cms');
    for (const name of ['build', 'develop', 'start', 'bench', 'typecheck'])
      expect(cms[name], `cms ${name}`).toMatch(new RegExp(`^${BUILD.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    const site = scripts('site');
    for (const name of ['bench', 'cms:test']) expect(site[name], `site ${name}`).toMatch(new RegExp(`^${BUILD.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    expect(scripts('search').reindex).toMatch(/^tsc -b tsconfig\.build\.json && node dist\/cli\.js/);
  });
});
