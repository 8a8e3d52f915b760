import type { AuditEntry, AuditLog } from '../core/audit';
import type { Dynamo } from '../core/dynamo';
import { badInput, conflict, notFound } from '../core/errors';
import { itemsOf, type Page, type PageRequest } from '../core/items';
import { transact, type ConflictRetry, type Write } from '../core/transactions';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { correctionItem, evaluationItem, followerItem, projectCountsItem, projectDepartmentItem, projectItem, updateByIdItem, updateItem } from './project-items';
import type { Cancellation, Milestone, ProjectCounts, StoredEvaluation, StoredProject, StoredUpdate } from './project-model';

// Livelihood projects' reads and writes; how they sit in the table is declared in project-items.ts.

export interface ProjectListQuery {
  year?: number;
  list?: string;
  department?: string;
}

export interface RecordRequest {
  update: StoredUpdate;
  /** A change to the project's milestones or cancellation, made only if the project is still at `expectedVersion`. */
  projectChange?: { expectedVersion: number; milestones?: Milestone[]; cancellation?: Cancellation };
  audit?: AuditEntry;
}

export interface EditRequest {
  /** The project as read, which must still be what is stored (version, spending and timeline count). */
  before: StoredProject;
  /** The project as it should be now, its version raised. */
  after: StoredProject;
  /** Its child projects (their department entries sort by their parent's order). */
  children: StoredProject[];
  /** 计划调整 on the timeline, when the target or budget changed. */
  update: StoredUpdate | null;
  audit: AuditEntry;
}

export interface ProjectStore {
  /** Creates the project (and, for a child, adds it to its parent); the same project again is left as it is. */
  create(project: StoredProject, audit?: AuditEntry): Promise<{ project: StoredProject; created: boolean }>;
  get(id: string): Promise<StoredProject | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredProject>>;
  /**
   * A page of projects in list order (newest year first, then list and order); `show` turns each read's
   * projects into what is listed, null for those left out (set `sparse` when it leaves out many).
   */
  list<V>(query: ProjectListQuery, page: PageRequest, show: (projects: StoredProject[]) => Promise<Array<V | null>>): Promise<Page<V>>;
  /** Adds a timeline entry with its effects (spending, a milestone or cancellation change), all or nothing; a repeated entry returns the first. */
  record(request: RecordRequest): Promise<{ update: StoredUpdate; created: boolean }>;
  /**
   * Replaces a project's details, with its department entries (added, moved, removed) and its timeline
   * entry, all or nothing; false when the project changed since `before` was read.
   */
  edit(request: EditRequest): Promise<boolean>;
  /** The timeline, newest first. */
  updates(projectId: string, page: PageRequest): Promise<Page<StoredUpdate>>;
  /** One timeline entry of the project by its id, null when there is none. */
  update(projectId: string, id: string): Promise<StoredUpdate | null>;
  /** Corrected entry id → the ids of the entries correcting it. */
  corrections(projectId: string): Promise<Map<string, string[]>>;
  /** Followers and evaluations per project; `consistent`: read one project's counters as just written. */
  counts(ids: readonly string[], consistent?: boolean): Promise<Map<string, ProjectCounts>>;
  follow(projectId: string, residentId: string, at: string): Promise<void>;
  unfollow(projectId: string, residentId: string): Promise<void>;
  /** Which of the projects the resident follows. */
  followedAmong(residentId: string, projectIds: readonly string[]): Promise<Set<string>>;
  followers(projectId: string): Promise<string[]>;
  /** The projects a resident follows, latest followed first. */
  followedBy(residentId: string): Promise<string[]>;
  /** Stores the resident's evaluation unless there is one; returns the one stored. */
  evaluate(evaluation: StoredEvaluation): Promise<{ evaluation: StoredEvaluation; created: boolean }>;
  evaluationsOf(residentId: string, projectIds: readonly string[]): Promise<Map<string, StoredEvaluation>>;
  /** The latest evaluations of a project, newest first. */
  latestEvaluations(projectId: string, limit: number): Promise<StoredEvaluation[]>;
  hasAnyProject(): Promise<boolean>;
}

/** Two staff writing to one project at once meet a conflict; it is tried again this often. */
export const PROJECT_WRITES: Readonly<ConflictRetry> = Object.freeze({ attempts: 8, baseMs: 40, maxMs: 2560, busyMessage: '现在操作的人很多，请稍等几秒再试一次。' });

const pad = (order: number) => String(order).padStart(3, '0');
const byProject = <T extends { projectId: string }>(items: T[]) => new Map(items.map((item) => [item.projectId, item]));

export function createProjectStore(dynamo: Dynamo, audit: AuditLog): ProjectStore {
  const { projects, departments, counters, updates, updatesById, corrections, followers, evaluations } = itemsOf(dynamo, {
    projects: projectItem,
    departments: projectDepartmentItem,
    counters: projectCountsItem,
    updates: updateItem,
    updatesById: updateByIdItem,
    corrections: correctionItem,
    followers: followerItem,
    evaluations: evaluationItem,
  });

  const get = (id: string) => projects.get({ id }, true);
  const getMany = async (ids: readonly string[]) => new Map((await projects.getMany(ids.map((id) => ({ id })))).map((project) => [project.id, project]));
  const auditWrites = (entry?: AuditEntry): Write[] => (entry ? [audit.write(entry)] : []);
  const counterAdd = (projectId: string, attribute: string, by: number) =>
    counters.update({ projectId }, `SET projectId = :projectId ADD #${attribute} :by`, { values: { ':projectId': projectId, ':by': by } });

  const departmentsOf = (project: StoredProject) => [...new Set([project.leadDepartment, ...project.cooperatingDepartments])];
  const departmentEntries = (project: StoredProject, position: string) =>
    departmentsOf(project).map((department) => departments.put({ projectId: project.id, department, year: project.year, list: project.list, position }));

  async function create(project: StoredProject, entry?: AuditEntry) {
    const parent = project.parentId ? await get(project.parentId) : null;
    if (project.parentId && !parent) throw notFound('找不到上级项目。');
    const position = parent ? `${pad(parent.order)}.${pad(project.order)}` : pad(project.order);
    const created = projects.put(project, { if: 'attribute_not_exists(pk)' });
    const result = await transact(
      dynamo,
      [
        created,
        ...departmentEntries(project, position),
        ...(parent
          ? [
              // One level of children only, and a parent's progress comes from them, so it has no milestones.
              projects.update({ id: parent.id }, 'SET childIds = list_append(childIds, :child), #version = #version + :one', {
                if: '#version = :version AND attribute_not_exists(parentId) AND size(milestones) = :none AND attribute_not_exists(cancellation)',
                values: { ':child': [project.id], ':one': 1, ':version': parent.version, ':none': 0 },
              }),
            ]
          : []),
        ...auditWrites(entry),
      ],
      PROJECT_WRITES,
    );
    if (result.ok) return { project, created: true };
    if (result.refused(created)) {
      const existing = await get(project.id);
      const same = (p: StoredProject) =>
        JSON.stringify([p.title, p.summary, p.leadDepartment, p.target.quantity, p.target.unit, p.target.text, p.budgetPlanned, p.parentId, p.milestones.map((m) => [m.title, m.plannedDate, m.weight])]);
      if (existing && same(existing) === same(project)) return { project: existing, created: false };
      throw conflict('这个项目已经建立过了（同一年度、同一清单、同一名称）。');
    }
    throw conflict('上级项目刚被修改过、已取消，或者不能再添加子项目，请刷新后再试。');
  }

  function list<V>(query: ProjectListQuery, page: PageRequest, show: (projects: StoredProject[]) => Promise<Array<V | null>>): Promise<Page<V>> {
    // The list name is a key prefix when the year is known, else a filter.
    const byList = query.list !== undefined && query.year === undefined ? { filter: { if: '#list = :list', values: { ':list': query.list } } } : {};
    if (query.department !== undefined) {
      return departments.page({ index: 'gsi1', where: { department: query.department, year: query.year, list: query.list }, ...byList }, page, async (entries) => {
        const found = await getMany(entries.map((entry) => entry.projectId));
        return show(entries.flatMap((entry) => found.get(entry.projectId) ?? []));
      });
    }
    if (query.year !== undefined) return projects.page({ index: 'gsi1', where: { year: query.year, list: query.list } }, page, show);
    return projects.page({ index: 'gsi2', where: {}, ...byList }, page, show);
  }

  async function record({ update, projectChange, audit: entry }: RecordRequest) {
    const spending = update.spending ?? 0;
    const sets: string[] = [];
    // A new plan (a corrected milestone) is not work done: it leaves the project as started as it was.
    const values: Record<string, unknown> = { ':spending': spending, ':work': update.kind === 'PLAN_CHANGED' ? 0 : 1 };
    const conditions = ['attribute_exists(pk)'];
    if (projectChange) {
      sets.push('#version = #version + :one');
      values[':one'] = 1;
      conditions.push('#version = :version');
      values[':version'] = projectChange.expectedVersion;
      if (projectChange.milestones) {
        sets.push('milestones = :milestones');
        values[':milestones'] = projectChange.milestones;
      }
      if (projectChange.cancellation) {
        sets.push('cancellation = :cancellation');
        conditions.push('attribute_not_exists(cancellation)');
        values[':cancellation'] = projectChange.cancellation;
      }
    }
    if (spending < 0) {
      // A correction may take spending back, never below nothing.
      conditions.push('spent >= :refund');
      values[':refund'] = -spending;
    }
    const { projectId } = update;
    const pointer = updatesById.put({ projectId, id: update.id, postedAt: update.postedAt }, { if: 'attribute_not_exists(pk)' });
    const changed = projects.update({ id: projectId }, `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}ADD spent :spending, updateCount :work`, { if: conditions.join(' AND '), values });
    const correctedCheck = update.corrects ? updatesById.check({ projectId, id: update.corrects }, { if: 'attribute_exists(pk)' }) : undefined;
    const result = await transact(
      dynamo,
      [
        pointer,
        updates.put(update, { if: 'attribute_not_exists(pk)' }),
        changed,
        ...(update.corrects && correctedCheck ? [correctedCheck, corrections.put({ projectId, corrected: update.corrects, correction: update.id })] : []),
        ...auditWrites(entry),
      ],
      PROJECT_WRITES,
    );
    if (result.ok) return { update, created: true };
    if (result.refused(pointer)) {
      const stored = await updatesById.get({ projectId, id: update.id }, true);
      const first = stored ? await updates.get(stored, true) : null;
      if (first) return { update: first, created: false };
    }
    if (correctedCheck && result.refused(correctedCheck)) throw notFound('要更正的那条进展不存在。');
    if (result.refused(changed)) {
      const project = await get(projectId);
      if (!project) throw notFound('找不到这个项目。');
      if (spending < 0 && project.spent < -spending) throw badInput('更正后已使用的资金不能少于 0 元。', { field: 'spending' });
    }
    throw conflict('这个项目刚被别人修改过，请刷新后再试。');
  }

  async function edit({ before, after, children, update, audit: entry }: EditRequest) {
    const parent = after.parentId ? await get(after.parentId) : null;
    const position = parent ? `${pad(parent.order)}.${pad(after.order)}` : pad(after.order);
    const left = departmentsOf(before).filter((department) => !departmentsOf(after).includes(department));
    const moved = after.order !== before.order && !after.parentId;
    const result = await transact(
      dynamo,
      [
        // Progress posted meanwhile moves spent and updateCount without raising the version: checked too.
        projects.put(after, { if: '#version = :version AND spent = :spent AND updateCount = :count', values: { ':version': before.version, ':spent': before.spent, ':count': before.updateCount } }),
        ...departmentEntries(after, position),
        ...left.map((department) => departments.remove({ projectId: after.id, department })),
        ...(moved ? children.flatMap((child) => departmentEntries(child, `${position}.${pad(child.order)}`)) : []),
        ...(update ? [updatesById.put({ projectId: after.id, id: update.id, postedAt: update.postedAt }, { if: 'attribute_not_exists(pk)' }), updates.put(update)] : []),
        audit.write(entry),
      ],
      PROJECT_WRITES,
    );
    return result.ok;
  }

  async function follow(projectId: string, residentId: string, at: string) {
    const projectExists = projects.check({ id: projectId }, { if: 'attribute_exists(pk)' });
    const result = await transact(
      dynamo,
      [
        projectExists,
        followers.put({ projectId, residentId, followedAt: at }, { if: 'attribute_not_exists(pk)' }),
        counterAdd(projectId, 'followers', 1),
      ],
      PROJECT_WRITES,
    );
    if (!result.ok && result.refused(projectExists)) throw notFound('找不到这个项目。');
    // Already following: nothing to do.
  }

  async function evaluate(evaluation: StoredEvaluation) {
    const result = await transact(
      dynamo,
      [evaluations.put(evaluation, { if: 'attribute_not_exists(pk)' }), counterAdd(evaluation.projectId, `evaluations_${evaluation.level}`, 1)],
      PROJECT_WRITES,
    );
    if (result.ok) return { evaluation, created: true };
    const stored = await evaluations.get(evaluation, true);
    if (!stored) throw conflict('刚才有别的操作，请再试一次。');
    return { evaluation: stored, created: false };
  }

  return {
    create,
    get,
    getMany,
    list,
    record,
    edit,
    follow,
    evaluate,
    updates: (projectId, page) => updates.page({ where: { projectId }, descending: true }, page),
    async update(projectId, id) {
      const pointer = await updatesById.get({ projectId, id });
      return pointer ? updates.get(pointer) : null;
    },
    async corrections(projectId) {
      const byCorrected = new Map<string, string[]>();
      for (const { corrected, correction } of await corrections.query({ where: { projectId } })) byCorrected.set(corrected, [...(byCorrected.get(corrected) ?? []), correction]);
      return byCorrected;
    },
    async counts(ids, consistent = false) {
      const read = consistent
        ? (await Promise.all(ids.map((projectId) => counters.get({ projectId }, true)))).filter((item) => item !== null)
        : await counters.getMany(ids.map((projectId) => ({ projectId })));
      const found = byProject(read);
      return new Map(
        ids.map((id) => {
          const item = found.get(id);
          const levels = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, item?.[`evaluations_${level}`] ?? 0]));
          return [id, { followers: item?.followers ?? 0, evaluations: levels as ProjectCounts['evaluations'] }];
        }),
      );
    },
    async unfollow(projectId, residentId) {
      // Not following: nothing to do (the condition fails and nothing is written).
      await transact(dynamo, [followers.remove({ projectId, residentId }, { if: 'attribute_exists(pk)' }), counterAdd(projectId, 'followers', -1)], PROJECT_WRITES);
    },
    async followedAmong(residentId, projectIds) {
      return new Set((await followers.getMany(projectIds.map((projectId) => ({ projectId, residentId })))).map((follower) => follower.projectId));
    },
    followers: async (projectId) => (await followers.query({ where: { projectId } })).map((follower) => follower.residentId),
    followedBy: async (residentId) => (await followers.query({ index: 'gsi2', where: { residentId }, descending: true })).map((follower) => follower.projectId),
    async evaluationsOf(residentId, projectIds) {
      return byProject(await evaluations.getMany(projectIds.map((projectId) => ({ projectId, residentId }))));
    },
    latestEvaluations: (projectId, limit) => evaluations.query({ index: 'gsi1', where: { projectId }, descending: true, limit }),
    async hasAnyProject() {
      return (await projects.query({ index: 'gsi2', where: {}, limit: 1 })).length > 0;
    },
  };
}
