import fs, { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/**
 * Astro's incremental build keeps a copy of every page it may reuse under `<cacheDir>/dist/`. A page
 * whose cache key and code are unchanged is copied from there into the output folder, unless the
 * output folder has that file already. On the large set those 37,000 copies, one after the other,
 * took 17 s of a rebuild. This integration puts hard links to the cached copies into the output
 * folder before the pages are generated: no bytes are copied, and Astro finds each page in place.
 *
 * Hard links share their bytes with the cached copy, and so with the build being served (made the
 * same way). A page that Astro renders again must therefore get a file of its own rather than be
 * written over: while a build runs, `fs.promises.writeFile` (which Astro uses for the page and for
 * its cached copy, and which writes in place) first removes a file in those two folders; the cached
 * copy of a page just written is then a link to it, so even a first build writes each page once.
 * Pages this build no longer makes (a deleted document) are removed from the output folder at its end.
 * `site/test/site/incremental-build.test.ts` checks that the build being served never changes.
 *
 * The linking starts as soon as a build's config is done and runs in a thread of its own beside the
 * content sync and Vite's bundle (38,000 folders and links take seconds): the output folder is
 * therefore emptied here, then, instead of by Astro after Vite's bundle.
 */
export function linkedCachedPages(): AstroIntegration {
  let folders: GuardedFolders | undefined;
  let building = false;
  let linked: string[] = [];
  return {
    name: 'cb:linked-cached-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        building = command === 'build' && config.experimental.incrementalBuild === true;
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': async ({ config }) => {
        // A build that failed in the worker never reached 'astro:build:done': its guard ends here.
        endWriteGuard();
        folders = building ? { outDir: fileURLToPath(config.outDir), cachedPages: fileURLToPath(new URL('dist/', config.cacheDir)) } : undefined;
        if (folders) await startLinking(folders);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!folders) return;
        const guardedFolders = folders;
        setPrerenderer((base) => ({
          ...base,
          setup: async () => {
            await base.setup?.();
            guardWrites(guardedFolders);
          },
          getStaticPaths: async () => {
            const paths = await base.getStaticPaths();
            // Astro finds each cached page in place, or copies it itself.
            linked = await processWide.connectingBrusselsLinking!;
            if (linked.length > 0) logger.info(`${linked.length} cached page(s) linked into the output folder`);
            return paths;
          },
        }));
      },
      'astro:build:done': ({ assets, logger }) => {
        endWriteGuard();
        const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const gone = linked.filter((file) => !made.has(file));
        for (const file of gone) rmSync(file, { force: true });
        if (gone.length > 0) logger.info(`${gone.length} page(s) no longer built removed from the output folder`);
        linked = [];
      },
    },
  };
}

/**
 * Empties the output folder (as Astro would) and links the cached pages into it, in the background.
 * A linking left running by a build that failed ends first: it must not add files to this build's folder.
 */
async function startLinking(folders: GuardedFolders): Promise<void> {
  await processWide.connectingBrusselsLinking?.catch(() => undefined);
  await rm(folders.outDir, { recursive: true, force: true });
  const linking = linkInItsOwnThread(folders);
  linking.catch(() => undefined); // awaited (and its failure reported) by the pages' getStaticPaths
  processWide.connectingBrusselsLinking = linking;
}

interface GuardedFolders {
  outDir: string;
  cachedPages: string;
}

/** The cached pages linked into the output folder by a thread of its own (cached-pages-linker.ts). */
function linkInItsOwnThread(folders: GuardedFolders): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const linker = new Worker(new URL('./cached-pages-linker.ts', import.meta.url), { workerData: { from: folders.cachedPages, to: folders.outDir } });
    linker.once('message', (linked: string[]) => resolve(linked));
    linker.once('error', reject);
    linker.once('exit', (code) => reject(new Error(`The linking of cached pages ended with exit code ${code}`)));
  });
}

/**
 * One guard (and one linking) per process, whatever the number of builds: Astro loads the config, and
 * this module with it, anew for every build of the build worker, which must not wrap `writeFile` once
 * more each time.
 */
interface WriteGuard {
  folders: GuardedFolders | undefined;
  /** The files of the output folder written by this build. */
  written: Set<string>;
}
const processWide = globalThis as typeof globalThis & { connectingBrusselsWriteGuard?: WriteGuard; connectingBrusselsLinking?: Promise<string[]> };

/**
 * While `folders` is set, a file written in one of them is removed first (see above), and the cached
 * copy of a page this build wrote is linked to it: Astro writes the same bytes to both.
 */
function guardWrites(folders: GuardedFolders): void {
  const guard = (processWide.connectingBrusselsWriteGuard ??= installGuard());
  guard.folders = folders;
  guard.written.clear();
}

/** Writes are plain again (until the next build's pages). */
function endWriteGuard(): void {
  const guard = processWide.connectingBrusselsWriteGuard;
  if (guard) {
    guard.folders = undefined;
    guard.written.clear();
  }
}

function installGuard(): WriteGuard {
  const guard: WriteGuard = { folders: undefined, written: new Set() };
  const writeFileInPlace = fs.promises.writeFile;
  fs.promises.writeFile = async function writeFileAsNew(file, data, options) {
    const { folders, written } = guard;
    const target = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : undefined;
    if (!folders || target === undefined) return writeFileInPlace(file, data, options);
    if (isInside(target, folders.outDir)) {
      await fs.promises.rm(target, { force: true });
      await writeFileInPlace(file, data, options);
      written.add(target);
      return;
    }
    if (isInside(target, folders.cachedPages)) {
      await fs.promises.rm(target, { force: true });
      const built = path.join(folders.outDir, path.relative(folders.cachedPages, target));
      if (written.has(built)) return fs.promises.link(built, target);
    }
    return writeFileInPlace(file, data, options);
  };
  return guard;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
