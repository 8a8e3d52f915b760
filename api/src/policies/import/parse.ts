import { toSimplified, writtenDate as calendarDate, type Disclosure, type PolicyDraft, type Validity } from '@govopen/shared';
import { classify } from './classify';
import { cleanLines } from './clean';
import { readDate } from './dates';
import { normalizeDocumentNumber } from './document-number';
import { readHeader } from './header';
import { readMetadata, type MetadataField, type NoteField } from './metadata';
import { disclosureNote, disclosureOf, validityOf } from './policy-status';
import { firstHeading, sectionsOf } from './sections';
import { documentNumberBelow, findPrintingLine, findSignature } from './signature';
import { findTables } from './tables';
import { textLine, type TextLine } from './text-line';
import { findTitle, withoutColumn } from './title';

/** Where a field's value was read: the page's metadata table, its <meta> tags, the 版头 … */
export type FieldSource =
  | 'metadata-table'
  | 'page-meta'
  | 'header'
  | 'telegram-header'
  | 'title-line'
  | 'signature'
  | 'below-signature'
  | 'record'
  | 'disclosure-note'
  | 'written-date'
  | 'default'
  | 'sidecar';

/**
 * A value with where it came from; `line` is the line of the document's text (1-based; for Word,
 * PDF and HTML files the line of the text read from them), null when no line says it.
 */
export interface FieldReading<Value> {
  value: Value;
  source: FieldSource;
  line: number | null;
}

/** A draft as read: the title may be missing (staff supply it in the import preview). */
export type ParsedDraft = Omit<PolicyDraft, 'title'> & { title: string | null };

export type ProvenancedField = MetadataField;
/** Where each metadata field came from; a field that no part of the document gives is absent. */
export type Provenance = { [Field in ProvenancedField]?: FieldReading<NonNullable<ParsedDraft[Field]>> };

/** What the 版头, a telegram's header and the 版记 say that a policy has no field for. */
export type NoteName = NoteField | 'copiedTo' | 'printedBy' | 'printedDate';
export type Notes = { [Name in NoteName]?: FieldReading<string> };

export type ParseResult =
  | { ok: true; policy: ParsedDraft; provenance: Provenance; notes: Notes; warnings: string[] }
  | { ok: false; problems: string[] };

export interface ParseOptions {
  /** Metadata the file states outside its text, such as a web page's <meta> tags. */
  pageMetadata?: Partial<Record<MetadataField, string>>;
}

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

export const NO_TITLE = '找不到标题：没有“名称”一栏，也没有“关于……的通知”“……工作要点”这样的标题行，请导入时补充';

/**
 * Turns one policy document, as text (a web page with a metadata table, a Word or PDF extraction,
 * a telegram, an OCR'd scan, in Traditional or Simplified characters), into a draft for staff to
 * check, with where each field was read; the warnings tell them what is missing or was assumed.
 * Identifiers and browse keys (issuer, 文号, 索引号, dates, status) are normalised to Simplified;
 * the document's own text (title, body, sections, tables) keeps the script it was written in.
 */
export function parsePolicyDocument(text: string, options: ParseOptions = {}): ParseResult {
  const problem = unreadable(text);
  if (problem) return { ok: false, problems: [problem] };

  const warnings: string[] = [];
  const lines = cleanLines(text).map((line) => textLine(line.text, line.line));
  const found = findTables(lines);
  warnings.push(...found.warnings);
  const outsideTables = lines.map((line, i) => (found.lines.has(i) ? textLine('', line.line) : line));
  const metadata = readMetadata(outsideTables);
  const header = readHeader(outsideTables, metadata.lines);
  const fields = fieldReader(outsideTables, metadata, header.telegram, options.pageMetadata ?? {}, warnings);
  const allParagraphs: TextLine[] = outsideTables
    .filter((line, i) => line.text.trim() !== '' && !metadata.lines.has(i) && !header.lines.has(i))
    .map((line) => textLine(line.text.replace(/\t+/gu, ' ').trim(), line.line));
  if (allParagraphs.length === 0) return { ok: false, problems: ['文件没有正文，只有元数据或表格'] };
  // A repost opens with its column's name before the title (政务公开｜关于……的通知).
  allParagraphs[0] = withoutColumn(allParagraphs[0]!);
  const signature = findSignature(allParagraphs);
  const numberBelow = signature && documentNumberBelow(allParagraphs, signature);
  const paragraphs = allParagraphs.filter((line) => line !== numberBelow?.at);

  const headingAt = firstHeading(paragraphs);
  const preamble = headingAt < 0 ? paragraphs : paragraphs.slice(0, headingAt);
  const provenance: Provenance = {};
  const notes: Notes = { ...fields.notes(), ...header.notes };
  const take = <Field extends ProvenancedField>(field: Field, ...readings: Array<FieldReading<NonNullable<ParsedDraft[Field]>> | null>) => {
    const reading = readings.find((candidate) => candidate !== null) ?? null;
    if (reading) provenance[field] = reading as Provenance[Field];
    return reading?.value ?? null;
  };

  const foundTitle = findTitle(preamble);
  const title = take('title', fields.value('title'), foundTitle && { value: foundTitle.title, source: 'title-line', line: foundTitle.at.line });
  if (title === null) warnings.push(NO_TITLE);

  const written = fields.value('documentNumber');
  const documentNumber = take(
    'documentNumber',
    written && documentNumberOf(written, warnings),
    header.documentNumber,
    numberBelow && { value: numberBelow.value, source: 'below-signature', line: numberBelow.at.line },
  );
  if (documentNumber === null) warnings.push('文中没有文号：有的请补上，没有文号的文件可不填');

  const printing = findPrintingLine(paragraphs);
  if (printing) {
    notes.printedBy = { value: printing.issuer, source: 'record', line: printing.at.line };
    notes.printedDate = { value: printing.date, source: 'record', line: printing.at.line };
  }
  const copied = paragraphs.find((paragraph) => /^抄送\s*[:：]/u.test(paragraph.simple));
  if (copied) notes.copiedTo = { value: copied.text.replace(/^\S+?\s*[:：]\s*/u, '').replace(/[。.]$/u, ''), source: 'record', line: copied.line };

  const issuer = take(
    'issuer',
    mapValue(fields.value('issuer'), toSimplified),
    signature && { value: signature.issuer, source: 'signature', line: signature.at.line },
    header.issuer,
    printing && { value: printing.issuer, source: 'record', line: printing.at.line },
  );
  if (issuer === null) warnings.push('文中没有发布机构，请补上');
  const writtenDate = take('writtenDate', fields.date('writtenDate'), signature && { value: signature.date, source: 'signature', line: signature.at.line });
  if (writtenDate === null) warnings.push('文中没有成文日期，请补上');
  // Documents are usually published on the day they are signed: that is said, never taken as read.
  const publishedDate = take('publishedDate', fields.date('publishedDate'), writtenDate === null ? null : { value: writtenDate, source: 'written-date', line: null });
  if (publishedDate === null) warnings.push('文中没有发布日期，请补上');
  else if (writtenDate !== null && provenance.publishedDate?.source === 'written-date') warnings.push(`没有发布日期，暂按成文日期${calendarDate(writtenDate)}记`);

  const indexNumber = take('indexNumber', mapValue(fields.value('indexNumber'), (value) => value.normalize('NFKC').replace(/\s+/gu, '')));
  const validity = take('validity', fields.status('validity', validityOf), { value: 'VALID' as Validity, source: 'default', line: null })!;
  const repealed = fields.date('repealedDate');
  if (validity === 'REPEALED' && repealed === null) warnings.push('文件已废止，但没有写废止日期');
  if (validity !== 'REPEALED' && repealed !== null) warnings.push(`写了废止日期 ${repealed.value}，但效力状态不是已废止，废止日期未记`);
  const repealedDate = take('repealedDate', validity === 'REPEALED' ? repealed : null);
  const note = disclosureNoteOf(paragraphs);
  const disclosure = take('disclosure', fields.status('disclosure', disclosureOf), note, { value: 'PROACTIVE' as Disclosure, source: 'default', line: null })!;

  const body = paragraphs.map((paragraph) => paragraph.text).join('\n');
  return {
    ok: true,
    warnings,
    provenance,
    notes,
    policy: {
      title,
      documentNumber,
      indexNumber,
      issuer,
      writtenDate,
      publishedDate,
      validity,
      repealedDate,
      disclosure,
      ...classify(toSimplified(title ?? ''), toSimplified(body)),
      body,
      sections: sectionsOf(paragraphs),
      tables: found.tables,
    },
  };
}

function mapValue<From, To>(reading: FieldReading<From> | null, map: (value: From) => To): FieldReading<To> | null {
  return reading && { ...reading, value: map(reading.value) };
}

/** The note printed under a signature: （此件公开发布）, （此件依申请公开）… */
function disclosureNoteOf(paragraphs: readonly TextLine[]): FieldReading<Disclosure> | null {
  for (const paragraph of paragraphs) {
    const mode = disclosureNote(paragraph.simple);
    if (mode !== null) return { value: mode, source: 'disclosure-note', line: paragraph.line };
  }
  return null;
}

/** Reads labelled values (metadata table, telegram header, <meta> tags) with where they stand. */
function fieldReader(
  lines: readonly TextLine[],
  metadata: ReturnType<typeof readMetadata>,
  telegram: boolean,
  pageMetadata: Partial<Record<MetadataField, string>>,
  warnings: string[],
) {
  const source: FieldSource = telegram ? 'telegram-header' : 'metadata-table';
  const written = (field: MetadataField | NoteField): FieldReading<string> | null => {
    const text = metadata.values[field]?.trim() ?? '';
    const at = metadata.at[field];
    if (!NOTHING_WRITTEN.test(text) && at !== undefined) return { value: text, source, line: lines[at]?.line ?? null };
    const meta = field in FIELD_NAMES ? pageMetadata[field as MetadataField]?.trim() : undefined;
    return meta ? { value: meta, source: 'page-meta', line: null } : null;
  };
  return {
    value: (field: MetadataField) => written(field),
    /** The date written for a field; a date that cannot exist is reported and taken as none. */
    date(field: MetadataField): FieldReading<string> | null {
      const reading = written(field);
      if (reading === null) return null;
      const date = readDate(reading.value);
      if (date?.valid) return { ...reading, value: date.date };
      warnings.push(`${FIELD_NAMES[field]}「${reading.value}」不是有效的日期，已忽略`);
      return null;
    },
    /** A status from its value; an unrecognised value is reported and taken as none. */
    status<Status extends Validity | Disclosure>(field: 'validity' | 'disclosure', read: (simple: string) => Status | null): FieldReading<Status> | null {
      const reading = written(field);
      if (reading === null) return null;
      const status = read(toSimplified(reading.value));
      if (status === null) warnings.push(`${FIELD_NAMES[field]}「${reading.value}」无法识别，按默认值处理`);
      return status === null ? null : { ...reading, value: status };
    },
    notes(): Notes {
      const notes: Notes = {};
      for (const name of ['recipients', 'signedBy', 'urgency', 'classification'] as const) {
        const reading = written(name);
        if (reading) notes[name] = reading;
      }
      return notes;
    },
  };
}

/** A 文号 as written in a metadata field; one in no known form is kept as written, and said so. */
function documentNumberOf(written: FieldReading<string>, warnings: string[]): FieldReading<string> {
  const number = normalizeDocumentNumber(written.value);
  if (number === null) warnings.push(`文号「${written.value}」的格式无法识别，按原样保留`);
  return { ...written, value: number ?? written.value };
}
