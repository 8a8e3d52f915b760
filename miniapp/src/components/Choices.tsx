import { Text, View } from '@tarojs/components';
import { Action } from './Action';
import { Phrases } from './Phrases';

type Option<T> = { value: T; label: string };

/**
 * Choices as buttons that say whether they are chosen: ✓ on screen, “已选” for screen readers, and
 * aria-pressed; never colour alone. One choice or several (`chosen` holds them all). They wrap, never
 * scroll sideways; `column` stacks them full width (the five levels, the reasons). A label that fits
 * stands centred in its button; one that wraps (an open day's name and time) reads from the left,
 * wrapping between words (12月15日 星期二 上午9:30 whole), as the open-day list does.
 * `title` is shown above them where nothing else on the page names the group.
 */
export function Choices<T extends string | number>(props: {
  label: string;
  title?: string;
  options: ReadonlyArray<Option<T>>;
  chosen: ReadonlyArray<T>;
  onChoose: (value: T) => void;
  column?: boolean;
}) {
  const { label, title, options, chosen, onChoose, column } = props;
  return (
    <View className="gov-choice-group" role="group" aria-label={label}>
      {title && <Text className="gov-choice-group__title">{title}</Text>}
      <View className={`gov-choices${column ? ' gov-choices--column' : ''}`}>
        {options.map((option) => {
          const on = chosen.includes(option.value);
          return (
            <Action key={option.value} kind={on ? 'primary' : 'plain'} pressed={on} label={`${option.label}${on ? '，已选' : ''}`} onClick={() => onChoose(option.value)}>
              <Phrases className="gov-choice__text" breaks="words" text={on ? `✓ ${option.label}` : option.label} />
            </Action>
          );
        })}
      </View>
    </View>
  );
}
