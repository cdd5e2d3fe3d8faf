import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Leaflet } from './leaflet.ts';

/**
 * A municipality's leaflet as an A4 PDF, made at build time with pdf-lib's standard fonts (nothing
 * fetched, nothing embedded): title, the phone line and the QR code on the first page, then the
 * initiatives and this month's activities, on as many pages as they take.
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const QR_SIZE = 112;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.25, 0.25, 0.25);

export interface PdfMeta {
  /** BCP 47 tag of the leaflet's language. */
  language: string;
  /** Fixed, so that a build of the same content gives the same bytes. */
  made: Date;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export async function leafletPdf(leaflet: Leaflet, meta: PdfMeta): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(leaflet.title, { showInWindowTitleBar: true });
  pdf.setSubject(leaflet.intro);
  pdf.setLanguage(meta.language);
  pdf.setCreator('Connecting Brussels');
  pdf.setProducer('Connecting Brussels');
  pdf.setCreationDate(meta.made);
  pdf.setModificationDate(meta.made);
  const fonts: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const writer = new PageWriter(pdf, fonts);

  writer.paragraph(leaflet.title, { font: 'bold', size: 22 });
  writer.paragraph(leaflet.intro, { size: 11, after: 10 });
  writer.contactBox(leaflet);

  writer.paragraph(leaflet.initiatives.heading, { font: 'bold', size: 15, before: 8 });
  if (leaflet.initiatives.items.length === 0) writer.paragraph(leaflet.initiatives.empty, { size: 10.5 });
  for (const item of leaflet.initiatives.items) {
    writer.paragraph(item.title, { font: 'bold', size: 10.5, before: 4 });
    for (const detail of item.details) writer.paragraph(detail, { size: 9.5, colour: GREY });
  }

  writer.paragraph(leaflet.activities.heading, { font: 'bold', size: 15, before: 12 });
  writer.paragraph(leaflet.activities.period, { size: 9.5, colour: GREY });
  if (leaflet.activities.days.length === 0) writer.paragraph(leaflet.activities.empty, { size: 10.5 });
  for (const day of leaflet.activities.days) {
    writer.paragraph(day.day, { font: 'bold', size: 10.5, before: 4 });
    for (const item of day.items) writer.paragraph(`${item.hours}  ${item.title}`, { size: 10 });
  }
  return pdf.save({ useObjectStreams: false });
}

interface ParagraphStyle {
  font?: keyof Fonts;
  size: number;
  colour?: ReturnType<typeof rgb>;
  before?: number;
  after?: number;
}

class PageWriter {
  private page: PDFPage;
  private y: number;
  /** The page's current font: set once per change (pdf-lib adds a font resource at every setFont). */
  private font: PDFFont | undefined;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  paragraph(text: string, style: ParagraphStyle): void {
    const font = this.fonts[style.font ?? 'regular'];
    const lineHeight = style.size * 1.3;
    this.y -= style.before ?? 0;
    for (const line of wrap(printable(text, font), font, style.size, TEXT_WIDTH)) {
      this.room(lineHeight);
      this.y -= lineHeight;
      this.use(font);
      this.page.drawText(line, { x: MARGIN, y: this.y + style.size * 0.25, size: style.size, color: style.colour ?? BLACK });
    }
    this.y -= style.after ?? 0;
  }

  /** The phone line beside the QR code of the municipality's page, framed, on the first page. */
  contactBox(leaflet: Leaflet): void {
    const height = QR_SIZE + 16;
    this.room(height);
    const top = this.y;
    this.page.drawRectangle({ x: MARGIN, y: top - height, width: TEXT_WIDTH, height, borderColor: BLACK, borderWidth: 1.5 });
    const textWidth = TEXT_WIDTH - QR_SIZE - 36;
    const { regular, bold } = this.fonts;
    let y = top - 26;
    this.use(bold);
    this.page.drawText(printable(leaflet.phone.heading, bold), { x: MARGIN + 12, y, size: 14 });
    y -= 30;
    this.page.drawText(printable(leaflet.phone.number, bold), { x: MARGIN + 12, y, size: 24 });
    this.use(regular);
    for (const line of wrap(printable(leaflet.phone.hours, regular), regular, 10, textWidth)) {
      y -= 14;
      this.page.drawText(line, { x: MARGIN + 12, y, size: 10 });
    }
    y -= 8;
    for (const line of wrap(printable(`${leaflet.qr.caption} ${leaflet.qr.url}`, regular), regular, 9, textWidth)) {
      y -= 12;
      this.page.drawText(line, { x: MARGIN + 12, y, size: 9, color: GREY });
    }
    this.drawQr(leaflet, MARGIN + TEXT_WIDTH - QR_SIZE - 8, top - 8 - QR_SIZE);
    this.y = top - height - 6;
  }

  private drawQr(leaflet: Leaflet, x: number, y: number): void {
    const { code } = leaflet.qr;
    const module = QR_SIZE / code.size;
    code.dark.forEach((row, rowIndex) =>
      row.forEach((isDark, column) => {
        if (isDark) this.page.drawRectangle({ x: x + column * module, y: y + QR_SIZE - (rowIndex + 1) * module, width: module, height: module, color: BLACK });
      }),
    );
  }

  private use(font: PDFFont): void {
    if (this.font === font) return;
    this.page.setFont(font);
    this.font = font;
  }

  /** A new page when this much height no longer fits. */
  private room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.font = undefined;
    this.y = A4.height - MARGIN;
  }
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * The text with what the standard fonts cannot show (WinAnsi) written without it: accents off, else left out.
 * Runs of ordinary white space become one space; a no-break space stays one (WinAnsi 0xA0), the narrow one
 * (not in WinAnsi) becomes it, so that French « : » and « ? » never start a line.
 */
export function printable(text: string, font: PDFFont): string {
  const known = characterSets.get(font) ?? new Set(font.getCharacterSet());
  characterSets.set(font, known);
  return [...text.replace(/[ \t\n\r\f\v]+/g, ' ').replaceAll('\u202f', '\u00a0')]
    .map((character) => {
      if (known.has(character.codePointAt(0) ?? 0)) return character;
      const plain = character.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return [...plain].every((part) => known.has(part.codePointAt(0) ?? 0)) ? plain : '';
    })
    .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').flatMap((part) => (fits(part) ? [part] : pieces(part, fits)))) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate) || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A word too long for a line (a web address), cut where the line is full. */
function pieces(word: string, fits: (text: string) => boolean): string[] {
  const result: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && !fits(piece + character)) {
      result.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece) result.push(piece);
  return result;
}
