import { inflateSync } from 'node:zlib';

/**
 * What the tests read of a PDF the site made with pdf-lib: the text shown (hex strings drawn with Tj,
 * WinAnsi-encoded as the standard fonts are) and the filled rectangles, from its Flate content streams.
 */

export interface FilledRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function contentStreams(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      streams.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (fonts' metrics, metadata): no page content.
    }
  }
  return streams;
}

const WIN_ANSI = new TextDecoder('windows-1252');

export function shownText(pdf: Uint8Array): string[] {
  return contentStreams(pdf).flatMap((stream) => [...stream.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((match) => WIN_ANSI.decode(Buffer.from(match[1]!, 'hex'))));
}

/** Rectangles drawn and filled (pdf-lib's drawRectangle without a border). */
export function filledRectangles(pdf: Uint8Array): FilledRectangle[] {
  const pattern = /1 0 0 1 (-?[\d.]+) (-?[\d.]+) cm\n(?:1 0 0 1 0 0 cm\n)*0 0 m\n0 ([\d.]+) l\n([\d.]+) [\d.]+ l\n[\d.]+ 0 l\nh\nf\n/g;
  return contentStreams(pdf).flatMap((stream) =>
    [...stream.matchAll(pattern)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), height: Number(match[3]), width: Number(match[4]) })),
  );
}

/**
 * Square modules (as a QR code's) painted black on a white RGBA image with a quiet zone, `scale` pixels
 * per module, for a QR decoder.
 */
export function modulesImage(modules: readonly FilledRectangle[], scale = 4, quietZone = 4): { width: number; height: number; data: Uint8Array } {
  const size = modules[0]?.width ?? 1;
  const left = Math.min(...modules.map((module) => module.x));
  const top = Math.max(...modules.map((module) => module.y));
  const cells = modules.map((module) => ({ column: Math.round((module.x - left) / size), row: Math.round((top - module.y) / size) }));
  const side = Math.max(...cells.flatMap((cell) => [cell.column, cell.row])) + 1 + 2 * quietZone;
  const width = side * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const { column, row } of cells) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const index = (((row + quietZone) * scale + dy) * width + (column + quietZone) * scale + dx) * 4;
        data[index] = data[index + 1] = data[index + 2] = 0;
      }
  }
  return { width, height: width, data };
}
