import type { Disclosure, PolicyInput, PolicyToEditQuery, ReadPolicyDocumentMutation, Validity } from '../../generated/operations';
import { dateInWords } from '../../lib/format';
import { VALIDITY_WORDS } from '../policy/format';

// The policy a clerk is about to publish, as the form holds it: filled from what the importer read
// (or, to correct one, from the policy as published), corrected by the clerk, sent as PolicyInput to
// the checks and to publishPolicy (updatePolicy).

type Reading = ReadPolicyDocumentMutation['readPolicyDocument'];
/** A published policy as 修改 opens it. */
export type PolicyToEdit = NonNullable<PolicyToEditQuery['policy']>;

/** The API's limits (POLICY_LIMITS in shared/src/policy-validation.ts), said under the fields. */
export const TITLE_MAX = 200;
export const BODY_MAX = 100_000;
export const NUMBER_MAX = 100;

export type PolicyForm = {
  /** District admins: the department the policy is published for ('' : the district office); editors always their own. */
  department: string;
  title: string;
  documentNumber: string;
  indexNumber: string;
  issuer: string;
  writtenDate: string;
  /** '' : today, when published. */
  publishedDate: string;
  disclosure: Disclosure;
  body: string;
  /** The document's tables, kept as read. */
  tables: Reading['tables'];
};

export const DISCLOSURE_WORDS: Record<Disclosure, string> = {
  PROACTIVE: '主动公开',
  ON_REQUEST: '依申请公开',
  NOT_DISCLOSED: '不予公开',
};

/** What each field the importer read is called on the form. */
export const FIELD_WORDS: Record<string, string> = {
  title: '标题',
  documentNumber: '文号',
  indexNumber: '索引号',
  issuer: '发布机构',
  writtenDate: '成文日期',
  publishedDate: '发布日期',
  validity: '效力状态',
  repealedDate: '废止日期',
  disclosure: '公开方式',
  body: '正文',
  tables: '附表',
};

export const emptyForm = (): PolicyForm => ({
  department: '',
  title: '',
  documentNumber: '',
  indexNumber: '',
  issuer: '',
  writtenDate: '',
  publishedDate: '',
  disclosure: 'PROACTIVE',
  body: '',
  tables: [],
});

/** The importer's words for a 发布日期 that is only the 成文日期 standing in (api: SOURCE_WORDS['written-date']). */
const STAND_IN_FOR_PUBLISHED = '成文日期';

/**
 * The form filled from the document as read; what was not found stays empty for the clerk to write.
 * A 发布日期 the document did not give (the importer put the 成文日期 in its place) is left empty: a
 * clerk publishing it now publishes it today.
 */
export const formFromReading = (read: Reading): PolicyForm => ({
  department: '',
  title: read.title ?? '',
  documentNumber: read.documentNumber ?? '',
  indexNumber: read.indexNumber ?? '',
  issuer: read.issuer ?? '',
  writtenDate: read.writtenDate ?? '',
  publishedDate: read.sources.some((s) => s.field === 'publishedDate' && s.source === STAND_IN_FOR_PUBLISHED) ? '' : read.publishedDate ?? '',
  disclosure: read.disclosure,
  body: read.body,
  tables: read.tables,
});

/** The form filled with a policy as published, to correct it (修改): every field as residents see it now. */
export const formFromPolicy = (policy: PolicyToEdit): PolicyForm => ({
  department: policy.department,
  title: policy.title,
  documentNumber: policy.documentNumber ?? '',
  indexNumber: policy.indexNumber ?? '',
  issuer: policy.issuer ?? '',
  writtenDate: policy.writtenDate ?? '',
  publishedDate: policy.publishedDate ?? '',
  disclosure: policy.disclosure,
  body: policy.body,
  tables: policy.tables,
});

/** A value the importer read, in words (the API answers enums as their names: PROACTIVE, VALID; dates as 2026-09-20). */
export function readValueInWords(field: string, value: string): string {
  if (field.endsWith('Date')) return dateInWords(value);
  if (field === 'disclosure') return DISCLOSURE_WORDS[value as Disclosure] ?? value;
  if (field === 'validity') return VALIDITY_WORDS[value as Validity] ?? value;
  return value;
}

const orNull = (value: string) => value.trim() || null;

/** The form as the API takes it; empty fields are left to the API's defaults (issuer: the department, date: today). */
export const policyInputOf = (form: PolicyForm): PolicyInput => ({
  department: orNull(form.department),
  title: form.title.trim(),
  documentNumber: orNull(form.documentNumber),
  indexNumber: orNull(form.indexNumber),
  issuer: orNull(form.issuer),
  writtenDate: orNull(form.writtenDate),
  publishedDate: orNull(form.publishedDate),
  disclosure: form.disclosure,
  body: form.body,
  tables: form.tables.map(({ title, columns, rows }) => ({ title, columns, rows })),
});

export type PolicyFormProblems = Partial<Record<'title' | 'body', string>>;

/** What must be written before the checks can run, per field, in words; and what the checks then take. */
export function checkPolicy(form: PolicyForm): { errors: PolicyFormProblems; input: PolicyInput | null } {
  const errors: PolicyFormProblems = {
    ...(form.title.trim() ? {} : { title: '请填写标题。' }),
    ...(form.body.trim() ? {} : { body: '请填写正文。' }),
  };
  return { errors, input: Object.keys(errors).length > 0 ? null : policyInputOf(form) };
}

/** The checks stand for exactly the input they were run on: any change after them asks for them again. */
export const sameInput = (a: PolicyInput, b: PolicyInput): boolean => JSON.stringify(a) === JSON.stringify(b);
