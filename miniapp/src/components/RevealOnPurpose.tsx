import { useState } from 'react';
import { View } from '@tarojs/components';
import { useSubmit } from '../hooks/use-submit';
import { Action } from './Action';
import { Fields } from './Fields';
import { Problem } from './Messages';

/**
 * Private data a clerk sees masked (`label` row, `masked` value), and in full only on asking: a button
 * that says the read is recorded (the API writes every such read to the audit trail); once read, the
 * full value takes the masked one's place, so the card never shows the number twice. Without `read`
 * (a viewer whose role may not read it in full) the masked row alone.
 */
export function RevealOnPurpose({ label, masked, read }: { label: string; masked: string; read?: () => Promise<string | null | undefined> }) {
  const [value, setValue] = useState('');
  const submit = useSubmit();
  return (
    <View>
      <Fields rows={[{ label, value: value || masked }]} />
      {read && !value && (
        <Action kind="plain" disabled={submit.busy} onClick={() => submit.run(async () => setValue((await read()) ?? '没有'))}>
          {`查看完整${label}（会记录在案）`}
        </Action>
      )}
      <Problem text={submit.error?.message} />
    </View>
  );
}
