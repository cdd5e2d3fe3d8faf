import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { printable } from '../../src/lib/leaflet-pdf.ts';

describe('the leaflet’s text as its standard font prints it', () => {
  it('keeps the no-break space before a French colon (WinAnsi 0xA0) and turns the narrow one into it', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(printable(ui('fr').leaflet.qrCaption, font)).toBe('Scannez pour tout voir en ligne, toujours à jour\u00a0:');
    expect(printable('Vous vivez seul\u202f?', font)).toBe('Vous vivez seul\u00a0?');
    expect(printable('two\n  lines\tjoined', font)).toBe('two lines joined');
  });
});
