import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PolicyList } from '../../../features/policy/PolicyList';
import { Empty } from '../../../components/States';
import { routeParam } from '../../../lib/navigation';

/** 搜索: everyday words, Simplified or Traditional; the API does the matching. */
export default function PolicySearch() {
  const initial = routeParam(useRouter().params, 'q').trim();
  const [draft, setDraft] = useState(initial);
  const [query, setQuery] = useState(initial);
  const submit = () => setQuery(draft.trim());

  return (
    <Screen label="搜索政策">
      <Heading level={1}>搜索政策</Heading>
      <View className="gov-search" role="search">
        <Input
          className="gov-input"
          type="text"
          confirmType="search"
          placeholder="输入要找的内容，如：养老"
          aria-label="要找的内容"
          value={draft}
          focus={!initial}
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={submit}
        />
        <Action onClick={submit}>搜索</Action>
      </View>
      {query ? (
        <PolicyList
          filter={{ text: query }}
          emptyText={`没有找到和“${query}”有关的文件。可以少输几个字，或换个说法再试。`}
        />
      ) : (
        <Empty>输入想找的内容，再点“搜索”。</Empty>
      )}
    </Screen>
  );
}
