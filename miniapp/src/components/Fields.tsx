import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Phrases } from './Phrases';

/**
 * Label/value rows (metadata block, one table row as a card): stacked, never side-scrolling. A value
 * in words wraps only between its words (12月5日 星期六 上午9:30, never 星期 / 六), as a LinkCard's
 * lines do; a value may also be any other content.
 */
export function Fields({ rows }: { rows: ReadonlyArray<{ label: string; value: ReactNode }> }) {
  return (
    <View className="gov-fields">
      {rows.map((row, i) => (
        <View className="gov-fields__row" key={`${row.label}-${i}`}>
          <Text className="gov-fields__label">{row.label}</Text>
          <Text className="gov-fields__value">{typeof row.value === 'string' && row.value ? <Phrases breaks="words" text={row.value} /> : row.value || '—'}</Text>
        </View>
      ))}
    </View>
  );
}
