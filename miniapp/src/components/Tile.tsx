import { Text, View } from '@tarojs/components';
import { keyboardActivation } from '../lib/a11y';
import { Phrases } from './Phrases';

/**
 * A large home-screen tile: a short name, a badge where something waits (3 条未读: words, not a red
 * dot alone), and one line saying what it is for. Its accessible name is
 * its text, both lines (an aria-label of the name alone would hide the hint from screen readers and
 * break WCAG 2.5.3 label-in-name for voice control).
 */
export function Tile({ title, hint, badge, onClick }: { title: string; hint?: string; badge?: string; onClick: () => void }) {
  return (
    <View className="gov-tile" role="link" tabIndex={0} onClick={onClick} {...keyboardActivation(onClick)}>
      <Text className="gov-tile__title">{title}</Text>
      {badge && <Text className="gov-tile__badge">{badge}</Text>}
      {hint && <Phrases className="gov-tile__hint" text={hint} breaks="words" />}
    </View>
  );
}
