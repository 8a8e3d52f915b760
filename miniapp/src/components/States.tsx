import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Remote } from '../hooks/use-remote';
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

/** A `useRemote` while loading or failed, in words; `children` draws the data once it is there. */
export function Loaded<T>({ remote, what, children }: { remote: Remote<T> & { retry: () => void }; what: string; children: (data: T) => ReactNode }) {
  if (remote.status === 'loading') return <Loading what={what} />;
  if (remote.status === 'error') return <Failure message={remote.error.message} onRetry={remote.retry} />;
  return <>{children(remote.data)}</>;
}
