import { useState } from 'react';
import { View } from '@tarojs/components';
import { Heading } from '../../components/Heading';
import { Action } from '../../components/Action';
import { Confirm } from '../../components/Confirm';
import { TextField } from '../../components/TextField';
import { CancelProjectDocument } from '../../generated/operations';
import { staffRequest } from '../../session/staff';
import { useSubmit } from '../../hooks/use-submit';

/**
 * 撤销项目 (the lead department), asked in the page like 废止: what follows — residents see the project
 * as 已取消 with the reason, and it cannot be undone — and the reason, which the confirmation needs.
 */
export function CancelProject({ project, onCancelled }: { project: { id: string; title: string }; onCancelled: (said: string) => void }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  if (!asking) {
    return (
      <View className="project-section">
        <Action kind="plain" onClick={() => setAsking(true)}>
          撤销项目
        </Action>
      </View>
    );
  }
  const cancel = () => {
    if (!reason.trim()) return setProblem('请写撤销的原因；原因会公开给居民看。');
    setProblem('');
    submit.run(async () => {
      await staffRequest(CancelProjectDocument, { id: project.id, reason: reason.trim() });
      onCancelled('项目已撤销。居民看到的项目显示“已取消”和撤销原因，关注的居民会收到通知。');
    });
  };
  return (
    <View className="project-section">
      <Heading level={2}>撤销项目</Heading>
      <Confirm
        what="撤销"
        says={`确定撤销「${project.title}」吗？撤销后不能恢复，不能再报送进展（只能发布更正）。居民会看到项目“已取消”和下面写的原因。`}
        busy={submit.busy}
        error={submit.error?.message}
        onConfirm={cancel}
        onBack={() => setAsking(false)}
      >
        <TextField label="撤销原因" hint="为什么不再做这个项目；会公开给居民看" value={reason} onChange={setReason} maxLength={500} lines error={problem} />
      </Confirm>
    </View>
  );
}
