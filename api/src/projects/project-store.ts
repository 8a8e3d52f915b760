import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import { type StoreKey } from '../core/cursor';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import { badInput, conflict, notFound } from '../core/errors';
import { transactWrite, type ConflictRetry } from '../core/transactions';
import { SATISFACTION_LEVELS, type Satisfaction } from '../core/satisfaction';
import {
  type Cancellation,
  type Milestone,
  type ProjectCounts,
  type StoredEvaluation,
  type StoredProject,
  type StoredUpdate,
} from './project-model';

// Livelihood projects' data access: the only code that knows how projects sit in the table.
//
//   pk PROJECT#<id>  sk PROJECT                       the project: definition, milestones, spent, updateCount, version
//        a top-level project is also listed:  gsi1pk PROJECTS#<year>  gsi1sk <list>#<order>#<id>
//                                             gsi2pk PROJECTS         gsi2sk <9999-year>#<list>#<order>#<id>
//   pk PROJECT#<id>  sk DEPT#<department>             one per lead and co-operating department (child projects too)
//        gsi1pk PROJECTS_OF#<department>  gsi1sk <9999-year>#<list>#<position>#<id>
//   pk PROJECT#<id>  sk COUNTS                        followers, and evaluations per level (ADD counters)
//   pk PROJECT#<id>  sk UPDATE#<postedAt>#<updateId>  a timeline entry: put once, never updated or deleted
//   pk PROJECT#<id>  sk UPDATE_ID#<updateId>          finds an entry by id; a repeated post finds it there
//   pk PROJECT#<id>  sk CORRECTED#<correctedId>#<correctionId>   which entries correct which (put once)
//   pk PROJECT#<id>  sk FOLLOWER#<residentId>         gsi2pk FOLLOWING#<residentId>  gsi2sk <followedAt>#<projectId>
//   pk PROJECT#<id>  sk EVALUATION#<residentId>       gsi1pk EVALUATIONS#<projectId>  gsi1sk <createdAt>#<residentId>
//
// <order> is 3 digits; <position> is the parent's order then the child's (003.001), so children sort
// right after their parent. Child projects are not in the year lists: their parent lists them (childIds).

export interface ProjectListQuery {
  year?: number;
  list?: string;
  department?: string;
}

export interface ProjectListPage {
  projects: Array<{ project: StoredProject; key: StoreKey }>;
  /** Where the next read continues; absent once the list is exhausted. */
  lastKey?: StoreKey;
}

export interface RecordRequest {
  update: StoredUpdate;
  /** A change to the project's milestones or cancellation, made only if the project is still at `expectedVersion`. */
  projectChange?: { expectedVersion: number; milestones?: Milestone[]; cancellation?: Cancellation };
  audit?: AuditEntry;
}

export interface UpdatePage {
  items: Array<{ cursor: StoreKey; update: StoredUpdate }>;
  hasNextPage: boolean;
}

export interface ProjectStore {
  /** Creates the project (and, for a child, adds it to its parent); the same project again is left as it is. */
  create(project: StoredProject, audit?: AuditEntry): Promise<{ project: StoredProject; created: boolean }>;
  get(id: string): Promise<StoredProject | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredProject>>;
  /** Reads on from `startKey` in list order (newest year first, then list and order). */
  listPage(query: ProjectListQuery, startKey: StoreKey | undefined, limit: number): Promise<ProjectListPage>;
  /** Adds a timeline entry with its effects (spending, a milestone or cancellation change), all or nothing; a repeated entry returns the first. */
  record(request: RecordRequest): Promise<{ update: StoredUpdate; created: boolean }>;
  /** The timeline, newest first. */
  updates(projectId: string, first: number, after?: StoreKey): Promise<UpdatePage>;
  /** Corrected entry id → the ids of the entries correcting it. */
  corrections(projectId: string): Promise<Map<string, string[]>>;
  counts(ids: readonly string[]): Promise<Map<string, ProjectCounts>>;
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

const projectPk = (id: string) => `PROJECT#${id}`;
const projectKey = (id: string) => ({ pk: projectPk(id), sk: 'PROJECT' });
const countsKey = (id: string) => ({ pk: projectPk(id), sk: 'COUNTS' });
const updateIdKey = (projectId: string, updateId: string) => ({ pk: projectPk(projectId), sk: `UPDATE_ID#${updateId}` });
const followerKey = (projectId: string, residentId: string) => ({ pk: projectPk(projectId), sk: `FOLLOWER#${residentId}` });
const evaluationKey = (projectId: string, residentId: string) => ({ pk: projectPk(projectId), sk: `EVALUATION#${residentId}` });

const pad = (order: number) => String(order).padStart(3, '0');
const yearDescending = (year: number) => String(9999 - year).padStart(4, '0');

/** Where a project stands in its department's list. */
function departmentSortKey(project: StoredProject, parent: StoredProject | null): string {
  const position = parent ? `${pad(parent.order)}.${pad(project.order)}` : pad(project.order);
  return `${yearDescending(project.year)}#${project.list}#${position}#${project.id}`;
}

/** The keys a cursor of this index must carry, and the partition it must be in. */
const INDEX_KEYS = { gsi1: ['pk', 'sk', 'gsi1pk', 'gsi1sk'], gsi2: ['pk', 'sk', 'gsi2pk', 'gsi2sk'] } as const;

function checkedStartKey(startKey: StoreKey | undefined, index: keyof typeof INDEX_KEYS, partition: string): StoreKey | undefined {
  if (!startKey) return undefined;
  const names = Object.keys(startKey).sort();
  const expected = [...INDEX_KEYS[index]].sort();
  const shapeOk = names.length === expected.length && names.every((name, i) => name === expected[i] && typeof startKey[name] === 'string' && startKey[name] !== '');
  if (!shapeOk || startKey[`${index}pk`] !== partition) throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
  return startKey;
}

function strip(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return rest;
}

const projectFrom = (item: Record<string, unknown>) => {
  const project = strip(item) as unknown as StoredProject;
  return { ...project, parentId: project.parentId ?? null, cancellation: project.cancellation ?? null };
};
const updateFrom = (item: Record<string, unknown>) => strip(item) as unknown as StoredUpdate;
const evaluationFrom = (item: Record<string, unknown>) => strip(item) as unknown as StoredEvaluation;

export function createProjectStore(dynamo: Dynamo, audit: AuditLog): ProjectStore {
  const { doc, tableName: TableName } = dynamo;

  async function get(id: string): Promise<StoredProject | null> {
    const result = await doc.send(new GetCommand({ TableName, Key: projectKey(id), ConsistentRead: true }));
    return result.Item ? projectFrom(result.Item) : null;
  }

  async function getMany(ids: readonly string[]): Promise<Map<string, StoredProject>> {
    const items = await batchGetItems(dynamo, [...new Set(ids)].map(projectKey));
    return new Map(items.map((item) => [String(item.id), projectFrom(item)]));
  }

  async function create(project: StoredProject, entry?: AuditEntry) {
    const parent = project.parentId ? await get(project.parentId) : null;
    if (project.parentId && !parent) throw notFound('找不到上级项目。');
    const listing = parent
      ? {}
      : {
          gsi1pk: `PROJECTS#${project.year}`,
          gsi1sk: `${project.list}#${pad(project.order)}#${project.id}`,
          gsi2pk: 'PROJECTS',
          gsi2sk: `${yearDescending(project.year)}#${project.list}#${pad(project.order)}#${project.id}`,
        };
    const departments = [...new Set([project.leadDepartment, ...project.cooperatingDepartments])];
    const result = await transactWrite(doc, {
      TransactItems: [
        {
          Put: {
            TableName,
            // No parentId or cancellation attribute at all rather than a null one: conditions test their absence.
            Item: { ...projectKey(project.id), ...listing, ...project, parentId: project.parentId ?? undefined, cancellation: project.cancellation ?? undefined },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...departments.map((department) => ({
          Put: {
            TableName,
            Item: {
              pk: projectPk(project.id),
              sk: `DEPT#${department}`,
              gsi1pk: `PROJECTS_OF#${department}`,
              gsi1sk: departmentSortKey(project, parent),
              projectId: project.id,
              list: project.list,
            },
          },
        })),
        ...(parent
          ? [
              {
                Update: {
                  TableName,
                  Key: projectKey(parent.id),
                  // One level of children only, and a parent's progress comes from them, so it has no milestones.
                  UpdateExpression: 'SET childIds = list_append(childIds, :child), version = version + :one',
                  ConditionExpression: 'version = :version AND attribute_not_exists(parentId) AND size(milestones) = :none AND attribute_not_exists(cancellation)',
                  ExpressionAttributeValues: { ':child': [project.id], ':one': 1, ':version': parent.version, ':none': 0 },
                },
              },
            ]
          : []),
        ...(entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []),
      ],
    }, PROJECT_WRITES);
    if (result.ok) return { project, created: true };
    if (result.failed[0]) {
      const existing = await get(project.id);
      const same = (p: StoredProject) =>
        JSON.stringify([p.title, p.summary, p.leadDepartment, p.target.quantity, p.target.unit, p.target.text, p.budgetPlanned, p.parentId, p.milestones.map((m) => [m.title, m.plannedDate, m.weight])]);
      if (existing && same(existing) === same(project)) return { project: existing, created: false };
      throw conflict('这个项目已经建立过了（同一年度、同一清单、同一名称）。');
    }
    throw conflict('上级项目刚被修改过、已取消，或者不能再添加子项目，请刷新后再试。');
  }

  async function listPage(query: ProjectListQuery, startKey: StoreKey | undefined, limit: number): Promise<ProjectListPage> {
    // The list name is a key prefix when the year is known, else a filter.
    const byList = (inKey: boolean) =>
      query.list !== undefined && !inKey ? { FilterExpression: '#list = :list', ExpressionAttributeNames: { '#list': 'list' } } : {};
    const listValue = query.list !== undefined ? { ':list': query.list } : {};
    let input: QueryCommandInput;
    if (query.department !== undefined || query.year !== undefined) {
      const partition = query.department !== undefined ? `PROJECTS_OF#${query.department}` : `PROJECTS#${query.year}`;
      const listPart = query.list !== undefined ? `${query.list}#` : '';
      const prefix = query.department === undefined ? listPart : query.year !== undefined ? `${yearDescending(query.year)}#${listPart}` : '';
      const inKey = query.year !== undefined;
      input = {
        TableName,
        IndexName: 'gsi1',
        KeyConditionExpression: prefix ? 'gsi1pk = :partition AND begins_with(gsi1sk, :prefix)' : 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition, ...(prefix ? { ':prefix': prefix } : {}), ...(inKey ? {} : listValue) },
        ...byList(inKey),
        ExclusiveStartKey: checkedStartKey(startKey, 'gsi1', partition),
      };
    } else {
      input = {
        TableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :partition',
        ExpressionAttributeValues: { ':partition': 'PROJECTS', ...listValue },
        ...byList(false),
        ExclusiveStartKey: checkedStartKey(startKey, 'gsi2', 'PROJECTS'),
      };
    }
    const page = await doc.send(new QueryCommand({ ...input, Limit: limit }));
    const items = page.Items ?? [];
    const index = input.IndexName as keyof typeof INDEX_KEYS;
    const keyOf = (item: Record<string, unknown>) => Object.fromEntries(INDEX_KEYS[index].map((name) => [name, String(item[name])]));
    let projects: ProjectListPage['projects'];
    if (query.department !== undefined) {
      const found = await getMany(items.map((item) => String(item.projectId)));
      projects = items.flatMap((item) => {
        const project = found.get(String(item.projectId));
        return project ? [{ project, key: keyOf(item) }] : [];
      });
    } else {
      projects = items.map((item) => ({ project: projectFrom(item), key: keyOf(item) }));
    }
    return { projects, lastKey: page.LastEvaluatedKey as StoreKey | undefined };
  }

  async function existingUpdate(projectId: string, updateId: string): Promise<StoredUpdate | null> {
    const pointer = await doc.send(new GetCommand({ TableName, Key: updateIdKey(projectId, updateId), ConsistentRead: true }));
    if (!pointer.Item) return null;
    const found = await doc.send(new GetCommand({ TableName, Key: { pk: projectPk(projectId), sk: String(pointer.Item.updateSk) }, ConsistentRead: true }));
    return found.Item ? updateFrom(found.Item) : null;
  }

  async function record({ update, projectChange, audit: entry }: RecordRequest) {
    const updateSk = `UPDATE#${update.postedAt}#${update.id}`;
    const spending = update.spending ?? 0;
    const sets: string[] = [];
    const values: Record<string, unknown> = { ':spending': spending, ':one': 1 };
    const conditions = ['attribute_exists(pk)'];
    if (projectChange) {
      sets.push('version = version + :one');
      conditions.push('version = :version');
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
    const result = await transactWrite(doc, {
      TransactItems: [
        { Put: { TableName, Item: { ...updateIdKey(update.projectId, update.id), updateSk }, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName, Item: { pk: projectPk(update.projectId), sk: updateSk, ...update }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName,
            Key: projectKey(update.projectId),
            UpdateExpression: `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}ADD spent :spending, updateCount :one`,
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeValues: values,
          },
        },
        ...(update.corrects
          ? [
              { ConditionCheck: { TableName, Key: updateIdKey(update.projectId, update.corrects), ConditionExpression: 'attribute_exists(pk)' } },
              { Put: { TableName, Item: { pk: projectPk(update.projectId), sk: `CORRECTED#${update.corrects}#${update.id}`, corrected: update.corrects, correction: update.id } } },
            ]
          : []),
        ...(entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []),
      ],
    }, PROJECT_WRITES);
    if (result.ok) return { update, created: true };
    const [repeated, , projectRefused, correctedMissing] = result.failed;
    if (repeated) {
      const first = await existingUpdate(update.projectId, update.id);
      if (first) return { update: first, created: false };
    }
    if (correctedMissing) throw notFound('要更正的那条进展不存在。');
    if (projectRefused) {
      const project = await get(update.projectId);
      if (!project) throw notFound('找不到这个项目。');
      if (spending < 0 && project.spent < -spending) throw badInput('更正后已使用的资金不能少于 0 元。', { field: 'spending' });
    }
    throw conflict('这个项目刚被别人修改过，请刷新后再试。');
  }

  async function updates(projectId: string, first: number, after?: StoreKey): Promise<UpdatePage> {
    const pk = projectPk(projectId);
    if (after && (Object.keys(after).length !== 2 || after.pk !== pk || typeof after.sk !== 'string' || !after.sk.startsWith('UPDATE#'))) {
      throw badInput('翻页参数不正确，请从第一页重新查看。', { field: 'after' });
    }
    const page = await doc.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': 'UPDATE#' },
        ScanIndexForward: false,
        Limit: first + 1,
        ExclusiveStartKey: after,
      }),
    );
    const items = (page.Items ?? []).slice(0, first).map((item) => ({ cursor: { pk, sk: String(item.sk) }, update: updateFrom(item) }));
    return { items, hasNextPage: (page.Items ?? []).length > first };
  }

  async function corrections(projectId: string) {
    const items = await queryAll(dynamo, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': projectPk(projectId), ':prefix': 'CORRECTED#' },
    });
    const byCorrected = new Map<string, string[]>();
    for (const item of items) byCorrected.set(String(item.corrected), [...(byCorrected.get(String(item.corrected)) ?? []), String(item.correction)]);
    return byCorrected;
  }

  async function counts(ids: readonly string[]) {
    const items = await batchGetItems(dynamo, [...new Set(ids)].map(countsKey));
    const byProject = new Map<string, ProjectCounts>();
    for (const id of ids) {
      const item = items.find((candidate) => candidate.pk === projectPk(id));
      const evaluations = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, Number(item?.[`evaluations_${level}`] ?? 0)])) as Record<Satisfaction, number>;
      byProject.set(id, { followers: Number(item?.followers ?? 0), evaluations });
    }
    return byProject;
  }

  async function follow(projectId: string, residentId: string, at: string) {
    const result = await transactWrite(doc, {
      TransactItems: [
        { ConditionCheck: { TableName, Key: projectKey(projectId), ConditionExpression: 'attribute_exists(pk)' } },
        {
          Put: {
            TableName,
            Item: { ...followerKey(projectId, residentId), gsi2pk: `FOLLOWING#${residentId}`, gsi2sk: `${at}#${projectId}`, projectId, residentId, followedAt: at },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Update: { TableName, Key: countsKey(projectId), UpdateExpression: 'ADD followers :one', ExpressionAttributeValues: { ':one': 1 } } },
      ],
    }, PROJECT_WRITES);
    if (!result.ok && result.failed[0]) throw notFound('找不到这个项目。');
    // Already following: nothing to do.
  }

  async function unfollow(projectId: string, residentId: string) {
    await transactWrite(doc, {
      TransactItems: [
        { Delete: { TableName, Key: followerKey(projectId, residentId), ConditionExpression: 'attribute_exists(pk)' } },
        { Update: { TableName, Key: countsKey(projectId), UpdateExpression: 'ADD followers :minus', ExpressionAttributeValues: { ':minus': -1 } } },
      ],
    }, PROJECT_WRITES);
    // Not following: nothing to do.
  }

  async function followedAmong(residentId: string, projectIds: readonly string[]) {
    const items = await batchGetItems(dynamo, [...new Set(projectIds)].map((id) => followerKey(id, residentId)));
    return new Set(items.map((item) => String(item.projectId)));
  }

  async function followers(projectId: string) {
    const items = await queryAll(dynamo, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': projectPk(projectId), ':prefix': 'FOLLOWER#' },
      ProjectionExpression: 'residentId',
    });
    return items.map((item) => String(item.residentId));
  }

  async function followedBy(residentId: string) {
    const items = await queryAll(dynamo, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': `FOLLOWING#${residentId}` },
      ScanIndexForward: false,
    });
    return items.map((item) => String(item.projectId));
  }

  async function evaluate(evaluation: StoredEvaluation) {
    const key = evaluationKey(evaluation.projectId, evaluation.residentId);
    const result = await transactWrite(doc, {
      TransactItems: [
        {
          Put: {
            TableName,
            Item: { ...key, gsi1pk: `EVALUATIONS#${evaluation.projectId}`, gsi1sk: `${evaluation.createdAt}#${evaluation.residentId}`, ...evaluation },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName,
            Key: countsKey(evaluation.projectId),
            UpdateExpression: 'ADD #level :one',
            ExpressionAttributeNames: { '#level': `evaluations_${evaluation.level}` },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ],
    }, PROJECT_WRITES);
    if (result.ok) return { evaluation, created: true };
    const stored = await doc.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }));
    if (!stored.Item) throw conflict('刚才有别的操作，请再试一次。');
    return { evaluation: evaluationFrom(stored.Item), created: false };
  }

  async function evaluationsOf(residentId: string, projectIds: readonly string[]) {
    const items = await batchGetItems(dynamo, [...new Set(projectIds)].map((id) => evaluationKey(id, residentId)));
    return new Map(items.map((item) => [String(item.projectId), evaluationFrom(item)]));
  }

  async function latestEvaluations(projectId: string, limit: number) {
    const page = await doc.send(
      new QueryCommand({
        TableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `EVALUATIONS#${projectId}` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (page.Items ?? []).map(evaluationFrom);
  }

  async function hasAnyProject() {
    const page = await doc.send(
      new QueryCommand({ TableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': 'PROJECTS' }, Limit: 1 }),
    );
    return (page.Items ?? []).length > 0;
  }

  return {
    create,
    get,
    getMany,
    listPage,
    record,
    updates,
    corrections,
    counts,
    follow,
    unfollow,
    followedAmong,
    followers,
    followedBy,
    evaluate,
    evaluationsOf,
    latestEvaluations,
    hasAnyProject,
  };
}
