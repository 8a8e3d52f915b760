import { Text, View } from '@tarojs/components';
import { Action } from './Action';

/** 加载更多 under a list, with the failure of the last attempt in words. */
export function MoreButton({ list }: { list: { status: string; hasNextPage: boolean; error?: string; more: () => void } }) {
  return (
    <View>
      {list.status === 'error-more' && (
        <Text className="rating-error" role="alert">
          {`没能加载更多：${list.error ?? ''}`}
        </Text>
      )}
      {list.hasNextPage && (
        <Action kind="plain" disabled={list.status === 'loading-more'} onClick={list.more}>
          {list.status === 'loading-more' ? '正在加载……' : list.status === 'error-more' ? '重试' : '加载更多'}
        </Action>
      )}
    </View>
  );
}
