import type { DocumentReading } from '@govopen/shared/src/generated/graphql';
import type { FieldSource, NoteName } from './import/parse';
import { withSectionIds } from './section-ids';

// What the importer read from an uploaded document, in the words of the 工作台's preview: each field
// with where it came from, the 版记's notes. Loaded with the importer, on the first upload.

const SOURCE_WORDS: Record<FieldSource, string> = {
  'metadata-table': '网页上的信息公开表格',
  'page-meta': '网页的元数据',
  header: '版头',
  'telegram-header': '电报的报头',
  'title-line': '标题',
  signature: '文末署名',
  'below-signature': '文末署名下方',
  record: '版记',
  'disclosure-note': '公开方式的说明',
  'written-date': '成文日期',
  default: '没有写，按默认',
  sidecar: '随文件的说明',
};

const NOTE_LABELS: Record<NoteName, string> = {
  recipients: '主送（发往）',
  signedBy: '签发人',
  urgency: '紧急程度',
  classification: '密级',
  copiedTo: '抄送',
  printedBy: '印发机关',
  printedDate: '印发日期',
};

/** The importer's reading as the API answers it. */
export function readingOf(format: string, parsed: Extract<Awaited<ReturnType<typeof import('./import/import-files')['readPolicyDocument']>>, { ok: true }>): DocumentReading {
  const { policy, provenance, notes, warnings } = parsed;
  return {
    format,
    title: policy.title,
    documentNumber: policy.documentNumber,
    indexNumber: policy.indexNumber,
    issuer: policy.issuer,
    writtenDate: policy.writtenDate,
    publishedDate: policy.publishedDate,
    validity: policy.validity,
    repealedDate: policy.repealedDate,
    disclosure: policy.disclosure,
    topics: policy.topics,
    targetGroups: policy.targetGroups,
    body: policy.body,
    sections: withSectionIds(policy.sections),
    tables: policy.tables,
    sources: Object.entries(provenance).map(([field, reading]) => ({ field, value: String(reading.value), source: SOURCE_WORDS[reading.source], line: reading.line })),
    notes: Object.entries(notes).map(([name, reading]) => ({ label: NOTE_LABELS[name as NoteName], value: reading.value, line: reading.line })),
    warnings,
  };
}

