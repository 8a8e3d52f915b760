import { Fragment, type ReactNode } from 'react';
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
 *
 * A row is its label and then its value, read in that order, with no element of its own (the line
 * between rows is the value's): a long task table's rows are hundreds. `card` makes the block one
 * card of a list, named for a screen reader (第3项), with no box of its own inside.
 */
export function Fields({ rows, card }: { rows: ReadonlyArray<{ label: string; value: ReactNode }>; card?: string }) {
  return (
    <View className={card ? 'gov-fields gov-card' : 'gov-fields'} role={card ? 'group' : undefined} aria-label={card}>
      {rows.map((row, i) => (
        <Fragment key={`${row.label}-${i}`}>
          <Text className="gov-fields__label">{row.label}</Text>
          {typeof row.value === 'string' && !fitsAnyLine(row.value) ? (
            <Phrases className="gov-fields__value" breaks={row.value.length > LONGEST_FACT ? 'clauses' : 'words'} text={row.value} />
          ) : (
            <Text className="gov-fields__value">{row.value || '—'}</Text>
          )}
        </Fragment>
      ))}
    </View>
  );
}
