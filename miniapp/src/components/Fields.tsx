import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** Label/value rows (metadata block, one table row as a card): stacked, never side-scrolling. A value is words, or words that must wrap with care (<Phrases>). */
export function Fields({ rows }: { rows: ReadonlyArray<{ label: string; value: ReactNode }> }) {
  return (
    <View className="gov-fields">
      {rows.map((row, i) => (
        <View className="gov-fields__row" key={`${row.label}-${i}`}>
          <Text className="gov-fields__label">{row.label}</Text>
          <Text className="gov-fields__value">{row.value || '—'}</Text>
        </View>
      ))}
    </View>
  );
}
