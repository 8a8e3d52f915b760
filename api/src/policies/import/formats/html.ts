import type { ChildNode, Element } from 'domhandler';
import { labelOf, type MetadataField } from '../metadata';
import { joint } from '../wrapped-lines';
import type { ExtractedText } from './extracted-text';

// A saved web page (or the HTML mammoth makes of a Word file) as the lines the text parser reads:
// one line per block, real tables as `|` rows, the page's navigation chrome left out.
// htmlparser2 is loaded only when an HTML or Word file arrives (see decision 008).

/** Elements that never hold the document: scripts, forms, navigation, the site's own frame. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'object', 'map']);

/** class or id words that mark a site's own banner, outside the document's <article> or <main>. */
const SITE_BANNER_WORDS = new Set(['header', 'head', 'top', 'logo', 'banner']);

/** class or id words that mark a site's navigation, breadcrumbs, share bars and footers. */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'dqwz', 'weizhi',
  'share', 'bdshare', 'sharebox', 'toolbar', 'tools', 'sidebar', 'footer', 'foot', 'copyright', 'print', 'related', 'skip',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'center', 'figure', 'figcaption', 'caption', 'body', 'html',
]);

/** <meta name> values that government sites fill with the document's metadata. */
const META_FIELDS: Record<string, MetadataField> = {
  articletitle: 'title',
  pubdate: 'publishedDate',
  firstpublishedtime: 'publishedDate',
  contentsource: 'issuer',
};

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isChrome(element: Element, insideArticle: boolean): boolean {
  const name = element.name.toLowerCase();
  if (NEVER_TEXT.has(name)) return true;
  // <header> and <footer> inside an <article> hold its title and signature, not the site's.
  if ((name === 'header' || name === 'footer') && !insideArticle) return true;
  if (element.attribs['aria-hidden'] === 'true' || element.attribs.hidden !== undefined) return true;
  const words = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase().split(/[^a-z]+/u);
  return words.some((word) => CHROME_WORDS.has(word) || (!insideArticle && SITE_BANNER_WORDS.has(word)));
}

/** Text collected into lines: inline text runs on, blocks and <br> start a new line. */
class Lines {
  readonly lines: string[] = [''];

  add(text: string): void {
    const last = this.lines.length - 1;
    // A line break in the source between Chinese characters is no space on the page.
    const collapsed = text.replace(/(?<=[\p{Script=Han}\p{P}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[\p{Script=Han}\p{P}])/gu, '').replace(/[ \t\r\n\f]+/gu, ' ');
    const current = this.lines[last]!;
    this.lines[last] = current === '' || current.endsWith(' ') ? current + collapsed.replace(/^ /u, '') : current + collapsed;
  }

  breakLine(): void {
    if (this.lines[this.lines.length - 1]!.trim() !== '') this.lines.push('');
  }

  push(line: string): void {
    this.breakLine();
    this.lines[this.lines.length - 1] = line;
    this.lines.push('');
  }
}

/** A cell's text on one line: its paragraphs run together, a `|` in it kept from splitting the row. */
function cellText(cell: Element): string {
  const lines = new Lines();
  walk(cell.children, lines, true);
  return lines.lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text === '' ? line : text + joint(text, line) + line), '')
    .replaceAll('|', '｜');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node) || node.name === 'table') continue;
      if (node.name === 'tr') rows.push(node);
      else visit(node.children);
    }
  };
  visit(table.children);
  return rows;
}

const span = (cell: Element, attribute: string) => Math.max(1, Math.min(100, Number.parseInt(cell.attribs[attribute] ?? '1', 10) || 1));

/**
 * The table as a grid: a cell spanning rows (rowspan) is written in each row it covers, as the
 * printed table shows it; a cell spanning columns is written once in the header row, whose names
 * the parser widens itself, and in each column it covers further down.
 */
function gridOf(table: Element): string[][] {
  const grid: string[][] = [];
  const pending: Array<{ text: string; rows: number } | undefined> = [];
  rowsOf(table).forEach((row, r) => {
    const cells = row.children.filter((node): node is Element => isElement(node) && (node.name === 'td' || node.name === 'th'));
    const out: string[] = [];
    let column = 0;
    const fillSpanned = () => {
      while (pending[column] !== undefined && pending[column]!.rows > 0) {
        out.push(pending[column]!.text);
        pending[column]!.rows--;
        column++;
      }
    };
    for (const cell of cells) {
      fillSpanned();
      const text = cellText(cell);
      const columns = span(cell, 'colspan');
      for (let c = 0; c < columns; c++) {
        if (c === 0 || r > 0) out.push(text);
        pending[column] = { text, rows: span(cell, 'rowspan') - 1 };
        column++;
      }
    }
    fillSpanned();
    if (out.some((cell) => cell !== '')) grid.push(out);
  });
  return grid;
}

/** A table of "label: value" cells (索引号, 发布机构 …) is the page's metadata, not an attachment. */
function isMetadataGrid(grid: string[][]): boolean {
  return grid.some((row) => row.some((cell) => labelOf(cell, true) !== undefined));
}

function writeTable(table: Element, lines: Lines): void {
  const grid = gridOf(table);
  if (grid.length === 0) return;
  const width = Math.max(...grid.map((row) => row.length));
  // A one-column table is a layout box around text, not a table.
  if (width === 1) {
    for (const [cell] of grid) lines.push(cell ?? '');
    return;
  }
  const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`;
  lines.breakLine();
  if (isMetadataGrid(grid)) {
    for (const row of grid) lines.push(pipeRow(row));
  } else {
    const [header, ...rows] = grid;
    lines.push(pipeRow(header!));
    lines.push(`|${header!.map(() => '---').join('|')}|`);
    for (const row of rows) lines.push(pipeRow(row));
  }
  lines.push('');
}

function walk(nodes: ChildNode[], lines: Lines, insideArticle: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      lines.add(node.data);
      continue;
    }
    if (!isElement(node) || isChrome(node, insideArticle)) continue;
    const name = node.name.toLowerCase();
    if (name === 'br') lines.breakLine();
    else if (name === 'table') writeTable(node, lines);
    else if (BLOCKS.has(name) || name === 'tr') {
      lines.breakLine();
      walk(node.children, lines, insideArticle || name === 'article' || name === 'main');
      lines.breakLine();
    } else walk(node.children, lines, insideArticle);
  }
}

function pageMetadataOf(nodes: ChildNode[]): ExtractedText['pageMetadata'] {
  const metadata: ExtractedText['pageMetadata'] = {};
  const visit = (children: ChildNode[]) => {
    for (const node of children) {
      if (!isElement(node)) continue;
      const field = node.name === 'meta' ? META_FIELDS[(node.attribs.name ?? '').toLowerCase()] : undefined;
      const content = node.attribs.content?.trim();
      if (field && content) metadata[field] ??= content;
      visit(node.children);
    }
  };
  visit(nodes);
  return metadata;
}

/** The lines of an HTML document, and the metadata its <meta> tags give. */
export async function readHtml(html: string): Promise<ExtractedText> {
  const { parseDocument } = await import('htmlparser2');
  const document = parseDocument(html, { decodeEntities: true });
  const lines = new Lines();
  walk(document.children, lines, false);
  return { text: lines.lines.map((line) => line.trim()).join('\n').trim(), pageMetadata: pageMetadataOf(document.children) };
}
