// QR codes come from the API as SVG text (Registration.checkInQrSvg, ScanSignInStart.qrSvg); <Image> shows them
// as a base64 data: URL on both targets (weapp has no btoa, and the SVG is plain ASCII).
import { base64OfBytes } from './base64';

/** Base64 of ASCII text (each character one byte). */
export const asciiBase64 = (text: string): string => base64OfBytes(Uint8Array.from(text, (character) => character.charCodeAt(0)));

/** A data: URL for an SVG made of ASCII characters only (null when it is not). */
export function svgDataUrl(svg: string | null | undefined): string | null {
  if (!svg || !/^[\x20-\x7e\s]*$/u.test(svg)) return null;
  return `data:image/svg+xml;base64,${asciiBase64(svg)}`;
}
