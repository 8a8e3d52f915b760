import type { Actor } from './actor';
import type { AuditEntry } from './audit';

/** What the actor did, for the audit trail; the action starts with the type of its target (`event.create`, `rating.readContact`). */
export function auditEntry(actor: Actor, action: `${string}.${string}`, targetId: string, details?: Record<string, unknown>): AuditEntry {
  return { action, targetType: action.slice(0, action.indexOf('.')), targetId, actor, details };
}

/** The fields of `after` whose values differ from `before`'s: what an audit record of an update names as changed. */
export function changedFields<T extends object>(before: T, after: Partial<T>): Array<keyof T> {
  return (Object.keys(after) as Array<keyof T>).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
