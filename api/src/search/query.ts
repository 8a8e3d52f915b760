import { FILLER_WORDS, QUESTION_INTENTS, type QuestionIntent } from './filler';
import type { ScoringConcept, TermAlternative } from './search-index';
import { foldText, isHan, wordsOf } from './text';

// A resident's words → what to look for. Each meaningful word (or phrase staff gave synonyms for)
// becomes a concept; a result should hold most concepts, each through any of its alternatives: the
// word as typed, its synonyms, a correction of a slip, a reading of pinyin. Question words and
// filler become hints at most (what the question asks for), never something that must match.

export interface QueryConcept extends ScoringConcept {
  /** What the concept stands for, as shown to the resident (养老补贴 for ylbt, 补贴 for 补帖). */
  text: string;
  /** Where in the query it came from (folded offsets), so a corrected query can be shown. */
  start: number;
  end: number;
  /** The words of the query were changed to get it: pinyin read, or a slip corrected. */
  reread: boolean;
}

export interface AnalyzedQuery {
  typed: string;
  concepts: QueryConcept[];
  intents: QuestionIntent[];
  /** The query as searched when it differs from what was typed (已按“养老补贴”搜索). */
  understoodAs: string | null;
}

/** What query analysis needs to know of the index and of the synonym table. */
export interface Vocabulary {
  frequency(term: string): number;
  synonymsOf(phrase: string): readonly string[] | undefined;
  /** Longest synonym key, in characters, so the scan stays short. */
  longestSynonym: number;
  readPinyin(letters: string): Array<{ letters: string; words: string[] }>;
  /** Known words one character away; only those that sound the same when `soundAlikeOnly`. */
  similarWords(word: string, soundAlikeOnly: boolean): string[];
}

export const MAX_QUERY_LENGTH = 100;
const SYNONYM_WEIGHT = 0.85;
const SYNONYM_STEP = 0.05;
const CORRECTION_WEIGHT = 0.9;
const PINYIN_WEIGHT = 0.95;
const OTHER_READING_WEIGHT = 0.8;
const HINT_WEIGHT = 0.5;
/** A section holding an amount (or a date) is what 多少钱 (几月) asks for. */
const ANSWER_MARK_WEIGHT = 1;
/** A lone character (补, 丢) says little on its own. */
const LONE_CHARACTER_WEIGHT = 0.4;

/** The words of a text as the index holds them. */
export function termsOf(text: string): string[] {
  return wordsOf(foldText(text))
    .map((token) => token.term)
    .filter((term) => !FILLER_WORDS.has(term));
}

interface Span {
  text: string;
  start: number;
  end: number;
  /** Made of characters ICU found no word for. */
  lone: boolean;
}

/** Cuts question phrases (多少钱, 在哪里, 几月) out of the query, keeping offsets, and says what they asked for. */
function readIntents(folded: string): { rest: string; intents: QuestionIntent[] } {
  let rest = folded;
  const intents: QuestionIntent[] = [];
  for (const { intent, pattern } of QUESTION_INTENTS) {
    const global = new RegExp(pattern.source, 'gu');
    if (!global.test(rest)) continue;
    intents.push(intent);
    rest = rest.replace(global, (found) => ' '.repeat(found.length));
  }
  return { rest, intents };
}

/** Replaces runs of Latin letters that read as known words (ylbt → 养老补贴); returns where it did. */
function readPinyin(folded: string, vocabulary: Vocabulary): { text: string; read: Array<{ start: number; end: number; others: Map<string, string[]> }> } {
  const read: Array<{ start: number; end: number; others: Map<string, string[]> }> = [];
  let text = '';
  let last = 0;
  for (const found of folded.matchAll(/[a-z]+(?:\s+[a-z]+)*/gu)) {
    const letters = found[0].replace(/\s+/gu, '');
    if (vocabulary.frequency(letters) > 0) continue;
    const pieces = vocabulary.readPinyin(letters);
    if (pieces.length === 0) continue;
    text += folded.slice(last, found.index);
    const others = new Map(pieces.map((piece) => [piece.words[0]!, piece.words.slice(1)]));
    const reading = pieces.map((piece) => piece.words[0]!).join('');
    read.push({ start: text.length, end: text.length + reading.length, others });
    text += reading;
    last = found.index + found[0].length;
  }
  return { text: text + folded.slice(last), read };
}

const alternative = (text: string, weight: number): TermAlternative => ({ terms: termsOf(text), weight });

export function analyzeQuery(typed: string, vocabulary: Vocabulary): AnalyzedQuery {
  const query = typed.trim().slice(0, MAX_QUERY_LENGTH);
  const { text: display, read } = readPinyin(foldText(query), vocabulary);
  const { rest, intents } = readIntents(display);
  const readingAt = (span: Span) => read.find((region) => span.start >= region.start && span.end <= region.end);

  // Synonym keys may hold filler (一个月, 交钱), so they are looked for before filler goes.
  const tokens = wordsOf(rest);
  const spans: Array<Span & { synonyms?: readonly string[] }> = [];
  for (let i = 0; i < tokens.length; ) {
    // The longest run of words staff gave synonyms for (种地+补贴 → 涉农补贴; 社+保+卡 → 社会保障卡).
    let matched = 0;
    let synonyms: readonly string[] | undefined;
    let text = '';
    for (let j = i; j < tokens.length && j - i < 6; j += 1) {
      if (j > i && tokens[j]!.start !== tokens[j - 1]!.end) break;
      text += tokens[j]!.term;
      if (text.length > vocabulary.longestSynonym) break;
      const found = vocabulary.synonymsOf(text);
      if (found) {
        matched = j - i + 1;
        synonyms = found;
      }
    }
    if (matched > 0) {
      const taken = tokens.slice(i, i + matched);
      spans.push({ text: taken.map((t) => t.term).join(''), start: taken[0]!.start, end: taken.at(-1)!.end, lone: false, synonyms });
      i += matched;
      continue;
    }
    const token = tokens[i]!;
    if (FILLER_WORDS.has(token.term)) {
      i += 1;
      continue;
    }
    // ICU splits words it does not know into characters, and so does the index: a run of lone
    // characters is one concept, matched character by character.
    const lone = isHan(token.term) && token.term.length === 1;
    const last = spans.at(-1);
    if (lone && last?.lone && last.end === token.start) {
      last.text += token.term;
      last.end = token.end;
    } else {
      spans.push({ text: token.term, start: token.start, end: token.end, lone });
    }
    i += 1;
  }

  const concepts: QueryConcept[] = [];
  for (const span of spans) {
    const number = /^\d+$/u.test(span.text);
    const typedWord = alternative(span.text, span.text.length === 1 && isHan(span.text) ? LONE_CHARACTER_WEIGHT : number ? HINT_WEIGHT : 1);
    if (typedWord.terms.length === 0) continue;
    const reading = readingAt(span);
    // A bare number (an age, 85; a year) is preferred where it occurs but never required.
    const concept: QueryConcept = { text: span.text, start: span.start, end: span.end, alternatives: [typedWord], hint: number, reread: reading !== undefined };
    // Staff list a term's alternatives closest first; each later one weighs a little less.
    (span.synonyms ?? []).forEach((synonym, i) => concept.alternatives.push(alternative(synonym, SYNONYM_WEIGHT - SYNONYM_STEP * i)));
    if (reading) {
      typedWord.weight = PINYIN_WEIGHT;
      for (const other of reading.others.get(span.text) ?? []) concept.alternatives.push(alternative(other, OTHER_READING_WEIGHT));
    }
    // A word the library does not hold may be a slip of one character (补帖, 最底). Two characters
    // have too many neighbours to guess from, and so does a run ICU found no word in: those are
    // corrected only to words that sound the same (what a pinyin input method gets wrong).
    const unknown = span.lone || typedWord.terms.some((term) => vocabulary.frequency(term) === 0);
    if (!span.synonyms && isHan(span.text) && span.text.length > 1 && unknown) {
      const corrections = vocabulary.similarWords(span.text, span.lone || span.text.length < 3);
      for (const correction of corrections) {
        concept.alternatives.push(alternative(correction, CORRECTION_WEIGHT));
        for (const synonym of vocabulary.synonymsOf(correction) ?? []) concept.alternatives.push(alternative(synonym, CORRECTION_WEIGHT * SYNONYM_WEIGHT));
      }
      if (corrections.length > 0) {
        concept.text = corrections[0]!;
        concept.reread = true;
      }
    }
    concepts.push(concept);
  }
  // A query of numbers only (12345) must match them.
  if (concepts.every((concept) => concept.hint)) {
    for (const concept of concepts) {
      concept.hint = false;
      concept.alternatives[0]!.weight = 1;
    }
  }
  for (const intent of intents) {
    const { terms } = QUESTION_INTENTS.find((entry) => entry.intent === intent)!;
    concepts.push({ text: '', start: 0, end: 0, hint: true, reread: false, alternatives: terms.map((term) => ({ terms: [term], weight: term.startsWith('#') ? ANSWER_MARK_WEIGHT : HINT_WEIGHT })) });
  }
  const changed = read.length > 0 || concepts.some((concept) => concept.reread);
  return { typed: query, concepts, intents, understoodAs: changed ? withCorrections(display, concepts) : null };
}

/** The query with pinyin read and slips corrected. */
function withCorrections(display: string, concepts: readonly QueryConcept[]): string {
  let text = display;
  for (const concept of [...concepts].filter((c) => c.reread && !c.hint).sort((a, b) => b.start - a.start)) {
    text = text.slice(0, concept.start) + concept.text + text.slice(concept.end);
  }
  return text.replace(/\s+/gu, '');
}
