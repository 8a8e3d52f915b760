/** Bytes `text` takes in UTF-8 (WeChat's 同声传译 counts its 1000-byte limit that way). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

// Each match runs up to and including one mark (or is the tail without one): what split(/(?<=[…])/)
// gives, but without lookbehind, which JavaScriptCore before iOS 16.4 cannot even parse (the whole
// file would fail to load there; WeChat's upload compiler keeps regular expressions as written).
const SENTENCES = /[^。！？；!?;…\n]*[。！？；!?;…\n]|[^。！？；!?;…\n]+/gu;
const CLAUSES = /[^，、：,:]*[，、：,:]|[^，、：,:]+/gu;

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes, cutting after sentence ends
 * (。！？；) and packing whole sentences together up to the budget. A sentence longer than the
 * budget is cut after clause marks (，、：), and a clause still too long is cut between characters
 * (never inside one). No text is lost: joining the pieces gives the input back, whitespace trimmed
 * at the cuts only.
 */
export function splitForSpeech(text: string, maxBytes = 1000): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must leave room for one character');
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const piece = current.trim();
    if (piece) pieces.push(piece);
    current = '';
  };
  const add = (unit: string) => {
    if (utf8Bytes(current + unit) <= maxBytes) {
      current += unit;
      return;
    }
    flush();
    if (utf8Bytes(unit) <= maxBytes) {
      current = unit;
      return;
    }
    for (const char of unit) {
      if (utf8Bytes(current + char) > maxBytes) flush();
      current += char;
    }
  };
  for (const sentence of text.match(SENTENCES) ?? []) {
    if (utf8Bytes(sentence) <= maxBytes) add(sentence);
    else for (const clause of sentence.match(CLAUSES) ?? []) add(clause);
  }
  flush();
  return pieces;
}
