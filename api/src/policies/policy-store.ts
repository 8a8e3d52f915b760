import { GetCommand, QueryCommand, TransactWriteCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { VALIDITIES, type PolicyDraft, type Validity } from '@govopen/shared';
import { decodeCursor, encodeCursor, type StoreKey } from '../core/cursor';
import type { AuditEntry, AuditLog } from '../core/audit';
import { badInput, conflict, notFound } from '../core/errors';
import { contentHashOf } from './policy-id';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import type { PolicySummary, StoredPolicy, StoredInterpretation } from './policy-model';
import { policyListing, type ListingEntry, type ListingBucket } from './policy-listing';

// The policies' data access: the only code that knows how policies sit in the table.
//
//   pk POLICY#<id>            sk POLICY                                the whole policy
//   pk POLICY#<id>            sk INTERPRETATION#<date>#<iid>           its interpretations
//   pk POLICY#<id>            sk VIEW#<bucket>#<facet>                 list entries, one per browse facet,
//        gsi1pk POLICIES#<bucket>#<facet>  gsi1sk <publishedDate>#<id>   queried newest first
//   pk POLICY_FACETS          sk <bucket>#<facet>                      how many policies carry each facet value
//
// bucket: CURRENT (in force), REPEALED, ANY. facet: ALL, ISSUER#x, YEAR#y, TOPIC#t, GROUP#g.

export interface PolicyListQuery {
  issuer?: string;
  year?: number;
  topic?: string;
  targetGroup?: string;
  validity: Validity[];
  /** Terms already in search form (see `searchForm`); every term must occur. */
  terms: string[];
  first: number;
  after?: string;
}

export interface PolicyPage {
  items: Array<{ cursor: string; policy: PolicySummary }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface FacetCounts {
  issuers: Array<{ value: string; count: number }>;
  years: Array<{ value: string; count: number }>;
  topics: Array<{ value: string; count: number }>;
  targetGroups: Array<{ value: string; count: number }>;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface SaveRequest {
  id: string;
  draft: PolicyDraft;
  /** The department that owns a new policy; an existing one keeps its owner. */
  department?: string;
  /** create: a new policy (an identical one already there is fine); update: an existing one; upsert: either. */
  mode: 'create' | 'update' | 'upsert';
  audit?: AuditEntry;
}

export interface PolicyStore {
  list(query: PolicyListQuery): Promise<PolicyPage>;
  /** The policy and its interpretations in one read. */
  getWithInterpretations(id: string): Promise<{ policy: StoredPolicy; interpretations: StoredInterpretation[] } | null>;
  getMany(ids: readonly string[]): Promise<Map<string, StoredPolicy>>;
  facets(): Promise<FacetCounts>;
  /** Creates or replaces the policy, keeping list entries, facet counts and the audit trail in step, all or nothing. */
  save(request: SaveRequest): Promise<{ outcome: SaveOutcome; policy: StoredPolicy }>;
  /** Adds an interpretation; one with the same id already there is left as it is (a retried request). */
  addInterpretation(policyId: string, interpretation: StoredInterpretation, audit?: AuditEntry): Promise<StoredInterpretation>;
  hasAnyPolicy(): Promise<boolean>;
}

const policyKey = (id: string) => ({ pk: `POLICY#${id}`, sk: 'POLICY' });
const listingKey = (id: string, entry: ListingEntry) => ({ pk: `POLICY#${id}`, sk: `VIEW#${entry.bucket}#${entry.facet}` });
const FACETS_PK = 'POLICY_FACETS';
const LIST_INDEX = 'gsi1';
/** A filtered list reads at most this many pages of the index before returning what it found. */
const MAX_QUERIES_PER_PAGE = 5;

export function createPolicyStore(dynamo: Dynamo, audit: AuditLog): PolicyStore {
  const { doc, tableName: TableName } = dynamo;

  async function list(query: PolicyListQuery): Promise<PolicyPage> {
    const plan = planListQuery(query);
    let startKey: StoreKey | undefined = query.after ? decodeCursor(query.after) : undefined;
    if (startKey && startKey.gsi1pk !== plan.partition) throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
    const found: Array<Record<string, unknown>> = [];
    let exhausted = false;
    for (let queries = 0; queries < MAX_QUERIES_PER_PAGE && found.length <= query.first && !exhausted; queries += 1) {
      const input: QueryCommandInput = {
        TableName,
        IndexName: LIST_INDEX,
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': plan.partition, ...plan.values },
        ScanIndexForward: false,
        // Without a filter every item read is a hit, so one more than a page tells whether there is a next one.
        Limit: plan.filter ? Math.max(50, query.first + 1) : query.first + 1,
        ExclusiveStartKey: startKey,
        ...(plan.filter ? { FilterExpression: plan.filter, ExpressionAttributeNames: plan.names } : {}),
      };
      const page = await doc.send(new QueryCommand(input));
      found.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as StoreKey | undefined;
      exhausted = startKey === undefined;
    }
    const items = found.slice(0, query.first).map((item) => ({ cursor: encodeCursor(listingCursorKey(item)), policy: summaryFrom(item) }));
    const lastShown = items.at(-1)?.cursor ?? null;
    // A page cut short by the read limit continues after the last item read, not the last one shown.
    const endCursor = found.length <= query.first && startKey ? encodeCursor(startKey) : lastShown;
    return { items, hasNextPage: found.length > query.first || !exhausted, endCursor };
  }

  async function getWithInterpretations(id: string) {
    const items = await queryPartition(id);
    const policyItem = items.find((item) => item.sk === 'POLICY');
    if (!policyItem) return null;
    const interpretations = items
      .filter((item) => String(item.sk).startsWith('INTERPRETATION#'))
      .map((item) => interpretationFrom(item))
      .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate));
    return { policy: policyFrom(policyItem), interpretations };
  }

  function queryPartition(id: string): Promise<Array<Record<string, unknown>>> {
    // INTERPRETATION#… sorts just before POLICY and VIEW#… after it, so one key range holds both.
    return queryAll(dynamo, {
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': policyKey(id).pk, ':from': 'INTERPRETATION#', ':to': 'POLICY' },
    });
  }

  async function getMany(ids: readonly string[]) {
    const items = await batchGetItems(dynamo, [...new Set(ids)].map(policyKey));
    return new Map(items.map((item) => [String(item.id), policyFrom(item)]));
  }

  async function facets(): Promise<FacetCounts> {
    const counts: FacetCounts = { issuers: [], years: [], topics: [], targetGroups: [] };
    const lists: Record<string, Array<{ value: string; count: number }>> = {
      ISSUER: counts.issuers,
      YEAR: counts.years,
      TOPIC: counts.topics,
      GROUP: counts.targetGroups,
    };
    const items = await queryAll(dynamo, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :bucket)',
      FilterExpression: '#count > :zero',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':pk': FACETS_PK, ':bucket': 'CURRENT#', ':zero': 0 },
    });
    for (const item of items) {
      const [, kind = '', ...value] = String(item.sk).split('#');
      lists[kind]?.push({ value: value.join('#'), count: Number(item.count) });
    }
    counts.years.sort((a, b) => b.value.localeCompare(a.value));
    for (const list of [counts.issuers, counts.topics, counts.targetGroups]) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
    return counts;
  }

  async function save({ id, draft, department, mode, audit: entry }: SaveRequest) {
    const existing = await doc.send(new GetCommand({ TableName, Key: policyKey(id), ConsistentRead: true }));
    const old = existing.Item;
    const owner = old ? String(old.department) : department;
    if (!owner) throw new Error(`policy ${id} needs an owning department`);
    const contentHash = contentHashOf({ ...draft, department: owner });
    if (old && old.contentHash === contentHash) return { outcome: 'unchanged' as const, policy: policyFrom(old) };
    if (mode === 'create' && old) throw conflict('这份文件已经发布过了（文号或索引号相同）。');
    if (mode === 'update' && !old) throw notFound('找不到这份政策文件。');
    const now = new Date().toISOString();
    const policy: StoredPolicy = {
      ...draft,
      id,
      department: owner,
      year: policyYear(draft),
      summary: summarise(draft),
      version: old ? Number(old.version) + 1 : 1,
      createdAt: old ? String(old.createdAt) : now,
      updatedAt: now,
    };
    const before = old ? policyListing(policyFrom(old)) : [];
    const after = policyListing(policy);
    const afterKeys = new Set(after.map((entry) => listingKey(id, entry).sk));
    const facetDeltas = countDeltas(before, after);

    const transactItems = [
      {
        Put: {
          TableName,
          Item: { ...policyKey(id), ...policy, contentHash },
          ...(old
            ? { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': old.version } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      ...before
        .filter((entry) => !afterKeys.has(listingKey(id, entry).sk))
        .map((entry) => ({ Delete: { TableName, Key: listingKey(id, entry) } })),
      ...after.map((entry) => ({
        Put: {
          TableName,
          Item: {
            ...listingKey(id, entry),
            gsi1pk: `POLICIES#${entry.bucket}#${entry.facet}`,
            gsi1sk: `${sortDate(policy)}#${id}`,
            ...summaryOf(policy),
            ...(entry.facet === 'ALL' ? { searchText: entry.searchText } : {}),
          },
        },
      })),
      ...(entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []),
      ...[...facetDeltas].map(([sk, delta]) => ({
        Update: {
          TableName,
          Key: { pk: FACETS_PK, sk },
          UpdateExpression: 'ADD #count :delta',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':delta': delta },
        },
      })),
    ];
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: transactItems }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw conflict('这份文件刚被别人修改过，请刷新后再试。');
      throw error;
    }
    return { outcome: old ? ('updated' as const) : ('created' as const), policy };
  }

  async function addInterpretation(policyId: string, interpretation: StoredInterpretation, entry?: AuditEntry) {
    const key = { pk: policyKey(policyId).pk, sk: `INTERPRETATION#${interpretation.publishedDate}#${interpretation.id}` };
    try {
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName, Key: policyKey(policyId), ConditionExpression: 'attribute_exists(pk)' } },
            { Put: { TableName, Item: { ...key, ...interpretation }, ConditionExpression: 'attribute_not_exists(pk)' } },
            ...(entry ? [{ Put: { TableName, Item: audit.item(entry) } }] : []),
          ],
        }),
      );
      return interpretation;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [policyCheck, interpretationPut] = error.CancellationReasons ?? [];
      if (policyCheck?.Code === 'ConditionalCheckFailed') throw notFound('找不到这份政策文件。');
      if (interpretationPut?.Code !== 'ConditionalCheckFailed') throw conflict('刚才有别的修改，请再试一次。');
      const stored = await doc.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }));
      return interpretationFrom(stored.Item ?? {});
    }
  }

  async function hasAnyPolicy() {
    const result = await doc.send(new GetCommand({ TableName, Key: { pk: FACETS_PK, sk: 'ANY#ALL' } }));
    return Number(result.Item?.count ?? 0) > 0;
  }

  return { list, getWithInterpretations, getMany, facets, save, addInterpretation, hasAnyPolicy };
}

interface ListPlan {
  partition: string;
  filter?: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** Chooses the index partition that already narrows the list most, and filters the rest. */
function planListQuery(query: PolicyListQuery): ListPlan {
  const wanted = new Set(query.validity);
  const bucket: ListingBucket = [...wanted].every((v) => v !== 'REPEALED') ? 'CURRENT' : wanted.size === 1 ? 'REPEALED' : 'ANY';
  const candidates = [
    { value: query.targetGroup, facet: `GROUP#${query.targetGroup}`, attribute: 'targetGroups', condition: 'contains(#targetGroups, :targetGroups)' },
    { value: query.topic, facet: `TOPIC#${query.topic}`, attribute: 'topics', condition: 'contains(#topics, :topics)' },
    { value: query.issuer, facet: `ISSUER#${query.issuer}`, attribute: 'issuer', condition: '#issuer = :issuer' },
    { value: query.year, facet: `YEAR#${query.year}`, attribute: 'year', condition: '#year = :year' },
  ].filter((candidate) => candidate.value !== undefined);
  // Only the ALL entries carry the searchable text, so a text search reads that partition.
  const chosen = query.terms.length === 0 ? candidates[0] : undefined;

  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const candidate of candidates) {
    if (candidate === chosen) continue;
    conditions.push(candidate.condition);
    names[`#${candidate.attribute}`] = candidate.attribute;
    values[`:${candidate.attribute}`] = candidate.value;
  }
  const bucketHolds: Validity[] = bucket === 'CURRENT' ? ['VALID', 'AMENDED'] : bucket === 'REPEALED' ? ['REPEALED'] : [...VALIDITIES];
  if (bucketHolds.some((v) => !wanted.has(v))) {
    const placeholders = [...wanted].map((v, i) => {
      values[`:validity${i}`] = v;
      return `:validity${i}`;
    });
    conditions.push(`#validity IN (${placeholders.join(', ')})`);
    names['#validity'] = 'validity';
  }
  query.terms.forEach((term, i) => {
    conditions.push(`contains(#searchText, :term${i})`);
    names['#searchText'] = 'searchText';
    values[`:term${i}`] = term;
  });
  const filter = conditions.length > 0 ? conditions.join(' AND ') : undefined;
  return { partition: `POLICIES#${bucket}#${chosen?.facet ?? 'ALL'}`, filter, names, values };
}

function countDeltas(before: ListingEntry[], after: ListingEntry[]): Map<string, number> {
  const deltas = new Map<string, number>();
  const change = (entries: ListingEntry[], by: number) => {
    for (const entry of entries) {
      if (entry.bucket !== 'CURRENT' || entry.facet === 'ALL') continue;
      const sk = `${entry.bucket}#${entry.facet}`;
      deltas.set(sk, (deltas.get(sk) ?? 0) + by);
    }
  };
  change(before, -1);
  change(after, +1);
  // The facet counter for "any policy" lets an empty store be told apart from a filled one.
  const anyBefore = before.some((e) => e.facet === 'ALL') ? 1 : 0;
  const anyAfter = after.some((e) => e.facet === 'ALL') ? 1 : 0;
  if (anyAfter !== anyBefore) deltas.set('ANY#ALL', anyAfter - anyBefore);
  for (const [sk, delta] of deltas) if (delta === 0) deltas.delete(sk);
  return deltas;
}

function listingCursorKey(item: Record<string, unknown>): StoreKey {
  return { pk: String(item.pk), sk: String(item.sk), gsi1pk: String(item.gsi1pk), gsi1sk: String(item.gsi1sk) };
}

function sortDate(policy: StoredPolicy): string {
  return policy.publishedDate ?? policy.writtenDate ?? `${policy.year ?? '0000'}-00-00`;
}

export function policyYear(draft: PolicyDraft): number | null {
  const fromDate = (draft.publishedDate ?? draft.writtenDate)?.slice(0, 4);
  const fromTitle = /(20\d{2}|19\d{2})年/.exec(draft.title)?.[1];
  const year = fromDate ?? fromTitle;
  return year ? Number(year) : null;
}

const SUMMARY_LENGTH = 90;

function summarise(draft: PolicyDraft): string {
  const firstSection = draft.sections.find((s) => s.text.trim().length > 0);
  const text = (firstSection ? `${firstSection.heading}${firstSection.text}` : draft.body).replace(/\s+/g, '');
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

function summaryOf(policy: StoredPolicy): PolicySummary {
  return {
    id: policy.id,
    title: policy.title,
    documentNumber: policy.documentNumber,
    issuer: policy.issuer,
    publishedDate: policy.publishedDate,
    year: policy.year,
    validity: policy.validity,
    topics: policy.topics,
    targetGroups: policy.targetGroups,
    summary: policy.summary,
  };
}

function summaryFrom(item: Record<string, unknown>): PolicySummary {
  return {
    id: String(item.id),
    title: String(item.title),
    documentNumber: (item.documentNumber as string | null) ?? null,
    issuer: (item.issuer as string | null) ?? null,
    publishedDate: (item.publishedDate as string | null) ?? null,
    year: (item.year as number | null) ?? null,
    validity: item.validity as Validity,
    topics: (item.topics as string[]) ?? [],
    targetGroups: (item.targetGroups as string[]) ?? [],
    summary: String(item.summary ?? ''),
  };
}

function policyFrom(item: Record<string, unknown>): StoredPolicy {
  const { pk: _pk, sk: _sk, contentHash: _hash, ...rest } = item;
  return rest as unknown as StoredPolicy;
}

function interpretationFrom(item: Record<string, unknown>): StoredInterpretation {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return { questions: [], mediaUrl: null, consultationPhone: null, officeHours: null, ...rest } as unknown as StoredInterpretation;
}
