import type { Logger } from '../core/logger';
import { findSensitiveData } from '@govopen/shared';
import { governmentDate } from '../core/clock';
import type { AuditEntry } from '../core/audit';
import type { SearchEngine, SearchOutcome, SearchRequest } from './search-engine';
import type { SearchDocument } from './search-model';
import type { QueryCount, SearchStore, SnapshotPointer } from './search-store';
import { SynonymTable, synonymKey, type StaffSynonym, type SynonymView } from './synonyms';
import { foldText } from './text';

// The index as one process (a Lambda container, the local server) holds it: loaded once, from the
// latest snapshot plus the changes logged after it, then kept current by applying its own writes at
// once and other processes' writes from the change log (at most every `pollMs`). A search reads
// only the texts of the results it shows. A process that has applied many changes since the
// snapshot writes a new one, so the next cold start does not replay them.

export interface SearchServiceOptions {
  /** How long a process may go without looking for other processes' changes (0: before every search). */
  pollMs: number;
  /** After applying this many changes beyond its snapshot, a process writes a new snapshot. */
  snapshotAfter: number;
  /** How many documents' texts a process keeps for passages. */
  cachedDocuments: number;
}

export const SEARCH_DEFAULTS: Readonly<SearchServiceOptions> = Object.freeze({ pollMs: 1000, snapshotAfter: 200, cachedDocuments: 500 });

export interface SearchStatistics {
  month: string;
  searches: number;
  empty: number;
  top: QueryCount[];
  notFound: QueryCount[];
}

/** Changes logged this long before the watermark are read again: the log's index may show a write late. */
const LOG_LAG_MS = 10_000;
const POPULAR_CACHE_MS = 10 * 60_000;
const POPULAR = 8;
/** Searches kept in the statistics: short enough to be words, never anything like a number of a person. */
const MAX_RECORDED_QUERY = 30;
const STATISTICS_LIMIT = 20;

const lagged = (instant: string) => (instant === '' ? '' : new Date(Date.parse(instant) - LOG_LAG_MS).toISOString());

export class SearchService {
  private engine: SearchEngine | null = null;
  private loading: Promise<SearchEngine> | null = null;
  private snapshot: SnapshotPointer | null = null;
  /** The latest change seen in the log (an instant). */
  private watermark = '';
  private appliedSinceSnapshot = 0;
  private readonly synonymVersions = new Map<string, string>();
  private lastPoll = 0;
  private readonly texts = new Map<string, SearchDocument>();
  private popular: { at: number; queries: string[] } | null = null;

  constructor(
    private readonly store: SearchStore,
    private readonly now: () => Date,
    private readonly log: Pick<Logger, 'warn'>,
    private readonly options: SearchServiceOptions = SEARCH_DEFAULTS,
  ) {}

  /** Everything already in the library, for a table where search has never run (none in tests of the engine alone). */
  private library: () => Promise<SearchDocument[]> = async () => [];

  /** Where a first load reads the library from: the stores whose writes this search follows (search-indexing.ts). */
  readsLibraryFrom(library: () => Promise<SearchDocument[]>): void {
    this.library = library;
  }

  /** The engine, loaded on first use and brought up to date with other processes' changes. */
  async current(): Promise<SearchEngine> {
    if (!this.engine) {
      this.loading ??= this.load().finally(() => {
        this.loading = null;
      });
      return this.loading;
    }
    if (Date.now() - this.lastPoll >= this.options.pollMs) await this.catchUp(this.engine);
    return this.engine;
  }

  private async load(): Promise<SearchEngine> {
    // The engine and its index are loaded with the first search or write, not at a cold start (issue 17: the Lambda's budget).
    const [synonyms, pointer, { SearchEngine }, { SearchIndex }] = await Promise.all([
      this.store.staffSynonyms(),
      this.store.snapshotPointer(),
      import('./search-engine'),
      import('./search-index'),
    ]);
    // A library older than search: its documents are logged once, by the first process to look.
    if (!pointer && !(await this.store.seeded())) {
      await this.store.putDocuments(await this.library());
      await this.store.markSeeded();
    }
    const index = pointer ? SearchIndex.deserialize(await this.store.readSnapshot(pointer)) : new SearchIndex();
    this.snapshot = pointer;
    this.watermark = pointer?.watermark ?? '';
    for (const synonym of synonyms) this.synonymVersions.set(synonymKey(synonym.term), synonym.updatedAt);
    const engine = new SearchEngine(index, new SynonymTable(synonyms));
    await this.catchUp(engine);
    this.engine = engine;
    return engine;
  }

  /**
   * Applies what changed since the snapshot's watermark, later since the previous look (each read
   * again a little before: the log's index may show a write late). A document is read only when
   * its change is newer than the version held, so a cold start after a snapshot reads no text.
   */
  private async catchUp(engine: SearchEngine): Promise<void> {
    // After the first look, only what was logged since the previous look (less the lag) is read.
    const since = this.lastPoll === 0 ? this.watermark : new Date(this.lastPoll).toISOString();
    this.lastPoll = Date.now();
    const changes = await this.store.changesSince(lagged(since));
    const newer = changes.filter((change) => change.type === 'document' && !change.removed && (engine.versionOf(change.key) ?? '') < change.changedAt);
    const fetched = newer.length > 0 ? await this.store.getDocuments(newer.map((change) => (change.type === 'document' ? change.key : ''))) : new Map();
    for (const change of changes) {
      if (change.type === 'synonym') this.applySynonym(engine, change.synonym);
      else if (change.removed) this.removeDocument(engine, change.key, change.changedAt);
      else {
        const stored = fetched.get(change.key);
        if (stored) this.putDocument(engine, stored.document, stored.changedAt);
      }
      if (change.changedAt > this.watermark) this.watermark = change.changedAt;
    }
    if (this.appliedSinceSnapshot >= this.options.snapshotAfter) await this.writeSnapshot(engine);
  }

  private putDocument(engine: SearchEngine, document: SearchDocument, changedAt: string): void {
    if ((engine.versionOf(document.key) ?? '') >= changedAt) return;
    engine.put(document, changedAt);
    this.remember(document);
    this.appliedSinceSnapshot += 1;
  }

  private removeDocument(engine: SearchEngine, key: string, changedAt: string): void {
    const held = engine.versionOf(key);
    if (held === null || held >= changedAt) return;
    engine.remove(key);
    this.texts.delete(key);
    this.appliedSinceSnapshot += 1;
  }

  private applySynonym(engine: SearchEngine, synonym: StaffSynonym): void {
    const key = synonymKey(synonym.term);
    if ((this.synonymVersions.get(key) ?? '') >= synonym.updatedAt) return;
    this.synonymVersions.set(key, synonym.updatedAt);
    engine.applySynonym(synonym);
  }

  private async writeSnapshot(engine: SearchEngine): Promise<void> {
    // It holds what the log showed at this process's last look: readers start there (less the lag).
    const lookedAt = new Date(this.lastPoll).toISOString();
    // Written, or another process wrote one meanwhile: either way the current one is read back.
    await this.store.writeSnapshot(engine.currentIndex.serialize(), lookedAt, engine.documentCount, this.snapshot);
    this.snapshot = await this.store.snapshotPointer();
    this.appliedSinceSnapshot = 0;
  }

  /** Stores documents (and removals) and applies them here at once; other processes see them on their next poll. */
  async index(documents: readonly SearchDocument[], removedKeys: readonly string[] = []): Promise<void> {
    const changedAt = await this.store.putDocuments(documents, removedKeys);
    const engine = this.engine;
    if (!engine) return;
    for (const document of documents) this.putDocument(engine, document, changedAt);
    for (const key of removedKeys) this.removeDocument(engine, key, changedAt);
  }

  async search(request: Omit<SearchRequest, 'today'>): Promise<SearchOutcome> {
    const engine = await this.current();
    const outcome = await engine.search({ ...request, today: this.now() }, (keys) => this.documents(keys));
    if (outcome.total === 0 || outcome.partial) {
      outcome.suggestions = [...new Set([...outcome.suggestions, ...(await this.popularSearches())])].filter((word) => word !== outcome.query).slice(0, POPULAR);
    }
    if (!request.after) await this.record(outcome.query, outcome.total > 0 && !outcome.partial);
    return outcome;
  }

  async suggest(prefix: string, limit: number): Promise<string[]> {
    const engine = await this.current();
    return engine.suggest(prefix, await this.popularSearches(), limit);
  }

  async synonyms(): Promise<SynonymView[]> {
    return (await this.current()).synonymEntries();
  }

  async saveSynonym(entry: StaffSynonym, audit: AuditEntry): Promise<void> {
    await this.store.saveSynonym(entry, audit);
    this.applySynonym(await this.current(), entry);
  }

  async statistics(month: string): Promise<SearchStatistics> {
    const counts = await this.store.queryCounts(month);
    return {
      month,
      searches: counts.reduce((a, c) => a + c.searches, 0),
      empty: counts.reduce((a, c) => a + c.empty, 0),
      top: [...counts].sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query, 'zh')).slice(0, STATISTICS_LIMIT),
      notFound: counts.filter((c) => c.empty > 0).sort((a, b) => b.empty - a.empty || a.query.localeCompare(b.query, 'zh')).slice(0, STATISTICS_LIMIT),
    };
  }

  private month(): string {
    return governmentDate(this.now()).slice(0, 7);
  }

  /** Counts only: the query's words, never who asked; a query holding a number of a person is not kept. */
  private async record(query: string, found: boolean): Promise<void> {
    const words = foldText(query).replace(/\s+/gu, ' ').trim();
    if (words === '' || words.length > MAX_RECORDED_QUERY || /\d{5,}/u.test(words.replace(/^12345$/u, '')) || findSensitiveData(query).length > 0) return;
    try {
      await this.store.recordSearch(this.month(), words, found);
    } catch (error) {
      // A count not kept never costs the resident their results.
      this.log.warn({ err: error }, 'search statistics not recorded');
    }
  }

  /** What residents searched for most this month and found something for (kept for ten minutes). */
  private async popularSearches(): Promise<string[]> {
    if (this.popular && Date.now() - this.popular.at < POPULAR_CACHE_MS) return this.popular.queries;
    const counts = await this.store.queryCounts(this.month());
    const queries = counts
      .filter((c) => c.searches >= 3 && c.empty < c.searches)
      .sort((a, b) => b.searches - a.searches)
      .slice(0, POPULAR)
      .map((c) => c.query);
    this.popular = { at: Date.now(), queries };
    return queries;
  }

  /** Texts of the results shown: from this process's cache, the rest in one read. */
  private async documents(keys: readonly string[]): Promise<Map<string, SearchDocument>> {
    const found = new Map<string, SearchDocument>();
    const missing: string[] = [];
    for (const key of keys) {
      const cached = this.texts.get(key);
      if (cached) {
        found.set(key, cached);
        this.remember(cached);
      } else missing.push(key);
    }
    if (missing.length > 0) {
      for (const [key, { document }] of await this.store.getDocuments(missing)) {
        found.set(key, document);
        this.remember(document);
      }
    }
    return found;
  }

  private remember(document: SearchDocument): void {
    this.texts.delete(document.key);
    this.texts.set(document.key, document);
    if (this.texts.size > this.options.cachedDocuments) this.texts.delete(this.texts.keys().next().value!);
  }
}
