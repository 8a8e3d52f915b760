import { maskSensitiveData } from '@govopen/shared';
import type { Actor } from './actor';
import type { AuditLog } from './audit';
import { auditEntry } from './audit-entry';

/** Where a resident's free text was read: the audit action (`proposal.readFull`), its item and the field. */
export interface PrivateTextRead {
  action: `${string}.${string}`;
  targetId: string;
  field: string;
}

/**
 * Free text a resident wrote (a proposal, an evaluation comment) as one reader sees it. Readers who may
 * not read it in full get private numbers masked. Staff whose role needs the full text get it as written,
 * and when it does carry a private number that read is recorded in the audit trail, as
 * `consultationContact` and `raterContact` record a full phone number. Its author reads it unrecorded.
 */
export async function privateTextFor(
  context: { actor: Actor; audit: AuditLog },
  text: string,
  mayReadFull: boolean,
  read: PrivateTextRead,
): Promise<string> {
  const masked = maskSensitiveData(text);
  if (masked === text) return text;
  if (!mayReadFull) return masked;
  if (context.actor.kind === 'staff') await context.audit.record(auditEntry(context.actor, read.action, read.targetId, { field: read.field }));
  return text;
}
