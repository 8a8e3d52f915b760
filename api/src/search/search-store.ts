import { BatchWriteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditLog } from '../core/audit';
import { batchGetItems, queryAll, type Dynamo } from '../core/dynamo';
import type { SearchDocument } from './search-model';
import { synonymKey, type StaffSynonym } from './synonyms';

// Where search keeps what it needs in the table — the only code that knows these keys.
//
//   pk SEARCH_DOC#<key>          sk DOC         a document's units and texts (brotli JSON), or a tombstone
//        gsi1pk SEARCH_CHANGES   gsi1sk <changedAt>#<key>              the change log, oldest first
//   pk SEARCH_SYNONYMS           sk <term>      a staff synonym entry (or its removal)
//        gsi1pk SEARCH_CHANGES   gsi1sk <changedAt>#synonym#<term>
//   pk SEARCH_SNAPSHOT           sk CURRENT     which snapshot is current, and up to which change it holds
//   pk SEARCH_SNAPSHOT           sk SEEDED      the library that existed before search has been logged
//   pk SEARCH_SNAPSHOT#<gen>     sk CHUNK#<nnn> the snapshot's bytes, 350 KB an item
//   pk SEARCH_STATS#<yyyy-mm>    sk <query>     how often it was searched, how often it found nothing
//
// Every write of a document or synonym moves its gsi1sk to the time of the write, so reading the
// index partition after a watermark gives each thing changed since, once, in its latest form.

/** An entry of the change log: which document changed (read its text separately), or a synonym entry whole. */
export type SearchChange =
  | { type: 'document'; key: string; changedAt: string; removed: boolean }
  | { type: 'synonym'; changedAt: string; synonym: StaffSynonym };

export interface StoredSearchDocument {
  document: SearchDocument;
  changedAt: string;
}

export interface SnapshotPointer {
  generation: string;
  /** The snapshot holds every change up to and including this gsi1sk. */
  watermark: string;
  chunks: number;
  bytes: number;
  documents: number;
  createdAt: string;
}

export interface QueryCount {
  query: string;
  searches: number;
  /** Searches of it that found nothing. */
  empty: number;
}

export interface SearchStore {
  /** Stores documents (and tombstones for removed keys) and logs them as changed now; returns that instant. */
  putDocuments(documents: readonly SearchDocument[], removedKeys?: readonly string[]): Promise<string>;
  getDocuments(keys: readonly string[]): Promise<Map<string, StoredSearchDocument>>;
  /** Every change logged after `after` (an instant), oldest first; documents' texts are not read. */
  changesSince(after: string): Promise<SearchChange[]>;
  snapshotPointer(): Promise<SnapshotPointer | null>;
  readSnapshot(pointer: SnapshotPointer): Promise<Buffer>;
  /** Stores a snapshot and makes it current unless another became current since `replacing`; false then. `watermark`: the latest change it holds. */
  writeSnapshot(bytes: Buffer, watermark: string, documents: number, replacing: SnapshotPointer | null): Promise<boolean>;
  /** Whether the documents that existed before search were logged (see SearchService). */
  seeded(): Promise<boolean>;
  markSeeded(): Promise<void>;
  staffSynonyms(): Promise<StaffSynonym[]>;
  saveSynonym(entry: StaffSynonym, audit: AuditEntry): Promise<void>;
  recordSearch(month: string, query: string, found: boolean): Promise<void>;
  queryCounts(month: string): Promise<QueryCount[]>;
}

export const CHANGES_PARTITION = 'SEARCH_CHANGES';
const docKey = (key: string) => ({ pk: `SEARCH_DOC#${key}`, sk: 'DOC' });
const SYNONYMS_PK = 'SEARCH_SYNONYMS';
const POINTER_KEY = { pk: 'SEARCH_SNAPSHOT', sk: 'CURRENT' };
const SEEDED_KEY = { pk: 'SEARCH_SNAPSHOT', sk: 'SEEDED' };
const CHUNK_BYTES = 350_000;
/** Old snapshot chunks stay this long for containers still reading them, then DynamoDB's TTL removes them. */
const OLD_SNAPSHOT_SECONDS = 3600;
const BATCH_WRITE_ITEMS = 25;
const LOG_FIELDS = ['pk', 'changedAt', 'removed', 'term', 'alternatives', 'updatedAt', 'updatedBy'];

/** Node's zlib, loaded by the first document packed or read: not at every Lambda cold start (~1%, decision 025). */
const zlib = () => process.getBuiltinModule('node:zlib');
/** Brotli's fast end: its default (11) takes ~100× longer for a few per cent less. */
const packUnits = (document: SearchDocument) => zlib().brotliCompressSync(Buffer.from(JSON.stringify(document)), { params: { [zlib().constants.BROTLI_PARAM_QUALITY]: 4 } });
const unpackUnits = (data: Uint8Array) => JSON.parse(zlib().brotliDecompressSync(data).toString()) as SearchDocument;

export function createSearchStore(dynamo: Dynamo, audit: AuditLog, clock: () => Date = () => new Date()): SearchStore {
  const { doc, tableName: TableName } = dynamo;

  async function batchWrite(items: Array<Record<string, unknown>>): Promise<void> {
    for (let start = 0; start < items.length; start += BATCH_WRITE_ITEMS) {
      let pending = items.slice(start, start + BATCH_WRITE_ITEMS).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= 8) throw new Error('search documents could not be written: DynamoDB kept them unprocessed');
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 20 * 2 ** attempt)));
        const result = await doc.send(new BatchWriteCommand({ RequestItems: { [TableName]: pending } }));
        pending = (result.UnprocessedItems?.[TableName] ?? []) as typeof pending;
      }
    }
  }

  return {
    async putDocuments(documents, removedKeys = []) {
      const changedAt = clock().toISOString();
      const item = (key: string, document: SearchDocument | null) => ({
        ...docKey(key),
        gsi1pk: CHANGES_PARTITION,
        gsi1sk: `${changedAt}#${key}`,
        changedAt,
        ...(document ? { data: packUnits(document) } : { removed: true }),
      });
      await batchWrite([...documents.map((document) => item(document.key, document)), ...removedKeys.map((key) => item(key, null))]);
      return changedAt;
    },

    async getDocuments(keys) {
      const items = await batchGetItems(dynamo, keys.map(docKey));
      const found = new Map<string, StoredSearchDocument>();
      for (const item of items) {
        if (item.data) found.set(String(item.pk).slice('SEARCH_DOC#'.length), { document: unpackUnits(item.data as Uint8Array), changedAt: String(item.changedAt) });
      }
      return found;
    },

    async changesSince(after) {
      const items = await queryAll(dynamo, {
        IndexName: 'gsi1',
        // The log is read often and the texts seldom: only what says what changed.
        ProjectionExpression: LOG_FIELDS.map((field) => `#${field}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(LOG_FIELDS.map((field) => [`#${field}`, field])),
        ...(after === ''
          ? { KeyConditionExpression: 'gsi1pk = :changes', ExpressionAttributeValues: { ':changes': CHANGES_PARTITION } }
          : { KeyConditionExpression: 'gsi1pk = :changes AND gsi1sk > :after', ExpressionAttributeValues: { ':changes': CHANGES_PARTITION, ':after': after } }),
      });
      return items.map((item): SearchChange => {
        if (item.pk === SYNONYMS_PK) {
          const changedAt = String(item.updatedAt);
          return {
            type: 'synonym',
            changedAt,
            synonym: { term: String(item.term), alternatives: (item.alternatives as string[]) ?? [], removed: item.removed === true, updatedAt: String(item.updatedAt), updatedBy: String(item.updatedBy) },
          };
        }
        return { type: 'document', key: String(item.pk).slice('SEARCH_DOC#'.length), changedAt: String(item.changedAt), removed: item.removed === true };
      });
    },

    async snapshotPointer() {
      const { Item } = await doc.send(new GetCommand({ TableName, Key: POINTER_KEY, ConsistentRead: true }));
      if (!Item) return null;
      const { pk: _pk, sk: _sk, ...pointer } = Item;
      return pointer as SnapshotPointer;
    },

    async readSnapshot(pointer) {
      const keys = Array.from({ length: pointer.chunks }, (_, i) => ({ pk: `SEARCH_SNAPSHOT#${pointer.generation}`, sk: `CHUNK#${String(i).padStart(4, '0')}` }));
      const items = await batchGetItems(dynamo, keys);
      if (items.length !== pointer.chunks) throw new Error(`search snapshot ${pointer.generation} is missing chunks`);
      items.sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
      return Buffer.concat(items.map((item) => Buffer.from(item.data as Uint8Array)));
    },

    async writeSnapshot(bytes, watermark, documents, replacing) {
      const createdAt = clock().toISOString();
      const generation = `${createdAt}-${Math.random().toString(36).slice(2, 8)}`;
      const chunks: Array<Record<string, unknown>> = [];
      for (let at = 0, i = 0; at < bytes.length || i === 0; at += CHUNK_BYTES, i += 1) {
        chunks.push({ pk: `SEARCH_SNAPSHOT#${generation}`, sk: `CHUNK#${String(i).padStart(4, '0')}`, data: bytes.subarray(at, at + CHUNK_BYTES) });
      }
      await batchWrite(chunks);
      const pointer: SnapshotPointer = { generation, watermark, chunks: chunks.length, bytes: bytes.length, documents, createdAt };
      try {
        await doc.send(
          new PutCommand({
            TableName,
            Item: { ...POINTER_KEY, ...pointer },
            ...(replacing
              ? { ConditionExpression: 'generation = :replacing', ExpressionAttributeValues: { ':replacing': replacing.generation } }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        // Another process made a snapshot meanwhile: this one is not needed.
        await expireChunks(generation, chunks.length);
        return false;
      }
      if (replacing) await expireChunks(replacing.generation, replacing.chunks);
      return true;
    },

    async seeded() {
      const { Item } = await doc.send(new GetCommand({ TableName, Key: SEEDED_KEY, ConsistentRead: true }));
      return Item !== undefined;
    },

    async markSeeded() {
      await doc.send(new PutCommand({ TableName, Item: { ...SEEDED_KEY, at: clock().toISOString() } }));
    },

    async staffSynonyms() {
      const items = await queryAll(dynamo, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': SYNONYMS_PK } });
      return items.map((item) => ({ term: String(item.term), alternatives: (item.alternatives as string[]) ?? [], removed: item.removed === true, updatedAt: String(item.updatedAt), updatedBy: String(item.updatedBy) }));
    },

    async saveSynonym(entry, auditEntry) {
      const key = synonymKey(entry.term);
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk: SYNONYMS_PK, sk: key, gsi1pk: CHANGES_PARTITION, gsi1sk: `${entry.updatedAt}#synonym#${key}`, ...entry } } },
            audit.write(auditEntry),
          ],
        }),
      );
    },

    async recordSearch(month, query, found) {
      await doc.send(
        new UpdateCommand({
          TableName,
          Key: { pk: `SEARCH_STATS#${month}`, sk: query },
          UpdateExpression: found ? 'ADD searches :one' : 'ADD searches :one, #empty :one',
          ...(found ? {} : { ExpressionAttributeNames: { '#empty': 'empty' } }),
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
    },

    async queryCounts(month) {
      const items = await queryAll(dynamo, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `SEARCH_STATS#${month}` } });
      return items.map((item) => ({ query: String(item.sk), searches: Number(item.searches ?? 0), empty: Number(item.empty ?? 0) }));
    },
  };

  async function expireChunks(generation: string, count: number): Promise<void> {
    const expiresAt = Math.floor(clock().getTime() / 1000) + OLD_SNAPSHOT_SECONDS;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        doc.send(new UpdateCommand({ TableName, Key: { pk: `SEARCH_SNAPSHOT#${generation}`, sk: `CHUNK#${String(i).padStart(4, '0')}` }, UpdateExpression: 'SET expiresAt = :at', ExpressionAttributeValues: { ':at': expiresAt } })),
      ),
    );
  }
}
