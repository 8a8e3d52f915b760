import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { SendAction } from '../../../components/Action';
import { Problem, Said } from '../../../components/Messages';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import type { StaffMeQuery } from '../../../generated/operations';
import { useSubmit } from '../../../hooks/use-submit';
import { changeStaffPassword } from '../../../session/staff';

type Staff = StaffMeQuery['staffMe'];

/** The current password once, the new one twice; the staff member stays signed in with the new one. */
function PasswordForm({ staff, onChanged }: { staff: Staff; onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const submit = useSubmit();
  // The notice lives on the page: the new session replaces the old one, which may start this form afresh.
  const send = () =>
    submit.run(async () => {
      await changeStaffPassword(staff.username, current, next, repeated);
      setCurrent('');
      setNext('');
      setRepeated('');
      onChanged();
    });
  return (
    <View className="gov-card" role="group" aria-label="修改密码">
      <Text className="gov-paragraph">修改以后，下次登录用新密码。</Text>
      <TextField label="现在的密码" value={current} onChange={setCurrent} maxLength={200} password />
      <TextField label="新密码" hint="至少 10 个字符，不能和现在的密码一样" value={next} onChange={setNext} maxLength={200} password />
      <TextField label="再输入一遍新密码" value={repeated} onChange={setRepeated} maxLength={200} password />
      <Problem text={submit.error && `没能修改：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在修改……" onClick={send}>
        修改密码
      </SendAction>
    </View>
  );
}

/** 修改密码 (工作台): a signed-in staff member changes their own password. */
export default function ChangePasswordPage() {
  const [changed, setChanged] = useState(false);
  return (
    <Screen label="修改密码" wide>
      <Heading level={1}>修改密码</Heading>
      <Said text={changed && '密码已修改。下次登录请用新密码。'} />
      <StaffOnly why="这是工作人员修改自己登录密码用的。请先用工作人员账号登录。">
        {(token) => <SignedInStaff token={token}>{(staff) => <PasswordForm staff={staff} onChanged={() => setChanged(true)} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
