import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Advisory, AffectedRange } from './known-advisories.ts';

export interface InstalledPackage {
  name: string;
  version: string;
  /** The package's folder, relative to the scanned root. */
  location: string;
}

export interface Finding {
  installed: InstalledPackage;
  advisory: Advisory;
  fixedIn: string;
}

/**
 * Every package copy under the given node_modules folders, nested copies included
 * (`a/node_modules/b/node_modules/c`), each real folder once even when reached through a symlink.
 */
export function installedPackages(root: string, nodeModulesFolders: string[]): InstalledPackage[] {
  const found: InstalledPackage[] = [];
  const visited = new Set<string>();

  const visitPackage = (folder: string): void => {
    const real = realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    const manifestFile = path.join(folder, 'package.json');
    if (existsSync(manifestFile)) {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name?: string; version?: string };
      if (manifest.name && manifest.version) {
        found.push({ name: manifest.name, version: manifest.version, location: path.relative(root, folder) });
      }
    }
    const nested = path.join(folder, 'node_modules');
    if (existsSync(nested)) visitNodeModules(nested);
  };

  const visitNodeModules = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const entryPath = path.join(folder, entry.name);
      if (entry.name.startsWith('@')) {
        for (const scoped of readdirSync(entryPath)) visitPackage(path.join(entryPath, scoped));
      } else if (entry.isDirectory() || entry.isSymbolicLink()) {
        visitPackage(entryPath);
      }
    }
  };

  for (const folder of nodeModulesFolders) {
    const absolute = path.join(root, folder);
    if (existsSync(absolute)) visitNodeModules(absolute);
  }
  return found;
}

/** The installed copies that fall inside an affected range of a known advisory for their package. */
export function vulnerableCopies(installed: InstalledPackage[], advisories: readonly Advisory[]): Finding[] {
  return installed.flatMap((copy) =>
    advisories
      .filter((advisory) => advisory.package === copy.name)
      .flatMap((advisory) => {
        const range = advisory.affected.find((affected) => isWithin(copy.version, affected));
        return range ? [{ installed: copy, advisory, fixedIn: range.fixed }] : [];
      }),
  );
}

export function describeFinding({ installed, advisory, fixedIn }: Finding): string {
  return `${installed.name}@${installed.version} (${installed.location}) is affected by ${advisory.id}: ${advisory.summary}; fixed in ${fixedIn}`;
}

function isWithin(version: string, range: AffectedRange): boolean {
  return compareVersions(version, range.introduced) >= 0 && compareVersions(version, range.fixed) < 0;
}

/** Semantic-version order: numbers first, then a pre-release comes before its release. */
export function compareVersions(left: string, right: string): number {
  const [leftCore, leftPre] = splitVersion(left);
  const [rightCore, rightPre] = splitVersion(right);
  for (let index = 0; index < 3; index += 1) {
    const difference = (leftCore[index] ?? 0) - (rightCore[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (leftPre === rightPre) return 0;
  if (leftPre === '') return 1;
  if (rightPre === '') return -1;
  return comparePreReleases(leftPre, rightPre);
}

function splitVersion(version: string): [number[], string] {
  const withoutBuild = version.split('+', 1)[0] ?? version;
  const dash = withoutBuild.indexOf('-');
  const core = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const preRelease = dash === -1 ? '' : withoutBuild.slice(dash + 1);
  return [core.split('.').map(Number), preRelease];
}

function comparePreReleases(left: string, right: string): number {
  const leftParts = left.split('.');
  const rightParts = right.split('.');
  for (let index = 0; index < Math.max(leftParts.length, rightParts.length); index += 1) {
    const [a, b] = [leftParts[index], rightParts[index]];
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    if (a === b) continue;
    const [aNumeric, bNumeric] = [/^\d+$/.test(a), /^\d+$/.test(b)];
    if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
    if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
    return a < b ? -1 : 1;
  }
  return 0;
}
