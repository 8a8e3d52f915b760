import { authorize, can, staffResource, type Permission } from '../core/authorization';
import type { RequestContext } from '../app';
import { notFound } from '../core/errors';
import { RATING_ID, SERVICE_ID } from './rating-ids';
import type { CaseStep, StoredCase, StoredRating, StoredService } from './rating-model';

// Who may see and touch a rating or a case, on top of the rule table: the lookups every resolver
// shares, so each asks the same question the same way.

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

/** The case a staff operation is about, once the rule table allows it. */
export const staffCase = (context: RequestContext, caseId: string, permission: Permission): Promise<StoredCase> =>
  staffResource(
    context.actor,
    permission,
    async () => (RATING_ID.test(caseId) ? (await context.stores.ratings.getCases([caseId])).get(caseId) : null),
    '没有找到这件差评的办理记录。',
    (stored) => ({ department: stored.department }),
  );

/** The service a staff operation is about, once the rule table allows it. */
export const staffService = (context: RequestContext, id: string): Promise<StoredService> =>
  staffResource(context.actor, 'service.manage', async () => (SERVICE_ID.test(id) ? context.loaders.ratedService.load(id) : null), '没有找到这项服务。', (service) => service);
