import { INTENT_ANSWERS } from './filler';
import type { AnalyzedQuery } from './query';
import { foldText, wordsOf } from './text';

// The passage shown under a result: the sentence of the unit that holds most of what was asked,
// with the words that matched (and, for 多少钱 or 几月, the amounts and dates) marked.

export interface Span {
  start: number;
  length: number;
}

export interface Highlighted {
  text: string;
  highlights: Span[];
}

/** Each word that counts as a match, with the concept it stands for and how much it weighs. */
export type MatchTerms = ReadonlyMap<string, { concept: number; weight: number }>;

export function matchTerms(query: AnalyzedQuery, idf: (term: string) => number): MatchTerms {
  const terms = new Map<string, { concept: number; weight: number }>();
  query.concepts.forEach((concept, index) => {
    if (concept.hint) return;
    for (const alternative of concept.alternatives) {
      for (const term of alternative.terms) {
        const weight = idf(term) * alternative.weight;
        const known = terms.get(term);
        if (!known || known.weight < weight) terms.set(term, { concept: index, weight });
      }
    }
  });
  return terms;
}

interface Found {
  start: number;
  end: number;
  concept: number;
  weight: number;
}

function found(text: string, terms: MatchTerms, query: AnalyzedQuery): { words: Found[]; answers: Found[] } {
  const folded = foldText(text);
  const words: Found[] = [];
  for (const token of wordsOf(folded)) {
    const match = terms.get(token.term);
    if (match) words.push({ start: token.start, end: token.end, ...match });
  }
  const answers: Found[] = [];
  for (const intent of query.intents) {
    const answer = INTENT_ANSWERS[intent];
    if (!answer) continue;
    for (const hit of folded.matchAll(answer.pattern)) answers.push({ start: hit.index, end: hit.index + hit[0].length, concept: -1, weight: 0 });
  }
  return { words, answers };
}

function spansWithin(marks: readonly Found[], from: number, to: number, shift: number): Span[] {
  const inside = marks.filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const mark of inside) {
    const last = spans.at(-1);
    const start = mark.start - from + shift;
    if (last && start <= last.start + last.length) {
      last.length = Math.max(last.length, start + (mark.end - mark.start) - last.start);
    } else {
      spans.push({ start, length: mark.end - mark.start });
    }
  }
  return spans;
}

/** The whole text with its matches marked (titles, headings, questions). */
export function highlight(text: string, terms: MatchTerms, query: AnalyzedQuery): Highlighted {
  const { words } = found(text, terms, query);
  return { text, highlights: spansWithin(words, 0, text.length, 0) };
}

const SENTENCE_END = /[。！？；\n]/u;
const PASSAGE_LENGTH = 120;
const SHORT_PASSAGE = 40;

function sentencesOf(text: string): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (SENTENCE_END.test(text[i]!)) {
      sentences.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) sentences.push([start, text.length]);
  return sentences.filter(([from, to]) => text.slice(from, to).trim().length > 0);
}

/**
 * The best sentence of the text for the query — the one holding the most concepts (each by its
 * weightiest word), an answer of the kind asked for (an amount, a date) breaking ties — widened to
 * its neighbours when short and cut around the matches when long.
 */
export function passageOf(text: string, terms: MatchTerms, query: AnalyzedQuery, length = PASSAGE_LENGTH): Highlighted {
  const { words, answers } = found(text, terms, query);
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return { text: '', highlights: [] };
  const scoreOf = ([from, to]: [number, number]) => {
    const best = new Map<number, number>();
    for (const word of words) if (word.start >= from && word.end <= to) best.set(word.concept, Math.max(best.get(word.concept) ?? 0, word.weight));
    const hasAnswer = answers.some((a) => a.start >= from && a.end <= to);
    return [...best.values()].reduce((a, b) => a + b, 0) * (hasAnswer ? 1.5 : 1) + (hasAnswer ? 0.01 : 0);
  };
  let bestIndex = 0;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    const score = scoreOf(sentence);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  });
  let [from, to] = sentences[bestIndex]!;
  for (let next = bestIndex + 1; to - from < SHORT_PASSAGE && next < sentences.length && sentences[next]![1] - from <= length; next += 1) to = sentences[next]![1];
  for (let previous = bestIndex - 1; to - from < SHORT_PASSAGE && previous >= 0 && to - sentences[previous]![0] <= length; previous -= 1) from = sentences[previous]![0];
  let prefix = '';
  let suffix = '';
  if (to - from > length) {
    const inside = [...words, ...answers].filter((m) => m.start >= from && m.end <= to);
    const first = inside.length > 0 ? Math.min(...inside.map((m) => m.start)) : from;
    const start = Math.max(from, Math.min(first - 10, to - length));
    if (start > from) prefix = '…';
    if (start + length < to) suffix = '…';
    from = start;
    to = Math.min(to, start + length);
  }
  // Leading and trailing white space is not shown.
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return {
    // Lines of the passage are joined (same length, so the marks stay where they are).
    text: `${prefix}${text.slice(from, to).replace(/\n/gu, ' ')}${suffix}`,
    highlights: spansWithin([...words, ...answers], from, to, prefix.length),
  };
}
