import { createHash } from 'node:crypto';
import { searchForm, type PolicyDraft } from '@govopen/shared';

/**
 * A policy's id follows from what identifies the document in the government's own records — its
 * 索引号, else its 文号, else issuer and title — so importing the same document again updates it.
 */
export function policyIdFor(draft: Pick<PolicyDraft, 'indexNumber' | 'documentNumber' | 'issuer' | 'title'>): string {
  const identity = draft.indexNumber
    ? `index:${draft.indexNumber}`
    : draft.documentNumber
      ? `number:${draft.documentNumber}`
      : `title:${draft.issuer ?? ''}|${draft.title}`;
  return createHash('sha256').update(searchForm(identity)).digest('hex').slice(0, 16);
}

/** Tells whether anything in the draft (and its owner) changed since it was last saved. */
export function contentHashOf(draft: PolicyDraft & { department: string }): string {
  return createHash('sha256').update(JSON.stringify(draft)).digest('hex');
}
