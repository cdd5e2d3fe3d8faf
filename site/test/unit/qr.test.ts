import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrCode, qrSvgPath, type QrCode } from '../../src/lib/qr.ts';

/** The QR codes of the leaflets: a square symbol with its quiet zone, which a reader decodes to the URL. */

function image(code: QrCode, scale = 3) {
  const width = code.size * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  code.dark.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (!isDark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) data.fill(0, ((y * scale + dy) * width + x * scale + dx) * 4, ((y * scale + dy) * width + x * scale + dx) * 4 + 3);
    }),
  );
  return { width, height: width, data };
}

describe('a leaflet QR code', () => {
  it.each([
    'https://connecting.brussels/nl/initiatieven/gemeente/sint-jans-molenbeek/',
    'https://connecting.brussels/fr/initiatives/commune/woluwe-saint-lambert/',
  ])('decodes to %s', (url) => {
    expect(decodeQR(image(qrCode(url)))).toBe(url);
  });

  it('is a square with a quiet zone of four light modules on each side', () => {
    const code = qrCode('https://connecting.brussels/en/');
    expect(code.dark).toHaveLength(code.size);
    for (const row of code.dark) expect(row).toHaveLength(code.size);
    const border = [...code.dark.slice(0, 4).flat(), ...code.dark.slice(-4).flat(), ...code.dark.flatMap((row) => [...row.slice(0, 4), ...row.slice(-4)])];
    expect(border.every((isDark) => !isDark)).toBe(true);
    // The finder pattern's top-left corner sits just inside the quiet zone.
    expect(code.dark[4]?.[4]).toBe(true);
  });

  it('is drawn as one SVG path with a unit square per dark module', () => {
    const code = qrCode('https://connecting.brussels/en/');
    const squares = qrSvgPath(code).match(/M\d+ \d+h1v1h-1z/g) ?? [];
    expect(squares).toHaveLength(code.dark.flat().filter(Boolean).length);
    expect(qrSvgPath(code)).toContain('M4 4h1v1h-1z');
  });
});
