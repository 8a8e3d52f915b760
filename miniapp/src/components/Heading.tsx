import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { fitsAnyLine, Phrases } from './Phrases';

/**
 * A real heading for screen readers (role="heading" with aria-level on H5, where Taro has no <hN>
 * component), sized from the theme: level 1 is the page title, 2 and 3 the sections under it. The
 * page title and a section's or card's name in words wrap by words (2022年槐荫区 / 政务公开工作要点,
 * never …区政 / 务公开…; 2026年区十大民生实事 / （示例）, never …民 / 生实事…; a message's or a
 * 亲友帮办 card's level-3 name too: 您订阅的内容 / 有新发布, never 您订阅的内 / 容…). A `sentence` (a
 * document's （一）… headings, a score of them on a page) and deeper headings wrap as paragraphs do.
 */
export function Heading({ level, children, id, sentence }: { level: 1 | 2 | 3 | 4; children: ReactNode; id?: string; sentence?: boolean }) {
  // Its words as phrases, named by its words whole (a screen reader would otherwise hear 政务 公开).
  const phrased = level <= 3 && !sentence && typeof children === 'string' && !fitsAnyLine(children) ? children : undefined;
  return (
    <View className={`gov-heading gov-heading--${level}`} role="heading" aria-level={level} id={id} aria-label={phrased}>
      {phrased ? <Phrases breaks="words" text={phrased} /> : children}
    </View>
  );
}
