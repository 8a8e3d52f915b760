import { createHash } from 'node:crypto';
import { authorize, can, type Permission } from '../core/authorization';
import type { AuditEntry } from '../core/audit';
import type { RequestContext } from '../core/context';
import { notFound } from '../core/errors';
import type { CaseStep, StoredCase, StoredRating, StoredService } from './rating-model';

// Who may see and touch a rating or a case, on top of the rule table: the lookups every resolver
// shares, so each asks the same question the same way.

export const SERVICE_ID = /^[0-9a-f]{16}$/u;
export const RATING_ID = /^[0-9a-f]{20}$/u;

/** Service ids come from the department and the name it was created with: the same request twice is one service. */
export const serviceIdFor = (department: string, name: string) => createHash('sha256').update(`service|${department}|${name}`).digest('hex').slice(0, 16);

/**
 * A rating's id is its uniqueness rule: one per resident per service per 办件号 (一事一评), or without
 * one, per resident per service per Beijing day (一次一评).
 */
export const ratingIdFor = (residentId: string, serviceId: string, matterNumber: string | null, ratedDate: string) =>
  createHash('sha256')
    .update(`rating|${residentId}|${serviceId}|${matterNumber ? `matter|${matterNumber}` : `day|${ratedDate}`}`)
    .digest('hex')
    .slice(0, 20);

/** What staff see instead of the resident's id: stable across the resident's ratings, not reversible. */
export const raterReference = (residentId: string) => `评价人-${createHash('sha256').update(`rater|${residentId}`).digest('hex').slice(0, 8)}`;

export async function existingService(context: RequestContext, id: string): Promise<StoredService> {
  const service = SERVICE_ID.test(id) ? await context.loaders.ratedService.load(id) : null;
  if (!service) throw notFound('没有找到这项服务。');
  return service;
}

/** Whether the caller reads as staff of the rating's department (sees the rater, masked, and staff names). */
export const readsAsStaff = (context: RequestContext, department: string) => can(context.actor, 'department.work', { department });

/**
 * A rating its resident or its department's staff may read. Anyone else — another resident, or an id
 * that does not exist — gets NOT_FOUND, so ids cannot be probed; staff of another department FORBIDDEN.
 */
export async function readableRating(context: RequestContext, id: string): Promise<{ rating: StoredRating; case: StoredCase | null; steps: CaseStep[] }> {
  const { actor } = context;
  if (actor.kind === 'anonymous') authorize(actor, 'resident.act');
  const found = RATING_ID.test(id) ? await context.stores.ratings.getRating(id) : null;
  if (!found) throw notFound('没有找到这条记录。');
  if (actor.kind === 'staff') authorize(actor, 'department.work', { department: found.rating.department });
  else authorize(actor, 'resident.own', { residentId: found.rating.residentId });
  return found;
}

/**
 * The case a staff operation is about, once the rule table allows it: someone not signed in is asked
 * to sign in and a resident is refused before anything is read; staff of another department are refused.
 */
export async function staffCase(context: RequestContext, caseId: string, permission: Permission): Promise<StoredCase> {
  if (context.actor.kind !== 'staff') authorize(context.actor, permission);
  const found = RATING_ID.test(caseId) ? await context.stores.ratings.getCases([caseId]) : undefined;
  const stored = found?.get(caseId);
  if (!stored) throw notFound('没有找到这件差评的办理记录。');
  authorize(context.actor, permission, { department: stored.department });
  return stored;
}

export const ratingAudit = (context: RequestContext, action: string, id: string, details?: Record<string, unknown>): AuditEntry => ({
  action,
  targetType: 'rating',
  targetId: id,
  actor: context.actor,
  details,
});

/** Who did a step, as recorded: the staff username (or the system's name). */
export const actorName = (context: RequestContext) =>
  context.actor.kind === 'staff' ? context.actor.staffId : context.actor.kind === 'system' ? context.actor.name : 'resident';
