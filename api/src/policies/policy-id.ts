import { createHash } from 'node:crypto';
import { searchForm, writtenDate, type PolicyDraft } from '@govopen/shared';

/** What identifies a document in the government's own records: its 索引号, else its 文号, else issuer and title. */
export type PolicyIdentity = Pick<PolicyDraft, 'indexNumber' | 'documentNumber' | 'issuer' | 'title'>;

/**
 * A policy's id follows from its identity when it is published, so importing the same document again
 * updates it; a correction of its 索引号/文号 keeps the id (the store then finds it by the identity it
 * has now). `taken`: how many policies corrected to other identities hold the ids before it.
 */
export function policyIdFor(draft: PolicyIdentity, taken = 0): string {
  const identity = draft.indexNumber
    ? `index:${draft.indexNumber}`
    : draft.documentNumber
      ? `number:${draft.documentNumber}`
      : `title:${draft.issuer ?? ''}|${draft.title}`;
  return createHash('sha256').update(searchForm(taken === 0 ? identity : `${identity}#${taken}`)).digest('hex').slice(0, 16);
}

/** Tells whether anything in the draft (and its owner) changed since it was last saved. */
export function contentHashOf(draft: PolicyDraft & { department: string }): string {
  return createHash('sha256').update(JSON.stringify(draft)).digest('hex');
}

/**
 * Said to a clerk (of `department`) who publishes a document already published: which one it is, by
 * what it was known again, and where to find it — the department's own list, or the department to ask.
 * `editing`: said to a clerk correcting another policy into the same 索引号/文号 as this one.
 */
export function alreadyPublishedInWords(existing: Pick<PolicyDraft, 'indexNumber' | 'documentNumber' | 'title' | 'publishedDate'> & { department: string }, department: string, editing = false): string {
  const same = existing.indexNumber ? '索引号' : existing.documentNumber ? '文号' : '发布机构和标题';
  const when = existing.publishedDate ? `，${writtenDate(existing.publishedDate)}发布` : '';
  if (editing) return `另一份已发布的文件和改后的${same}相同：「${existing.title}」${when}。请核对${same}，一份文件只能发布一次。`;
  const next = existing.department === department ? '要修改、写解读或废止，请到工作台的“本部门的政策”里找它。' : `它是${existing.department}的文件，要改请找${existing.department}。`;
  return `这份文件已经发布过了（${same}相同）：「${existing.title}」${when}。不用再发布；${next}`;
}
