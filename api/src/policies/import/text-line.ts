import { toSimplified } from '@govopen/shared';

/**
 * A line of the cleaned document: `text` as the document wrote it (an official document keeps its
 * script), `simple` its Simplified form, on which every recogniser works so that Traditional input
 * is understood the same way.
 */
export interface TextLine {
  text: string;
  simple: string;
  /** The number of the source line it starts on (1-based), 0 for text that is no line of the source. */
  line: number;
}

export function textLine(text: string, line = 0): TextLine {
  return { text, simple: toSimplified(text), line };
}

/** Lines that end a sentence or a clause that stands on its own; they are never run on. */
export const SENTENCE_END = /[。；：！？…”’」』.;:!?]$/u;

/** The |---|---| rule drawn under the header of a `|` table. */
export function isPipeRule(text: string): boolean {
  return text.includes('|') && /^[\s|:\-—]+$/u.test(text);
}
