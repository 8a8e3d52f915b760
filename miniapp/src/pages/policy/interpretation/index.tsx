import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Picture } from '../../../components/Picture';
import { callPhone } from '../../../platform';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Paragraphs } from '../../../components/Paragraphs';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { SavedCopyNotice } from '../../../components/SavedCopyNotice';
import { Empty, Failure, Loading } from '../../../components/States';
import { Action } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { interpretationSpeech, type Interpretation, type PolicyDetail } from '../../../features/policy/format';
import { dateInWords } from '../../../lib/format';
import { usePolicy } from '../../../features/policy/use-policy';

/**
 * Phone and hours at the bottom of every interpretation; a tap on the number places the call. A named
 * region, not contentinfo: that landmark is the page's own footer and may not sit inside main.
 */
export function Consultation({ phone, hours }: { phone: string | null; hours: string | null }) {
  return (
    <View className="gov-card interpretation-contact" role="region" aria-label="政策咨询">
      <Heading level={2}>有疑问，请打电话咨询</Heading>
      <Fields
        rows={[
          { label: '咨询电话', value: phone ?? '暂未提供' },
          { label: '工作时间', value: hours ?? '暂未提供' },
        ]}
      />
      {phone && (
        <Action onClick={() => callPhone(phone)}>
          {`拨打 ${phone}`}
        </Action>
      )}
    </View>
  );
}

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
      {item.kind === 'VIDEO' && item.mediaUrl && <Text className="gov-paragraph">{`视频地址：${item.mediaUrl}`}</Text>}
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
      <Action kind="link" onClick={() => openPage(ROUTES.policyDetail, { id: policy.id })}>
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

  return (
    <Screen label="政策解读">
      {loaded.status === 'loading' && <Loading what="解读" />}
      {loaded.status === 'error' && <Failure message={loaded.error.message} onRetry={loaded.retry} />}
      {loaded.status === 'ready' && !item && <Empty>没有找到这篇解读，它可能已被撤下。</Empty>}
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
