import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useSubmit } from '../hooks/use-submit';
import { SendAction } from './Action';
import { Heading } from './Heading';
import { Problem } from './Messages';
import { TextField } from './TextField';

/**
 * One step on a case (a call-back, an answer, a transfer): a text (or a one-line number), a button that sends once, and the
 * case as it is after it to `onDone` with what to say (the form itself may be gone by then). `children`
 * stand between the heading and the text (a choice the step also needs).
 */
export function StepForm<T>(props: {
  title: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** A number or a name (a 12345 work order): one line, not a box of four. */
  oneLine?: boolean;
  maxLength: number;
  button: string;
  done: string;
  send: (text: string) => Promise<T>;
  onDone: (after: T, said: string) => void;
  children?: ReactNode;
}) {
  const [text, setText] = useState('');
  const submit = useSubmit();
  const go = () => {
    if (!props.optional && !text.trim()) return submit.fail(`请填写${props.label}。`);
    submit.run(async () => {
      const after = await props.send(text.trim());
      setText('');
      props.onDone(after, props.done);
    });
  };
  return (
    <View className="gov-card gov-step-form" role="group" aria-label={props.title}>
      <Heading level={2}>{props.title}</Heading>
      {props.children}
      <TextField label={props.label} hint={props.hint} value={text} onChange={setText} maxLength={props.maxLength} lines={!props.oneLine} />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={go}>{props.button}</SendAction>
    </View>
  );
}
