import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import { conflict, notFound } from '../core/errors';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { transact, writeOne } from '../core/transactions';
import { proposalItem } from './project-items';
import type { ProposalStatus, StoredProposal } from './project-model';
import { PROJECT_WRITES } from './project-store';

// Residents' proposals for next year's list (征集); how they sit in the table is declared in project-items.ts.

export interface ProposalAnswer {
  status: Exclude<ProposalStatus, 'SUBMITTED'>;
  reply: string;
  projectId: string | null;
  answeredAt: string;
  answeredBy: string;
}

export interface ProposalStore {
  /** Stores the proposal; the same proposal again (same id) returns the first. */
  submit(proposal: StoredProposal): Promise<StoredProposal>;
  get(id: string): Promise<StoredProposal | null>;
  /** Answers once; the same answer again returns the proposal as it is. */
  answer(id: string, answer: ProposalAnswer, audit: AuditEntry): Promise<StoredProposal>;
  /** A year's proposals, newest first: the answered ones, or those waiting for an answer. */
  list(forYear: number, answered: boolean, status: ProposalStatus | undefined, page: PageRequest): Promise<Page<StoredProposal>>;
  /** How many proposals for the year wait for an answer (the 工作台's figure). */
  countUnanswered(forYear: number): Promise<number>;
  mine(residentId: string): Promise<StoredProposal[]>;
}

/** The most proposals one resident's list shows. */
const MINE_LIMIT = 100;

export function createProposalStore(dynamo: Dynamo, audit: AuditLog): ProposalStore {
  const { proposals } = itemsOf(dynamo, { proposals: proposalItem });
  const get = (id: string) => proposals.get({ id }, true);

  return {
    get,
    async submit(proposal) {
      if ((await writeOne(dynamo, proposals.put(proposal, { if: 'attribute_not_exists(pk)' }), PROJECT_WRITES)).ok) return proposal;
      const first = await get(proposal.id);
      if (!first) throw conflict('刚才有别的操作，请再试一次。');
      return first;
    },
    async answer(id, answer, entry) {
      const before = await get(id);
      if (!before) throw notFound('找不到这条建议。');
      if (before.status !== 'SUBMITTED') {
        if (before.status === answer.status && before.reply === answer.reply && before.projectId === answer.projectId) return before;
        throw conflict('这条建议已经答复过了，答复不能改动。');
      }
      const after = { ...before, ...answer };
      // Answered, it moves from the OPEN list to the ANSWERED one (its declaration derives which).
      const result = await transact(dynamo, [proposals.put(after, { if: '#status = :submitted', values: { ':submitted': 'SUBMITTED' } }), audit.write(entry)], PROJECT_WRITES);
      if (!result.ok) throw conflict('这条建议刚被别人答复了，请刷新后查看。');
      return after;
    },
    list(forYear, answered, status, page) {
      const filter = status ? { if: '#status = :status', values: { ':status': status } } : undefined;
      return proposals.page({ index: 'gsi1', where: { forYear, stage: answered ? 'ANSWERED' : 'OPEN' }, filter, descending: true }, page);
    },
    countUnanswered: (forYear) => proposals.count({ index: 'gsi1', where: { forYear, stage: 'OPEN' } }),
    mine: (residentId) => proposals.query({ index: 'gsi2', where: { residentId }, descending: true, limit: MINE_LIMIT }),
  };
}
