import { createAuditLog } from '../../api/src/core/audit';
import { DEFAULT_CONFIG } from '../../api/src/core/config';
import { createLogger } from '../../api/src/core/logger';
import { createDynamo, ensureTable, type Dynamo } from '../../api/src/core/dynamo';
import { EXPECTATIONS } from '../../api/src/search/quality-corpus/resident-queries';
import { policyDocument } from '../../api/src/search/search-documents';
import { SearchIndex } from '../../api/src/search/search-index';
import { SearchService, SEARCH_DEFAULTS } from '../../api/src/search/search-service';
import { createSearchStore } from '../../api/src/search/search-store';
import { generatedPolicies, OLDEST_WORD } from './search-corpus';

// npm run bench, search: 10,000 generated policies indexed through the search store on DynamoDB
// Local; a first process with no snapshot, a second one that starts from the snapshot the first
// wrote (a Lambda cold start), search times and DynamoDB requests per search, freshness across
// processes, and whether the oldest matching policy is found.

export const SEARCH_BENCH = { policies: 10_000, rounds: 5 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function service(dynamo: Dynamo, options = SEARCH_DEFAULTS) {
  return new SearchService(createSearchStore(dynamo, createAuditLog(dynamo, () => new Date())), () => new Date(), createLogger('silent'), options);
}

export async function printSearchFigures(endpoint: string): Promise<void> {
  const dynamo = createDynamo({ ...DEFAULT_CONFIG, dynamoEndpoint: endpoint, tableName: 'bench-search' });
  await ensureTable(dynamo);
  const policies = generatedPolicies(SEARCH_BENCH.policies);
  const documents = policies.map((policy) => policyDocument(policy)!);
  const characters = documents.reduce((a, d) => a + d.title.length + d.units.reduce((b, u) => b + u.heading.length + u.text.length, 0), 0);
  const progress = (step: string) => process.stderr.write(`  search bench: ${step}\n`);
  progress(`${documents.length} documents generated`);
  const writer = service(dynamo);
  const write = await timed(() => writer.index(documents));
  progress(`written in ${(write.ms / 1000).toFixed(1)} s`);

  // The first process ever: no snapshot, so it reads the whole change log once and writes one.
  const first = service(dynamo);
  const requestsBefore = dynamo.requestCount();
  const rebuild = await timed(() => first.current());
  const rebuildRequests = dynamo.requestCount() - requestsBefore;
  progress(`first process (no snapshot) ready in ${(rebuild.ms / 1000).toFixed(1)} s`);

  // A cold start: the snapshot, then nothing to replay.
  const cold = service(dynamo);
  const coldRequestsBefore = dynamo.requestCount();
  const load = await timed(() => cold.current());
  const loadRequests = dynamo.requestCount() - coldRequestsBefore;
  const memory = process.memoryUsage();
  const store = createSearchStore(dynamo, createAuditLog(dynamo, () => new Date()));
  const pointer = await store.snapshotPointer();
  progress(`cold start from the snapshot in ${Math.round(load.ms)} ms`);
  // Its parts, again: reading the snapshot's items, and decoding them into an index.
  const read = await timed(() => store.readSnapshot(pointer!));
  const decode = await timed(async () => SearchIndex.deserialize(read.value));

  // Searches: residents' queries, several rounds; the first round reads texts, later ones find most cached.
  const queries = EXPECTATIONS.map((e) => e.query);
  const engineMs: number[] = [];
  const serviceMs: number[] = [];
  const requests: number[] = [];
  const engine = await cold.current();
  const texts = new Map(documents.map((d) => [d.key, d]));
  for (let round = 0; round < SEARCH_BENCH.rounds; round += 1) {
    for (const query of queries) {
      const request = { query, kinds: [], first: 5, after: null, includeRepealed: false };
      const inMemory = await timed(() => engine.search({ ...request, today: new Date() }, async (keys) => new Map(keys.map((k) => [k, texts.get(k)!]))));
      engineMs.push(inMemory.ms);
      const before = dynamo.requestCount();
      serviceMs.push((await timed(() => cold.search(request))).ms);
      requests.push(dynamo.requestCount() - before);
    }
  }
  engineMs.sort((a, b) => a - b);
  serviceMs.sort((a, b) => a - b);
  const firstRoundRequests = requests.slice(0, queries.length);
  const laterRequests = requests.slice(queries.length);
  const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;

  // The oldest policy is the only one with the word.
  const oldest = (await cold.search({ query: OLDEST_WORD, kinds: ['POLICY'], first: 5, after: null, includeRepealed: false })).groups[0]!;

  // Freshness: a policy published by one process, searched in another.
  const fresh = { ...documents[1]!, key: 'policy:bench-fresh', id: 'bench-fresh', title: '示例区关于发放困难群众冬季取暖补贴的通知' };
  await writer.index([fresh]);
  const seenAfter = await timed(async () => {
    for (;;) {
      const found = await cold.search({ query: '冬季取暖补贴', kinds: ['POLICY'], first: 1, after: null, includeRepealed: false });
      if (found.groups[0]!.hits[0]?.id === 'bench-fresh') return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  console.log(`\nSearch over ${documents.length.toLocaleString()} generated policies (${(characters / 1e6).toFixed(1)} M characters; DynamoDB Local)`);
  console.table([
    { figure: 'index documents (store writes)', value: `${(write.ms / 1000).toFixed(1)} s`, note: `${Math.ceil(documents.length / 25)} BatchWriteItem` },
    { figure: 'first process, no snapshot: replay log + write snapshot', value: `${(rebuild.ms / 1000).toFixed(1)} s`, note: `${rebuildRequests} DynamoDB requests` },
    { figure: 'snapshot size (brotli)', value: mb(pointer?.bytes ?? 0), note: `${pointer?.chunks} items of ≤ 350 KB` },
    { figure: 'cold start: load snapshot + catch up', value: `${Math.round(load.ms)} ms`, note: `${loadRequests} DynamoDB requests` },
    { figure: '  of which: read the snapshot items / decode', value: `${Math.round(read.ms)} / ${Math.round(decode.ms)} ms`, note: '' },
    { figure: 'memory of this process, three indexes loaded', value: `heap ${mb(memory.heapUsed)}, typed arrays ${mb(memory.arrayBuffers)}`, note: 'and the 10,000 generated documents' },
    { figure: 'search in-process p50 / p95', value: `${percentile(engineMs, 50).toFixed(1)} / ${percentile(engineMs, 95).toFixed(1)} ms`, note: `${engineMs.length} searches, ${queries.length} resident queries, aim p95 ≤ 50 ms` },
    { figure: 'search with DynamoDB p50 / p95', value: `${percentile(serviceMs, 50).toFixed(1)} / ${percentile(serviceMs, 95).toFixed(1)} ms`, note: 'texts of the results shown, statistics, change poll' },
    { figure: 'DynamoDB requests per search, first round', value: average(firstRoundRequests).toFixed(2), note: 'BatchGet of texts + UpdateItem of counts + poll (≤ 1/s)' },
    { figure: 'DynamoDB requests per search, texts cached', value: average(laterRequests).toFixed(2), note: '' },
    { figure: `oldest matching policy found (${OLDEST_WORD})`, value: oldest.hits[0]?.id === policies[0]!.id ? 'yes, first' : 'NO', note: `published ${policies[0]!.publishedDate}` },
    { figure: 'published in one process, found in another after', value: `${Math.round(seenAfter.ms)} ms`, note: `poll every ${SEARCH_DEFAULTS.pollMs} ms` },
  ]);
  dynamo.destroy();
}
