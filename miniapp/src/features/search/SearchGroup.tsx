import { View } from '@tarojs/components';
import { request } from '../../api/request';
import { SearchDocument, type SearchQuery } from '../../generated/operations';
import { usePaged, type Page } from '../../hooks/use-paged';
import { Heading } from '../../components/Heading';
import { PagedList } from '../../components/PagedList';
import { SearchHitCard } from './SearchHitCard';
import { KIND_WORDS, type SearchHit } from './search-hits';

/** Results asked for per tap on 加载更多 (the first few came with the search). */
const MORE = 10;

type SearchGroupFields = SearchQuery['search']['groups'][number];

const pageOfGroup = (group: SearchGroupFields | undefined): Page<SearchHit> => ({
  items: group?.hits ?? [],
  hasNextPage: group?.pageInfo.hasNextPage ?? false,
  endCursor: group?.pageInfo.endCursor ?? null,
});

/** One kind's results under its heading with how many there are; 加载更多 continues this kind alone. */
export function SearchGroup({ query, includeRepealed, group }: { query: string; includeRepealed: boolean; group: SearchGroupFields }) {
  const words = KIND_WORDS[group.kind];
  const list = usePaged(
    (after) => request(SearchDocument, { query, kinds: [group.kind], first: MORE, after, includeRepealed }).then(({ search }) => pageOfGroup(search.groups[0])),
    `${group.kind}:${query}:${includeRepealed}`,
    pageOfGroup(group),
  );
  return (
    <View className="search-group" role="region" aria-label={words.name}>
      <Heading level={2}>{`${words.name}（共 ${group.total} ${words.unit}）`}</Heading>
      <PagedList list={list} what={words.name} empty="" count={(shown) => `已显示 ${shown} ${words.unit}${list.hasNextPage ? '' : '，已全部显示'}`}>
        {(hits) => hits.map((hit) => <SearchHitCard key={`${hit.id}:${hit.sectionIndex ?? ''}`} hit={hit} />)}
      </PagedList>
    </View>
  );
}
