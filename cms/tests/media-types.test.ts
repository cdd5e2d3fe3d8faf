import { describe, expect, it } from 'vitest';
import { hasMediaLibraryExtension, isNamedAs, mediaKindExtensions, mediaTypeOfContent } from '../src/editing/media-types';

/** What the media library takes, told by a file's first bytes and its name (the CMS's checks are in shared-cms/media-library-types.test.ts). */

/** An ISO media file's first box: its size, `ftyp`, the major brand, a minor version and the compatible brands. */
function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write(`ftyp${major}`, 4, 'latin1');
  compatible.forEach((brand, index) => box.write(brand, 16 + 4 * index, 'latin1'));
  return box;
}

describe('a file’s kind, from its first bytes', () => {
  it.each([
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['a WebP', Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'), 'image/webp'],
    ['a GIF 89a', Buffer.from('GIF89a\x01\0', 'latin1'), 'image/gif'],
    ['a GIF 87a', Buffer.from('GIF87a\x01\0', 'latin1'), 'image/gif'],
    ['an AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['an AVIF sequence', ftyp('avis', 'msf1', 'avif'), 'image/avif'],
    ['an AVIF under another major brand', ftyp('mif1', 'avif'), 'image/avif'],
    ['a PDF', Buffer.from('%PDF-1.7\n', 'latin1'), 'application/pdf'],
  ] as const)('knows %s', (_kind, head, type) => {
    expect(mediaTypeOfContent(head)).toBe(type);
  });

  it.each([
    ['a page', Buffer.from('<!doctype html>')],
    ['a page after three bytes of a GIF', Buffer.from('GIF<script>')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a HEIC photo', ftyp('heic', 'mif1', 'heic')],
    ['an MP4 video', ftyp('isom', 'iso2', 'mp41')],
    ['a RIFF that is no WebP (a WAV sound)', Buffer.from('RIFF\x10\0\0\0WAVEfmt ', 'latin1')],
    ['nothing', Buffer.alloc(0)],
  ])('takes %s for none of its kinds', (_kind, head) => {
    expect(mediaTypeOfContent(head)).toBeUndefined();
  });
});

describe('a file’s name', () => {
  it('ends as its kind does, in any case', () => {
    expect(isNamedAs('image/jpeg', 'foto.jpg')).toBe(true);
    expect(isNamedAs('image/jpeg', 'FOTO.JPEG')).toBe(true);
    expect(isNamedAs('image/jpeg', 'foto.png')).toBe(false);
    expect(isNamedAs('image/png', 'foto.png.html')).toBe(false);
    expect(isNamedAs('image/png', 'foto')).toBe(false);
  });

  it('is served from the uploads folder only under the media library’s extensions', () => {
    expect(['a.jpg', 'b.PDF', 'c.avif'].every(hasMediaLibraryExtension)).toBe(true);
    expect(['a.html', 'b.svg', 'c.js', 'd.xhtml', 'e'].some(hasMediaLibraryExtension)).toBe(false);
  });

  it('is told with the kind’s extensions in the staff member’s language', () => {
    expect(mediaKindExtensions('image/jpeg', 'nl')).toBe('.jpg of .jpeg');
    expect(mediaKindExtensions('image/jpeg', 'fr')).toBe('.jpg ou .jpeg');
  });
});
