import { Fragment, type ReactNode } from 'react';
import { Text } from '@tarojs/components';

// Each clause keeps its comma (a word also its colon, a list's item its 、); a fact's separator ( · )
// is a part of its own, runs of spaces too. No lookbehind: iOS 12's WeChat cannot parse one.
const CLAUSES = /[^，]*，|[^，]+/gu;
const WORDS = /[^，：、\s]*[，：、]|\s+·(?=\s)|\s+|[^，：、\s]+/gu;
const SPACES = /^\s+$/u;
const SEPARATOR = /^\s+·$/u;
/**
 * Whether a text fits the narrowest line at the largest text (7 characters: a card's value on a
 * 320 px screen at 长辈版 超大, 32 px, has 252 px): it never wraps inside, so its words need no
 * elements of their own (a long policy's task table would otherwise bring thousands).
 */
export const fitsAnyLine = (text: string) => text.length <= 7;
/** Punctuation that opens (goes with the word after it); any other goes with the word before it. */
const OPENING = /^[（(“‘《〈【「『\[]+$/u;

/** The runtime's word dictionary (full ICU: browsers, iOS 14.5+); where it has none, a part is not split further. */
let segmenter: Intl.Segmenter | null | undefined;

/** A number and its unit (2022年, 13个, 600万元), a date's or a time's parts (2026年12月8日, 9:30): one word, never 2022 / 年. */
const joined = (word: string, next: string) => (/\d$/u.test(word) && /^[年月日号时分秒万亿元个人次项岁天]$/u.test(next)) || (/\d[万亿]$/u.test(word) && next === '元') || (/\d[年月时:：]$/u.test(word) && /^\d/u.test(next));

/** A part's words, punctuation kept with its word, so no line starts with ） or ，: 高龄|津贴|和|居家|养老|服务|补贴|政策|解读. */
function wordsOf(part: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl === 'object' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return [part];
  const words: string[] = [];
  let opening = '';
  for (const { segment, isWordLike } of segmenter.segment(part)) {
    if (!isWordLike && OPENING.test(segment)) opening += segment;
    else if (words.length > 0 && !opening && (!isWordLike || joined(words[words.length - 1]!, segment))) words[words.length - 1] += segment;
    else {
      words.push(opening + segment);
      opening = '';
    }
  }
  if (opening) words.push(opening);
  return words;
}

/**
 * What moves to the next line whole where it fits there: a part (a clause, a name, a date), or a
 * label with its value (发布日期：2026年12月5日), so that no line ends in a label whose value starts
 * the next after other facts (… · 发布日期： / 2026年12月5日). A separator ( · ) goes with the fact
 * before it, so no line starts with one.
 */
function unitsOf(parts: readonly string[]): Array<string | string[]> {
  const units: Array<string | string[]> = [];
  for (const part of parts) {
    const last = units[units.length - 1];
    if (SEPARATOR.test(part) && Array.isArray(last)) last[last.length - 1] += part;
    else if (SPACES.test(part)) units.push(part);
    else if (Array.isArray(last) && last.length === 1 && last[0]!.endsWith('：')) last.push(part);
    else units.push([part]);
  }
  return units;
}

/**
 * A part as one phrase, its words phrases of their own where it has several; a word of one character
 * cannot break inside, so it stays plain text between them (区|科技|局|等 → 区, 科技, 局等), as do
 * several in a row.
 */
function phrase(part: string, key: number, words: readonly string[]) {
  if (words.length < 2)
    return (
      <Text className="gov-phrase" key={key}>
        {part}
      </Text>
    );
  const content: ReactNode[] = [];
  words.forEach((word, j) => {
    const last = content[content.length - 1];
    if (word.length > 1)
      content.push(
        <Text className="gov-phrase" key={j}>
          {word}
        </Text>,
      );
    else if (typeof last === 'string') content[content.length - 1] = last + word;
    else content.push(word);
  });
  return (
    <Text className="gov-phrase" key={key}>
      {content}
    </Text>
  );
}

/**
 * A sentence that wraps only where it reads well: by default after a clause's comma, where a clause
 * fits on a line, so an amount never leaves its unit on the next line (安排 600 万元，已使用 575 万元 —
 * never 575 万 / 元); with `breaks="words"` also at its spaces, between facts (文号 · / 发布日期：…,
 * never a line starting with ·) and after a list's 、 (长辈版、字号、 / 高对比度、简洁版 — never 高 / 对比度), so a date, a time, a name or an agenda item stays whole where it fits
 * on a line (12月5日 星期六 上午9:30 — never 星期 / 六 or 上 / 午9:30), a label moves with its value
 * (… · / 发布日期：2026年12月5日 — never 发布日期： / 2026年12月5日) and breaks from it only where the
 * two do not fit a line (发布机构： / 金华市婺城区人民政府办公室 — never 金华市婺 / 城区…) or, before a
 * list, keeps its first word (民生实事：我提的建议和 / 答复、我关注的项目), and a part
 * too long for any line wraps between its words (高龄津贴和 / 居家养老服务补贴政策解读 — never 居 / 家).
 * The spaces stay between the words.
 */
export function Phrases({ text, className, testId, breaks = 'clauses' }: { text: string; className?: string; testId?: string; breaks?: 'clauses' | 'words' }) {
  const parts = text.match(breaks === 'words' ? WORDS : CLAUSES) ?? [];
  const units = breaks === 'words' ? unitsOf(parts) : parts.map((part) => (SPACES.test(part) ? part : [part]));
  return (
    <Text className={className} data-testid={testId}>
      {units.map((unit, i) => {
        if (typeof unit === 'string') return unit;
        const phraseOf = (part: string, key: number) => phrase(part, key, breaks === 'words' && !fitsAnyLine(part) ? wordsOf(part) : [part]);
        const [label, item] = unit;
        if (item?.endsWith('、')) {
          // A label before a list: its first item flows word by word after it, the label kept with
          // the first word, so 民生实事：我提的建议和 / 答复、我关注的项目 takes two lines, not three.
          const [first = '', ...rest] = wordsOf(item);
          return (
            <Fragment key={i}>
              {phrase(label!, 0, [...wordsOf(label!), first])}
              {rest.map((word, j) => phrase(word, j + 1, [word]))}
            </Fragment>
          );
        }
        return unit.length > 1 ? (
          <Text className="gov-phrase" key={i}>
            {unit.map(phraseOf)}
          </Text>
        ) : (
          phraseOf(unit[0]!, i)
        );
      })}
    </Text>
  );
}
