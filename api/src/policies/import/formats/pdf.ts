import type { ExtractedText } from './extracted-text';

// A PDF's text layer through PDF.js (unpdf's build of it for servers, which needs no worker and
// no canvas). PDF.js gives positioned runs of text; they are put back into lines from top to
// bottom, a wide gap inside a line becomes a tab (a table's columns, a label and its value), a
// line that starts right of the page's left edge keeps a two-character indent (the mark of a new
// paragraph in official documents), and a form feed separates the pages, so that the parser
// drops page headers and page numbers and rejoins sentences broken at the line's end.
// PDF.js is loaded only when a PDF arrives (see decision 008).

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Runs whose baselines are this close (in font sizes) stand on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this (in font sizes) separates cells or columns. */
const COLUMN_GAP = 1.5;
/** A line starting this far (in font sizes) right of the left edge is indented. */
const INDENT = 1.5;

function linesOf(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) <= SAME_LINE * Math.max(run.size, line[0]!.size)) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

function lineText(line: Run[]): string {
  let text = '';
  let end: number | null = null;
  for (const run of line) {
    const gap = end === null ? 0 : run.x - end;
    if (end !== null && gap > COLUMN_GAP * run.size) text += '\t';
    else if (end !== null && gap > 0.2 * run.size && /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(run.text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/[ \u3000]+$/u, '');
}

function pageText(runs: Run[]): string {
  const lines = linesOf(runs.filter((run) => run.text.trim() !== ''));
  const left = Math.min(...lines.map((line) => line[0]!.x));
  return lines
    .map((line) => (line[0]!.x - left > INDENT * line[0]!.size ? '\u3000\u3000' : '') + lineText(line).trimStart())
    .join('\n');
}

export async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const { getDocument } = await import('unpdf/pdfjs');
  // PDF.js takes the buffer over: give it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item
          ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height }]
          : [],
      );
      pages.push(pageText(runs));
    }
    return { text: pages.join('\n\f\n'), pageMetadata: {} };
  } finally {
    await pdf.destroy();
  }
}
