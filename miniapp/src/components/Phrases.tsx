import { Text } from '@tarojs/components';

// Each clause keeps its comma (a word also its colon); runs of spaces are parts of their own. No lookbehind: iOS 12's WeChat cannot parse one.
const CLAUSES = /[^，]*，|[^，]+/gu;
const WORDS = /[^，：\s]*[，：]|\s+|[^，：\s]+/gu;
/** Punctuation that opens (goes with the word after it); any other goes with the word before it. */
const OPENING = /^[（(“‘《〈【「『\[]+$/u;

/** The runtime's word dictionary (full ICU: browsers, iOS 14.5+); where it has none, a part is not split further. */
let segmenter: Intl.Segmenter | null | undefined;

/** A part's words, punctuation kept with its word, so no line starts with ） or ，: 高龄|津贴|和|居家|养老|服务|补贴|政策|解读. */
function wordsOf(part: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl === 'object' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return [part];
  const words: string[] = [];
  let opening = '';
  for (const { segment, isWordLike } of segmenter.segment(part)) {
    if (!isWordLike && OPENING.test(segment)) opening += segment;
    else if (!isWordLike && words.length > 0 && !opening) words[words.length - 1] += segment;
    else {
      words.push(opening + segment);
      opening = '';
    }
  }
  if (opening) words.push(opening);
  return words;
}

/**
 * A sentence that wraps only where it reads well: by default after a clause's comma, where a clause
 * fits on a line, so an amount never leaves its unit on the next line (安排 600 万元，已使用 575 万元 —
 * never 575 万 / 元); with `breaks="words"` also at its spaces and after a label's colon, so a date,
 * a time, a name or an agenda item stays whole where it fits on a line (12月5日 星期六 上午9:30 — never
 * 星期 / 六 or 上 / 午9:30; 发布机构： / 金华市婺城区人民政府办公室 — never 金华市婺 / 城区…), and one
 * too long for any line wraps between its words (高龄津贴和 / 居家养老服务补贴政策解读 — never 居 / 家).
 * The spaces stay between the words.
 */
export function Phrases({ text, className, testId, breaks = 'clauses' }: { text: string; className?: string; testId?: string; breaks?: 'clauses' | 'words' }) {
  const parts = text.match(breaks === 'words' ? WORDS : CLAUSES) ?? [];
  return (
    <Text className={className} data-testid={testId}>
      {parts.map((part, i) => {
        if (/^\s+$/u.test(part)) return part;
        const words = breaks === 'words' ? wordsOf(part) : [part];
        return (
          <Text className="gov-phrase" key={i}>
            {words.length > 1
              ? words.map((word, j) => (
                  <Text className="gov-phrase" key={j}>
                    {word}
                  </Text>
                ))
              : part}
          </Text>
        );
      })}
    </Text>
  );
}
