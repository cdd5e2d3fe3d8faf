import fs, { rmSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 */
export function linkedCachedPages(): AstroIntegration {
  let folders: GuardedFolders | undefined;
  let linked: string[] = [];
  return {
    name: 'cb:linked-cached-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        // A build that failed in the worker never reached 'astro:build:done': its guard ends here.
        endWriteGuard();
        folders = config.experimental.incrementalBuild
          ? { outDir: fileURLToPath(config.outDir), cachedPages: fileURLToPath(new URL('dist/', config.cacheDir)) }
          : undefined;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!folders) return;
        const guardedFolders = folders;
        // After Vite's build (which empties the output folder) and right before the pages are generated.
        let linking: Promise<string[]> = Promise.resolve([]);
        setPrerenderer((base) => ({
          ...base,
          setup: async () => {
            await base.setup?.();
            guardWrites(guardedFolders);
            // Linking waits on the file system, mostly in libuv's threads: it overlaps the pages' getStaticPaths.
            linking = linkMissingFiles(guardedFolders.cachedPages, guardedFolders.outDir);
          },
          getStaticPaths: async () => {
            const paths = await base.getStaticPaths();
            linked = await linking;
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

interface GuardedFolders {
  outDir: string;
  cachedPages: string;
}

/** Links every file of `from` into `to` where `to` has none; returns the files linked. */
async function linkMissingFiles(from: string, to: string): Promise<string[]> {
  let entries: fs.Dirent[];
  try {
    entries = await readdir(from, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no cache yet: a first build
  }
  const targetOf = (entry: fs.Dirent) => path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)));
  await mkdir(to, { recursive: true });
  // Folders level by level, each after the one holding it.
  const foldersByDepth = Map.groupBy(entries.filter((entry) => entry.isDirectory()).map(targetOf), (folder) => folder.split(path.sep).length);
  for (const depth of [...foldersByDepth.keys()].sort((a, b) => a - b)) {
    await inParallel(foldersByDepth.get(depth) ?? [], (folder) => mkdir(folder).catch(unlessExists));
  }
  const linked: string[] = [];
  let linking = true;
  await inParallel(
    entries.filter((entry) => entry.isFile()),
    async (entry) => {
      if (!linking) return;
      const target = targetOf(entry);
      try {
        await link(path.join(entry.parentPath, entry.name), target);
        linked.push(target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return;
        // Another file system, or one without hard links: Astro copies the pages itself.
        if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') linking = false;
        else throw error;
      }
    },
  );
  return linked;
}

function unlessExists(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}

/** Enough calls at once to keep libuv's threads busy. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

/**
 * One guard per process, whatever the number of builds: Astro loads the config, and this module with
 * it, anew for every build of the build worker, which must not wrap `writeFile` once more each time.
 */
interface WriteGuard {
  folders: GuardedFolders | undefined;
  /** The files of the output folder written by this build. */
  written: Set<string>;
}
const processWide = globalThis as typeof globalThis & { connectingBrusselsWriteGuard?: WriteGuard };

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
