import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Fields } from '../../../components/Fields';
import { Paragraphs } from '../../../components/Paragraphs';
import { TableCards } from '../../../components/TableCards';
import { ReadAloudControls, ReadFromHere } from '../../../components/ReadAloudBar';
import { BackToTop, Contents } from '../../../components/Contents';
import { SavedCopyNotice } from '../../../components/SavedCopyNotice';
import { Said } from '../../../components/Messages';
import { Failure, Loading, Gone } from '../../../components/States';
import { Action } from '../../../components/Action';
import { useReadAloud, type Reading } from '../../../hooks/use-read-aloud';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { scrollToAnchor } from '../../../platform/scroll';
import { useShare } from '../../../platform/share';
import { policyMetadata, policySpeech, type PolicyDetail } from '../../../features/policy/format';
import { chapterEnds, contentsLevels, policyAnchors, policyText, type PolicyText } from '../../../features/policy/document';
import { usePolicy } from '../../../features/policy/use-policy';

/** Section level 1 (一、) is an h2, level 2 (（一）) an h3, deeper levels h4. */
const headingLevel = (level: number) => (level <= 1 ? 2 : level === 2 ? 3 : 4) as 2 | 3 | 4;

/**
 * The body as the document has it: the opening, each section under its heading (those in the
 * contents with 从这里朗读), 回到顶部 after each long chapter, then the closing and the tables.
 */
function PolicyBody({ policy, text, reading }: { policy: PolicyDetail; text: PolicyText; reading: Reading }) {
  const anchors = policyAnchors(policy.id);
  const inContents = contentsLevels(text.sections);
  const ends = chapterEnds(text.sections);
  return (
    <View className="policy-body">
      <Paragraphs text={text.opening} />
      {text.sections.map((section) => (
        <View className="policy-section" key={section.id}>
          <Heading level={headingLevel(section.level)} id={anchors.section(section.id)} sentence={section.level >= 2}>
            {section.heading}
          </Heading>
          {inContents.includes(section.level) && (
            <ReadFromHere reading={reading} from={section.id} heading={section.heading} parts={() => policySpeech(policy, section.id)} />
          )}
          <Paragraphs text={section.text} />
          {ends.has(section.id) && <BackToTop anchor={anchors.top} />}
        </View>
      ))}
      <Paragraphs text={text.closing} />
    </View>
  );
}

function PolicyView({ policy, openAt }: { policy: PolicyDetail; openAt: string }) {
  const reading = useReadAloud();
  const anchors = policyAnchors(policy.id);
  const text = policyText(policy);
  const sections = text.sections;
  const levels = contentsLevels(sections);
  const target = sections.find((section) => section.id === openAt);

  useEffect(() => {
    if (target) scrollToAnchor(anchors.section(target.id));
  }, [policy.id, target?.id]);

  return (
    <View>
      <Heading level={1} id={anchors.top}>
        {policy.title}
      </Heading>
      <Said text={openAt && !target && '这份文件里没有找到要打开的那一节，下面从头显示全文。'} />
      <View className="gov-card">
        <Fields rows={policyMetadata(policy)} />
      </View>
      <ReadAloudControls reading={reading} parts={() => policySpeech(policy)} />
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
      {sections.length > 1 && (
        <Contents
          entries={sections
            .filter((section) => levels.includes(section.level))
            .map((section) => ({ anchor: anchors.section(section.id), label: section.heading, depth: section.level === levels[0] ? 0 : 1 }))}
        />
      )}
      <PolicyBody policy={policy} text={text} reading={reading} />
      {policy.tables.map((table, i) => (
        <TableCards key={i} table={table} />
      ))}
      <Text className="gov-end">— 全文完 —</Text>
      <BackToTop anchor={anchors.top} />
    </View>
  );
}

export default function PolicyDetailPage() {
  const params = useRouter().params;
  const id = routeParam(params, 'id');
  const loaded = usePolicy(id);
  useShare(ROUTES.policyDetail, { id }, loaded.status === 'ready' && loaded.data.found ? loaded.data.policy.title : '政策文件');

  return (
    <Screen label="政策文件">
      {loaded.status === 'loading' && <Loading what="文件" />}
      {loaded.status === 'error' && <Failure message={loaded.error.message} onRetry={loaded.retry} code={loaded.error.code} />}
      {loaded.status === 'ready' && !loaded.data.found && <Gone>没有找到这份文件，它可能已被撤下。</Gone>}
      {loaded.status === 'ready' && loaded.data.found && (
        <>
          {loaded.data.savedAt && (
            <SavedCopyNotice savedAt={loaded.data.savedAt} reason={loaded.data.reason} onRetry={loaded.retry} />
          )}
          <PolicyView policy={loaded.data.policy} openAt={routeParam(params, 'section')} />
        </>
      )}
    </Screen>
  );
}
