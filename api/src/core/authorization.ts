import type { ViewerCan } from '@govopen/shared/src/generated/graphql';
import type { Actor } from './actor';
import { notFound, UserFacingError } from './errors';

// Every "may this person do this?" in GovOpen is answered here, from one table of rules, so a rule
// is read, changed and tested in one place rather than in each resolver.

/** What an operation touches: the department that owns it, or the resident it belongs to. */
export interface Resource {
  department?: string;
  residentId?: string;
  /** Further departments that may act on it (for a project: see the project rules below). */
  otherDepartments?: string[];
}

type Rule = (actor: Actor, resource: Resource) => boolean;
type StaffActor = Extract<Actor, { kind: 'staff' }>;

const isStaff = (actor: Actor): actor is StaffActor => actor.kind === 'staff';
const isAdmin = (actor: Actor) => isStaff(actor) && actor.role === 'DISTRICT_ADMIN';
/** District admins act for every department; editors only for their own. */
const actsFor = (actor: Actor, resource: Resource) =>
  isAdmin(actor) || (isStaff(actor) && resource.department !== undefined && actor.department === resource.department);

/** As actsFor, for the owning department or any of the others named on the resource. */
const actsForAny = (actor: Actor, resource: Resource) =>
  actsFor(actor, resource) || (isStaff(actor) && (resource.otherDepartments ?? []).includes(actor.department));

const RULES = {
  /** Publish, update, repeal and interpret policies. */
  'policy.manage': actsFor,
  /** See policies that are not proactively disclosed. */
  'policy.readUndisclosed': actsFor,
  /** Create projects, mark milestones done, explain delays, cancel: the lead department, or the parent project's lead for a child project (`otherDepartments`). */
  'project.manage': actsForAny,
  /** Post progress updates and photos: the lead department or one named with it: co-operating departments, the parent project's lead (`otherDepartments`). */
  'project.report': actsForAny,
  /** Answer residents' proposals for next year's list: the district office (`department`). */
  'proposal.answer': actsFor,
  /** The district's publishing settings: the sensitive-word list, the names departments may publish under. */
  'publishing.settings': (actor) => isAdmin(actor),
  /** Create and disable staff accounts. */
  'staff.manage': (actor) => isAdmin(actor),
  /** Any signed-in resident may act for themself (sign up, rate, follow …). */
  'resident.act': (actor) => actor.kind === 'resident',
  /** A resident's own records (registrations, ratings). */
  'resident.own': (actor, resource) => actor.kind === 'resident' && resource.residentId === actor.residentId,
  /** Residents' unmasked personal data, for staff of the owning department; every such read is audited. */
  'personal.readFull': actsFor,
  /** Department work in general: the staff pages of open days, projects and ratings. */
  'department.work': actsFor,
  /** Create and change the department's rated services (好差评). */
  'service.manage': actsFor,
  /** What residents search for, and what found nothing (counts only): any staff member. */
  'search.statistics': (actor) => isStaff(actor),
  /** Residents' words for official terms (the search synonym table): the district office (`department`). */
  'search.synonyms': actsFor,
  /** Decide a department's appeal against a malicious rating: only the district, never the department itself. */
  'rating.decideAppeal': (actor) => isAdmin(actor),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;

/** Whether the actor may; for showing or hiding things without an error. */
export function can(actor: Actor, permission: Permission, resource: Resource = {}): boolean {
  return RULES[permission](actor, resource);
}

/** What the viewer may do with one object (the schema's ViewerCan): each action by the rule given for it, on the object's resource; the rest false. */
export function viewerCan(actor: Actor, resource: Resource, rules: Partial<Record<Exclude<keyof ViewerCan, '__typename'>, Permission>>): ViewerCan {
  const allowed = (rule: Permission | undefined) => rule !== undefined && can(actor, rule, resource);
  return { manage: allowed(rules.manage), report: allowed(rules.report), readPersonalData: allowed(rules.readPersonalData), decideAppeal: allowed(rules.decideAppeal) };
}

/** Throws UNAUTHENTICATED for someone not signed in, FORBIDDEN (or NOT_FOUND for residents' records) otherwise. */
export function authorize(actor: Actor, permission: Permission, resource: Resource = {}): void {
  if (can(actor, permission, resource)) return;
  if (actor.kind === 'anonymous') {
    throw new UserFacingError('UNAUTHENTICATED', actor.tokenProblem === 'expired' ? '登录已过期，请重新登录。' : '请先登录。');
  }
  // Another resident's record is answered as if it did not exist, so ids cannot be probed.
  if (permission === 'resident.own') throw new UserFacingError('NOT_FOUND', '没有找到这条记录。');
  throw new UserFacingError('FORBIDDEN', '您没有权限进行这项操作。');
}

/**
 * The signed-in resident's id, for operations only residents perform: UNAUTHENTICATED for someone
 * not signed in, FORBIDDEN for staff.
 */
export function residentIdOf(actor: Actor): string {
  authorize(actor, 'resident.act');
  // `resident.act` allows residents only, so authorize has thrown for everyone else.
  return (actor as Extract<Actor, { kind: 'resident' }>).residentId;
}

/**
 * The staff member acting, refused before anything is read: UNAUTHENTICATED for someone not signed
 * in, FORBIDDEN for residents. `permission` is the staff rule the operation needs.
 */
export function staffActing(actor: Actor, permission: Permission): StaffActor {
  if (!isStaff(actor)) authorize(actor, permission);
  return actor as StaffActor;
}

/**
 * What a staff operation is about, once the rule table allows it: anyone but staff is refused before
 * anything is read (staffActing), NOT_FOUND with `missing` when `load` finds nothing, FORBIDDEN for
 * staff whom `resourceOf` (department, other departments) does not name.
 */
export async function staffResource<T>(
  actor: Actor,
  permission: Permission,
  load: () => Promise<T | null | undefined>,
  missing: string,
  resourceOf: (found: T) => Resource | Promise<Resource>,
): Promise<T> {
  staffActing(actor, permission);
  const found = await load();
  if (!found) throw notFound(missing);
  authorize(actor, permission, await resourceOf(found));
  return found;
}

/** The department something new is for: the one asked for, else an editor's own, else the district office (check it with authorize). */
export function departmentFor(actor: Actor, asked: string | null | undefined, districtOffice: string): string {
  return asked || (isStaff(actor) && actor.role === 'DEPARTMENT_EDITOR' ? actor.department : districtOffice);
}

/**
 * A resident's record (a question, an application) as its resident or staff of its department may
 * read it: UNAUTHENTICATED for someone not signed in, NOT_FOUND with `missing` for an id not there and
 * for another resident's (so ids cannot be probed), FORBIDDEN for staff of another department.
 */
export async function residentRecord<T extends { residentId: string; department: string }>(actor: Actor, load: () => Promise<T | null | undefined>, missing: string): Promise<T> {
  if (actor.kind === 'anonymous') authorize(actor, 'resident.act');
  const found = await load();
  if (!found) throw notFound(missing);
  if (actor.kind === 'staff') authorize(actor, 'department.work', { department: found.department });
  else authorize(actor, 'resident.own', { residentId: found.residentId });
  return found;
}

/**
 * Whose work a staff list shows: the department asked for (FORBIDDEN unless the actor acts for it),
 * else an editor's own; undefined (every department) for a district admin who asked for none.
 */
export function departmentViewed(actor: Actor, asked: string | null | undefined): string | undefined {
  const staff = staffActing(actor, 'department.work');
  const chosen = asked ?? (staff.role === 'DISTRICT_ADMIN' ? undefined : staff.department);
  if (chosen !== undefined) authorize(staff, 'department.work', { department: chosen });
  return chosen;
}
