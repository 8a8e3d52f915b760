import { Text, View } from '@tarojs/components';
import { Action } from './Action';

/** A setting that is on or off, said in words (已开启 / 已关闭), not by colour alone. */
export function Toggle(props: { title: string; description: string; on: boolean; onChange: (on: boolean) => void }) {
  const { title, description, on, onChange } = props;
  return (
    <View className="gov-toggle">
      <View className="gov-toggle__text">
        <Text className="gov-toggle__title">{title}</Text>
        <Text className="gov-toggle__description">{description}</Text>
      </View>
      <Action
        kind={on ? 'primary' : 'plain'}
        role="switch"
        pressed={on}
        label={`${title}，${on ? '已开启' : '已关闭'}`}
        onClick={() => onChange(!on)}
      >
        {on ? '已开启' : '已关闭'}
      </Action>
    </View>
  );
}
