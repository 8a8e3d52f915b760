import type { PolicyCardFieldsFragment, PolicyDetailQuery, Validity } from '../../generated/operations';
import { dateInWords, paragraphs } from '../../lib/format';
import { policyText, type Section } from './document';

export type PolicyDetail = NonNullable<PolicyDetailQuery['policy']>;
export type Interpretation = PolicyDetail['interpretations'][number];

export const VALIDITY_WORDS: Record<Validity, string> = {
  VALID: '现行有效',
  AMENDED: '有效，已修改',
  REPEALED: '已废止',
};

export function validityInWords(policy: Pick<PolicyCardFieldsFragment, 'validity' | 'repealedDate'>): string {
  const words = VALIDITY_WORDS[policy.validity] ?? '效力未知';
  return policy.validity === 'REPEALED' && policy.repealedDate ? `${words}（${dateInWords(policy.repealedDate)}起）` : words;
}

/** A list's date line: 发布日期 when it was published, else 成文日期, named as what it is; none without either. */
export function policyDateInWords(policy: Pick<PolicyCardFieldsFragment, 'publishedDate' | 'writtenDate'>): string {
  if (policy.publishedDate) return `发布日期：${dateInWords(policy.publishedDate)}`;
  return policy.writtenDate ? `成文日期：${dateInWords(policy.writtenDate)}` : '';
}

/** The metadata block of a policy, as label/value rows; empty values are left out. */
export function policyMetadata(policy: PolicyDetail): Array<{ label: string; value: string }> {
  const rows = [
    { label: '文号', value: policy.documentNumber ?? '' },
    { label: '发布机构', value: policy.issuer ?? '' },
    { label: '成文日期', value: dateInWords(policy.writtenDate) },
    { label: '发布日期', value: dateInWords(policy.publishedDate) },
    { label: '效力', value: validityInWords(policy) },
    { label: '主题', value: policy.topics.join('、') },
    { label: '适用对象', value: policy.targetGroups.join('、') },
    { label: '索引号', value: policy.indexNumber ?? '' },
  ];
  return rows.filter((row) => row.value);
}

const sectionSpeech = (section: Section) => [section.heading, ...paragraphs(section.text)].join('\n');

/**
 * A policy read aloud, in reading order: title, metadata, the opening, each section, the closing,
 * each table row. From a section (its id): that section and all that follows it (an id the policy
 * does not have: the whole).
 */
export function policySpeech(policy: PolicyDetail, fromSection?: string): string[] {
  const text = policyText(policy);
  const from = fromSection === undefined ? -1 : text.sections.findIndex((section) => section.id === fromSection);
  const parts = from < 0 ? [policy.title, policyMetadata(policy).map((row) => `${row.label}：${row.value}。`).join(''), ...paragraphs(text.opening)] : [];
  parts.push(...text.sections.slice(Math.max(0, from)).map(sectionSpeech), ...paragraphs(text.closing));
  for (const table of policy.tables) {
    parts.push(table.title);
    table.rows.forEach((row) => {
      parts.push(table.columns.map((column, i) => `${column}：${row[i] ?? ''}`).join('；') + '。');
    });
  }
  return parts.filter((part) => part.trim());
}

export function interpretationSpeech(item: Interpretation): string[] {
  const parts = [item.title];
  if (item.questions.length) {
    for (const qa of item.questions) parts.push(`问：${qa.question}`, `答：${qa.answer}`);
  } else {
    parts.push(...paragraphs(item.body));
  }
  if (item.consultationPhone) parts.push(`咨询电话：${item.consultationPhone}。`);
  if (item.officeHours) parts.push(`工作时间：${item.officeHours}。`);
  return parts.filter((part) => part.trim());
}
