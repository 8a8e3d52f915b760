import { toSimplified, type Disclosure, type PolicyDraft, type Validity } from '@govopen/shared';
import { classify } from './classify';
import { cleanText } from './clean';
import { readDate } from './dates';
import { normalizeDocumentNumber } from './document-number';
import { readMetadata, type Metadata, type MetadataField } from './metadata';
import { disclosureNote, disclosureOf, validityOf } from './policy-status';
import { firstHeading, sectionsOf } from './sections';
import { findSignature } from './signature';
import { findTables } from './tables';
import { textLine, type TextLine } from './text-line';
import { findTitle } from './title';

export type ParseResult =
  | { ok: true; policy: PolicyDraft; warnings: string[] }
  | { ok: false; problems: string[] };

// Text, not binary: a NUL byte, or many undecodable characters and control codes.
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/gu;
const MAX_BINARY_SHARE = 0.01;

function unreadable(text: string): string | null {
  if (text.trim() === '') return '文件是空的，没有任何文字';
  const binary = text.match(BINARY)?.length ?? 0;
  if (text.includes('\u0000') || binary > text.length * MAX_BINARY_SHARE) {
    return '文件不是文本（含有二进制数据或乱码），请导出为 UTF-8 文本后再导入';
  }
  if (!/\p{Script=Han}/u.test(text)) return '文件里没有中文，不是一份政策文件';
  return null;
}

/** Metadata cells that are filled in but say nothing: 无, —, /. */
const NOTHING_WRITTEN = /^(?:|无|暂无|[-—/／]+)$/u;

const FIELD_NAMES: Record<MetadataField, string> = {
  title: '名称',
  documentNumber: '文号',
  indexNumber: '索引号',
  issuer: '发布机构',
  writtenDate: '成文日期',
  publishedDate: '发布日期',
  validity: '效力状态',
  repealedDate: '废止日期',
  disclosure: '公开方式',
};

/**
 * Turns one policy document, as text (a web page with a metadata table, a Word or PDF extraction,
 * in Traditional or Simplified characters), into a draft for staff to check; the warnings tell them
 * what was missing or guessed.
 * Identifiers and browse keys (issuer, 文号, 索引号, dates, status) are normalised to Simplified;
 * the document's own text (title, body, sections, tables) keeps the script it was written in.
 */
export function parsePolicyDocument(text: string): ParseResult {
  const problem = unreadable(text);
  if (problem) return { ok: false, problems: [problem] };

  const warnings: string[] = [];
  const lines = cleanText(text).map(textLine);
  const found = findTables(lines);
  warnings.push(...found.warnings);
  const outsideTables = lines.map((line, i) => (found.lines.has(i) ? textLine('') : line));
  const metadata = metadataReader(readMetadata(outsideTables), warnings);
  const paragraphs: TextLine[] = outsideTables
    .filter((line, i) => line.text.trim() !== '' && !metadata.lines.has(i))
    .map((line) => textLine(line.text.replace(/\t+/gu, ' ').trim()));
  if (paragraphs.length === 0) return { ok: false, problems: ['文件没有正文，只有元数据或表格'] };

  const headingAt = firstHeading(paragraphs);
  const preamble = headingAt < 0 ? paragraphs : paragraphs.slice(0, headingAt);
  const title = metadata.value('title') ?? findTitle(preamble);
  if (title === null) {
    return { ok: false, problems: ['找不到标题：没有“名称”一栏，也没有“关于……的通知”“……工作要点”这样的标题行'] };
  }

  const body = paragraphs.map((paragraph) => paragraph.text).join('\n');
  return {
    ok: true,
    warnings,
    policy: {
      title,
      documentNumber: documentNumberOf(metadata.value('documentNumber'), preamble, warnings),
      indexNumber: metadata.value('indexNumber')?.normalize('NFKC').replace(/\s+/gu, '') ?? null,
      ...issuerAndDates(metadata, findSignature(paragraphs), warnings),
      ...statuses(metadata, paragraphs, warnings),
      ...classify(toSimplified(title), toSimplified(body)),
      body,
      sections: sectionsOf(paragraphs),
      tables: found.tables,
    },
  };
}

interface MetadataReader {
  lines: Set<number>;
  /** The value written for a field, or null when none (or 无, —) was. */
  value(field: MetadataField): string | null;
  /** The date written for a field; a date that cannot exist is reported and taken as none. */
  date(field: MetadataField): string | null;
}

function metadataReader(metadata: Metadata, warnings: string[]): MetadataReader {
  const value = (field: MetadataField): string | null => {
    const written = metadata.values[field]?.trim() ?? '';
    return NOTHING_WRITTEN.test(written) ? null : written;
  };
  const date = (field: MetadataField): string | null => {
    const written = value(field);
    if (written === null) return null;
    const reading = readDate(written);
    if (reading?.valid) return reading.date;
    warnings.push(`${FIELD_NAMES[field]}「${written}」不是有效的日期，已忽略`);
    return null;
  };
  return { lines: metadata.lines, value, date };
}

/**
 * 发布机构 and dates from the metadata, else from the signature. Nothing is invented: what is found
 * nowhere stays null, with a warning so that staff supply it; only a missing 发布日期 is taken to
 * be the 成文日期, the usual case for documents published on the day they are signed.
 */
function issuerAndDates(
  metadata: MetadataReader,
  signature: { issuer: string; date: string } | null,
  warnings: string[],
): Pick<PolicyDraft, 'issuer' | 'writtenDate' | 'publishedDate'> {
  const issuerWritten = metadata.value('issuer');
  const issuer = issuerWritten === null ? (signature?.issuer ?? null) : toSimplified(issuerWritten);
  if (issuer === null) warnings.push('文中没有发布机构，请导入时补充');
  const writtenDate = metadata.date('writtenDate') ?? signature?.date ?? null;
  if (writtenDate === null) warnings.push('文中没有成文日期，请导入时补充');
  let publishedDate = metadata.date('publishedDate');
  if (publishedDate === null && writtenDate !== null) {
    publishedDate = writtenDate;
    warnings.push(`没有发布日期，暂按成文日期 ${writtenDate} 记`);
  } else if (publishedDate === null) {
    warnings.push('文中没有发布日期，请导入时补充');
  }
  return { issuer, writtenDate, publishedDate };
}

/** 效力状态 (default 有效) with 废止日期, and 公开方式 from the metadata or the note 此件公开发布. */
function statuses(
  metadata: MetadataReader,
  paragraphs: readonly TextLine[],
  warnings: string[],
): Pick<PolicyDraft, 'validity' | 'repealedDate' | 'disclosure'> {
  const validity = statusOf(metadata.value('validity'), validityOf, 'VALID', FIELD_NAMES.validity, warnings);
  const repealedDate = metadata.date('repealedDate');
  if (validity === 'REPEALED' && repealedDate === null) warnings.push('文件已废止，但没有写废止日期');
  if (validity !== 'REPEALED' && repealedDate !== null) warnings.push(`写了废止日期 ${repealedDate}，但效力状态不是已废止，废止日期未记`);
  const note = paragraphs.map((paragraph) => disclosureNote(paragraph.simple)).find((mode) => mode !== null);
  const disclosure = statusOf(metadata.value('disclosure'), disclosureOf, note ?? 'PROACTIVE', FIELD_NAMES.disclosure, warnings);
  return { validity, repealedDate: validity === 'REPEALED' ? repealedDate : null, disclosure };
}

/** A status from its metadata value; an unrecognised value keeps the default and is reported. */
function statusOf<Status extends Validity | Disclosure>(
  written: string | null,
  read: (simple: string) => Status | null,
  fallback: Status,
  fieldName: string,
  warnings: string[],
): Status {
  if (written === null) return fallback;
  const status = read(toSimplified(written));
  if (status === null) warnings.push(`${fieldName}「${written}」无法识别，按默认值处理`);
  return status ?? fallback;
}

/**
 * 文号 from the metadata, or from a line of its own before the first heading (under the 版头).
 * Numbers quoted in the body, such as (国办函〔2020〕109号), are other documents' and not taken.
 */
function documentNumberOf(written: string | null, preamble: readonly TextLine[], warnings: string[]): string | null {
  if (written === null) {
    return preamble.map((line) => normalizeDocumentNumber(line.text)).find((number) => number !== null) ?? null;
  }
  const number = normalizeDocumentNumber(written);
  if (number === null) warnings.push(`文号「${written}」的格式无法识别，按原样保留`);
  return number ?? written;
}
