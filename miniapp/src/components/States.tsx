import { Text, View } from '@tarojs/components';
import { Action } from './Action';

/** Calm, worded states; no spinner animation (nothing moving on screen). */
export function Loading({ what = '内容' }: { what?: string }) {
  return (
    <View className="gov-state" role="status" aria-live="polite">
      <Text className="gov-state__text">正在加载{what}，请稍候……</Text>
    </View>
  );
}

export function Empty({ children }: { children: string }) {
  return (
    <View className="gov-state" role="status">
      <Text className="gov-state__text">{children}</Text>
    </View>
  );
}

export function Failure({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className="gov-state gov-state--error" role="alert">
      <Text className="gov-state__title">没能打开</Text>
      <Text className="gov-state__text">{message}</Text>
      <Action onClick={onRetry}>重试</Action>
    </View>
  );
}
