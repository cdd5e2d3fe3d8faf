import path from 'node:path';
import type { Locale } from '@cb/domain';

/**
 * What the media library takes, with the name a person knows each by, the extensions its files are named with, and
 * how its content begins: the raster images that public content shows (every media field of the content model takes
 * images only, `media()` in content-model/attributes.ts) and PDF documents. Anything else, an HTML page, a script or
 * an SVG with its scripts, would be served from the CMS's own origin, where a script runs with the session of the
 * staff member who opens the link.
 *
 * A file is taken only when its content begins as one of these kinds and its name ends with that kind's extension:
 * the CMS serves an upload with the type its extension names, so a GIF header in front of a page named `.html` would
 * otherwise be served as a page (media-library-files.ts checks every upload and replace; config/plugins.ts also gives
 * these types to Strapi's own check).
 */
interface MediaKind {
  name: string;
  extensions: readonly string[];
  /** Whether a file's first bytes (at least MEDIA_FILE_HEAD_BYTES of them, or the whole file) begin as this kind. */
  begins(head: Uint8Array): boolean;
}

const MEDIA_LIBRARY_KINDS = {
  'image/jpeg': { name: 'JPEG', extensions: ['.jpg', '.jpeg'], begins: (head) => startsWith(head, [0xff, 0xd8, 0xff]) },
  'image/png': { name: 'PNG', extensions: ['.png'], begins: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/webp': { name: 'WebP', extensions: ['.webp'], begins: (head) => ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' },
  'image/gif': { name: 'GIF', extensions: ['.gif'], begins: (head) => ['GIF87a', 'GIF89a'].includes(ascii(head, 0, 6)) },
  'image/avif': { name: 'AVIF', extensions: ['.avif'], begins: isAvif },
  'application/pdf': { name: 'PDF', extensions: ['.pdf'], begins: (head) => ascii(head, 0, 5) === '%PDF-' },
} as const satisfies Record<string, MediaKind>;

export type MediaLibraryType = keyof typeof MEDIA_LIBRARY_KINDS;

export const MEDIA_LIBRARY_TYPES = Object.keys(MEDIA_LIBRARY_KINDS) as MediaLibraryType[];

/** How many of a file's first bytes tell its kind. */
export const MEDIA_FILE_HEAD_BYTES = 64;

/** The kinds of file the media library takes, as a list in `locale` ("JPEG, PNG, … en PDF"). */
export function mediaLibraryKinds(locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(MEDIA_LIBRARY_TYPES.map((type) => MEDIA_LIBRARY_KINDS[type].name));
}

/** The extensions of one kind, as a list in `locale` (".jpg of .jpeg"). */
export function mediaKindExtensions(type: MediaLibraryType, locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(MEDIA_LIBRARY_KINDS[type].extensions);
}

export function mediaKindName(type: MediaLibraryType): string {
  return MEDIA_LIBRARY_KINDS[type].name;
}

/** The kind a file's content begins as, if the media library takes it. */
export function mediaTypeOfContent(head: Uint8Array): MediaLibraryType | undefined {
  return MEDIA_LIBRARY_TYPES.find((type) => MEDIA_LIBRARY_KINDS[type].begins(head));
}

/** Whether a file name ends with an extension of that kind (in any case: `FOTO.JPG`). */
export function isNamedAs(type: MediaLibraryType, fileName: string): boolean {
  return (MEDIA_LIBRARY_KINDS[type].extensions as readonly string[]).includes(path.extname(fileName).toLowerCase());
}

/** Whether an uploaded file may be served under this name: its extension is one of a kind the media library takes. */
export function hasMediaLibraryExtension(fileName: string): boolean {
  return MEDIA_LIBRARY_TYPES.some((type) => isNamedAs(type, fileName));
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte);
}

function ascii(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, end));
}

/** An ISO media file (`ftyp` box) whose major or compatible brands include AVIF's (`avif`, `avis` for sequences). */
function isAvif(head: Uint8Array): boolean {
  if (ascii(head, 4, 8) !== 'ftyp') return false;
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const end = Math.min(boxSize, head.length);
  const brands = [ascii(head, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(head, offset, offset + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
}
