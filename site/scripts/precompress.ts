/**
 * Runs after `astro build` (the site's `build` script): writes `<file>.br` (brotli) and
 * `<file>.gz` (gzip, level 9) next to every text file of the built site, so that the servers send
 * the smallest bytes without compressing on each request: nginx with `brotli_static` / `gzip_static`
 * (deploy/nginx.conf) and the local static server (scripts/lib/static-server.ts).
 *
 *   node scripts/precompress.ts [folder]     (default: SITE_OUT_DIR, else dist/)
 *
 * With SITE_PREVIOUS_BUILD_DIR (the build being served, which the site builder passes; the local
 * runner names it to its build worker), a file whose bytes are the same as there takes that build's
 * variants instead of being compressed again: after one publish, nearly every file is unchanged.
 */
import { copyFileSync, linkSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The files worth compressing: text. Images and fonts are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.xml', '.txt', '.json', '.webmanifest', '.ics']);

/** What a precompressed variant is called, next to its file; in the order servers prefer them. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface PrecompressSummary {
  files: number;
  rawBytes: number;
  /** Bytes as served to a browser that accepts brotli (a file without a useful .br counts raw). */
  brotliBytes: number;
  gzipBytes: number;
  /** Files sent as they are: compression would not make them smaller. */
  keptRaw: number;
  /** Files whose variants were taken from the previous build, unchanged. */
  reused: number;
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * Hashed build assets (`_astro/`: the islands' JavaScript, React) are the same from build to build
 * and cached for a year: they get brotli's best, quality 11. The pages change with every build and
 * are many: quality 11 on the 361 seed pages took 12.1 s of CPU against 0.33 s at quality 8, for
 * 8 % fewer bytes (1.94 MB vs 2.11 MB), which would triple the time from a publish to a rebuilt site.
 */
export const ASSET_BROTLI_QUALITY = 11;
export const PAGE_BROTLI_QUALITY = 8;

export function brotli(content: Buffer, quality = ASSET_BROTLI_QUALITY): Promise<Buffer> {
  return compressBrotli(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** The folder of Astro's content-hashed files. */
export function isHashedAsset(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep)[0] === '_astro';
}

export function gzipBest(content: Buffer): Promise<Buffer> {
  return compressGzip(content, { level: 9 });
}

/**
 * Compresses every text file under root. A variant is written only when it is smaller than the file;
 * a variant left from an earlier build whose file is gone or no longer gains is removed, so a server
 * never sends stale bytes.
 */
export async function precompress(root: string, previousRoot?: string): Promise<PrecompressSummary> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const present = new Set(files);
  const summary: PrecompressSummary = { files: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0, keptRaw: 0, reused: 0 };
  const count = (rawSize: number, { brotliSize, gzipSize }: VariantSizes) => {
    summary.files += 1;
    summary.rawBytes += rawSize;
    summary.brotliBytes += brotliSize;
    summary.gzipBytes += gzipSize;
    if (brotliSize === rawSize && gzipSize === rawSize) summary.keptRaw += 1;
  };

  await Promise.all(files.filter((file) => isStaleVariant(file, present)).map((file) => rm(file, { force: true })));
  const toCompress: string[] = [];
  for (const file of files.filter((each) => COMPRESSIBLE_EXTENSIONS.has(path.extname(each)))) {
    const taken = previousRoot && takePreviousVariants(path.join(previousRoot, path.relative(root, file)), file, present);
    if (!taken) {
      toCompress.push(file);
      continue;
    }
    summary.reused += 1;
    count(taken.rawSize, taken);
  }
  await inParallel(toCompress, async (file) => {
    const content = await readFile(file);
    count(content.length, await compressVariants(root, file, content));
  });
  return summary;
}

interface VariantSizes {
  brotliSize: number;
  gzipSize: number;
}

/**
 * When the file's bytes are the same as in the previous build, takes that build's variants (their
 * bytes are then the same too). Synchronous on purpose: after one publish this runs for nearly every
 * file of the site (37,000 on the large set), and each asynchronous call would wait its turn in
 * libuv's four threads (29.5 s for those files, against a few seconds this way).
 */
function takePreviousVariants(previousFile: string, file: string, present: Set<string>): (VariantSizes & { rawSize: number }) | undefined {
  const stats = statSync(file);
  const previous = statSync(previousFile, { throwIfNoEntry: false });
  if (!previous || !sameBytes(file, stats, previousFile, previous)) return undefined;
  return {
    rawSize: stats.size,
    brotliSize: takeVariant(previousFile, file, '.br', stats.size, present),
    gzipSize: takeVariant(previousFile, file, '.gz', stats.size, present),
  };
}

/** One file linked into both builds (see integrations/linked-cached-pages.ts) is the same without reading it. */
function sameBytes(file: string, stats: Stats, previousFile: string, previous: Stats): boolean {
  if (stats.ino === previous.ino && stats.dev === previous.dev) return true;
  return stats.size === previous.size && readFileSync(previousFile).equals(readFileSync(file));
}

/**
 * Takes the previous build's variant, or notes that it had none (compression did not gain). A hard
 * link where the file system allows it (no bytes copied); variants are never written in place
 * (`writeVariant` replaces the file), so the two builds cannot change each other's.
 */
function takeVariant(previousFile: string, file: string, suffix: string, rawSize: number, present: Set<string>): number {
  // A build writes no variants: one is there only when this folder was compressed before.
  if (present.has(file + suffix)) rmSync(file + suffix, { force: true });
  try {
    linkSync(previousFile + suffix, file + suffix);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return rawSize;
    copyFileSync(previousFile + suffix, file + suffix);
  }
  return statSync(file + suffix).size;
}

async function compressVariants(root: string, file: string, content: Buffer): Promise<VariantSizes> {
  const quality = isHashedAsset(root, file) ? ASSET_BROTLI_QUALITY : PAGE_BROTLI_QUALITY;
  const brotliSize = await writeVariant(file, '.br', content, await brotli(content, quality));
  const gzipSize = await writeVariant(file, '.gz', content, await gzipBest(content));
  return { brotliSize, gzipSize };
}

/** Writes the variant if it gains anything and returns the bytes a browser will then receive. */
async function writeVariant(file: string, suffix: string, content: Buffer, compressed: Buffer): Promise<number> {
  if (compressed.length >= content.length) {
    await rm(file + suffix, { force: true });
    return content.length;
  }
  // A new file, not the old one overwritten: the old one may be a link to the previous build's variant. Written
  // aside and renamed into place: the folder may be served already (the local runner compresses after the switch).
  const partial = `${file}${suffix}.${process.pid}.partial`;
  await writeFile(partial, compressed);
  await rename(partial, file + suffix);
  return compressed.length;
}

function isStaleVariant(file: string, present: Set<string>): boolean {
  const variant = ENCODINGS.find(({ suffix }) => file.endsWith(suffix));
  if (!variant) return false;
  const original = file.slice(0, -variant.suffix.length);
  return !present.has(original) || !COMPRESSIBLE_EXTENSIONS.has(path.extname(original));
}

/** Brotli at quality 11 is slow: as many files at once as the machine has cores (zlib works off the main thread). */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
}

/** Precompresses a build and says in one line what it did (the site's `build` script shows it). */
export async function precompressWithSummary(root: string, previousRoot?: string): Promise<PrecompressSummary> {
  const started = performance.now();
  const summary = await precompress(root, previousRoot);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `Precompressed ${summary.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kb(summary.rawBytes)} → brotli ${kb(summary.brotliBytes)}, gzip ${kb(summary.gzipBytes)}` +
      (summary.keptRaw > 0 ? ` (${summary.keptRaw} kept as they are)` : '') +
      (summary.reused > 0 ? `; ${summary.reused} unchanged since the previous build kept its variants` : ''),
  );
  return summary;
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? process.env.SITE_OUT_DIR ?? path.join(import.meta.dirname, '..', 'dist'));
  await precompressWithSummary(root, process.env.SITE_PREVIOUS_BUILD_DIR || undefined);
}
