// Residents who type pinyin — full (yanglaobutie) or initials (ylbt) — find the words the library
// holds. Readings come from pinyin-match's table of the 6,768 characters of GB2312 with every reading
// of the 616 that have several (26 KB; see docs/decisions for why not pinyin-pro or ICU collation).
// The table is read on first use, never at module load. Only words that occur in the index are
// candidates, so `ylbt` becomes 养老 + 补贴 rather than any of the hundreds of words spelt so.

/** Readings per character, without tones; ü written v (lv, nv) as keyboards do. */
type Readings = ReadonlyMap<string, readonly string[]>;

let readingTable: Readings | null = null;

function readings(): Readings {
  if (!readingTable) {
    // Loaded when pinyin is first needed: the Lambda does not parse the table at cold start.
    const { dict } = require('pinyin-match/src/simplified_dict.js') as { dict: Record<string, string> };
    const table = new Map<string, string[]>();
    for (const [syllable, characters] of Object.entries(dict)) {
      for (const character of characters) {
        const list = table.get(character);
        if (list) list.push(syllable);
        else table.set(character, [syllable]);
      }
    }
    readingTable = table;
  }
  return readingTable;
}

/** Each way the word may be read, as syllables; none when a character has no reading. */
export function readingsOf(word: string, limit = 16): string[][] {
  let spellings: string[][] = [[]];
  for (const character of word) {
    const options = readings().get(character);
    if (!options) return [];
    spellings = spellings.flatMap((spelling) => options.map((syllable) => [...spelling, syllable])).slice(0, limit);
  }
  return spellings;
}

/** A reading key: the syllables run together (yanglao) or their first letters (yl). */
const keysOf = (word: string) => readingsOf(word).flatMap((syllables) => [syllables.join(''), syllables.map((s) => s[0]).join('')]);

export interface PinyinPiece {
  /** The letters this piece of the input covers. */
  letters: string;
  /** Words of the index spelt so, most frequent first. */
  words: string[];
}

const MAX_WORD_LENGTH = 6;
const MAX_INPUT = 40;
const CANDIDATES_PER_PIECE = 3;

/** Words by the way they are spelt, for the words of one index; it grows as the index does. */
export class PinyinVocabulary {
  private readonly byKey = new Map<string, Set<string>>();

  /** Adds a word of two or more Han characters (one character is too ambiguous to guess from letters). */
  add(word: string): void {
    const length = [...word].length;
    if (length < 2 || length > MAX_WORD_LENGTH || !/^\p{Script=Han}+$/u.test(word)) return;
    for (const key of keysOf(word)) {
      const words = this.byKey.get(key);
      if (words) words.add(word);
      else this.byKey.set(key, new Set([word]));
    }
  }

  /**
   * Reads the letters as a run of words: the split that uses the fewest, longest and most frequent
   * words wins (dynamic programming over the letters). Empty when the letters spell nothing known.
   */
  read(letters: string, frequency: (word: string) => number): PinyinPiece[] {
    const input = letters.slice(0, MAX_INPUT);
    const best: Array<{ score: number; pieces: PinyinPiece[] } | null> = [{ score: 0, pieces: [] }];
    for (let end = 1; end <= input.length; end += 1) {
      best[end] = null;
      for (let start = Math.max(0, end - MAX_WORD_LENGTH * 6); start <= end - 2; start += 1) {
        const before = best[start];
        const words = this.byKey.get(input.slice(start, end));
        if (!before || !words) continue;
        const ranked = [...words].sort((a, b) => frequency(b) - frequency(a) || a.localeCompare(b, 'zh'));
        const top = ranked[0]!;
        // Each word adds its characters (fewer, longer words) and a little for being common.
        const score = before.score + 3 * ([...top].length - 1) + Math.log1p(frequency(top)) - 2;
        if (best[end] && best[end]!.score >= score) continue;
        best[end] = { score, pieces: [...before.pieces, { letters: input.slice(start, end), words: ranked.slice(0, CANDIDATES_PER_PIECE) }] };
      }
    }
    return best[input.length]?.pieces ?? [];
  }

  /**
   * Known words one character away from `word`: first those that sound the same (a pinyin input
   * method's slip: 补帖 → 补贴), then — unless `soundAlikeOnly` — any other character (the rest
   * read alike letter for letter).
   */
  similar(word: string, frequency: (word: string) => number, soundAlikeOnly: boolean, limit = 2): string[] {
    const characters = [...word];
    const oneAway = (other: string) => {
      const theirs = [...other];
      return theirs.length === characters.length && theirs.filter((c, i) => c !== characters[i]).length === 1;
    };
    const byFrequency = (a: string, b: string) => frequency(b) - frequency(a) || a.localeCompare(b, 'zh');
    const homophones = new Set<string>();
    const others = new Set<string>();
    for (const syllables of readingsOf(word, 4)) {
      for (const candidate of this.byKey.get(syllables.join('')) ?? []) if (oneAway(candidate)) homophones.add(candidate);
      if (soundAlikeOnly) continue;
      const initials = syllables.map((s) => s[0]!);
      for (let i = 0; i < initials.length; i += 1) {
        for (const letter of 'abcdefghjklmnopqrstwxyz') {
          const key = [...initials.slice(0, i), letter, ...initials.slice(i + 1)].join('');
          for (const candidate of this.byKey.get(key) ?? []) if (!homophones.has(candidate) && oneAway(candidate)) others.add(candidate);
        }
      }
    }
    return [...[...homophones].sort(byFrequency), ...[...others].sort(byFrequency)].slice(0, limit);
  }
}
