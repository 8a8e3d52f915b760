import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';

/** A card that opens something: the whole card is one large tap target. */
export function LinkCard({ title, lines, onClick }: { title: string; lines: ReadonlyArray<string | false | null | undefined>; onClick: () => void }) {
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={onClick} {...keyboardActivation(onClick)}>
      <Text className="gov-card__title">{title}</Text>
      {lines.filter((line): line is string => Boolean(line)).map((line) => (
        <Text className="gov-card__meta" key={line}>
          {line}
        </Text>
      ))}
    </View>
  );
}
