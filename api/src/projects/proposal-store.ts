import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import type { StoreKey } from '../core/cursor';
import type { Dynamo } from '../core/dynamo';
import { badInput, conflict, notFound } from '../core/errors';
import { transactWrite } from '../core/transactions';
import type { ProposalStatus, StoredProposal } from './project-model';
import { PROJECT_WRITES } from './project-store';

// Residents' proposals for next year's list (征集): the only code that knows how they sit in the table.
//
//   pk PROPOSAL#<id>  sk PROPOSAL   gsi1pk PROPOSALS#<forYear>#<OPEN|ANSWERED>  gsi1sk <submittedAt>#<id>
//                                   gsi2pk PROPOSER#<residentId>                gsi2sk <submittedAt>#<id>
//
// OPEN holds the ones waiting for an answer (staff only); ANSWERED the ones the public sees.

export interface ProposalPage {
  items: Array<{ cursor: StoreKey; proposal: StoredProposal }>;
  hasNextPage: boolean;
  endCursor: StoreKey | null;
}

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
  list(forYear: number, answered: boolean, status: ProposalStatus | undefined, first: number, after?: StoreKey): Promise<ProposalPage>;
  mine(residentId: string): Promise<StoredProposal[]>;
}

const proposalKey = (id: string) => ({ pk: `PROPOSAL#${id}`, sk: 'PROPOSAL' });
const partitionOf = (forYear: number, answered: boolean) => `PROPOSALS#${forYear}#${answered ? 'ANSWERED' : 'OPEN'}`;
/** A filtered list reads at most this many pages of the index before returning what it found. */
const MAX_READS = 5;

function proposalFrom(item: Record<string, unknown>): StoredProposal {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return rest as unknown as StoredProposal;
}

export function createProposalStore(dynamo: Dynamo, audit: AuditLog): ProposalStore {
  const { doc, tableName: TableName } = dynamo;

  async function get(id: string) {
    const result = await doc.send(new GetCommand({ TableName, Key: proposalKey(id), ConsistentRead: true }));
    return result.Item ? proposalFrom(result.Item) : null;
  }

  async function submit(proposal: StoredProposal) {
    try {
      await doc.send(
        new PutCommand({
          TableName,
          Item: {
            ...proposalKey(proposal.id),
            gsi1pk: partitionOf(proposal.forYear, false),
            gsi1sk: `${proposal.submittedAt}#${proposal.id}`,
            gsi2pk: `PROPOSER#${proposal.residentId}`,
            gsi2sk: `${proposal.submittedAt}#${proposal.id}`,
            ...proposal,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return proposal;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const first = await get(proposal.id);
      if (!first) throw conflict('刚才有别的操作，请再试一次。');
      return first;
    }
  }

  async function answer(id: string, answer: ProposalAnswer, entry: AuditEntry) {
    const before = await get(id);
    if (!before) throw notFound('找不到这条建议。');
    if (before.status !== 'SUBMITTED') {
      if (before.status === answer.status && before.reply === answer.reply && before.projectId === answer.projectId) return before;
      throw conflict('这条建议已经答复过了，答复不能改动。');
    }
    const result = await transactWrite(doc, {
      TransactItems: [
        {
          Update: {
            TableName,
            Key: proposalKey(id),
            UpdateExpression: 'SET #status = :status, reply = :reply, projectId = :projectId, answeredAt = :at, answeredBy = :by, gsi1pk = :answered',
            ConditionExpression: '#status = :submitted',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':status': answer.status,
              ':reply': answer.reply,
              ':projectId': answer.projectId,
              ':at': answer.answeredAt,
              ':by': answer.answeredBy,
              ':answered': partitionOf(before.forYear, true),
              ':submitted': 'SUBMITTED',
            },
          },
        },
        { Put: { TableName, Item: audit.item(entry) } },
      ],
    }, PROJECT_WRITES);
    if (!result.ok) throw conflict('这条建议刚被别人答复了，请刷新后查看。');
    return { ...before, ...answer };
  }

  async function list(forYear: number, answered: boolean, status: ProposalStatus | undefined, first: number, after?: StoreKey): Promise<ProposalPage> {
    const partition = partitionOf(forYear, answered);
    if (after && (Object.keys(after).length !== 4 || after.gsi1pk !== partition || typeof after.gsi1sk !== 'string' || typeof after.pk !== 'string' || typeof after.sk !== 'string')) {
      throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
    }
    const found: Array<Record<string, unknown>> = [];
    let startKey: Record<string, unknown> | undefined = after;
    for (let reads = 0; reads < MAX_READS && found.length <= first; reads += 1) {
      const page = await doc.send(
        new QueryCommand({
          TableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :partition',
          ExpressionAttributeValues: { ':partition': partition, ...(status ? { ':status': status } : {}) },
          ...(status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ScanIndexForward: false,
          Limit: status ? 50 : first + 1,
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
      if (!startKey) break;
    }
    const keyOf = (item: Record<string, unknown>) => ({ pk: String(item.pk), sk: String(item.sk), gsi1pk: String(item.gsi1pk), gsi1sk: String(item.gsi1sk) });
    const items = found.slice(0, first).map((item) => ({ cursor: keyOf(item), proposal: proposalFrom(item) }));
    const lastShown = items.at(-1)?.cursor ?? null;
    // A page cut short by the read limit continues after the last item read, not the last one shown.
    const endCursor = found.length <= first && startKey ? (startKey as StoreKey) : lastShown;
    return { items, hasNextPage: found.length > first || startKey !== undefined, endCursor };
  }

  async function mine(residentId: string) {
    const page = await doc.send(
      new QueryCommand({
        TableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': `PROPOSER#${residentId}` },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (page.Items ?? []).map(proposalFrom);
  }

  return { submit, get, answer, list, mine };
}
