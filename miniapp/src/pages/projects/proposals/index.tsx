import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Confirm } from '../../../components/Confirm';
import { Problem, Said } from '../../../components/Messages';
import { PagedList } from '../../../components/PagedList';
import { Phrases } from '../../../components/Phrases';
import { RevealOnPurpose } from '../../../components/RevealOnPurpose';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { AnswerProjectProposalDocument, ProposalContactDocument, StaffProjectsDocument, StaffProposalsDocument, type ProjectProposalAnswerInput, type ProjectProposalStatus, type StaffProposalFieldsFragment } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useFormCheck } from '../../../hooks/use-form-check';
import { useRemote } from '../../../hooks/use-remote';
import { Loaded } from '../../../components/States';
import { useSubmit } from '../../../hooks/use-submit';
import { currentYear, dateInWords } from '../../../lib/format';
import { staffRequest } from '../../../session/staff';
import '../../../features/projects/projects.scss';

type Proposal = StaffProposalFieldsFragment;
type Answer = Exclude<ProjectProposalStatus, 'SUBMITTED'>;

/** The staff's words for where a proposal stands (residents read 已提交，等待区政府办公室答复 on theirs). */
const STAFF_STATUS_WORDS: Record<ProjectProposalStatus, string> = { SUBMITTED: '待答复', ACCEPTED: '已答复：采纳', MERGED: '已答复：合并', DECLINED: '已答复：不予采纳' };
const ANSWERS: ReadonlyArray<{ value: Answer; label: string }> = [
  { value: 'ACCEPTED', label: '采纳' },
  { value: 'MERGED', label: '合并到其他项目' },
  { value: 'DECLINED', label: '不予采纳' },
];

const NO_PROJECT = '';

/** An answer is one line of what is missing, under the form, or what to send. */
type AnswerCheck = { errors: { answer?: string }; input: ProjectProposalAnswerInput | null };
const missing = (answer: string): AnswerCheck => ({ errors: { answer }, input: null });

/**
 * The project a proposal became or was merged into, from the lists of its year and the year before
 * (merging is often into a project already under way); the proposer then finds it from 我的建议.
 */
function ProjectChoice({ forYear, required, chosen, onChoose }: { forYear: number; required: boolean; chosen: string; onChoose: (id: string) => void }) {
  const years = [forYear, forYear - 1];
  const projects = useRemote(
    () => Promise.all(years.map((year) => staffRequest(StaffProjectsDocument, { filter: { year } }).then((d) => pageOf(d.projects).items.map((p) => ({ value: p.id, label: `${year}年 · ${p.title}` }))))).then((lists) => lists.flat()),
    String(forYear),
  );
  return (
    <Loaded remote={projects} what="可关联的项目">
      {(options) => (
        <Choices
          label={required ? '合并到哪个项目' : '关联的项目（选填）'}
          title={required ? '合并到哪个项目' : '关联的项目（选填）'}
          options={required ? options : [{ value: NO_PROJECT, label: '不关联项目' }, ...options]}
          chosen={[chosen]}
          onChoose={onChoose}
          column
        />
      )}
    </Loaded>
  );
}

function AnswerForm({ proposal, onAnswered }: { proposal: Proposal; onAnswered: (p: Proposal) => void }) {
  const [status, setStatus] = useState<Answer | null>(null);
  const [projectId, setProjectId] = useState(NO_PROJECT);
  const [reply, setReply] = useState('');
  const submit = useSubmit();
  // What is still missing, said once 发送答复 was tapped and gone as soon as it is filled in (as on the other staff forms).
  const check = useFormCheck((): AnswerCheck => {
    if (!status) return missing('请选择答复结果。');
    if (status === 'MERGED' && !projectId) return missing('请选择合并到哪个项目。');
    if (!reply.trim()) return missing('请填写答复内容。');
    return { errors: {}, input: { status, reply: reply.trim(), ...(status !== 'DECLINED' && projectId ? { projectId } : {}) } };
  });
  // What is missing is said first; then, since a proposal is answered once, the answer chosen is confirmed.
  const [asking, setAsking] = useState(false);
  const ask = () => setAsking(check.tap() !== null);
  // The form as it is at the second tap (it stays open above the question).
  const send = () => {
    const input = check.tap();
    if (!input) return setAsking(false);
    submit.run(async () => onAnswered((await staffRequest(AnswerProjectProposalDocument, { id: proposal.id, input })).answerProjectProposal));
  };
  return (
    <View role="group" aria-label={`答复「${proposal.title}」`}>
      <Choices label="答复结果" title="答复结果" options={ANSWERS} chosen={status ? [status] : []} onChoose={setStatus} />
      {status && status !== 'DECLINED' && <ProjectChoice forYear={proposal.forYear} required={status === 'MERGED'} chosen={projectId} onChoose={setProjectId} />}
      <TextField label="答复内容" hint="建议人会在“我的建议”里看到，公开的建议列表里也会显示。只能答复一次。" value={reply} onChange={setReply} maxLength={1000} lines />
      {asking ? (
        <Confirm
          what="发送答复"
          says={`确定按「${ANSWERS.find((a) => a.value === status)?.label}」答复「${proposal.title}」吗？建议人会收到答复，公开的建议列表里也会显示；只能答复一次，发出后不能修改。`}
          busy={submit.busy}
          error={submit.error?.message}
          onConfirm={send}
          onBack={() => setAsking(false)}
        />
      ) : (
        <>
          <Problem text={check.errors.answer || submit.error?.message} />
          <SendAction busy={submit.busy} busyText="正在发送……" onClick={ask}>
            发送答复
          </SendAction>
        </>
      )}
    </View>
  );
}

function ProposalCard({ proposal, onAnswered }: { proposal: Proposal; onAnswered: (p: Proposal) => void }) {
  return (
    <View className="gov-card" role="article" aria-label={proposal.title}>
      <Text className="gov-card__title">{proposal.title}</Text>
      <Phrases className="gov-card__meta" breaks="words" text={`${STAFF_STATUS_WORDS[proposal.status]} · ${dateInWords(proposal.submittedAt)}提交 · 地点：${proposal.location}`} />
      <Text className="gov-paragraph">{proposal.description}</Text>
      {proposal.contactMobile ? (
        <RevealOnPurpose
          label="回电号码"
          masked={proposal.contactMobile}
          read={proposal.viewerCan.readPersonalData ? () => staffRequest(ProposalContactDocument, { id: proposal.id }).then((d) => d.projectProposalContact) : undefined}
        />
      ) : (
        <Text className="gov-line">建议人没有留电话。</Text>
      )}
      {proposal.reply ? (
        <Text className="gov-line">{`答复（${dateInWords(proposal.answeredAt)}）：${proposal.reply}`}</Text>
      ) : (
        // The API says who answers: the district office.
        proposal.viewerCan.manage && <AnswerForm proposal={proposal} onAnswered={onAnswered} />
      )}
      {proposal.project && <Text className="gov-line">{`关联项目：${proposal.project.title}`}</Text>}
    </View>
  );
}

function Proposals() {
  const years = [currentYear() + 1, currentYear()];
  const [forYear, setForYear] = useState(years[0]!);
  const [waiting, setWaiting] = useState(true);
  const [said, setSaid] = useState('');
  const status = waiting ? ('SUBMITTED' as const) : null;
  const list = usePaged((after) => staffRequest(StaffProposalsDocument, { forYear, status, after }).then((d) => pageOf(d.projectProposals)), `${forYear}:${waiting}`);
  const answered = (p: Proposal) => {
    list.update((old) => old.id === p.id, () => p);
    setSaid(`已答复「${p.title}」。`);
  };
  return (
    <View>
      <Choices label="哪一年的清单" title="征集哪一年的民生实事" options={years.map((y) => ({ value: y, label: `${y}年` }))} chosen={[forYear]} onChoose={setForYear} />
      <Choices label="看哪些建议" options={[{ value: 'waiting', label: '待答复' }, { value: 'all', label: '已答复的' }]} chosen={[waiting ? 'waiting' : 'all']} onChoose={(v) => setWaiting(v === 'waiting')} />
      <Said text={said} />
      <PagedList list={list} what="群众建议" empty={waiting ? '没有待答复的建议。' : '还没有答复过的建议。'} count={(shown) => `共 ${shown} 条`}>
        {(proposals) => proposals.map((p) => <ProposalCard key={p.id} proposal={p} onAnswered={answered} />)}
      </PagedList>
    </View>
  );
}

/** 答复群众建议 (工作台): the district office answers residents' proposals for next year's list. */
export default function ProjectProposalsPage() {
  return (
    <Screen label="答复群众建议" wide>
      <Heading level={1}>答复群众建议</Heading>
      <StaffOnly why="这是区政府办公室答复居民民生实事建议用的。请先用工作人员账号登录。">{(token) => <SignedInStaff token={token}>{() => <Proposals />}</SignedInStaff>}</StaffOnly>
    </Screen>
  );
}
