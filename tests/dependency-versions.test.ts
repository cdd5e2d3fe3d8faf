import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions, describeFinding, installedPackages, vulnerableCopies } from './installed-packages.ts';
import { KNOWN_ADVISORIES } from './known-advisories.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORKSPACES = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
const NODE_MODULES = ['node_modules', ...WORKSPACES.map((workspace) => path.join(workspace, 'node_modules'))];

describe('installed dependencies, checked against known advisories (npm audit cannot reach one here)', () => {
  const installed = installedPackages(ROOT, NODE_MODULES);

  it('has no copy of a watched package, nested copies included, inside an affected range', () => {
    expect(vulnerableCopies(installed, KNOWN_ADVISORIES).map(describeFinding)).toEqual([]);
  });

  it('finds every package the advisory table watches, so the check is never vacuous', () => {
    const installedNames = new Set(installed.map((copy) => copy.name));
    const watched = [...new Set(KNOWN_ADVISORIES.map((advisory) => advisory.package))];
    expect(watched.filter((name) => !installedNames.has(name))).toEqual([]);
  });

  it('keeps every @strapi/* 5.x package on the version of @strapi/strapi (they are released together)', () => {
    const strapiCopies = installed.filter((copy) => copy.name === '@strapi/strapi');
    expect(strapiCopies.map((copy) => copy.version)).toHaveLength(1);
    const [strapiVersion] = strapiCopies.map((copy) => copy.version);
    const mismatched = installed
      .filter((copy) => copy.name.startsWith('@strapi/') && copy.version.startsWith('5.') && copy.version !== strapiVersion)
      .map((copy) => `${copy.name}@${copy.version} (${copy.location})`);
    expect(mismatched).toEqual([]);
  });
});

describe('the advisory check itself', () => {
  const fixtureRoot = mkdtempSync(path.join(tmpdir(), 'cb-advisories-'));
  afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

  function installFake(folder: string, name: string, version: string): void {
    const packageFolder = path.join(fixtureRoot, folder);
    mkdirSync(packageFolder, { recursive: true });
    writeFileSync(path.join(packageFolder, 'package.json'), JSON.stringify({ name, version }));
  }

  it('flags vulnerable copies wherever they sit in the tree, and only those', () => {
    installFake('node_modules/koa', 'koa', '2.16.1');
    installFake('node_modules/@strapi/strapi', '@strapi/strapi', '5.36.1');
    installFake('node_modules/koa-body/node_modules/formidable', 'formidable', '3.2.3');
    installFake('node_modules/a/node_modules/b/node_modules/esbuild', 'esbuild', '0.21.5');
    installFake('cms/node_modules/nodemailer', 'nodemailer', '9.0.1');
    installFake('node_modules/x/node_modules/koa', 'koa', '2.16.4');
    installFake('node_modules/y/node_modules/formidable', 'formidable', '2.1.5');
    installFake('node_modules/vite', 'vite', '8.3.8');

    const findings = vulnerableCopies(installedPackages(fixtureRoot, ['node_modules', 'cms/node_modules']), KNOWN_ADVISORIES);

    expect(findings.map(({ installed, advisory }) => `${installed.location} ${advisory.id.split(' ')[0]}`).sort()).toEqual([
      'cms/node_modules/nodemailer GHSA-2x7j-588g-ccc2',
      'node_modules/@strapi/strapi CVE-2026-27886',
      'node_modules/a/node_modules/b/node_modules/esbuild GHSA-67mh-4wv8-2f99',
      'node_modules/koa GHSA-7gcc-r8m5-44qm',
      'node_modules/koa GHSA-jgmv-j7ww-jx2x',
      'node_modules/koa-body/node_modules/formidable GHSA-75v8-2h7p-7m2m',
      'node_modules/koa-body/node_modules/formidable GHSA-8cp3-66vr-3r4c',
    ]);
    expect(describeFinding(findings.find((finding) => finding.installed.name === 'esbuild')!)).toBe(
      'esbuild@0.21.5 (node_modules/a/node_modules/b/node_modules/esbuild) is affected by GHSA-67mh-4wv8-2f99: ' +
        'the dev server lets any website send requests to it and read the responses (CORS *); fixed in 0.25.0',
    );
  });

  it('orders versions as semantic versioning does, a pre-release before its release', () => {
    expect(compareVersions('2.16.10', '2.16.9')).toBe(1);
    expect(compareVersions('0.21.5', '0.25.0')).toBe(-1);
    expect(compareVersions('5.54.0', '5.54.0')).toBe(0);
    expect(compareVersions('3.0.0-alpha.4', '3.0.0')).toBe(-1);
    expect(compareVersions('3.0.0-alpha.10', '3.0.0-alpha.9')).toBe(1);
    expect(compareVersions('3.0.0-alpha.0', '3.0.0-alpha')).toBe(1);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
    expect(compareVersions('4.0.0-rc.6', '3.5.4')).toBe(1);
  });
});
