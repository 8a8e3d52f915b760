import { documentNumberInCells } from './document-number';
import { headingLevel } from './headings';
import { labelOf } from './metadata';
import type { FieldReading, Notes } from './parse';
import { isOrganName } from './signature';
import type { TextLine } from './text-line';

// The 版头 above an official document: the issuing organ's banner (金华市婺城区人民政府办公室文件),
// the urgency (特急), the 文号 on a line of its own or beside the 签发人 (上行文), and a telegram's
// banner (明传电报) with its labelled lines. None of it is body text. Numbers quoted in the body,
// such as (国办函〔2020〕109号), are other documents' and not taken: only a 文号 standing alone in
// a line's cell before the first heading is.

const TELEGRAM_BANNER = /^明\s*传\s*电\s*报$/u;
const ORGAN_BANNER = /^(.+?)\s*(?:文件|公文)$/u;
const URGENCY = /^(?:特急|加急|平急|特提|急件)$/u;
/** Labels only a telegram's header has. */
const TELEGRAM_LABELS = /^(?:发电单位|等级|发往|发往单位|签批盖章)\s*[:：]?/u;

export interface Header {
  /** Indexes of the header's lines, which are not part of the body. */
  lines: Set<number>;
  telegram: boolean;
  documentNumber: FieldReading<string> | null;
  /** The organ of the banner. */
  issuer: FieldReading<string> | null;
  notes: Notes;
}

/** Reads the header from the lines before the first heading; `metadataLines` are labelled lines already read. */
export function readHeader(lines: readonly TextLine[], metadataLines: ReadonlySet<number>): Header {
  const header: Header = { lines: new Set(), telegram: false, documentNumber: null, issuer: null, notes: {} };
  const end = lines.findIndex((line, i) => !metadataLines.has(i) && headingLevel(line.simple) !== null);
  const region = lines.slice(0, end < 0 ? lines.length : end);
  header.telegram = region.some((line) => TELEGRAM_BANNER.test(line.simple.trim()) || TELEGRAM_LABELS.test(line.simple.trim()));
  const source = header.telegram ? 'telegram-header' : 'header';
  region.forEach((line, index) => {
    const simple = line.simple.trim();
    if (simple === '') return;
    const banner = ORGAN_BANNER.exec(simple);
    if (TELEGRAM_BANNER.test(simple)) header.lines.add(index);
    else if (banner && isOrganName(banner[1]!)) {
      header.lines.add(index);
      header.issuer ??= { value: banner[1]!, source, line: line.line };
    } else if (URGENCY.test(simple)) {
      header.lines.add(index);
      header.notes.urgency ??= { value: simple, source, line: line.line };
    }
    const number = documentNumberInCells(line.text);
    if (number === null) return;
    header.documentNumber ??= { value: number, source, line: line.line };
    if (metadataLines.has(index)) return;
    // The 文号's line is the header's when its other cells are labels: 签发人：张三.
    const others = line.text.split(/\t| {2,}/u).map((cell) => cell.trim()).filter((cell) => cell !== '' && documentNumberInCells(cell) === null);
    if (others.every((cell) => labelOf(cell, true) !== undefined)) {
      header.lines.add(index);
      const signer = others.map((cell) => labelOf(cell, true)).find((label) => label?.field === 'signedBy');
      if (signer?.value) header.notes.signedBy ??= { value: signer.value, source, line: line.line };
    }
  });
  return header;
}
