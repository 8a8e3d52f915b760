import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';
import { Phrases } from './Phrases';

/**
 * A card that opens something: the whole card is one large tap target. A line of words wraps only
 * between words and after a label's colon (发布日期： / 2022年6月28日, never 发布日 / 期); a line may
 * also be any other content.
 */
export function LinkCard({ title, lines, onClick }: { title: string; lines: ReadonlyArray<ReactNode>; onClick: () => void }) {
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={onClick} {...keyboardActivation(onClick)}>
      <Text className="gov-card__title">{title}</Text>
      {lines.filter(Boolean).map((line, i) => (
        <Text className="gov-card__meta" key={i}>
          {typeof line === 'string' ? <Phrases breaks="words" text={line} /> : line}
        </Text>
      ))}
    </View>
  );
}
