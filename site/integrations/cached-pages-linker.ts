import { linkSync, mkdirSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Links every file of `from` into `to` where `to` has none, and returns the files linked. Run in a
 * thread of its own (linked-cached-pages.ts): on the large set that is 38,000 folders and 38,000
 * links, one system call each, which would otherwise wait their turn on the main thread and in
 * libuv's four threads behind the build's own work.
 */
export function linkMissingFiles(from: string, to: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(from, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no cache yet: a first build
  }
  const targetOf = (entry: Dirent) => path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)));
  mkdirSync(to, { recursive: true });
  // readdirSync lists a folder after the one holding it.
  for (const entry of entries) if (entry.isDirectory()) mkdirUnlessExists(targetOf(entry));
  const linked: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const target = targetOf(entry);
    try {
      linkSync(path.join(entry.parentPath, entry.name), target);
      linked.push(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // Another file system, or one without hard links: Astro copies the pages itself.
      if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') break;
      throw error;
    }
  }
  return linked;
}

function mkdirUnlessExists(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

if (parentPort && workerData) {
  const { from, to } = workerData as { from: string; to: string };
  parentPort.postMessage(linkMissingFiles(from, to));
}
