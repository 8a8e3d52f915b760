import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { request } from '../../../api/request';
import { FrequentQuestionsDocument } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { openPage, ROUTES } from '../../../lib/navigation';

/** 高频问答: answered questions their askers agreed to publish, masked and without the asker; anyone reads them. */
export default function FrequentQuestionsPage() {
  const list = usePaged((after) => request(FrequentQuestionsDocument, { after }).then((d) => pageOf(d.frequentQuestions)), 'faq');
  return (
    <Screen label="高频问答">
      <Heading level={1}>高频问答</Heading>
      <Text className="gov-paragraph">居民问过、部门答过的问题。先看看有没有您想问的。</Text>
      <PagedList list={list} what="高频问答" empty="还没有公开的问答。" count={(shown) => `共 ${shown} 条`}>
        {(items) =>
          items.map((faq) => (
            <View key={faq.id} className="gov-card" role="region" aria-label={faq.question}>
              <Heading level={2}>{faq.question}</Heading>
              <Text className="gov-paragraph" userSelect>{faq.answer}</Text>
              <Text className="gov-note">{faq.topic ? `${faq.department}答复 · ${faq.topic}` : `${faq.department}答复`}</Text>
            </View>
          ))
        }
      </PagedList>
      <View className="gov-step-form">
        <Action onClick={() => openPage(ROUTES.caseworkAsk)}>没找到，我要留言</Action>
      </View>
    </Screen>
  );
}
