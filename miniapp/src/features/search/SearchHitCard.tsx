import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../../lib/a11y';
import { dateInWords } from '../../lib/format';
import { highlightRuns, openHit, type HighlightedText, type SearchHit } from './search-hits';

/** A text with the words that matched in bold and underlined (never colour alone). */
export function Highlighted({ value, className }: { value: HighlightedText; className?: string }) {
  return (
    <Text className={className}>
      {highlightRuns(value).map((run, i) =>
        run.matched ? (
          <Text className="search-match" key={i}>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}

/**
 * One result: its title, where it is from and when, the section (or the question) the passage is
 * in, and the passage, with what matched marked. The whole card opens it.
 */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const open = () => openHit(hit);
  const date = hit.date && `${hit.kind === 'EVENT' ? '开放日期' : '发布日期'}：${dateInWords(hit.date)}`;
  return (
    <View className="gov-card gov-card--link search-hit" role="link" tabIndex={0} onClick={open} {...keyboardActivation(open)}>
      <Highlighted className="gov-card__title" value={hit.title} />
      {hit.repealed && <Text className="search-hit__repealed">{hit.kind === 'POLICY' ? '已废止，不再执行' : '所解读的文件已废止'}</Text>}
      {[hit.subtitle, date].filter(Boolean).map((line) => (
        <Text className="gov-card__meta" key={String(line)}>
          {line}
        </Text>
      ))}
      {hit.heading && (
        <View className="search-hit__heading">
          {hit.answersQuestion && <Text>问：</Text>}
          <Highlighted value={hit.heading} />
        </View>
      )}
      {hit.passage.text && <Highlighted className="search-hit__passage" value={hit.passage} />}
    </View>
  );
}
