import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Consultation } from '../../../components/Consultation';
import { Empty, Loaded } from '../../../components/States';
import { RepealedToggle } from '../../../features/policy/RepealedToggle';
import { request } from '../../../api/request';
import { SearchDocument, SearchSuggestionsDocument, type SearchQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { routeParam } from '../../../lib/navigation';
import { SearchGroup } from '../../../features/search/SearchGroup';
import { SearchHitCard } from '../../../features/search/SearchHitCard';
import '../../../features/search/search.scss';

/** Results of each kind shown at first; 加载更多 brings the rest. */
const FIRST = 5;

/** Words to tap instead of typing: near words when a search found little, popular searches before one. */
function WordsToTry({ title, words, onChoose }: { title: string; words: readonly string[]; onChoose: (word: string) => void }) {
  if (!words.length) return null;
  return (
    <View className="search-words" role="group" aria-label={title}>
      <Text className="gov-note">{title}</Text>
      <View className="gov-choices">
        {words.map((word) => (
          <Action key={word} kind="plain" onClick={() => onChoose(word)}>
            {word}
          </Action>
        ))}
      </View>
    </View>
  );
}

/** Before a search: what others search for most (nothing when that cannot be read: it is only a help). */
function PopularSearches({ onChoose }: { onChoose: (word: string) => void }) {
  const popular = useRemote(() => request(SearchSuggestionsDocument, { first: 8 }), 'popular');
  return <WordsToTry title="大家常搜：" words={popular.status === 'ready' ? popular.data.searchSuggestions : []} onChoose={onChoose} />;
}

function Results({ results, includeRepealed, onChoose }: { results: SearchQuery['search']; includeRepealed: boolean; onChoose: (word: string) => void }) {
  const { query, understoodAs, answer, groups, total, partial, suggestions, consultation } = results;
  const found = groups.filter((group) => group.total > 0);
  return (
    <View>
      {understoodAs && <Text className="gov-note" role="status">{`已按“${understoodAs}”搜索。`}</Text>}
      {answer && (
        <View className="search-answer" role="region" aria-label="解读中的回答">
          <Heading level={2}>解读中的回答</Heading>
          <SearchHitCard hit={answer} />
        </View>
      )}
      {total === 0 && <Empty>{`没有找到和“${query}”有关的内容。可以少输几个字，或换个说法再试。`}</Empty>}
      {partial && total > 0 && <Text className="gov-note">没有同时包含所有词的结果，下面是包含其中一部分的。</Text>}
      {(total === 0 || partial) && <WordsToTry title="试试这些词：" words={suggestions} onChoose={onChoose} />}
      {found.map((group) => (
        <SearchGroup key={`${group.kind}:${query}:${includeRepealed}`} query={query} includeRepealed={includeRepealed} group={group} />
      ))}
      {(total === 0 || partial) && <Consultation phone={consultation.phone} hours={consultation.hours} />}
    </View>
  );
}

/**
 * 搜索: one box over everything residents read — policies down to the section, interpretations and
 * their answers, open days, projects, services — in everyday words; the API does the matching.
 */
export default function Search() {
  const initial = routeParam(useRouter().params, 'q').trim();
  const [draft, setDraft] = useState(initial);
  const [query, setQuery] = useState(initial);
  const searchFor = (words: string) => {
    setDraft(words);
    setQuery(words.trim());
  };
  // Repealed and expired policies (已废止) stay out unless the resident asks for them.
  const [includeRepealed, setIncludeRepealed] = useState(false);
  const results = useRemote(
    () => (query ? request(SearchDocument, { query, first: FIRST, includeRepealed }) : Promise.resolve(null)),
    `${query}:${includeRepealed}`,
  );

  return (
    <Screen label="搜索">
      <Heading level={1}>搜索</Heading>
      <View className="gov-search" role="search">
        <Input
          className="gov-input"
          type="text"
          confirmType="search"
          placeholder="输入要找的内容，如：养老补贴"
          aria-label="要找的内容"
          value={draft}
          focus={!initial}
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={() => searchFor(draft)}
        />
        <Action onClick={() => searchFor(draft)}>搜索</Action>
      </View>
      <RepealedToggle on={includeRepealed} onChange={setIncludeRepealed} />
      {query ? (
        <Loaded remote={results} what="搜索结果">
          {(data) => data && <Results results={data.search} includeRepealed={includeRepealed} onChoose={searchFor} />}
        </Loaded>
      ) : (
        <>
          <Empty>用平常的话说想找什么，比如“老人每月能领多少钱”，再点“搜索”。</Empty>
          <PopularSearches onChoose={searchFor} />
        </>
      )}
    </Screen>
  );
}
