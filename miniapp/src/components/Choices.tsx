import { View } from '@tarojs/components';
import { Action } from './Action';

type Option<T extends string> = { value: T; label: string };

/**
 * Choices as buttons that say whether they are chosen, in words (✓ and “已选” for screen readers)
 * and by aria-pressed, never by colour alone. One choice or several (`multiple`); they wrap, never
 * scroll sideways. `column` stacks them full width (the five levels, the reasons).
 */
export function Choices<T extends string>(props: {
  label: string;
  options: ReadonlyArray<Option<T>>;
  chosen: ReadonlyArray<T>;
  onChoose: (value: T) => void;
  column?: boolean;
}) {
  const { label, options, chosen, onChoose, column } = props;
  return (
    <View className={`gov-choices${column ? ' rating-choices--column' : ''}`} role="group" aria-label={label}>
      {options.map((option) => {
        const on = chosen.includes(option.value);
        return (
          <Action
            key={option.value}
            kind={on ? 'primary' : 'plain'}
            pressed={on}
            label={`${option.label}${on ? '，已选' : ''}`}
            onClick={() => onChoose(option.value)}
          >
            {on ? `✓ ${option.label}` : option.label}
          </Action>
        );
      })}
    </View>
  );
}
