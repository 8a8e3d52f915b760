import { request } from '../../api/request';
import { PolicyListDocument, type PolicyFilter } from '../../generated/operations';
import { pageOf, usePaged } from '../../hooks/use-paged';
import { PagedList } from '../../components/PagedList';
import { PolicyCard } from './PolicyCard';

const PAGE_SIZE = 10;

/** A list of policies for a filter, with 加载更多 (no endless scrolling: every step is a tap). */
export function PolicyList({ filter, emptyText }: { filter: PolicyFilter; emptyText: string }) {
  const list = usePaged((after) => request(PolicyListDocument, { filter, first: PAGE_SIZE, after }).then(({ policies }) => pageOf(policies)), JSON.stringify(filter));
  return (
    <PagedList list={list} what="文件列表" empty={emptyText} count={(shown) => `已显示 ${shown} 份${list.hasNextPage ? '' : '，已全部显示'}`}>
      {(policies) => policies.map((policy) => <PolicyCard key={policy.id} policy={policy} />)}
    </PagedList>
  );
}
