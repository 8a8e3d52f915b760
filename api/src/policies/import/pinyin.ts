// Scrapers of pages with ruby annotations leave the reading glued after the character:
// 政務(wù)公開, 發(fā)布. Only a bracketed run that can be nothing but pinyin is removed, so that
// real bracketed text such as (一), （区财政局） or (APP) stays.

const TONE_MARKS: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a',
  ē: 'e', é: 'e', ě: 'e', è: 'e',
  ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u',
  ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
};
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '[aeiouv]{1,3}(?:ng|n|r)?';
/** One syllable, with an optional tone digit (wu4). */
const ONE_SYLLABLE = new RegExp(`^${INITIAL}${FINAL}[1-5]?$`);
/** Syllables written together (zhèngwù); only trusted when tone marks prove it is pinyin. */
const GLUED_SYLLABLES = new RegExp(`^(?:${INITIAL}${FINAL}[1-5]?)+$`);

/** A bracketed run right after a Chinese character, in ASCII or full-width brackets. */
const READING_AFTER_HAN = /(\p{Script=Han})[(（]([^()（）]{1,40})[)）]/gu;

function isPinyin(reading: string): boolean {
  if (!/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5' ]+$/u.test(reading)) return false;
  const plain = [...reading].map((ch) => TONE_MARKS[ch] ?? ch).join('');
  const syllables = plain.split(/[\s']+/u).filter(Boolean);
  if (syllables.length === 0) return false;
  // Without tone marks, glued letters could be an English word such as (online): require one
  // syllable per group, as readings glued after single characters are written.
  const pattern = TONE_MARKED.test(reading) ? GLUED_SYLLABLES : ONE_SYLLABLE;
  return syllables.every((syllable) => pattern.test(syllable));
}

/** The line without pinyin readings glued after its characters. */
export function stripPinyinReadings(line: string): string {
  return line.replace(READING_AFTER_HAN, (whole, han: string, reading: string) =>
    isPinyin(reading) ? han : whole,
  );
}
