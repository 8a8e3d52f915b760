import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Picture } from '../../../components/Picture';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Paragraphs } from '../../../components/Paragraphs';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { SavedCopyNotice } from '../../../components/SavedCopyNotice';
import { Failure, Loading, Gone } from '../../../components/States';
import { Action } from '../../../components/Action';
import { Consultation } from '../../../components/Consultation';
import { openOrReturn, routeParam, ROUTES } from '../../../lib/navigation';
import { interpretationSpeech, type Interpretation, type PolicyDetail } from '../../../features/policy/format';
import { dateInWords } from '../../../lib/format';
import { usePolicy } from '../../../features/policy/use-policy';
import { useShare } from '../../../platform/share';
import { WebLink } from '../../../platform/web-link';

function InterpretationView({ policy, item }: { policy: PolicyDetail; item: Interpretation }) {
  return (
    <View>
      <Heading level={1}>{item.title}</Heading>
      <View className="gov-meta">
        <Text className="gov-meta__line">{`解读的文件：${policy.title}`}</Text>
        {item.publishedDate && <Text className="gov-meta__line">{`发布日期：${dateInWords(item.publishedDate)}`}</Text>}
      </View>
      <ReadAloudBar parts={() => interpretationSpeech(item)} />
      {item.kind === 'GRAPHIC' && item.mediaUrl && (
        <Picture className="interpretation-image" src={item.mediaUrl} mode="widthFix" alt={`图解：${item.title}`} />
      )}
      {item.kind === 'VIDEO' && item.mediaUrl && <WebLink url={item.mediaUrl} what="视频" />}
      {item.questions.length > 0 ? (
        item.questions.map((qa, i) => (
          <View className="interpretation-qa" key={i}>
            <Heading level={2}>{`问：${qa.question}`}</Heading>
            <Paragraphs text={`答：${qa.answer}`} />
          </View>
        ))
      ) : (
        <Paragraphs text={item.body} />
      )}
      <Action kind="link" onClick={() => openOrReturn(ROUTES.policyDetail, { id: policy.id })}>
        看文件原文
      </Action>
      <Consultation phone={item.consultationPhone} hours={item.officeHours} />
    </View>
  );
}

export default function InterpretationPage() {
  const params = useRouter().params;
  const policyId = routeParam(params, 'policyId');
  const id = routeParam(params, 'id');
  const loaded = usePolicy(policyId);
  const item = loaded.status === 'ready' && loaded.data.found ? loaded.data.policy.interpretations.find((i) => i.id === id) : undefined;
  // 转发 a plain-language interpretation to family: the card opens this interpretation.
  useShare(ROUTES.policyInterpretation, { policyId, id }, item ? `政策解读：${item.title}` : '政策解读');

  return (
    <Screen label="政策解读">
      {loaded.status === 'loading' && <Loading what="解读" />}
      {loaded.status === 'error' && <Failure message={loaded.error.message} onRetry={loaded.retry} code={loaded.error.code} />}
      {loaded.status === 'ready' && !item && <Gone>没有找到这篇解读，它可能已被撤下。</Gone>}
      {loaded.status === 'ready' && loaded.data.found && item && (
        <>
          {loaded.data.savedAt && (
            <SavedCopyNotice savedAt={loaded.data.savedAt} reason={loaded.data.reason} onRetry={loaded.retry} />
          )}
          <InterpretationView policy={loaded.data.policy} item={item} />
        </>
      )}
    </Screen>
  );
}
