import { PinyinVocabulary } from './pinyin';
import { highlight, matchTerms, passageOf, type Highlighted } from './passages';
import { analyzeQuery, termsOf, type AnalyzedQuery, type Vocabulary } from './query';
import { SearchIndex, type DocumentHit, type IndexedDocument } from './search-index';
import { SEARCH_KINDS, type SearchDocument, type SearchKind } from './search-model';
import type { StaffSynonym, SynonymTable, SynonymView } from './synonyms';
import { foldText, isHan } from './text';

// One search over everything residents read: the index ranks, this groups the results by kind,
// puts the answer to a question first, cuts each result's passage and says what to try when
// nothing fits. Pure: the texts of the results come from a source the caller gives.

export interface SearchCursor {
  kind: SearchKind;
  offset: number;
}

export interface SearchRequest {
  query: string;
  /** Empty: every kind. */
  kinds: readonly SearchKind[];
  /** Results per kind. */
  first: number;
  /** Continues one kind's results. */
  after: SearchCursor | null;
  includeRepealed: boolean;
  today: Date;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  policyId: string | null;
  title: Highlighted;
  subtitle: string | null;
  date: string | null;
  repealed: boolean;
  /** The policy section the passage is in (its position in `sections`). */
  section: number | null;
  /** That section's address (`2-3-1`), for `?section=` on the policy page. */
  sectionId: string | null;
  /** The section's heading or the question answered. */
  heading: Highlighted | null;
  passage: Highlighted;
  /** The passage answers a question of an interpretation's Q&A. */
  answersQuestion: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
  next: SearchCursor | null;
}

export interface SearchOutcome {
  query: string;
  understoodAs: string | null;
  /** An interpretation's answer to the question asked, shown before everything else. */
  answer: SearchHit | null;
  groups: SearchGroup[];
  total: number;
  /** Nothing held most of the words: what is shown holds some of them. */
  partial: boolean;
  /** Words to try instead, when nothing or only partial results were found (near words; the service adds popular searches). */
  suggestions: string[];
}

/** Reads the full documents (their units' texts) of the results on the page. */
export type DocumentSource = (keys: readonly string[]) => Promise<ReadonlyMap<string, SearchDocument>>;

/** A result must hold at least this share of the query's meaning, unless none does. */
const MIN_COVERAGE = 0.6;
/** An answer is shown first when its question holds most of the query and it scores near the best result. */
const ANSWER_COVERAGE = 0.7;
const ANSWER_SCORE_SHARE = 0.5;
const ANSWER_LENGTH = 200;
const SUGGESTIONS = 8;
/**
 * What a government document's title is framed with rather than about (示例区民政局关于开展…工作的通知):
 * its kind (GB/T 9704's 文种, and 办法, 规定 …), the verbs that open its subject and the issuing office.
 * A resident who types one character never means them: 开 is 开放日 or 开店, not 开展.
 */
const TITLE_FRAME_WORDS: ReadonlySet<string> = new Set([
  '通知', '通告', '公告', '公报', '通报', '意见', '决定', '决议', '命令', '议案', '报告', '请示', '批复', '纪要', '办法', '规定', '细则', '方案', '要点', '规划', '措施', '若干',
  '开展', '做好', '印发', '转发', '加强', '进一步', '推进', '实施', '落实', '贯彻', '提高', '调整', '支持', '工作', '办公', '办公室',
]);
/**
 * What a resident comes to do, and the papers it takes (办理, 补办, 证明, 身份证 …): a resident who types
 * one character means these as much as a title's subject, though no title or synonym holds them
 * (证 → 证明, 办 → 办理). Offered only when the library holds them.
 */
const ERRAND_WORDS: ReadonlySet<string> = new Set([
  '办理', '办证', '申请', '申报', '补办', '换领', '换证', '领取', '查询', '缴费', '缴纳', '报销', '登记', '预约', '咨询', '投诉', '开具', '认证', '手续', '流程',
  '证明', '证件', '证书', '材料', '表格', '身份证', '户口', '户口本', '户籍', '居住证', '社保卡', '医保卡', '营业执照', '结婚证', '出生证明', '发票',
]);

export class SearchEngine {
  private pinyin: PinyinVocabulary | null = null;

  constructor(
    private index: SearchIndex,
    private readonly synonyms: SynonymTable,
  ) {
    this.watch(index);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /** The index, e.g. to write a snapshot of it. */
  get currentIndex(): SearchIndex {
    return this.index;
  }

  /** Swaps in another index (a snapshot loaded). */
  replaceIndex(index: SearchIndex): void {
    this.index = index;
    this.pinyin = null;
    this.watch(index);
  }

  put(document: SearchDocument, version = ''): void {
    this.index.add(document, version);
  }

  versionOf(key: string): string | null {
    return this.index.versionOf(key);
  }

  remove(key: string): void {
    this.index.remove(key);
  }

  synonymEntries(): SynonymView[] {
    return this.synonyms.entries();
  }

  applySynonym(entry: StaffSynonym): void {
    this.synonyms.apply(entry);
    if (this.pinyin) for (const phrase of this.synonyms.phrases()) this.pinyin.add(phrase);
  }

  private watch(index: SearchIndex): void {
    index.onNewTerm = (term) => this.pinyin?.add(term);
  }

  private pinyinVocabulary(): PinyinVocabulary {
    if (!this.pinyin) {
      const pinyin = new PinyinVocabulary();
      for (const term of this.index.vocabulary()) pinyin.add(term);
      for (const phrase of this.synonyms.phrases()) pinyin.add(phrase);
      this.pinyin = pinyin;
    }
    return this.pinyin;
  }

  /** How often a word, or a phrase the index holds word by word, occurs. */
  private readonly frequency = (word: string): number => {
    const direct = this.index.documentFrequency(word);
    if (direct > 0) return direct;
    const terms = termsOf(word);
    if (terms.length < 2) return 0;
    return Math.min(...terms.map((term) => this.index.documentFrequency(term)));
  };

  private vocabulary(): Vocabulary {
    return {
      frequency: this.frequency,
      synonymsOf: (phrase) => this.synonyms.alternativesOf(phrase),
      longestSynonym: this.synonyms.longest,
      readPinyin: (letters) => this.pinyinVocabulary().read(letters, this.frequency),
      similarWords: (word, soundAlikeOnly) => this.pinyinVocabulary().similar(word, this.frequency, soundAlikeOnly),
    };
  }

  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(query, this.vocabulary());
  }

  async search(request: SearchRequest, source: DocumentSource): Promise<SearchOutcome> {
    const query = this.analyze(request.query);
    const kinds = new Set(request.after ? [request.after.kind] : request.kinds.length > 0 ? request.kinds : SEARCH_KINDS);
    const accept = (doc: IndexedDocument) => kinds.has(doc.kind) && (request.includeRepealed || !doc.repealed);
    const hits = this.index.score(query.concepts, accept, request.today);
    const strong = hits.filter((hit) => hit.coverage >= MIN_COVERAGE);
    const partial = strong.length === 0 && hits.length > 0;
    const used = partial ? hits : strong;

    const ranked = [...used].sort((a, b) => b.score - a.score || a.doc - b.doc);
    const topScore = ranked[0]?.score ?? 0;
    // Only a question (多少钱, 在哪里, or several words) gets an answer before the results.
    const isQuestion = query.intents.length > 0 || query.concepts.filter((concept) => !concept.hint).length > 1;
    const answerOf = request.after || !isQuestion
      ? undefined
      : used
          .filter((hit) => hit.question && hit.question.score >= ANSWER_SCORE_SHARE * topScore && this.asks(query, hit.question.unit) >= ANSWER_COVERAGE)
          .sort((a, b) => b.question!.score - a.question!.score)[0];
    const answerHit = answerOf && { ...answerOf, ...answerOf.question! };

    const groups = SEARCH_KINDS.filter((kind) => kinds.has(kind)).map((kind) => {
      const ofKind = ranked.filter((hit) => this.index.document(hit.doc).kind === kind);
      const offset = request.after?.kind === kind ? request.after.offset : 0;
      const page = ofKind.slice(offset, offset + request.first);
      const next = offset + request.first < ofKind.length ? { kind, offset: offset + request.first } : null;
      return { kind, total: ofKind.length, page, next };
    });

    const shown = [...groups.flatMap((group) => group.page), ...(answerHit ? [answerHit] : [])];
    const documents = shown.length > 0 ? await source([...new Set(shown.map((hit) => this.index.document(hit.doc).key))]) : new Map<string, SearchDocument>();
    const terms = matchTerms(query, (term) => this.index.idf(term));
    const view = (hit: DocumentHit, answer = false): SearchHit => {
      const doc = this.index.document(hit.doc);
      const unit = this.index.unit(hit.unit);
      const stored = documents.get(doc.key)?.units[hit.unit - doc.firstUnit];
      const text = stored?.text ?? '';
      return {
        kind: doc.kind,
        id: doc.id,
        policyId: doc.policyId,
        title: highlight(doc.title, terms, query),
        subtitle: doc.subtitle,
        date: doc.date,
        repealed: doc.repealed,
        section: unit.section,
        sectionId: stored?.sectionId ?? null,
        heading: unit.heading ? highlight(unit.heading, terms, query) : null,
        passage: answer ? passageOf(text, terms, query, ANSWER_LENGTH) : passageOf(text, terms, query),
        answersQuestion: unit.question,
      };
    };
    const total = ranked.length;
    return {
      query: query.typed,
      understoodAs: query.understoodAs,
      answer: answerHit ? view(answerHit, true) : null,
      groups: groups.map(({ kind, total: count, page, next }) => ({ kind, total: count, hits: page.map((hit) => view(hit)), next })),
      total,
      partial,
      suggestions: total === 0 || partial ? this.nearWords(query) : [],
    };
  }

  /** How much of the query the question of a Q&A unit itself holds (not its answer), 0..1. */
  private asks(query: AnalyzedQuery, unit: number): number {
    const words = new Set(termsOf(this.index.unit(unit).heading));
    let total = 0;
    let held = 0;
    for (const concept of query.concepts) {
      if (concept.hint) continue;
      const weight = this.index.importanceOf(concept);
      total += weight;
      if (concept.alternatives.some((alternative) => alternative.terms.length > 0 && alternative.terms.every((term) => words.has(term)))) held += weight;
    }
    return total === 0 ? 0 : held / total;
  }

  /**
   * What one character typed stands for: the words residents use that begin with it (the synonym
   * table's, which holds the services' own names too), then the subjects of titles and the errand
   * words the library holds (证 → 证明, 办 → 办理), most found first — never a word of the library that
   * merely begins with it (开 → 开放日, 开店; not 开展, 开工).
   */
  private wordsMeantBy(character: string): string[] {
    const meant: string[] = [];
    for (const term of this.index.titleVocabulary()) if (term.length > 1 && term.startsWith(character) && isHan(term) && !TITLE_FRAME_WORDS.has(term)) meant.push(term);
    for (const word of ERRAND_WORDS) if (word.startsWith(character) && this.frequency(word) > 0) meant.push(word);
    const phrases = this.synonyms.phrases().filter((phrase) => phrase.length > 1 && phrase.startsWith(character));
    return [...new Set([...phrases, ...meant.sort((a, b) => this.frequency(b) - this.frequency(a))])];
  }

  /** When nothing fits: words of the library close to the query's; for one character, only the words it stands for. */
  private nearWords(query: AnalyzedQuery): string[] {
    const typed = foldText(query.typed);
    if (typed.length === 1 && isHan(typed)) return this.wordsMeantBy(typed).slice(0, SUGGESTIONS);
    const asked = new Set(query.concepts.map((concept) => concept.text));
    const near: string[] = [];
    for (const concept of query.concepts) {
      if (concept.hint || !isHan(concept.text)) continue;
      // Words read alike (户口 → 户口's homophones), not words that merely share a character and an initial
      // with it (户口 → 窗口, 证明 → 说明, 房产 → 生产): those meant nothing to the resident who asked.
      near.push(...this.pinyinVocabulary().similar(concept.text, this.frequency, true, 3));
      const containing: string[] = [];
      // A single character sits inside many unrelated words (证: 论证, 保证): only words it begins (证明, 证件) are near.
      const isNear = concept.text.length === 1 ? (term: string) => term.startsWith(concept.text) : (term: string) => term.includes(concept.text);
      for (const term of this.index.vocabulary()) if (term !== concept.text && isNear(term)) containing.push(term);
      near.push(...containing.sort((a, b) => this.frequency(b) - this.frequency(a)).slice(0, 3));
    }
    return [...new Set(near)].filter((word) => !asked.has(word) && word !== query.typed).slice(0, SUGGESTIONS);
  }

  /** Words to offer while the resident types: searches others made, synonym terms, words of the library (for one character, only the words it stands for). */
  suggest(prefix: string, popular: readonly string[], limit: number): string[] {
    const start = foldText(prefix.trim()).replace(/\s+/gu, '');
    if (start === '') return popular.slice(0, limit);
    const found: string[] = popular.filter((query) => foldText(query).startsWith(start));
    if (start.length === 1 && isHan(start)) return [...new Set([...found, ...this.wordsMeantBy(start)])].slice(0, limit);
    if (/^[a-z]+$/u.test(start)) {
      const pieces = this.pinyinVocabulary().read(start, this.frequency);
      if (pieces.length > 0) found.push(pieces.map((piece) => piece.words[0]).join(''));
    }
    found.push(...this.synonyms.phrases().filter((phrase) => phrase.startsWith(start) && phrase !== start));
    const words: string[] = [];
    for (const term of this.index.vocabulary()) if (term.length > start.length && term.startsWith(start) && isHan(term)) words.push(term);
    found.push(...words.sort((a, b) => this.frequency(b) - this.frequency(a)).slice(0, limit));
    return [...new Set(found)].slice(0, limit);
  }
}
