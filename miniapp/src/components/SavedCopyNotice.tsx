import { Text, View } from '@tarojs/components';
import { Action } from './Action';
import { dateInWords } from '../lib/format';

/** Says plainly that what follows is a copy saved on this phone, and offers to try again. */
export function SavedCopyNotice({ savedAt, reason, onRetry }: { savedAt: string; reason?: string; onRetry: () => void }) {
  const when = dateInWords(savedAt);
  return (
    <View className="gov-notice" role="status">
      <Text className="gov-notice__title">这是保存在本机的副本</Text>
      <Text className="gov-notice__text">
        {reason ? `${reason} ` : ''}下面是您{when ? `${when}` : '之前'}看过时保存的内容，可能不是最新的。
      </Text>
      <Action kind="plain" onClick={onRetry}>
        重试
      </Action>
    </View>
  );
}
