import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Remote } from '../hooks/use-remote';
import { goHome } from '../lib/navigation';
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

/**
 * What a link led to is not there (taken down, or never was): said, with the way home, as for a
 * refusal no retry can change; a page opened from a chat or a message has no page to go back to.
 */
export function Gone({ children }: { children: string }) {
  return (
    <View className="gov-state" role="status">
      <Text className="gov-state__text">{children}</Text>
      <Action onClick={goHome}>回到首页</Action>
    </View>
  );
}

/** Answers no retry can change: the thing is gone, or not this person's to see. */
const FOR_GOOD = new Set(['NOT_FOUND', 'FORBIDDEN']);

/** A failure in words, with 重试; for an answer no retry can change (`code`), the way home instead. */
export function Failure({ message, onRetry, code }: { message: string; onRetry: () => void; code?: string }) {
  return (
    <View className="gov-state gov-state--error" role="alert">
      <Text className="gov-state__title">没能打开</Text>
      <Text className="gov-state__text">{message}</Text>
      {code !== undefined && FOR_GOOD.has(code) ? <Action onClick={goHome}>回到首页</Action> : <Action onClick={onRetry}>重试</Action>}
    </View>
  );
}

/** A `useRemote` while loading or failed, in words; `children` draws the data once it is there. */
export function Loaded<T>({ remote, what, children }: { remote: Remote<T> & { retry: () => void }; what: string; children: (data: T) => ReactNode }) {
  if (remote.status === 'loading') return <Loading what={what} />;
  if (remote.status === 'error') return <Failure message={remote.error.message} onRetry={remote.retry} code={remote.error.code} />;
  return <>{children(remote.data)}</>;
}
