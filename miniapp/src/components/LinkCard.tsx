import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';

/** A card that opens something: the whole card is one large tap target. A line is words, or a <Phrases> that must wrap with care. */
export function LinkCard({ title, lines, onClick }: { title: string; lines: ReadonlyArray<ReactNode>; onClick: () => void }) {
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={onClick} {...keyboardActivation(onClick)}>
      <Text className="gov-card__title">{title}</Text>
      {lines.filter(Boolean).map((line, i) => (
        <Text className="gov-card__meta" key={i}>
          {line}
        </Text>
      ))}
    </View>
  );
}
