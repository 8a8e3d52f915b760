import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Heading } from '../../components/Heading';
import { Action, SendAction } from '../../components/Action';
import { Problem } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateTimeFields';
import { CompleteMilestoneDocument, CorrectMilestoneDocument, ExplainDelayDocument, type StaffProjectQuery } from '../../generated/operations';
import { staffRequest } from '../../session/staff';
import { useSubmit } from '../../hooks/use-submit';
import { beijingDate, dateInWords } from '../../lib/format';
import { milestoneLines, milestoneState } from './format';

type Project = NonNullable<StaffProjectQuery['project']>;
type Milestone = Project['milestones'][number];

type Open = { kind: 'done' | 'delay' | 'correct'; id: string } | null;

/**
 * 改名称或计划日期: a milestone not yet done put right, with the reason residents read on the timeline
 * (计划调整); its planned date only while that has not passed (then it is late, and explained).
 */
function CorrectMilestone({ milestone, onClose, onChanged }: { milestone: Milestone; onClose: () => void; onChanged: (said: string) => void }) {
  const today = beijingDate(new Date());
  const datePassed = milestone.plannedDate < today;
  const [title, setTitle] = useState(milestone.title);
  const [date, setDate] = useState(milestone.plannedDate);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  const confirm = () => {
    if (!title.trim()) return setProblem('请填写节点名称。');
    if (title.trim() === milestone.title && date === milestone.plannedDate) return setProblem('名称和计划完成日期都没有改。');
    if (!reason.trim()) return setProblem('请写调整原因；原因会和调整一起公开给居民看。');
    setProblem('');
    submit.run(async () => {
      await staffRequest(CorrectMilestoneDocument, { milestoneId: milestone.id, input: { title: title.trim(), plannedDate: date, reason: reason.trim() } });
      onClose();
      onChanged(`「${title.trim()}」已调整，调整和原因已公开。`);
    });
  };
  return (
    <View role="group" aria-label={`改名称或计划日期：${milestone.title}`}>
      <TextField label="节点名称" value={title} onChange={setTitle} maxLength={100} />
      {datePassed ? (
        <Text className="gov-line">{`计划完成日期${dateInWords(milestone.plannedDate)}已经过了，不能再改；晚了请说明延期原因。`}</Text>
      ) : (
        <DateField label="计划完成日期" hint="不能早于今天" value={date} onChange={setDate} min={today} />
      )}
      <TextField label="调整原因" hint="会和调整一起公开给居民看" value={reason} onChange={setReason} maxLength={500} lines />
      <Problem text={problem || submit.error?.message} />
      <SendAction busy={submit.busy} onClick={confirm}>保存并公开调整</SendAction>
      <Action kind="plain" onClick={onClose}>
        先不改
      </Action>
    </View>
  );
}

/** Mark done (with the actual date), explain a delay, or correct its name or planned date, in the page under the milestone. */
function MilestoneAction({ milestone, open, setOpen, onChanged }: { milestone: Milestone; open: Open; setOpen: (open: Open) => void; onChanged: (said: string) => void }) {
  const [date, setDate] = useState(beijingDate(new Date()));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState(milestone.delayReason ?? '');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  const run = (send: () => Promise<unknown>, said: string) => {
    setProblem('');
    submit.run(async () => {
      await send();
      setOpen(null);
      onChanged(said);
    });
  };
  const isOpen = (kind: 'done' | 'delay' | 'correct') => open?.kind === kind && open.id === milestone.id;

  if (isOpen('done')) {
    const confirm = () => {
      if (!date) return setProblem('请选择实际完成日期。');
      run(() => staffRequest(CompleteMilestoneDocument, { milestoneId: milestone.id, actualDate: date, note: note.trim() || null }), `已标记「${milestone.title}」完成。`);
    };
    return (
      <View role="group" aria-label={`标记完成：${milestone.title}`}>
        <DateField label="实际完成日期" hint="不能晚于今天" value={date} onChange={setDate} max={beijingDate(new Date())} />
        <TextField label="说明（可以不填）" value={note} onChange={setNote} maxLength={500} lines />
        <Problem text={problem || submit.error?.message} />
        <SendAction busy={submit.busy} onClick={confirm}>确认已完成</SendAction>
        <Action kind="plain" onClick={() => setOpen(null)}>
          先不标记
        </Action>
      </View>
    );
  }
  if (isOpen('delay')) {
    const confirm = () => {
      if (!reason.trim()) return setProblem('请写延期的原因和预计什么时候完成。');
      run(() => staffRequest(ExplainDelayDocument, { milestoneId: milestone.id, reason: reason.trim() }), `「${milestone.title}」的延期原因已公开。`);
    };
    return (
      <View role="group" aria-label={`说明延期：${milestone.title}`}>
        <TextField label="延期原因" hint="为什么晚了、预计什么时候完成；会公开给居民看" value={reason} onChange={setReason} maxLength={500} lines />
        <Problem text={problem || submit.error?.message} />
        <SendAction busy={submit.busy} onClick={confirm}>公开延期说明</SendAction>
        <Action kind="plain" onClick={() => setOpen(null)}>
          先不说明
        </Action>
      </View>
    );
  }
  if (isOpen('correct')) return <CorrectMilestone milestone={milestone} onClose={() => setOpen(null)} onChanged={onChanged} />;
  if (milestone.done) return null;
  return (
    <View className="project-actions">
      <Action kind="plain" onClick={() => setOpen({ kind: 'done', id: milestone.id })}>
        {`标记「${milestone.title}」已完成`}
      </Action>
      {milestone.overdue && (
        <Action kind={milestone.needsExplanation ? 'primary' : 'plain'} onClick={() => setOpen({ kind: 'delay', id: milestone.id })}>
          {milestone.needsExplanation ? '说明延期原因' : '更新延期说明'}
        </Action>
      )}
      <Action kind="plain" onClick={() => setOpen({ kind: 'correct', id: milestone.id })}>
        改名称或计划日期
      </Action>
    </View>
  );
}

export function Milestones({ project, manage, onChanged }: { project: Project; manage: boolean; onChanged: (said: string) => void }) {
  const [open, setOpen] = useState<Open>(null);
  if (!project.milestones.length) return null;
  return (
    <View className="project-section">
      <Heading level={2}>进度节点</Heading>
      {!manage && <Text className="project-muted">节点由牵头单位标记完成、说明延期。</Text>}
      <View className="project-milestones" role="list" aria-label="进度节点">
        {project.milestones.map((m) => (
          <View className="project-milestone" role="listitem" key={m.id}>
            <Text className="project-milestone__title">{m.title}</Text>
            <Text className={`project-status${m.overdue ? ' project-status--attention' : ''}`}>
              {`${m.overdue ? '⚠ ' : ''}${milestoneState(m)}${m.needsExplanation ? '，需要说明原因' : ''}`}
            </Text>
            {milestoneLines(m, project.leadDepartment).map((line) => (
              <Text className="gov-line" key={line}>
                {line}
              </Text>
            ))}
            {manage && <MilestoneAction milestone={m} open={open} setOpen={setOpen} onChanged={onChanged} />}
          </View>
        ))}
      </View>
    </View>
  );
}
