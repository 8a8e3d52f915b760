import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, ActionRow, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Confirm } from '../../../components/Confirm';
import { Columns } from '../../../components/Columns';
import { Problem, Said } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import {
  CreateStaffAccountDocument,
  DisableStaffAccountDocument,
  EnableStaffAccountDocument,
  ResetStaffPasswordDocument,
  StaffAccountsDocument,
  type StaffAccountFieldsFragment,
  type StaffMeQuery,
  type StaffRole,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateTimeInWords } from '../../../lib/format';
import { staffRequest } from '../../../session/staff';
import { DepartmentOrNew } from '../../../features/workbench/DepartmentPicker';
import '../../../features/workbench/workbench.scss';

type Staff = StaffMeQuery['staffMe'];
type Account = StaffAccountFieldsFragment;

const ROLE_NAMES: Record<StaffRole, string> = { DISTRICT_ADMIN: '全区管理员', DEPARTMENT_EDITOR: '部门工作人员' };

/** An account's state in words: 已停用, waiting for its owner's own password, when last signed in. */
function stateInWords(account: Account): string {
  if (account.disabled) return '已停用，不能登录';
  if (account.mustChangePassword) return '用的是临时密码，等本人登录时设置自己的密码';
  return account.lastSignedInAt ? `最近登录：${dateTimeInWords(account.lastSignedInAt)}` : '还没有登录过';
}

/** What a change answered: the words to show, and a temporary password the system just gave, shown this once. */
type Changed = (said: string, temporaryPassword?: string) => void;

/** One account: who, where, its state; 停用 / 重新启用 and 重设密码, each asked first where hard to take back (never on one's own account). */
function AccountCard({ account, self, onChanged }: { account: Account; self: boolean; onChanged: Changed }) {
  const [resetting, setResetting] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const submit = useSubmit();
  const name = `${account.displayName}（${account.username}）`;
  const enable = () =>
    submit.run(async () => {
      await staffRequest(EnableStaffAccountDocument, { username: account.username });
      onChanged(`${name}已重新启用，可以登录了。`);
    });
  const disable = () =>
    submit.run(async () => {
      await staffRequest(DisableStaffAccountDocument, { username: account.username });
      setDisabling(false);
      onChanged(`${name}已停用。`);
    });
  const reset = () =>
    submit.run(async () => {
      const { resetStaffPassword } = await staffRequest(ResetStaffPasswordDocument, { username: account.username });
      setResetting(false);
      onChanged(`${name}的密码已重设。`, resetStaffPassword.temporaryPassword);
    });
  return (
    <View className="gov-card" role="group" aria-label={name} data-testid="staff-account">
      <Text className="gov-card__title">{name}</Text>
      <Text className="gov-card__meta">{`${account.department} · ${ROLE_NAMES[account.role]}`}</Text>
      <Text className={account.disabled ? 'workbench-count__late' : 'gov-card__meta'}>{stateInWords(account)}</Text>
      {self ? (
        <Text className="gov-card__meta">这是您自己的账号。</Text>
      ) : (
        <>
          {!disabling && !resetting && (
            <ActionRow>
              {account.disabled ? (
                <SendAction kind="plain" busy={submit.busy} busyText="正在保存……" onClick={enable}>
                  重新启用
                </SendAction>
              ) : (
                <Action kind="plain" onClick={() => setDisabling(true)}>
                  停用
                </Action>
              )}
              <Action kind="plain" onClick={() => setResetting(true)}>
                重设密码
              </Action>
            </ActionRow>
          )}
          {disabling && (
            <Confirm
              what="停用"
              says={`确定要停用${name}吗？停用后这个账号不能登录，已经登录的也会退出；办过的事都保留。以后可以重新启用。`}
              busy={submit.busy}
              error={submit.error?.message}
              onConfirm={disable}
              onBack={() => setDisabling(false)}
            />
          )}
          {resetting && (
            <Confirm
              what="重设密码"
              says={`确定要重设${name}的密码吗？原来的密码马上不能用，已经登录的也会退出。系统会给一个临时密码，只显示这一次。`}
              busy={submit.busy}
              error={submit.error?.message}
              onConfirm={reset}
              onBack={() => setResetting(false)}
            />
          )}
        </>
      )}
      {!disabling && !resetting && <Problem text={submit.error?.message} />}
    </View>
  );
}

const emptyAccount = { username: '', displayName: '', role: 'DEPARTMENT_EDITOR' as StaffRole, department: '' };

/** 新建账号: who, for which department; the system gives a temporary password, which its owner replaces at their first sign-in. */
function CreateAccount({ onCreated }: { onCreated: Changed }) {
  const [form, setForm] = useState(emptyAccount);
  // Each account created starts the next form afresh, 部门's 其他部门 included.
  const [created, setCreated] = useState(0);
  const submit = useSubmit();
  const set = (key: keyof typeof emptyAccount) => (value: string) => setForm({ ...form, [key]: value });
  const send = () =>
    submit.run(async () => {
      const { createStaff } = await staffRequest(CreateStaffAccountDocument, { input: { ...form, department: form.department.trim() || null } });
      setForm(emptyAccount);
      setCreated((n) => n + 1);
      onCreated(`已新建账号：${createStaff.staff.displayName}（${createStaff.staff.username}）。`, createStaff.temporaryPassword);
    });
  return (
    <View className="gov-card" role="group" aria-label="新建账号">
      <Heading level={2}>新建账号</Heading>
      <Columns>
        <TextField label="用户名" hint="登录用，字母和数字" value={form.username} onChange={set('username')} maxLength={40} />
        <TextField label="姓名或称呼" hint="如：区民政局信息员" value={form.displayName} onChange={set('displayName')} maxLength={40} />
      </Columns>
      <Choices label="身份" title="身份" options={(['DEPARTMENT_EDITOR', 'DISTRICT_ADMIN'] as const).map((value) => ({ value, label: ROLE_NAMES[value] }))} chosen={[form.role]} onChoose={set('role')} />
      <DepartmentOrNew key={created} chosen={form.department} onChoose={set('department')} />
      <Text className="gov-paragraph">密码不用填：新建以后系统给一个临时密码，只显示这一次；本人第一次登录时要设置自己的密码。</Text>
      <Problem text={submit.error && `没能新建：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在新建……" onClick={send}>
        新建账号
      </SendAction>
    </View>
  );
}

/** A temporary password the system just gave, large and selectable, with what to do with it; gone once the page is left. */
function TemporaryPassword({ password }: { password: string }) {
  return (
    <View className="gov-card" role="group" aria-label="临时密码">
      <Text className="gov-card__meta">临时密码（只显示这一次）</Text>
      <Text className="workbench-temporary-password" userSelect>
        {password}
      </Text>
      <Text className="gov-paragraph">请当面或打电话告诉本人，不要发在群里。本人登录时先设置自己的密码，之后临时密码就不能用了。</Text>
    </View>
  );
}

function Accounts({ staff }: { staff: Staff }) {
  if (staff.role !== 'DISTRICT_ADMIN') return <Said text="只有区政府办公室的全区管理员能管理工作人员账号。忘了密码或要新建账号，请联系他们。" />;
  return <AllAccounts staff={staff} />;
}

function AllAccounts({ staff }: { staff: Staff }) {
  const [visit, setVisit] = useState(0);
  const [said, setSaid] = useState('');
  const [given, setGiven] = useState<string>();
  const accounts = useRemote(() => staffRequest(StaffAccountsDocument).then((data) => data.staffMembers), `${staff.username}:${visit}`);
  const changed: Changed = (words, temporaryPassword) => {
    setSaid(words);
    setGiven(temporaryPassword);
    setVisit((n) => n + 1);
  };
  return (
    <View>
      <Said text={said} />
      {given && <TemporaryPassword password={given} />}
      <CreateAccount onCreated={changed} />
      <Heading level={2}>全部账号</Heading>
      <Loaded remote={accounts} what="账号">
        {(list) => (
          <View>
            {list.map((account) => (
              <AccountCard key={account.username} account={account} self={account.username === staff.username} onChanged={changed} />
            ))}
          </View>
        )}
      </Loaded>
    </View>
  );
}

/** 工作人员账号 (工作台, district admins): create, disable, re-enable, reset a password (the system gives a temporary one); each audited by the API. */
export default function StaffAccountsPage() {
  return (
    <Screen label="工作人员账号" wide>
      <Heading level={1}>工作人员账号</Heading>
      <StaffOnly why="这是区政府办公室的管理员管理工作人员账号用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <Accounts staff={staff} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
