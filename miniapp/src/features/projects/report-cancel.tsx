import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Heading } from '../../components/Heading';
import { Action, SendAction } from '../../components/Action';
import { Problem } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { CancelProjectDocument } from '../../generated/operations';
import { staffRequest } from '../../session/staff';
import { useSubmit } from '../../hooks/use-submit';

/**
 * 撤销项目 (the lead department): the reason first, then a confirmation that says what follows —
 * residents see the project as 已取消 with the reason, and it cannot be undone.
 */
export function CancelProject({ project, onCancelled }: { project: { id: string; title: string }; onCancelled: (said: string) => void }) {
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  if (step === 'closed') {
    return (
      <View className="project-section">
        <Action kind="plain" onClick={() => setStep('reason')}>
          撤销项目
        </Action>
      </View>
    );
  }
  const toConfirm = () => {
    if (!reason.trim()) return setProblem('请写撤销的原因；原因会公开给居民看。');
    setProblem('');
    setStep('confirm');
  };
  const cancel = () =>
    submit.run(async () => {
      await staffRequest(CancelProjectDocument, { id: project.id, reason: reason.trim() });
      onCancelled('项目已撤销。居民看到的项目显示“已取消”和撤销原因，关注的居民会收到通知。');
    });
  return (
    <View className="project-section" role="group" aria-label="撤销项目">
      <Heading level={2}>撤销项目</Heading>
      {step === 'reason' ? (
        <>
          <TextField label="撤销原因" hint="为什么不再做这个项目；会公开给居民看" value={reason} onChange={setReason} maxLength={500} lines error={problem} />
          <Action kind="primary" onClick={toConfirm}>
            下一步
          </Action>
        </>
      ) : (
        <>
          <Text className="gov-paragraph">{`确定撤销「${project.title}」吗？撤销后不能恢复，不能再报送进展（只能发布更正）。居民会看到：已取消，取消原因：${reason.trim()}`}</Text>
          <Problem text={submit.error && `没能撤销：${submit.error.message}`} />
          <SendAction busy={submit.busy} busyText="正在撤销……" onClick={cancel}>
            确认撤销
          </SendAction>
          <Action kind="plain" onClick={() => setStep('reason')}>
            改一改原因
          </Action>
        </>
      )}
      <Action kind="plain" onClick={() => setStep('closed')}>
        先不撤销
      </Action>
    </View>
  );
}
