import { Text, View } from '@tarojs/components';
import { Action } from './Action';

type Props = {
  title: string;
  description: string;
  on: boolean;
  onChange: (on: boolean) => void;
  /** What the button says while it is off; 开启<title> unless the title reads badly after 开启. */
  turnOn?: string;
  /** What the button says while it is on; 关闭<title> unless given. */
  turnOff?: string;
};

/**
 * A setting that is on or off. The row says what it is and how it is now, in words (长辈版：已开启),
 * and the button says what a tap will do (关闭长辈版): nobody has to guess whether a button's words are
 * its state or its action, and colour is never the cue. The state line is announced when it changes.
 */
export function Toggle({ title, description, on, onChange, turnOn = `开启${title}`, turnOff = `关闭${title}` }: Props) {
  return (
    <View className="gov-toggle" role="group" aria-label={title}>
      <Text className="gov-toggle__title" aria-live="polite">
        {`${title}：`}
        <Text className={`gov-toggle__state${on ? ' gov-toggle__state--on' : ''}`}>{on ? '已开启' : '已关闭'}</Text>
      </Text>
      <Text className="gov-toggle__description">{description}</Text>
      <Action kind={on ? 'plain' : 'primary'} className="gov-toggle__action" onClick={() => onChange(!on)}>
        {on ? turnOff : turnOn}
      </Action>
    </View>
  );
}
