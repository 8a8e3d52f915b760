import { Text } from '@tarojs/components';
import { fitsAnyLine, Phrases } from './Phrases';

/**
 * A card's name in words, large and bold, wrapping only between its words as a heading does
 * (社区老年食堂（老年 / 助餐点）建设, never …（老 / 年助餐点…; （示例）义务教育 / 招生入学政策开放日,
 * never …招 / 生…). A name that fits any line is plain text.
 */
export function CardTitle({ text }: { text: string }) {
  return <Text className="gov-card__title">{fitsAnyLine(text) ? text : <Phrases breaks="words" text={text} />}</Text>;
}
