import { Text } from '@tarojs/components';

type Props = { text: string | false | null | undefined; className?: string };

/** What a tap did, said in the page (never a pop-up); nothing when there is nothing to say. */
export function Said({ text, className }: Props) {
  return text ? (
    <Text className={['gov-message', className].filter(Boolean).join(' ')} role="status">
      {text}
    </Text>
  ) : null;
}

/** A problem in words, read out at once (colour is never the only cue); nothing when there is none. */
export function Problem({ text }: Props) {
  return text ? (
    <Text className="gov-message gov-message--problem" role="alert">
      {text}
    </Text>
  ) : null;
}
