import { GetCommand, QueryCommand, ScanCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { batchGetItems, queryAll, type Dynamo } from './dynamo';
import { badInput } from './errors';
import { cursorKeyNames, type HolesOf, type IndexName, type ItemType, type KeyTemplates, type Parts, type Where } from './item-type';
import type { Write } from './transactions';

// Reading and writing the items of one declared type (see item-type.ts): what every store uses
// instead of building keys, expressions and decoding by hand. Writes are returned, not sent: a store
// passes them to `transact` or `writeOne` (transactions.ts), the one runner that retries conflicts.

/**
 * A condition (or the values of an update expression). `#name` in an expression stands for the
 * attribute `name` (needed for DynamoDB's reserved words such as status), `:value` for `values[':value']`.
 */
export interface Condition {
  if?: string;
  values?: Record<string, unknown>;
}

/** `#name IN (…)` the values given. */
export const isOneOf = (name: string, values: readonly unknown[]): Condition => ({
  if: `#${name} IN (${values.map((_, i) => `:${name}${i}`).join(', ')})`,
  values: Object.fromEntries(values.map((value, i) => [`:${name}${i}`, value])),
});

/** All the conditions given (those false or undefined left out); undefined when none is. */
export function allOf(...conditions: Array<Condition | false | undefined>): Condition | undefined {
  const given = conditions.filter((condition): condition is Condition => Boolean(condition && condition.if));
  return given.length === 0 ? undefined : { if: given.map((condition) => condition.if).join(' AND '), values: Object.assign({}, ...given.map((condition) => condition.values)) };
}

export interface ItemQuery<K extends KeyTemplates, I extends IndexName | undefined> {
  index?: I;
  /** The partition, and optionally the leading parts of the sort key (a prefix). */
  where: Where<K, I>;
  /** Instead of the prefix: sort keys from a value on, before one, between two, or from the prefix up to one (inclusive). */
  range?: { from: string } | { before: string } | { between: [string, string] } | { upTo: string };
  filter?: Condition;
  /** Highest sort key first. */
  descending?: boolean;
  /** Strongly consistent (the table only; an index cannot be). */
  consistent?: boolean;
}

/** One page of a list, in the shape every list resolver answers with. */
export interface Page<T> {
  items: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A page as a GraphQL connection (edges and pageInfo). */
export const connectionOf = <T>(page: Page<T>) => ({ edges: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } });

export interface PageRequest {
  first: number;
  /** The cursor a previous page gave out; it must come from the same list. */
  after?: string;
  /** The page's `show` leaves out many of the items read (as a filter would): read FILTERED_READ at a time. */
  sparse?: boolean;
}

// A page's cursor is opaque to clients: the key of the last item, base64url-encoded JSON.
type StoreKey = Record<string, string | number>;
const cursorSchema = z.record(z.string().max(100), z.union([z.string().max(1000), z.number()]));
const encodeCursor = (key: StoreKey) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

function decodeCursor(cursor: string): StoreKey {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badInput('翻页参数不正确，请从第一页重新查看。', { field: 'after' });
  }
}

/** A filtered page reads at most this many pages of the index before answering with what it found. */
const MAX_READS_PER_PAGE = 5;
/** Items read at a time when a filter may drop many. */
const FILTERED_READ = 50;

const namesIn = (...expressions: Array<string | undefined>) => {
  const names: Record<string, string> = {};
  for (const expression of expressions) for (const [token, name = ''] of (expression ?? '').matchAll(/#(\w+)/gu)) names[token] = name;
  return Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {};
};
const valuesOf = (values: Record<string, unknown> | undefined) => (values && Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {});

/** The sort key's part of a key condition, and its values. */
function sortKeyCondition(sort: { name: string; prefix: string }, range: ItemQuery<KeyTemplates, undefined>['range']): [string, Record<string, unknown>] {
  if (!range) return sort.prefix ? [` AND begins_with(${sort.name}, :prefix)`, { ':prefix': sort.prefix }] : ['', {}];
  if ('from' in range) return [` AND ${sort.name} >= :from`, { ':from': range.from }];
  if ('before' in range) return [` AND ${sort.name} < :before`, { ':before': range.before }];
  if ('between' in range) return [` AND ${sort.name} BETWEEN :from AND :to`, { ':from': range.between[0], ':to': range.between[1] }];
  return [` AND ${sort.name} BETWEEN :prefix AND :upTo`, { ':prefix': sort.prefix, ':upTo': range.upTo }];
}

/** The Query input for an item query (no table name, limit or start key yet). */
function queryInput(where: ReturnType<ItemType['where']>, query: Omit<ItemQuery<KeyTemplates, IndexName | undefined>, 'where'>) {
  const { partition, sort } = where;
  const [sortCondition, sortValues] = sortKeyCondition(sort, query.range);
  const keyCondition = `${partition.name} = :partition${sortCondition}`;
  return {
    IndexName: query.index,
    KeyConditionExpression: keyCondition,
    ...(query.filter?.if ? { FilterExpression: query.filter.if } : {}),
    ...namesIn(keyCondition, query.filter?.if),
    ExpressionAttributeValues: { ':partition': partition.value, ...sortValues, ...query.filter?.values },
    ScanIndexForward: !query.descending,
    ConsistentRead: query.consistent,
  } satisfies Omit<QueryCommandInput, 'TableName'>;
}

/** The start key a cursor stands for, if it has exactly the keys of this list and lies in its partition and prefix. */
function startKeyOf(after: string | undefined, index: IndexName | undefined, where: ReturnType<ItemType['where']>): StoreKey | undefined {
  if (after === undefined) return undefined;
  const key = decodeCursor(after);
  const names = cursorKeyNames(index);
  const shapeOk = Object.keys(key).length === names.length && names.every((name) => typeof key[name] === 'string' && key[name] !== '');
  const inList = key[where.partition.name] === where.partition.value && String(key[where.sort.name]).startsWith(where.sort.prefix);
  if (!shapeOk || !inList) throw badInput('翻页参数与筛选条件不符，请从第一页重新查看。', { field: 'after' });
  return key;
}

/**
 * The one paged query every list uses: a page of `first` items of a partition, read on from `after`.
 * `show` turns what each read found into what is listed (null: left out). When a filter (the query's,
 * or a sparse `show`) drops items, it reads on, at most MAX_READS_PER_PAGE pages of the index, until the
 * page is full.
 */
async function queryPage<T, V>(
  dynamo: Dynamo,
  input: ReturnType<typeof queryInput>,
  keyNames: string[],
  startKey: StoreKey | undefined,
  page: PageRequest,
  decode: (item: Record<string, unknown>) => T,
  show: ((nodes: T[]) => Promise<Array<V | null>>) | undefined,
): Promise<Page<T | V>> {
  const filtered = input.FilterExpression !== undefined || page.sparse === true;
  const found: Array<{ key: StoreKey; node: T | V }> = [];
  let exhausted = false;
  for (let reads = 0; reads < MAX_READS_PER_PAGE && found.length <= page.first && !exhausted; reads += 1) {
    // Without a filter every item read is shown, so one more than a page tells whether there is a next one.
    const limit = filtered ? Math.max(FILTERED_READ, page.first + 1) : page.first + 1;
    const result = await dynamo.doc.send(new QueryCommand({ TableName: dynamo.tableName, ...input, Limit: limit, ExclusiveStartKey: startKey }));
    const items = result.Items ?? [];
    const nodes = items.map(decode);
    const shown: Array<T | V | null> = show ? await show(nodes) : nodes;
    shown.forEach((node, i) => {
      if (node !== null) found.push({ key: Object.fromEntries(keyNames.map((name) => [name, String(items[i]?.[name])])), node });
    });
    startKey = result.LastEvaluatedKey as StoreKey | undefined;
    exhausted = startKey === undefined;
  }
  const items = found.slice(0, page.first).map(({ key, node }) => ({ cursor: encodeCursor(key), node }));
  const lastShown = items.at(-1)?.cursor ?? null;
  // A page cut short by the read limit continues after the last item read, not the last one shown.
  const endCursor = found.length <= page.first && startKey ? encodeCursor(startKey) : lastShown;
  return { items, hasNextPage: found.length > page.first || !exhausted, endCursor };
}

type KeyParts<K extends KeyTemplates> = Parts<HolesOf<K['pk'] | K['sk']>>;

/** The reads and writes of one item type in the app's table. */
function bind<S extends z.ZodObject, K extends KeyTemplates, D extends string>(dynamo: Dynamo, type: ItemType<S, K, D>) {
  type T = z.output<S>;
  const TableName = dynamo.tableName;
  const decode = (item: Record<string, unknown>) => type.decode(item);
  const conditionOf = (condition: Condition | undefined, ...more: Array<string | undefined>) => ({
    ...(condition?.if ? { ConditionExpression: condition.if } : {}),
    ...namesIn(condition?.if, ...more),
    ...valuesOf(condition?.values),
  });

  /** A page of the query (see queryPage); `show` turns each read's items into what is listed, null for none. */
  function page<I extends IndexName | undefined = undefined>(query: ItemQuery<K, I>, request: PageRequest): Promise<Page<T>>;
  function page<I extends IndexName | undefined, V>(query: ItemQuery<K, I>, request: PageRequest, show: (nodes: T[]) => Promise<Array<V | null>>): Promise<Page<V>>;
  function page<I extends IndexName | undefined, V>(query: ItemQuery<K, I>, request: PageRequest, show?: (nodes: T[]) => Promise<Array<V | null>>): Promise<Page<T | V>> {
    const where = type.where(query.where, query.index);
    const startKey = startKeyOf(request.after, query.index, where);
    return queryPage(dynamo, queryInput(where, query), cursorKeyNames(query.index), startKey, request, decode, show);
  }

  return {
    type,
    async get(parts: KeyParts<K>, consistent = false): Promise<T | null> {
      const result = await dynamo.doc.send(new GetCommand({ TableName, Key: type.key(parts), ConsistentRead: consistent }));
      return result.Item ? decode(result.Item) : null;
    },
    /** The items that exist of those named (BatchGetItem, 100 keys a request), in no particular order. */
    async getMany(partsList: ReadonlyArray<KeyParts<K>>): Promise<T[]> {
      const keys = new Map(partsList.map((parts) => type.key(parts)).map((key) => [`${key.pk}\n${key.sk}`, key]));
      return (await batchGetItems(dynamo, [...keys.values()])).map(decode);
    },
    /** Every item the query finds; with `limit`, the first ones (one request). */
    async query<I extends IndexName | undefined = undefined>(query: ItemQuery<K, I> & { limit?: number }): Promise<T[]> {
      const input = queryInput(type.where(query.where, query.index), query);
      if (query.limit === undefined) return (await queryAll(dynamo, input)).map(decode);
      const result = await dynamo.doc.send(new QueryCommand({ TableName, ...input, Limit: query.limit }));
      return (result.Items ?? []).map(decode);
    },
    /**
     * The raw items of a partition several item types share (tell them apart with `is`): all of it, or
     * the query's range.
     */
    readRange<I extends IndexName | undefined = undefined>(query: ItemQuery<K, I>): Promise<Array<Record<string, unknown>>> {
      const where = type.where(query.where, query.index);
      return queryAll(dynamo, queryInput(query.range ? where : { ...where, sort: { ...where.sort, prefix: '' } }, query));
    },
    /** How many items the query finds. */
    async count<I extends IndexName | undefined = undefined>(query: ItemQuery<K, I>): Promise<number> {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const result = await dynamo.doc.send(new QueryCommand({ TableName, ...queryInput(type.where(query.where, query.index), query), Select: 'COUNT', ExclusiveStartKey: startKey }));
        count += result.Count ?? 0;
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      return count;
    },
    page,
    /**
     * One Scan page of the whole table, the items of this type in it: only for one-off work over every
     * item (a backfill), never a request's. `next` (absent at the end) goes on where this page stopped.
     */
    async scanPage(request: { after?: string; limit: number }): Promise<{ items: T[]; next?: string }> {
      const startKey = request.after === undefined ? undefined : decodeCursor(request.after);
      const result = await dynamo.doc.send(new ScanCommand({ TableName, Limit: request.limit, ExclusiveStartKey: startKey }));
      const next = result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey as StoreKey) : undefined;
      return { items: (result.Items ?? []).filter(type.is).map(decode), ...(next ? { next } : {}) };
    },
    put(value: T, condition?: Condition): Write {
      return { Put: { TableName, Item: type.item(value), ...conditionOf(condition) } };
    },
    update(parts: KeyParts<K>, expression: string, condition?: Condition): Write {
      return { Update: { TableName, Key: type.key(parts), UpdateExpression: expression, ...conditionOf(condition, expression) } };
    },
    remove(parts: KeyParts<K>, condition?: Condition): Write {
      return { Delete: { TableName, Key: type.key(parts), ...conditionOf(condition) } };
    },
    check(parts: KeyParts<K>, condition: Condition): Write {
      return { ConditionCheck: { TableName, Key: type.key(parts), ConditionExpression: condition.if ?? 'attribute_exists(pk)', ...namesIn(condition.if), ...valuesOf(condition.values) } };
    },
  };
}

export type Items<T> = T extends ItemType<infer S, infer K, infer D> ? ReturnType<typeof bind<S, K, D>> : never;

/** The reads and writes of each item type named, in the app's table: `itemsOf(dynamo, { events: eventItem })`. */
export function itemsOf<T extends Record<string, ItemType>>(dynamo: Dynamo, types: T): { [Name in keyof T]: Items<T[Name]> } {
  return Object.fromEntries(Object.entries(types).map(([name, type]) => [name, bind(dynamo, type)])) as { [Name in keyof T]: Items<T[Name]> };
}
