import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Action, ActionRow, SendAction } from './Action';
import { Problem } from './Messages';

/**
 * Asks in the page (no pop-up) before an action that is hard to take back (停用, 废止): what follows in
 * words, what the action still needs (废止's date), then `确认…` does it and 不改了 goes back. Framed, so
 * the second tap is plainly a decision.
 */
export function Confirm({ what, says, busy, error, onConfirm, onBack, children }: { what: string; says: string; busy: boolean; error: string | undefined; onConfirm: () => void; onBack: () => void; children?: ReactNode }) {
  return (
    <View className="gov-confirm" role="group" aria-label={`确认${what}`}>
      <Text className="gov-paragraph">{says}</Text>
      {children}
      <Problem text={error && `没能${what}：${error}`} />
      <ActionRow>
        <SendAction busy={busy} busyText="正在保存……" onClick={onConfirm}>{`确认${what}`}</SendAction>
        <Action kind="plain" onClick={onBack} disabled={busy}>
          不改了
        </Action>
      </ActionRow>
    </View>
  );
}
