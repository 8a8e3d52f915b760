import { dateOnLineOfItsOwn } from './dates';
import { normalizeDocumentNumber } from './document-number';
import type { TextLine } from './text-line';

// Without metadata, an official document still names its issuer: the organ stands above the title
// (版头) and signs the cover letter or the document (落款), with the date written on the next line.

const ORGAN = /^\p{Script=Han}{2,30}(?:人民政府|政府|办公室|办公厅|委员会|管委会|办事处|局|厅|委|办|中心|院)$/u;

/** A line that is an organ's name and nothing else, such as 金华市婺城区人民政府办公室. */
export function isOrganName(simple: string): boolean {
  return ORGAN.test(simple.trim());
}

export interface Signature {
  issuer: string;
  date: string;
  /** The paragraph the organ's name stands on. */
  at: TextLine;
}

/** An organ's name and a date set apart on one line: 金华市婺城区人民政府办公室　　2022年6月28日 */
function signatureOnOneLine(line: TextLine): Signature | null {
  const cells = line.simple.trim().split(/\s{2,}|\t/u);
  if (cells.length !== 2) return null;
  const date = dateOnLineOfItsOwn(cells[1]!);
  return date !== null && isOrganName(cells[0]!) ? { issuer: cells[0]!, date, at: line } : null;
}

/** Organs signing together (联合发文) stand one a line or side by side; rarely more than this many. */
const MAX_JOINT_ORGANS = 6;
const SEAL = /[（(](?:印章|盖章|公章|章)[）)]/gu;

/** The organs a signing line names: one, or several side by side, each perhaps marked （印章）; null for any other line. */
function organsOn(simple: string): string[] | null {
  const cells = simple.replace(SEAL, '').trim().split(/\s{2,}|\t/u).filter((cell) => cell !== '');
  return cells.length > 0 && cells.every(isOrganName) ? cells : null;
}

/**
 * The signature that paragraph `index` starts: an organ's name with a date on the line after it (or
 * beside it). Organs signing together stand above the date one a line or side by side; the first
 * of them leads, and is the issuer.
 */
export function signatureAt(paragraphs: readonly TextLine[], index: number): Signature | null {
  const first = paragraphs[index]!;
  const organs = organsOn(first.simple);
  if (organs) {
    let next = index + 1;
    while (next < paragraphs.length && next - index < MAX_JOINT_ORGANS && organsOn(paragraphs[next]!.simple)) next++;
    const date = next < paragraphs.length ? dateOnLineOfItsOwn(paragraphs[next]!.text) : null;
    if (date !== null) return { issuer: organs[0]!, date, at: first };
  }
  return signatureOnOneLine(first);
}

/** The first signature. */
export function findSignature(paragraphs: readonly TextLine[]): Signature | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const signature = signatureAt(paragraphs, i);
    if (signature) return signature;
  }
  return null;
}

/** The 版记's printing line: 金华市婺城区人民政府办公室　　2022年6月28日印发 */
export function findPrintingLine(paragraphs: readonly TextLine[]): Signature | null {
  for (const line of paragraphs) {
    const match = /^(\p{Script=Han}{2,30}?)\s*((?:\d|[〇○零一二三四五六七八九]{4}).*?)\s*印发$/u.exec(line.simple.trim().normalize('NFKC'));
    if (!match || !isOrganName(match[1]!)) continue;
    const date = dateOnLineOfItsOwn(match[2]!);
    if (date !== null) return { issuer: match[1]!, date, at: line };
  }
  return null;
}

/**
 * A 文号 standing alone below the signature, perhaps in brackets: reposts (a WeChat article, a
 * newspaper) print it there rather than under the 版头. Numbers quoted in the body are not alone on a line.
 */
export function documentNumberBelow(paragraphs: readonly TextLine[], signature: Signature): { value: string; at: TextLine } | null {
  for (const line of paragraphs.slice(paragraphs.indexOf(signature.at) + 1)) {
    const value = normalizeDocumentNumber(line.simple.trim().replace(/^[（(](.*)[）)]$/u, '$1'));
    if (value !== null) return { value, at: line };
  }
  return null;
}
