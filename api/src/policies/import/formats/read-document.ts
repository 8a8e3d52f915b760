import { extname } from 'node:path';
import type { DocumentFormat, ExtractedText } from './extracted-text';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { readPlainText } from './plain-text';

// Which reader a file needs, from its first bytes (a renamed file is still read right) and else
// its name. The libraries that read Word, PDF and HTML are loaded when such a file arrives, never
// at start-up: the API's Lambda has a bundle and cold-start budget, and most requests import
// nothing (decision 008).

export type ReadDocumentResult = ({ ok: true; format: DocumentFormat } & ExtractedText) | { ok: false; problem: string };

const startsWith = (bytes: Uint8Array, signature: string) => [...signature].every((ch, i) => bytes[i] === ch.charCodeAt(0));

function formatOf(name: string, bytes: Uint8Array): DocumentFormat | 'doc' | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  // A zip is a Word file when it holds word/document.xml (its central directory names it in plain text).
  if (startsWith(bytes, 'PK\u0003\u0004')) return Buffer.from(bytes).includes('word/document.xml') ? 'docx' : null;
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0')) return 'doc';
  const extension = extname(name).toLowerCase();
  if (['.html', '.htm', '.shtml', '.xhtml'].includes(extension)) return 'html';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'txt';
}

async function extract(format: DocumentFormat, bytes: Uint8Array): Promise<ExtractedText> {
  switch (format) {
    case 'txt':
      return readPlainText(bytes);
    case 'html':
      return readHtml(readPlainText(bytes).text);
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return readPdf(bytes);
  }
}

/** The text of a document file: plain text, a saved web page, a Word (.docx) file or a PDF's text layer. */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadDocumentResult> {
  const format = formatOf(name, bytes);
  if (format === 'doc') return { ok: false, problem: '这是旧版 Word（.doc）文件，请在 Word 里另存为 .docx 后再导入' };
  if (format === null) return { ok: false, problem: '文件是压缩包，不是 Word（.docx）文件' };
  try {
    const extracted = await extract(format, bytes);
    if (format === 'pdf' && extracted.text.trim() === '') {
      return { ok: false, problem: 'PDF 里没有文字层（可能是扫描件），请先做文字识别（OCR）或导入 Word、文本文件' };
    }
    return { ok: true, format, ...extracted };
  } catch (error) {
    const kind = { txt: '文本', html: '网页', docx: 'Word', pdf: 'PDF' }[format];
    return { ok: false, problem: `${kind}文件已损坏或无法读取（${(error as Error).message}）` };
  }
}
