import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { request } from '../../../api/request';
import { DraftListDocument, type DraftStatus } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { openPage, ROUTES } from '../../../lib/navigation';
import { DraftCard } from '../../../features/drafts/components';

const SHOWN: ReadonlyArray<{ value: DraftStatus; label: string }> = [
  { value: 'OPEN', label: '正在征求意见' },
  { value: 'CLOSED', label: '已结束' },
  { value: 'ANSWERED', label: '已公布采纳情况' },
];

/** 意见征集: drafts of major decisions open for comment (closing soonest first), closed and answered ones, found by words in the title. */
export default function DraftList() {
  const [status, setStatus] = useState<DraftStatus>('OPEN');
  const [typed, setTyped] = useState('');
  const [words, setWords] = useState('');
  const list = usePaged((after) => request(DraftListDocument, { status, words: words || null, after }).then(({ drafts }) => pageOf(drafts)), `${status}:${words}`);
  const label = SHOWN.find((s) => s.value === status)?.label ?? '';
  return (
    <Screen label="意见征集">
      <Heading level={1}>意见征集</Heading>
      <Text className="gov-paragraph">政府的重大决策，出台前先听听大家的意见。您可以对全文或其中一条提意见。</Text>
      <Action kind="plain" onClick={() => openPage(ROUTES.draftMine)}>
        我的意见
      </Action>
      <View className="gov-search" role="search">
        <Input className="gov-input" type="text" confirmType="search" placeholder="如：养老" aria-label="按标题找草案" value={typed} onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setWords(typed.trim())} />
        <Action onClick={() => setWords(typed.trim())}>搜索</Action>
      </View>
      <Choices label="看哪些草案" options={SHOWN} chosen={[status]} onChoose={setStatus} />
      <PagedList list={list} what="征求意见稿" empty={words ? `没有标题里有“${words}”的${label}草案。` : `暂时没有${label}的草案。`} count={(shown) => `共 ${shown} 份`}>
        {(drafts) => drafts.map((draft) => <DraftCard key={draft.id} draft={draft} />)}
      </PagedList>
    </Screen>
  );
}
