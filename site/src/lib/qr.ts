import { encodeQR } from 'qr';

/**
 * A QR code as a square of modules (true = dark), with the quiet zone of four modules that readers
 * need around it. Error correction "medium" (15 %): a leaflet may be folded, stamped or photocopied.
 */
export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  dark: boolean[][];
}

const QUIET_ZONE = 4;
/** What the encoder puts around the symbol by itself ('raw' output). */
const ENCODER_BORDER = 2;

export function qrCode(text: string): QrCode {
  const symbol = encodeQR(text, 'raw', { ecc: 'medium' })
    .slice(ENCODER_BORDER, -ENCODER_BORDER)
    .map((row) => row.slice(ENCODER_BORDER, -ENCODER_BORDER));
  const size = symbol.length + 2 * QUIET_ZONE;
  const dark = Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => symbol[y - QUIET_ZONE]?.[x - QUIET_ZONE] === true));
  return { size, dark };
}

/** The dark modules as one SVG path (one unit per module), for an inline SVG with viewBox `0 0 size size`. */
export function qrSvgPath(code: QrCode): string {
  const parts: string[] = [];
  code.dark.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
