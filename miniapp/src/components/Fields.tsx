import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { fitsAnyLine, Phrases } from './Phrases';

/**
 * The longest value that is a fact (a date, a place, a department, a deadline: the 婺城 task table's
 * cells have at most 35 characters); a longer one is a sentence (槐荫's 具体要求), read as a paragraph.
 */
const LONGEST_FACT = 40;

/**
 * Label/value rows (metadata block, one table row as a card): stacked, never side-scrolling. A fact
 * wraps only between its words (12月5日 星期六 上午9:30, never 星期 / 六), as a LinkCard's lines do; a
 * sentence between its clauses where a clause fits a line, else as any Chinese paragraph (its words
 * as elements would weigh thousands on a long task table); a value that fits any line is plain text
 * (a 序号); a value may also be any other content.
 */
export function Fields({ rows }: { rows: ReadonlyArray<{ label: string; value: ReactNode }> }) {
  return (
    <View className="gov-fields">
      {rows.map((row, i) => (
        <View className="gov-fields__row" key={`${row.label}-${i}`}>
          <Text className="gov-fields__label">{row.label}</Text>
          {typeof row.value === 'string' && !fitsAnyLine(row.value) ? (
            <Phrases className="gov-fields__value" breaks={row.value.length > LONGEST_FACT ? 'clauses' : 'words'} text={row.value} />
          ) : (
            <Text className="gov-fields__value">{row.value || '—'}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
