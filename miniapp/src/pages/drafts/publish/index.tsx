import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Problem } from '../../../components/Messages';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { PublishDraftDocument } from '../../../generated/operations';
import { useSubmit } from '../../../hooks/use-submit';
import { replacePage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';

const DEFAULT_DAYS = '30';
type SectionForm = { heading: string; text: string };

function PublishForm() {
  const [title, setTitle] = useState('');
  const [explanation, setExplanation] = useState('');
  const [sections, setSections] = useState<SectionForm[]>([{ heading: '', text: '' }]);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [reason, setReason] = useState('');
  const [otherWays, setOtherWays] = useState('');
  const submit = useSubmit(true);
  const periodDays = Number(days);
  const short = Number.isInteger(periodDays) && periodDays < 30;
  const setSection = (i: number, change: Partial<SectionForm>) => setSections((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));

  const send = () => {
    if (!Number.isInteger(periodDays) || days.trim() === '') return submit.fail('征求意见的天数请填整数，一般是 30 天。');
    submit.run(async () => {
      const input = { title, explanation, sections, periodDays, shortPeriodReason: short ? reason : null, otherWays: otherWays || null };
      const { publishDraft } = await staffRequest(PublishDraftDocument, { input });
      // The draft's page as residents see it, saying it was published.
      await replacePage(ROUTES.draftDetail, { id: publishDraft.id, sent: 1 });
    });
  };

  return (
    <View>
      <TextField label="标题" hint="如：关于调整高龄津贴发放标准的决定（征求意见稿）" value={title} onChange={setTitle} maxLength={100} />
      <TextField label="起草说明" hint="为什么要出台、主要内容、起草过程" value={explanation} onChange={setExplanation} maxLength={5000} lines />
      <Heading level={2}>草案条文</Heading>
      <Text className="gov-paragraph">每一条单独写，居民可以对每一条提意见。</Text>
      {sections.map((section, i) => (
        <View key={i} className="gov-card" role="group" aria-label={`第 ${i + 1} 条`}>
          <TextField label={`第 ${i + 1} 条的标题`} hint="如：第一条 适用范围" value={section.heading} onChange={(heading) => setSection(i, { heading })} maxLength={100} />
          <TextField label={`第 ${i + 1} 条的内容`} value={section.text} onChange={(text) => setSection(i, { text })} maxLength={5000} lines />
          {sections.length > 1 && (
            <Action kind="plain" onClick={() => setSections((all) => all.filter((_, j) => j !== i))}>{`删去第 ${i + 1} 条`}</Action>
          )}
        </View>
      ))}
      <Action kind="plain" onClick={() => setSections((all) => [...all, { heading: '', text: '' }])}>
        再加一条
      </Action>
      <TextField label="征求意见的天数" hint="一般 30 天，从发布的第二天算起；少于 30 天要说明理由，最少 7 天" value={days} onChange={setDays} maxLength={2} type="number" />
      {short && <TextField label="时间少于 30 天的理由" hint="会在草案页面上公开" value={reason} onChange={setReason} maxLength={500} lines />}
      <TextField label="其他提意见的方式（可以不填）" hint="如：来信寄区民政局老龄科；电话 0579-12345678" value={otherWays} onChange={setOtherWays} maxLength={500} lines />
      <Problem text={submit.error && `没能发布：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在发布……" onClick={send}>
        发布征求意见稿
      </SendAction>
    </View>
  );
}

/** 发布征求意见稿: title, 起草说明, the sections, the period (30 days, shorter with a reason), other ways to comment. */
export default function PublishDraftPage() {
  return (
    <Screen label="发布征求意见稿" wide>
      <Heading level={1}>发布征求意见稿</Heading>
      <StaffOnly why="这是各部门发布征求意见稿用的。请先用工作人员账号登录。">{(token) => <SignedInStaff token={token}>{() => <PublishForm />}</SignedInStaff>}</StaffOnly>
    </Screen>
  );
}
