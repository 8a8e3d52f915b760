import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { FILLER_WORDS, INTENT_ANSWERS } from './filler';
import type { SearchDocument, SearchKind } from './search-model';
import { foldText, wordsOf } from './text';

// The inverted index, in memory: for every word, the units (sections, answers …) that hold it and
// how often, in the body and in the heading; titles have their own small index per document.
//
// Postings live in two parts: a packed base (typed arrays, what a snapshot holds) and a small
// growing part for documents added since (publishing, the change log). A removed document's units
// are marked dead and skipped; `compact()` folds both parts into a new base without the dead.
// Document frequencies count dead postings until then: a few changed documents move them little.

/** A document as the index keeps it: what results show without reading the texts. */
export interface IndexedDocument extends Omit<SearchDocument, 'units'> {
  firstUnit: number;
  unitCount: number;
  titleLength: number;
  /** When the document was last changed (the change log's instant; '' when unknown). */
  version: string;
}

export interface IndexedUnit {
  heading: string;
  section: number | null;
  question: boolean;
}

/** A word a result must or may contain, with how much it weighs; see query.ts. */
export interface TermAlternative {
  terms: string[];
  weight: number;
}

export interface ScoringConcept {
  alternatives: TermAlternative[];
  /** A hint (what a question asks for) adds to the score but never makes a match. */
  hint: boolean;
}

export interface UnitScore {
  unit: number;
  score: number;
  /** Share of the query's meaning (its concepts, weighted by rarity) the unit and its title hold, 0..1. */
  coverage: number;
}

/** A document that holds some of the query: where it does best, and how much of the query it holds. */
export interface DocumentHit extends UnitScore {
  doc: number;
  /** Its best question and answer, if it has any that matched (an interpretation's Q&A). */
  question: UnitScore | null;
}

interface GrowingPostings {
  units: number[];
  body: number[];
  head: number[];
}

interface TitlePostings {
  docs: number[];
  tf: number[];
}

const K1 = 1.2;
const BODY_B = 0.75;
const HEAD_WEIGHT = 2;
const HEAD_B = 0.5;
const TITLE_WEIGHT = 2.5;
const TITLE_B = 0.5;
/** What is new gains up to this share of its score, halving every two years. */
const RECENCY_GAIN = 0.1;
const RECENCY_HALF_LIFE_DAYS = 730;
const SNAPSHOT_FORMAT = 1;
/** Weight of a concept the library does not hold, as a share of the rarest word's. */
const UNKNOWN_IMPORTANCE = 0.25;
const ANSWER_MARK_IDF = 3;

function termCounts(text: string): Map<string, number> {
  const folded = foldText(text);
  const counts = new Map<string, number>();
  for (const { term } of wordsOf(folded)) {
    if (FILLER_WORDS.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  for (const answer of Object.values(INTENT_ANSWERS)) {
    const found = folded.match(answer.pattern)?.length ?? 0;
    if (found > 0) counts.set(answer.mark, found);
  }
  return counts;
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

export class SearchIndex {
  private docs: Array<IndexedDocument | undefined> = [];
  private readonly docByKey = new Map<string, number>();
  private units: IndexedUnit[] = [];
  private unitDoc: number[] = [];
  private unitBodyLength: number[] = [];
  private unitHeadLength: number[] = [];
  private unitAlive: number[] = [];
  private liveUnits = 0;
  private liveDocs = 0;
  private bodyLengthSum = 0;
  private headLengthSum = 0;
  private titleLengthSum = 0;

  // The packed base.
  private baseTerms = new Map<string, number>();
  private baseOffsets = new Uint32Array(1);
  private baseUnits = new Int32Array(0);
  private baseBody = new Uint16Array(0);
  private baseHead = new Uint8Array(0);
  // What was added since.
  private growing = new Map<string, GrowingPostings>();
  private titles = new Map<string, TitlePostings>();
  /** Called with each word new to the index (the pinyin and typo tables grow with it). */
  onNewTerm: ((term: string) => void) | null = null;

  get documentCount(): number {
    return this.liveDocs;
  }

  get unitCount(): number {
    return this.liveUnits;
  }

  /** The version of the document held under the key, or null. */
  versionOf(key: string): string | null {
    const doc = this.docByKey.get(key);
    return doc === undefined ? null : this.document(doc).version;
  }

  document(doc: number): IndexedDocument {
    const found = this.docs[doc];
    if (!found) throw new Error(`document ${doc} is not in the index`);
    return found;
  }

  unit(unit: number): IndexedUnit {
    return this.units[unit]!;
  }

  /** Adds the document, replacing the one with the same key; `version` is when it changed. */
  add(document: SearchDocument, version = ''): void {
    this.remove(document.key);
    const doc = this.docs.length;
    const titleCounts = termCounts(document.title);
    const { units: _units, ...shown } = document;
    const entry: IndexedDocument = {
      ...shown,
      firstUnit: this.units.length,
      unitCount: document.units.length,
      titleLength: sum(titleCounts),
      version,
    };
    this.docs.push(entry);
    this.docByKey.set(document.key, doc);
    this.liveDocs += 1;
    this.titleLengthSum += entry.titleLength;
    for (const [term, tf] of titleCounts) {
      let postings = this.titles.get(term);
      if (!postings) {
        postings = { docs: [], tf: [] };
        this.titles.set(term, postings);
        if (!this.isKnown(term)) this.onNewTerm?.(term);
      }
      postings.docs.push(doc);
      postings.tf.push(tf);
    }
    for (const unit of document.units) {
      const id = this.units.length;
      const body = termCounts(unit.text);
      const head = termCounts(unit.heading);
      this.units.push({ heading: unit.heading, section: unit.section, question: unit.question });
      this.unitDoc.push(doc);
      this.unitBodyLength.push(sum(body));
      this.unitHeadLength.push(sum(head));
      this.unitAlive.push(1);
      this.liveUnits += 1;
      this.bodyLengthSum += this.unitBodyLength[id]!;
      this.headLengthSum += this.unitHeadLength[id]!;
      for (const term of new Set([...body.keys(), ...head.keys()])) {
        let postings = this.growing.get(term);
        if (!postings) {
          if (!this.isKnown(term)) this.onNewTerm?.(term);
          postings = { units: [], body: [], head: [] };
          this.growing.set(term, postings);
        }
        postings.units.push(id);
        postings.body.push(Math.min(body.get(term) ?? 0, 0xffff));
        postings.head.push(Math.min(head.get(term) ?? 0, 0xff));
      }
    }
  }

  remove(key: string): boolean {
    const doc = this.docByKey.get(key);
    if (doc === undefined) return false;
    const entry = this.document(doc);
    for (let unit = entry.firstUnit; unit < entry.firstUnit + entry.unitCount; unit += 1) {
      this.unitAlive[unit] = 0;
      this.liveUnits -= 1;
      this.bodyLengthSum -= this.unitBodyLength[unit]!;
      this.headLengthSum -= this.unitHeadLength[unit]!;
    }
    this.titleLengthSum -= entry.titleLength;
    this.docs[doc] = undefined;
    this.docByKey.delete(key);
    this.liveDocs -= 1;
    return true;
  }

  private isKnown(term: string): boolean {
    return this.baseTerms.has(term) || this.growing.has(term) || this.titles.has(term);
  }

  /** How many units and titles hold the word (dead ones included until the next compaction). */
  documentFrequency(term: string): number {
    const base = this.baseTerms.get(term);
    const inBase = base === undefined ? 0 : this.baseOffsets[base + 1]! - this.baseOffsets[base]!;
    return inBase + (this.growing.get(term)?.units.length ?? 0) + (this.titles.get(term)?.docs.length ?? 0);
  }

  idf(term: string): number {
    const df = this.documentFrequency(term);
    const n = Math.max(this.liveUnits, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The words of documents' titles (of removed ones too until the next compaction). */
  titleVocabulary(): IterableIterator<string> {
    return this.titles.keys();
  }

  /** Every word in the index. */
  *vocabulary(): Generator<string> {
    yield* this.baseTerms.keys();
    for (const term of this.growing.keys()) if (!this.baseTerms.has(term)) yield term;
    for (const term of this.titles.keys()) if (!this.baseTerms.has(term) && !this.growing.has(term)) yield term;
  }

  /**
   * Scores every live unit that holds any word of the query. A concept's score in a unit is the best
   * of its alternatives (the resident's word, a synonym, a correction); an alternative scores its
   * words by BM25F over body and heading, plus its words in the document's title.
   */
  score(concepts: readonly ScoringConcept[], accept: (doc: IndexedDocument) => boolean, today: Date): DocumentHit[] {
    // Typed arrays indexed by unit and document, no objects per posting: a query of common words
    // touches every unit of the library.
    const unitTotal = this.units.length;
    const docTotal = this.docs.length;
    const n = Math.max(this.liveUnits, 1);
    const avgBody = Math.max(this.bodyLengthSum / n, 1);
    const avgHead = Math.max(this.headLengthSum / n, 1);
    const avgTitle = Math.max(this.titleLengthSum / Math.max(this.liveDocs, 1), 1);
    const conceptCount = concepts.length;
    const conceptScore = new Float32Array(unitTotal * conceptCount);
    const conceptCover = new Float32Array(unitTotal * conceptCount);
    const touched = new Int32Array(unitTotal);
    let touchedCount = 0;
    const isTouched = new Uint8Array(unitTotal);
    const altScore = new Float32Array(unitTotal);
    const altCover = new Float32Array(unitTotal);
    const altUnits = new Int32Array(unitTotal + docTotal);
    const altTitleScore = new Float32Array(docTotal);
    const altTitleCover = new Float32Array(docTotal);
    const altDocs = new Int32Array(docTotal);
    const altDocMatched = new Uint8Array(docTotal);
    // A concept's best showing in each document's title alone: it counts for every unit of the document.
    const titleScore = new Float32Array(docTotal * conceptCount);
    const titleCover = new Float32Array(docTotal * conceptCount);
    const importance = concepts.map((concept) => (concept.hint ? 0 : this.importanceOf(concept)));
    const { unitAlive, unitBodyLength, unitHeadLength, unitDoc } = this;

    concepts.forEach((concept, c) => {
      for (const alternative of concept.alternatives) {
        let altCount = 0;
        let altDocCount = 0;
        let idfTotal = 0;
        for (const term of alternative.terms) {
          // An amount or a date is what 多少钱 or 几月 asks for, however many sections hold one.
          const idf = term.startsWith('#') ? Math.max(this.idf(term), ANSWER_MARK_IDF) : this.idf(term);
          idfTotal += idf;
          const visit = (unit: number, body: number, head: number) => {
            if (unitAlive[unit] === 0) return;
            const bodyNorm = body / (1 - BODY_B + (BODY_B * unitBodyLength[unit]!) / avgBody);
            const headNorm = head / (1 - HEAD_B + (HEAD_B * unitHeadLength[unit]!) / avgHead);
            const tf = bodyNorm + HEAD_WEIGHT * headNorm;
            if (altCover[unit] === 0) altUnits[altCount++] = unit;
            altScore[unit]! += (idf * tf * (K1 + 1)) / (tf + K1);
            altCover[unit]! += idf;
          };
          const base = this.baseTerms.get(term);
          if (base !== undefined) {
            const { baseUnits, baseBody, baseHead } = this;
            for (let i = this.baseOffsets[base]!, end = this.baseOffsets[base + 1]!; i < end; i += 1) visit(baseUnits[i]!, baseBody[i]!, baseHead[i]!);
          }
          const growing = this.growing.get(term);
          if (growing) for (let i = 0; i < growing.units.length; i += 1) visit(growing.units[i]!, growing.body[i]!, growing.head[i]!);
          const titled = this.titles.get(term);
          if (titled) {
            for (let i = 0; i < titled.docs.length; i += 1) {
              const doc = titled.docs[i]!;
              const entry = this.docs[doc];
              if (!entry) continue;
              const tf = titled.tf[i]! / (1 - TITLE_B + (TITLE_B * entry.titleLength) / avgTitle);
              if (altTitleCover[doc] === 0) altDocs[altDocCount++] = doc;
              altTitleScore[doc]! += (TITLE_WEIGHT * idf * tf * (K1 + 1)) / (tf + K1);
              altTitleCover[doc]! += idf;
            }
          }
        }
        if (idfTotal === 0) continue;
        // Docs matched only in their title are represented by their first unit.
        for (let i = 0; i < altDocCount; i += 1) {
          const doc = altDocs[i]!;
          altDocMatched[doc] = 1;
          const entry = this.docs[doc]!;
          if (entry.unitCount > 0 && altCover[entry.firstUnit] === 0) altUnits[altCount++] = entry.firstUnit;
        }
        // Longer alternatives (居家养老服务补贴) should not win only for having more words.
        const lengthNorm = 1 / Math.sqrt(alternative.terms.length);
        for (let i = 0; i < altCount; i += 1) {
          const unit = altUnits[i]!;
          const doc = unitDoc[unit]!;
          const titled = altDocMatched[doc] === 1;
          const score = alternative.weight * lengthNorm * (altScore[unit]! + (titled ? altTitleScore[doc]! : 0));
          const cover = alternative.weight * Math.min(1, (altCover[unit]! + (titled ? altTitleCover[doc]! : 0)) / idfTotal);
          const at = unit * conceptCount + c;
          if (score > conceptScore[at]!) conceptScore[at] = score;
          if (cover > conceptCover[at]!) conceptCover[at] = cover;
          if (isTouched[unit] === 0) {
            isTouched[unit] = 1;
            touched[touchedCount++] = unit;
          }
          altScore[unit] = 0;
          altCover[unit] = 0;
        }
        for (let i = 0; i < altDocCount; i += 1) {
          const doc = altDocs[i]!;
          const at = doc * conceptCount + c;
          const score = alternative.weight * lengthNorm * altTitleScore[doc]!;
          const cover = alternative.weight * Math.min(1, altTitleCover[doc]! / idfTotal);
          if (score > titleScore[at]!) titleScore[at] = score;
          if (cover > titleCover[at]!) titleCover[at] = cover;
          altTitleScore[doc] = 0;
          altTitleCover[doc] = 0;
          altDocMatched[doc] = 0;
        }
      }
    });

    const importanceTotal = importance.reduce((a, b) => a + b, 0) || 1;
    // Per document: its best unit (the passage shown), its best question-and-answer unit, and
    // which concepts it holds anywhere (a section may hold 小学 and another 报名).
    const accepted = new Int8Array(docTotal);
    const bestUnit = new Int32Array(docTotal).fill(-1);
    const bestScore = new Float32Array(docTotal);
    const bestCoverage = new Float32Array(docTotal);
    const questionUnit = new Int32Array(docTotal).fill(-1);
    const questionScore = new Float32Array(docTotal);
    const questionCoverage = new Float32Array(docTotal);
    const docCover = titleCover.slice();
    const docsSeen: number[] = [];
    for (let i = 0; i < touchedCount; i += 1) {
      const unit = touched[i]!;
      const doc = unitDoc[unit]!;
      if (accepted[doc] === 0) accepted[doc] = this.docs[doc] && accept(this.docs[doc]!) ? 1 : -1;
      if (accepted[doc] === -1) continue;
      let score = 0;
      let covered = 0;
      for (let c = 0; c < conceptCount; c += 1) {
        const u = unit * conceptCount + c;
        const d = doc * conceptCount + c;
        score += Math.max(conceptScore[u]!, titleScore[d]!);
        const share = Math.max(conceptCover[u]!, titleCover[d]!);
        covered += importance[c]! * share;
        if (share > docCover[d]!) docCover[d] = share;
      }
      const coverage = covered / importanceTotal;
      const weighted = score * (0.25 + 0.75 * coverage);
      if (bestUnit[doc] === -1) docsSeen.push(doc);
      if (bestUnit[doc] === -1 || weighted > bestScore[doc]!) {
        bestUnit[doc] = unit;
        bestScore[doc] = weighted;
        bestCoverage[doc] = coverage;
      }
      if (this.units[unit]!.question && (questionUnit[doc] === -1 || weighted > questionScore[doc]!)) {
        questionUnit[doc] = unit;
        questionScore[doc] = weighted;
        questionCoverage[doc] = coverage;
      }
    }
    const hits: DocumentHit[] = [];
    for (const doc of docsSeen) {
      let covered = 0;
      for (let c = 0; c < conceptCount; c += 1) covered += importance[c]! * docCover[doc * conceptCount + c]!;
      const coverage = covered / importanceTotal;
      if (coverage === 0) continue;
      const recency = this.recency(this.docs[doc]!, today);
      const unitScore = bestScore[doc]! / (0.25 + 0.75 * bestCoverage[doc]!);
      hits.push({
        doc,
        unit: bestUnit[doc]!,
        score: unitScore * (0.25 + 0.75 * coverage) * recency,
        coverage,
        question: questionUnit[doc] === -1 ? null : { unit: questionUnit[doc]!, score: questionScore[doc]! * recency, coverage: questionCoverage[doc]! },
      });
    }
    return hits;
  }

  /**
   * How much a concept matters: the rarity of its own words (or of its best-known alternative's).
   * A word the library does not hold at all still counts a little: a document cannot hold it, and
   * results for the rest of the query are then partial (but shown: it never blocks them).
   */
  importanceOf(concept: ScoringConcept): number {
    let best = 0;
    let weight = 0;
    for (const alternative of concept.alternatives) {
      weight = Math.max(weight, alternative.weight);
      const known = alternative.terms.filter((term) => this.documentFrequency(term) > 0);
      if (known.length === 0) continue;
      const mean = known.reduce((a, term) => a + this.idf(term), 0) / alternative.terms.length;
      best = Math.max(best, mean * alternative.weight);
    }
    return best > 0 ? best : UNKNOWN_IMPORTANCE * weight * Math.log(1 + Math.max(this.liveUnits, 1));
  }

  private recency(entry: IndexedDocument, today: Date): number {
    if (!entry.date) return 1;
    const ageDays = Math.max(0, (today.getTime() - Date.parse(entry.date)) / 86_400_000);
    return 1 + RECENCY_GAIN * 2 ** (-ageDays / RECENCY_HALF_LIFE_DAYS);
  }

  private forEachPosting(term: string, visit: (unit: number, body: number, head: number) => void): void {
    const base = this.baseTerms.get(term);
    if (base !== undefined) {
      for (let i = this.baseOffsets[base]!; i < this.baseOffsets[base + 1]!; i += 1) visit(this.baseUnits[i]!, this.baseBody[i]!, this.baseHead[i]!);
    }
    const growing = this.growing.get(term);
    if (growing) for (let i = 0; i < growing.units.length; i += 1) visit(growing.units[i]!, growing.body[i]!, growing.head[i]!);
  }

  /** Folds everything into a packed base without removed documents; unit and document numbers change. */
  compact(): void {
    const docMap = new Map<number, number>();
    const unitMap = new Int32Array(this.units.length).fill(-1);
    const docs: IndexedDocument[] = [];
    const units: IndexedUnit[] = [];
    const unitDoc: number[] = [];
    const bodyLength: number[] = [];
    const headLength: number[] = [];
    this.docs.forEach((entry, doc) => {
      if (!entry) return;
      const newDoc = docs.length;
      docMap.set(doc, newDoc);
      const firstUnit = units.length;
      for (let unit = entry.firstUnit; unit < entry.firstUnit + entry.unitCount; unit += 1) {
        unitMap[unit] = units.length;
        units.push(this.units[unit]!);
        unitDoc.push(newDoc);
        bodyLength.push(this.unitBodyLength[unit]!);
        headLength.push(this.unitHeadLength[unit]!);
      }
      docs.push({ ...entry, firstUnit });
    });

    const terms = [...new Set([...this.baseTerms.keys(), ...this.growing.keys()])];
    const offsets = new Uint32Array(terms.length + 1);
    const collected: Array<[number[], number[], number[]]> = [];
    let total = 0;
    terms.forEach((term) => {
      const postings: [number[], number[], number[]] = [[], [], []];
      this.forEachPosting(term, (unit, body, head) => {
        const moved = unitMap[unit]!;
        if (moved < 0) return;
        postings[0].push(moved);
        postings[1].push(body);
        postings[2].push(head);
      });
      collected.push(postings);
      total += postings[0].length;
    });
    const baseUnits = new Int32Array(total);
    const baseBody = new Uint16Array(total);
    const baseHead = new Uint8Array(total);
    const baseTerms = new Map<string, number>();
    let at = 0;
    let kept = 0;
    collected.forEach(([unitsOf, bodyOf, headOf], i) => {
      if (unitsOf.length === 0) return;
      baseTerms.set(terms[i]!, kept);
      offsets[kept] = at;
      baseUnits.set(unitsOf, at);
      baseBody.set(bodyOf, at);
      baseHead.set(headOf, at);
      at += unitsOf.length;
      kept += 1;
    });
    offsets[kept] = at;

    const titles = new Map<string, TitlePostings>();
    for (const [term, postings] of this.titles) {
      const moved: TitlePostings = { docs: [], tf: [] };
      postings.docs.forEach((doc, i) => {
        const newDoc = docMap.get(doc);
        if (newDoc === undefined) return;
        moved.docs.push(newDoc);
        moved.tf.push(postings.tf[i]!);
      });
      if (moved.docs.length > 0) titles.set(term, moved);
    }

    this.docs = docs;
    this.docByKey.clear();
    docs.forEach((entry, doc) => this.docByKey.set(entry.key, doc));
    this.units = units;
    this.unitDoc = unitDoc;
    this.unitBodyLength = bodyLength;
    this.unitHeadLength = headLength;
    this.unitAlive = units.map(() => 1);
    this.baseTerms = baseTerms;
    this.baseOffsets = offsets.slice(0, kept + 1);
    this.baseUnits = baseUnits;
    this.baseBody = baseBody;
    this.baseHead = baseHead;
    this.growing = new Map();
    this.titles = titles;
  }

  /** A compact binary form (compacted first): what a snapshot stores. */
  serialize(): Buffer {
    this.compact();
    const terms = [...this.baseTerms.keys()];
    // Unit numbers within a word's postings rise, so gaps are small and compress well.
    const gaps = new Uint32Array(this.baseUnits.length);
    for (let t = 0; t < terms.length; t += 1) {
      let previous = 0;
      for (let i = this.baseOffsets[t]!; i < this.baseOffsets[t + 1]!; i += 1) {
        gaps[i] = this.baseUnits[i]! - previous;
        previous = this.baseUnits[i]!;
      }
    }
    const header = {
      format: SNAPSHOT_FORMAT,
      docs: (this.docs as IndexedDocument[]).map((d) => [d.key, d.kind, d.id, d.policyId, d.title, d.subtitle, d.date, d.repealed ? 1 : 0, d.unitCount, d.titleLength, d.version]),
      units: this.units.map((u) => [u.heading, u.section, u.question ? 1 : 0]),
      bodyLength: this.unitBodyLength,
      headLength: this.unitHeadLength,
      titles: [...this.titles].map(([term, p]) => [term, p.docs, p.tf]),
      postings: this.baseUnits.length,
    };
    const parts = [
      Buffer.from(JSON.stringify(header)),
      Buffer.from(terms.join('\n')),
      Buffer.from(this.baseOffsets.buffer, this.baseOffsets.byteOffset, this.baseOffsets.byteLength),
      Buffer.from(gaps.buffer),
      Buffer.from(this.baseBody.buffer, this.baseBody.byteOffset, this.baseBody.byteLength),
      Buffer.from(this.baseHead.buffer, this.baseHead.byteOffset, this.baseHead.byteLength),
    ];
    const lengths = Buffer.alloc(4 * parts.length);
    parts.forEach((part, i) => lengths.writeUInt32LE(part.length, 4 * i));
    const raw = Buffer.concat([lengths, ...parts]);
    return brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  }

  static deserialize(snapshot: Buffer): SearchIndex {
    const raw = brotliDecompressSync(snapshot);
    const partCount = 6;
    const parts: Buffer[] = [];
    let at = 4 * partCount;
    for (let i = 0; i < partCount; i += 1) {
      const length = raw.readUInt32LE(4 * i);
      parts.push(raw.subarray(at, at + length));
      at += length;
    }
    const copy = (part: Buffer): ArrayBuffer => {
      const bytes = new Uint8Array(part.length);
      bytes.set(part);
      return bytes.buffer;
    };
    const header = JSON.parse(parts[0]!.toString()) as {
      format: number;
      docs: Array<[string, SearchKind, string, string | null, string, string | null, string | null, number, number, number, string]>;
      units: Array<[string, number | null, number]>;
      bodyLength: number[];
      headLength: number[];
      titles: Array<[string, number[], number[]]>;
    };
    if (header.format !== SNAPSHOT_FORMAT) throw new Error(`search snapshot format ${header.format} is not ${SNAPSHOT_FORMAT}`);
    const index = new SearchIndex();
    let firstUnit = 0;
    index.docs = header.docs.map(([key, kind, id, policyId, title, subtitle, date, repealed, unitCount, titleLength, version]) => {
      const entry = { key, kind, id, policyId, title, subtitle, date, repealed: repealed === 1, firstUnit, unitCount, titleLength, version };
      firstUnit += unitCount;
      return entry;
    });
    index.docs.forEach((entry, doc) => {
      index.docByKey.set(entry!.key, doc);
      for (let u = 0; u < entry!.unitCount; u += 1) index.unitDoc.push(doc);
      index.titleLengthSum += entry!.titleLength;
    });
    index.units = header.units.map(([heading, section, question]) => ({ heading, section, question: question === 1 }));
    index.unitBodyLength = header.bodyLength;
    index.unitHeadLength = header.headLength;
    index.unitAlive = index.units.map(() => 1);
    index.liveDocs = index.docs.length;
    index.liveUnits = index.units.length;
    index.bodyLengthSum = header.bodyLength.reduce((a, b) => a + b, 0);
    index.headLengthSum = header.headLength.reduce((a, b) => a + b, 0);
    index.titles = new Map(header.titles.map(([term, docs, tf]) => [term, { docs, tf }]));
    const terms = parts[1]!.length > 0 ? parts[1]!.toString().split('\n') : [];
    terms.forEach((term, i) => index.baseTerms.set(term, i));
    index.baseOffsets = new Uint32Array(copy(parts[2]!));
    index.baseUnits = new Int32Array(copy(parts[3]!));
    for (let t = 0; t < terms.length; t += 1) {
      let previous = 0;
      for (let i = index.baseOffsets[t]!; i < index.baseOffsets[t + 1]!; i += 1) {
        previous += index.baseUnits[i]!;
        index.baseUnits[i] = previous;
      }
    }
    index.baseBody = new Uint16Array(copy(parts[4]!));
    index.baseHead = new Uint8Array(copy(parts[5]!));
    return index;
  }
}
