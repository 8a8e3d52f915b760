import type { z } from 'zod';
import type { AuditEntry, AuditLog } from '../core/audit';
import type { Clock } from '../core/clock';
import type { Dynamo } from '../core/dynamo';
import { itemsOf } from '../core/items';
import { ORDINARY_WRITES, transact } from '../core/transactions';
import { departmentIssuersItem, sensitiveWordsItem } from './publishing-items';

// The district's publishing settings: the sensitive-word list and the names departments may publish
// under. Every change is written with its audit record in one transaction.

export type SensitiveWords = z.output<typeof sensitiveWordsItem.declaration.attributes>;

export interface PublishingStore {
  /** The list as it is; an empty one (version 0) before anyone set it. */
  sensitiveWords(): Promise<SensitiveWords>;
  /** Replaces the list unless someone else changed it since `expectedVersion` was read (null then). */
  setSensitiveWords(words: string[], expectedVersion: number, by: string, audit: AuditEntry): Promise<SensitiveWords | null>;
  /** The names the department may publish under besides its own (none when never set). */
  allowedIssuers(department: string): Promise<string[]>;
  setAllowedIssuers(department: string, issuers: string[], by: string, audit: AuditEntry): Promise<void>;
}

export function createPublishingStore(dynamo: Dynamo, audit: AuditLog, now: Clock): PublishingStore {
  const { words, issuers } = itemsOf(dynamo, { words: sensitiveWordsItem, issuers: departmentIssuersItem });
  const read = async () => (await words.get({}, true)) ?? { words: [], version: 0, updatedAt: null, updatedBy: null };
  return {
    sensitiveWords: read,
    async setSensitiveWords(list, expectedVersion, by, entry) {
      const next = { words: list, version: expectedVersion + 1, updatedAt: now().toISOString(), updatedBy: by };
      const condition = expectedVersion === 0 ? { if: 'attribute_not_exists(pk)' } : { if: 'version = :expected', values: { ':expected': expectedVersion } };
      const outcome = await transact(dynamo, [words.put(next, condition), audit.write(entry)], ORDINARY_WRITES);
      return outcome.ok ? next : null;
    },
    allowedIssuers: async (department) => (await issuers.get({ department }, true))?.issuers ?? [],
    async setAllowedIssuers(department, list, by, entry) {
      await transact(dynamo, [issuers.put({ department, issuers: list, updatedAt: now().toISOString(), updatedBy: by }), audit.write(entry)], ORDINARY_WRITES);
    },
  };
}
