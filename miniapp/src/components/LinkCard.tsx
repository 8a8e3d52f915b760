import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';
import { Phrases } from './Phrases';
import { CardTitle } from './CardTitle';

/**
 * A card that opens something: the whole card is one large tap target. A line of words wraps only
 * between words and after a label's colon (发布日期： / 2022年6月28日, never 发布日 / 期); a line may
 * also be any other content.
 */
export function LinkCard({ title, lines, onClick }: { title: string; lines: ReadonlyArray<ReactNode>; onClick: () => void }) {
  const shown = lines.filter(Boolean);
  // Named by its words whole: from its phrases a screen reader would hear 养老 服务 补贴 (each word an element).
  const label = shown.every((line) => typeof line === 'string') ? [title, ...shown].join(' ') : undefined;
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} aria-label={label} onClick={onClick} {...keyboardActivation(onClick)}>
      <CardTitle text={title} />
      {shown.map((line, i) => (
        <Text className="gov-card__meta" key={i}>
          {typeof line === 'string' ? <Phrases breaks="words" text={line} /> : line}
        </Text>
      ))}
    </View>
  );
}
