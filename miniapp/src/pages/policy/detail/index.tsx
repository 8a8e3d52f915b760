import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Fields } from '../../../components/Fields';
import { Paragraphs } from '../../../components/Paragraphs';
import { TableCards } from '../../../components/TableCards';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { SavedCopyNotice } from '../../../components/SavedCopyNotice';
import { Empty, Failure, Loading } from '../../../components/States';
import { Action } from '../../../components/Action';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { policyMetadata, policySpeech, type PolicyDetail } from '../../../features/policy/format';
import { usePolicy } from '../../../features/policy/use-policy';

/** Section level 1 (一、) is an h2, level 2 (（一）) an h3, deeper levels h4. */
const headingLevel = (level: number) => (level <= 1 ? 2 : level === 2 ? 3 : 4) as 2 | 3 | 4;

export function PolicyBody({ policy }: { policy: PolicyDetail }) {
  return (
    <View className="policy-body">
      {policy.sections.length ? (
        policy.sections.map((section, i) => (
          <View className="policy-section" key={i}>
            {section.heading && <Heading level={headingLevel(section.level)}>{section.heading}</Heading>}
            <Paragraphs text={section.text} />
          </View>
        ))
      ) : (
        <Paragraphs text={policy.body} />
      )}
    </View>
  );
}

function PolicyView({ policy }: { policy: PolicyDetail }) {
  return (
    <View>
      <Heading level={1}>{policy.title}</Heading>
      <View className="gov-card">
        <Fields rows={policyMetadata(policy)} />
      </View>
      <ReadAloudBar parts={() => policySpeech(policy)} />
      {policy.interpretations.length > 0 && (
        <View className="policy-interpretations" role="navigation" aria-label="政策解读">
          <Heading level={2}>政策解读</Heading>
          {policy.interpretations.map((item) => (
            <Action
              key={item.id}
              kind="plain"
              onClick={() => openPage(ROUTES.policyInterpretation, { policyId: policy.id, id: item.id })}
            >
              {`解读：${item.title}`}
            </Action>
          ))}
        </View>
      )}
      <PolicyBody policy={policy} />
      {policy.tables.map((table, i) => (
        <TableCards key={i} table={table} />
      ))}
      <Text className="gov-end">— 全文完 —</Text>
    </View>
  );
}

export default function PolicyDetailPage() {
  const id = routeParam(useRouter().params, 'id');
  const loaded = usePolicy(id);

  return (
    <Screen label="政策文件">
      {loaded.status === 'loading' && <Loading what="文件" />}
      {loaded.status === 'error' && <Failure message={loaded.error.message} onRetry={loaded.retry} />}
      {loaded.status === 'ready' && !loaded.data.found && <Empty>没有找到这份文件，它可能已被撤下。</Empty>}
      {loaded.status === 'ready' && loaded.data.found && (
        <>
          {loaded.data.savedAt && (
            <SavedCopyNotice savedAt={loaded.data.savedAt} reason={loaded.data.reason} onRetry={loaded.retry} />
          )}
          <PolicyView policy={loaded.data.policy} />
        </>
      )}
    </Screen>
  );
}
