import type { ExtractedText } from './extracted-text';
import { readHtml } from './html';

// A Word file through mammoth, which turns its paragraphs, headings and tables (merged cells as
// rowspan/colspan) into HTML; its page headers and footers stay out, as they should.
// mammoth is loaded only when a Word file arrives (see decision 008).

export async function readDocx(bytes: Uint8Array): Promise<ExtractedText> {
  const { default: mammoth } = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return readHtml(html);
}
