import type { ExtractedText } from './extracted-text';

// Text files come in UTF-8 (with or without a byte-order mark), UTF-16 from Windows' Notepad, or
// GB18030/GBK, which Chinese Windows still saves by default.

const UNDECODABLE = /\ufffd/gu;

function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** The text of a plain-text file, in whichever of those encodings it was saved. */
export function readPlainText(bytes: Uint8Array): ExtractedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le'), pageMetadata: {} };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be'), pageMetadata: {} };
  const utf8 = decode(bytes, 'utf-8');
  const broken = utf8.match(UNDECODABLE)?.length ?? 0;
  if (broken === 0) return { text: utf8, pageMetadata: {} };
  const gb = decode(bytes, 'gb18030');
  // GB18030 decodes almost any bytes: only take it when it reads better than UTF-8 did.
  return { text: (gb.match(UNDECODABLE)?.length ?? 0) < broken ? gb : utf8, pageMetadata: {} };
}
