import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The version of a package as a workspace resolves it. */
function versionFrom(workspace: string, name: string): string {
  const require = createRequire(path.join(ROOT, workspace, 'package.json'));
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

describe('workspaces', () => {
  it('give Strapi admin React 18 and the site React 19, without sharing a copy', () => {
    expect(versionFrom('cms', 'react')).toMatch(/^18\./);
    expect(versionFrom('cms', 'react-dom')).toMatch(/^18\./);
    expect(versionFrom('site', 'react')).toMatch(/^19\./);
    expect(versionFrom('site', 'react-dom')).toMatch(/^19\./);
  });

  it('target Node 24 LTS', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toContain('24');
    expect(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(process.versions.node).toMatch(/^24\./);
  });
});
