import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Paged } from '../hooks/use-paged';
import { Action } from './Action';
import { Problem } from './Messages';
import { Empty, Failure, Loading } from './States';

/** 加载更多 under a list while there is more, with the failure of the last attempt in words. */
function MoreButton({ list }: { list: Pick<Paged<unknown>, 'status' | 'hasNextPage' | 'error' | 'more'> }) {
  return (
    <View>
      <Problem text={list.status === 'error-more' && `没能加载更多：${list.error}`} />
      {list.hasNextPage && (
        <Action kind="plain" disabled={list.status === 'loading-more'} onClick={list.more}>
          {list.status === 'loading-more' ? '正在加载……' : list.status === 'error-more' ? '重试' : '加载更多'}
        </Action>
      )}
    </View>
  );
}

/**
 * A list read page by page (`usePaged`): loading, failure and empty said in words, then how many are
 * shown (a status line: `count`, and ，还有更多 while there are), the items as `children` draws them,
 * and 加载更多.
 */
export function PagedList<T>(props: {
  list: Pick<Paged<T>, 'status' | 'items' | 'hasNextPage' | 'error' | 'reload' | 'more'>;
  /** What is loading: 正在加载{what}，请稍候…… */
  what: string;
  empty: string;
  count?: (shown: number) => string;
  children: (items: T[]) => ReactNode;
}) {
  const { list, what, empty, count, children } = props;
  if (list.status === 'loading') return <Loading what={what} />;
  if (list.status === 'error') return <Failure message={list.error} onRetry={list.reload} />;
  if (!list.items.length) return <Empty>{empty}</Empty>;
  return (
    <View className="gov-list">
      {count && (
        <Text className="gov-note" role="status">
          {`${count(list.items.length)}${list.hasNextPage ? '，还有更多' : ''}`}
        </Text>
      )}
      {/* The items alone in a box of their own: a staff page at a desk lays them out in two columns (app.scss). */}
      <View className="gov-list__items">{children(list.items)}</View>
      <MoreButton list={list} />
    </View>
  );
}
