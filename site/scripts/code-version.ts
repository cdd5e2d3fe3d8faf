import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
/** What renders the pages: the site's code and config, the shared packages it reads from source, the locked dependencies. */
const SOURCES = ['site/src', 'site/astro.config.ts', 'site/astro-options.ts', 'site/public', 'domain/src', 'search/src', 'package-lock.json'];

/** A digest of every source file that can change how a page renders; a new digest makes every page render again. */
export function siteCodeVersion(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(path.join(REPOSITORY, source))).sort()) {
    hash.update(path.relative(REPOSITORY, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('base64url').slice(0, 16);
}

function filesUnder(source: string): string[] {
  try {
    return readdirSync(source, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOTDIR') return [source];
    throw error;
  }
}
