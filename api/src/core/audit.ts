import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { STAFF_ROLES, type Actor } from './actor';
import type { Clock } from './clock';
import type { Dynamo } from './dynamo';
import { itemsOf } from './items';
import { itemType } from './item-type';
import { ORDINARY_WRITES, writeOne, type Write } from './transactions';

// Who did what to which item, and when: written in the same transaction as the change it records
// (or alone, for reads of full personal data), never updated, never deleted.

/**
 * Every audit record's partition key starts with this. The Lambda's role may add items under it but
 * never update or delete them (infra/lib/data.ts denies it on these keys).
 */
export const AUDIT_PARTITION_PREFIX = 'AUDIT#';

const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous'), tokenProblem: z.enum(['expired', 'invalid']).optional() }),
  z.object({ kind: z.literal('resident'), residentId: z.string() }),
  z.object({ kind: z.literal('staff'), staffId: z.string(), role: z.enum(STAFF_ROLES), department: z.string() }),
  z.object({ kind: z.literal('system'), name: z.string() }),
]) satisfies z.ZodType<Actor>;

export const auditRecordItem = itemType({
  name: 'audit record (written once)',
  attributes: () => z.object({
    id: z.string(),
    at: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    actor: actorSchema,
    /** A short description of what changed or what was read, for people reviewing the trail. */
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  keys: { pk: `${AUDIT_PARTITION_PREFIX}{day}` as const, sk: '{at}#{id}', gsi1pk: 'AUDIT_OF#{targetType}#{targetId}', gsi1sk: '{at}' },
  derive: { day: (record) => record.at.slice(0, 10) },
});

export type AuditRecord = z.output<typeof auditRecordItem.declaration.attributes>;
export type AuditEntry = Omit<AuditRecord, 'id' | 'at'>;

export interface AuditLog {
  /** The record's put, to run inside the transaction of the change it records. */
  write(entry: AuditEntry): Write;
  record(entry: AuditEntry): Promise<void>;
  /** The trail of one item, oldest first. */
  trail(targetType: string, targetId: string): Promise<AuditRecord[]>;
}

export function createAuditLog(dynamo: Dynamo, now: Clock): AuditLog {
  const { records } = itemsOf(dynamo, { records: auditRecordItem });
  // Conditional: a record is only ever added, never replaced, whatever the key (issue 11, finding 10).
  const write = (entry: AuditEntry) => records.put({ ...entry, id: randomUUID(), at: now().toISOString() }, { if: 'attribute_not_exists(pk)' });
  return {
    write,
    async record(entry) {
      await writeOne(dynamo, write(entry), ORDINARY_WRITES);
    },
    trail: (targetType, targetId) => records.query({ index: 'gsi1', where: { targetType, targetId } }),
  };
}
