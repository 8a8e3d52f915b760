import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Actor } from './actor';
import { queryAll, type Dynamo } from './dynamo';

// Who did what to which item, and when: written in the same transaction as the change it records
// (or alone, for reads of full personal data), never updated, never deleted.
//
//   pk AUDIT#<yyyy-mm-dd>   sk <instant>#<uuid>   gsi1pk AUDIT_OF#<targetType>#<targetId>   gsi1sk <instant>

/**
 * Every audit record's partition key starts with this. The Lambda's role may add items under it but
 * never update or delete them (infra/lib/data.ts denies it on these keys).
 */
export const AUDIT_PARTITION_PREFIX = 'AUDIT#';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  actor: Actor;
  /** A short description of what changed or what was read, for people reviewing the trail. */
  details?: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  at: string;
}

export interface AuditLog {
  /** The item to put inside another write's transaction. */
  item(entry: AuditEntry): Record<string, unknown>;
  record(entry: AuditEntry): Promise<void>;
  /** The trail of one item, oldest first. */
  trail(targetType: string, targetId: string): Promise<AuditRecord[]>;
}

export function createAuditLog(dynamo: Dynamo): AuditLog {
  const { doc, tableName: TableName } = dynamo;
  const item = (entry: AuditEntry) => {
    const at = new Date().toISOString();
    const target = `AUDIT_OF#${entry.targetType}#${entry.targetId}`;
    return { pk: `${AUDIT_PARTITION_PREFIX}${at.slice(0, 10)}`, sk: `${at}#${randomUUID()}`, gsi1pk: target, gsi1sk: at, at, ...entry };
  };
  return {
    item,
    async record(entry) {
      await doc.send(new PutCommand({ TableName, Item: item(entry) }));
    },
    async trail(targetType, targetId) {
      const items = await queryAll(dynamo, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :target',
        ExpressionAttributeValues: { ':target': `AUDIT_OF#${targetType}#${targetId}` },
      });
      return items.map(({ pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, ...record }) => record as unknown as AuditRecord);
    },
  };
}
