import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useSubmit } from '../hooks/use-submit';
import { Action } from './Action';
import { Problem } from './Messages';

/**
 * Private data shown in full only when a clerk asks for it (the API records every such read in the
 * audit trail): a button that says so, then `label：value`.
 */
export function RevealOnPurpose({ label, read }: { label: string; read: () => Promise<string | null> }) {
  const [value, setValue] = useState('');
  const submit = useSubmit();
  if (value) return <Text className="gov-message">{`${label}：${value}`}</Text>;
  return (
    <View>
      <Action kind="plain" disabled={submit.busy} onClick={() => submit.run(async () => setValue((await read()) ?? '没有'))}>
        {`查看完整${label}（会记录在案）`}
      </Action>
      <Problem text={submit.error?.message} />
    </View>
  );
}
