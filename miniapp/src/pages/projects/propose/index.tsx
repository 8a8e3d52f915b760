import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { request } from '../../../api/request';
import { ProposeProjectDocument, type ProjectProposalInput, type ProposeProjectMutation } from '../../../generated/operations';
import { openPage, ROUTES } from '../../../lib/navigation';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { Problem } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { MobileField } from '../../../components/MobileField';
import { useCheckedSend } from '../../../hooks/use-checked-send';
import { checkProposal, PROPOSAL_LIMITS, type ProposalForm } from '../../../features/projects/proposal-form';
import '../../../features/projects/projects.scss';

const EMPTY: ProposalForm = { title: '', description: '', location: '', mobile: '' };

function Sent({ proposal, onAnother }: { proposal: ProposeProjectMutation['proposeProject']; onAnother: () => void }) {
  return (
    <View className="gov-notice" role="status">
      <Text className="gov-notice__title">建议已提交，谢谢您</Text>
      <Text className="gov-notice__text">{`区政府办公室会在编制${proposal.forYear}年民生实事清单时逐条研究并答复。答复在“我的建议”里能看到。`}</Text>
      <Fields rows={[{ label: '建议', value: proposal.title }]} />
      <Action onClick={() => openPage(ROUTES.projectMine)}>查看我的建议</Action>
      <Action kind="plain" onClick={onAnother}>
        再提一条
      </Action>
    </View>
  );
}

/** 我要提建议: propose a project for next year's list. Signing in comes first; what was typed stays. */
export default function ProposePage() {
  const [form, setForm] = useState<ProposalForm>(EMPTY);
  const [sent, setSent] = useState<ProposeProjectMutation['proposeProject'] | null>(null);
  const field = (name: keyof ProposalForm) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const { errors, problem, signInNeeded, busy, go, reset } = useCheckedSend(
    () => checkProposal(form),
    async (input: ProjectProposalInput) => setSent((await request(ProposeProjectDocument, { input })).proposeProject),
  );
  // 再提一条: an empty form, nothing marked, the button free again.
  const another = () => {
    setForm(EMPTY);
    reset();
    setSent(null);
  };

  return (
    <Screen label="我要提建议">
      <Heading level={1}>我要提建议</Heading>
      {sent ? (
        <Sent proposal={sent} onAnother={another} />
      ) : (
        <View>
          <Text className="gov-paragraph">明年的民生实事，您最想办什么？写下来，区政府办公室会逐条答复。</Text>
          <TextField label="建议办的事" hint="一句话，如：小区加装路灯" value={form.title} onChange={field('title')} error={errors.title} maxLength={PROPOSAL_LIMITS.title} />
          <TextField label="具体内容" hint="想办什么、为什么要办" value={form.description} onChange={field('description')} error={errors.description} maxLength={PROPOSAL_LIMITS.description} lines />
          <TextField label="地点" hint="街道、社区，或大家都知道的地方" value={form.location} onChange={field('location')} error={errors.location} maxLength={PROPOSAL_LIMITS.location} />
          <MobileField optional hint="方便工作人员联系您；只有区政府办公室能看到完整号码" value={form.mobile} onChange={field('mobile')} error={errors.mobile} />
          <Problem text={problem} />
          {signInNeeded && <SignInNeeded why="提建议要先登录，这样答复才能送到您这里。登录后回到这里，写好的内容还在。" />}
          <SendAction busy={busy} onClick={go}>提交建议</SendAction>
        </View>
      )}
    </Screen>
  );
}
