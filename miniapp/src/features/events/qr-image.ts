// The check-in QR code comes from the API as SVG text (Registration.checkInQrSvg); <Image> shows it
// as a base64 data: URL on both targets (weapp has no btoa, and the SVG is plain ASCII).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of ASCII text (each character one byte). */
export function asciiBase64(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < text.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < text.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** A data: URL for an SVG made of ASCII characters only (null when it is not). */
export function svgDataUrl(svg: string | null | undefined): string | null {
  if (!svg || !/^[\x20-\x7e\s]*$/u.test(svg)) return null;
  return `data:image/svg+xml;base64,${asciiBase64(svg)}`;
}
