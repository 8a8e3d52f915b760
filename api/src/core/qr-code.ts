import type qrcodeGenerator from 'qrcode-generator';

// QR codes drawn on the server, without any network call (qrcode-generator: one file, no
// dependencies): the rating links' printable codes and the open days' check-in codes. It is
// require()d by the first code drawn, not at start-up: on Lambda it is a file beside the bundle
// (infra/lib/lambda-bundle.ts), outside what every cold start loads.

/** Module size in SVG units, and the quiet zone the QR standard asks for (4 modules). */
const QR_CELL = 8;
const QUIET = 4;

/**
 * The code for `text` (error correction M) as one SVG path of its dark modules, each dark run of a
 * row drawn as one rectangle, and the side of the square it fills with its quiet zone.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const qrcode = require('qrcode-generator') as typeof qrcodeGenerator;
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const path: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; ) {
      if (!code.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && code.isDark(row, col)) col += 1;
      path.push(`M${(start + QUIET) * QR_CELL} ${(row + QUIET) * QR_CELL}h${(col - start) * QR_CELL}v${QR_CELL}h-${(col - start) * QR_CELL}z`);
    }
  }
  return { size: (count + 2 * QUIET) * QR_CELL, path: path.join('') };
}

/** Just the code, black on white with its quiet zone: for a screen, where the words around it are the app's. */
export function plainQrSvg(text: string): string {
  const { size, path } = qrCodePath(text);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${path}"/>`,
    '</svg>',
  ].join('');
}
