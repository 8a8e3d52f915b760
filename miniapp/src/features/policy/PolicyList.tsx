import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ApiError, request } from '../../api/request';
import { PolicyListDocument, type PolicyFilter, type PolicyListQuery } from '../../generated/operations';
import { PolicyCard } from './PolicyCard';
import { Empty, Failure, Loading } from '../../components/States';
import { Action } from '../../components/Action';

type Node = PolicyListQuery['policies']['edges'][number]['node'];

export const PAGE_SIZE = 10;

type State = {
  items: Node[];
  endCursor: string | null;
  hasNextPage: boolean;
  status: 'loading' | 'ready' | 'error' | 'loading-more' | 'error-more';
  error?: string;
};

/** A list of policies for a filter, with 加载更多 (no endless scrolling: every step is a tap). */
export function PolicyList({ filter, emptyText }: { filter: PolicyFilter; emptyText: string }) {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<State>({ items: [], endCursor: null, hasNextPage: false, status: 'loading' });
  const run = useRef(0);

  const load = useCallback(
    (after: string | null) => {
      const thisRun = after ? run.current : ++run.current;
      setState((s) => (after ? { ...s, status: 'loading-more' } : { items: [], endCursor: null, hasNextPage: false, status: 'loading' }));
      request(PolicyListDocument, { filter: JSON.parse(key) as PolicyFilter, first: PAGE_SIZE, after }).then(
        ({ policies }) => {
          if (thisRun !== run.current) return;
          setState((s) => ({
            items: [...(after ? s.items : []), ...policies.edges.map((edge) => edge.node)],
            endCursor: policies.pageInfo.endCursor,
            hasNextPage: policies.pageInfo.hasNextPage,
            status: 'ready',
          }));
        },
        (error: unknown) => {
          if (thisRun !== run.current) return;
          const message = error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。';
          setState((s) => ({ ...s, status: after ? 'error-more' : 'error', error: message }));
        },
      );
    },
    [key],
  );

  useEffect(() => load(null), [load]);

  if (state.status === 'loading') return <Loading what="文件列表" />;
  if (state.status === 'error') return <Failure message={state.error ?? ''} onRetry={() => load(null)} />;
  if (!state.items.length) return <Empty>{emptyText}</Empty>;
  return (
    <View className="gov-list">
      <Text className="gov-list__count" role="status">
        已显示 {state.items.length} 份{state.hasNextPage ? '，还有更多' : '，已全部显示'}
      </Text>
      {state.items.map((policy) => (
        <PolicyCard key={policy.id} policy={policy} />
      ))}
      {state.status === 'error-more' && (
        <Text className="gov-state__text gov-text-danger" role="alert">
          没能加载更多：{state.error}
        </Text>
      )}
      {state.hasNextPage && (
        <Action kind="plain" disabled={state.status === 'loading-more'} onClick={() => load(state.endCursor)}>
          {state.status === 'loading-more' ? '正在加载……' : state.status === 'error-more' ? '重试' : '加载更多'}
        </Action>
      )}
    </View>
  );
}
