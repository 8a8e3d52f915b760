import { Text } from '@tarojs/components';

// Each clause keeps its comma; runs of spaces are parts of their own. No lookbehind: iOS 12's WeChat cannot parse one.
const CLAUSES = /[^，]*，|[^，]+/gu;
const WORDS = /[^，\s]*，|\s+|[^，\s]+/gu;

/**
 * A sentence that wraps only where it reads well: by default after a clause's comma, where a clause
 * fits on a line, so an amount never leaves its unit on the next line (安排 600 万元，已使用 575 万元 —
 * never 575 万 / 元); with `breaks="words"` also at its spaces, so a date or time stays whole
 * (12月5日 星期六 上午9:30 — never 星期 / 六 or 上 / 午9:30). The spaces stay between the words.
 */
export function Phrases({ text, className, testId, breaks = 'clauses' }: { text: string; className?: string; testId?: string; breaks?: 'clauses' | 'words' }) {
  const parts = text.match(breaks === 'words' ? WORDS : CLAUSES) ?? [];
  return (
    <Text className={className} data-testid={testId}>
      {parts.map((part, i) =>
        /^\s+$/u.test(part) ? (
          part
        ) : (
          <Text className="gov-phrase" key={i}>
            {part}
          </Text>
        ),
      )}
    </Text>
  );
}
