import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { StaffMeDocument, type StaffMeQuery } from '../generated/operations';
import { useLiveSession } from '../hooks/use-live-session';
import { useRemote } from '../hooks/use-remote';
import { openPage, ROUTES } from '../lib/navigation';
import { useSubmit } from '../hooks/use-submit';
import { changeStaffPassword, signInAsStaff, signOutStaff, staffRequest, staffSessions } from '../session/staff';
import type { SessionEnd } from '../session/store';
import { Action, SendAction } from './Action';
import { Heading } from './Heading';
import { Problem, Said } from './Messages';
import { Loaded } from './States';
import { TextField } from './TextField';

// The frame of every staff page: the staff session (kept apart from the resident's, session/staff.ts),
// the way to sign in without one, who is signed in, and 退出工作人员登录.

type Staff = StaffMeQuery['staffMe'];

const ENDED: Record<SessionEnd, string> = {
  expired: '工作人员登录已过期，请重新登录。',
  'signed-out': '您已退出工作人员登录。',
};

/** After an administrator's reset: the staff member chooses their own password, and is signed in with it. */
function SetOwnPassword({ username, temporary }: { username: string; temporary: string }) {
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const submit = useSubmit(true);
  return (
    <View className="gov-card" role="group" aria-label="设置新密码">
      <Heading level={2}>设置新密码</Heading>
      <Text className="gov-paragraph">{`${username}：您的密码是管理员给的临时密码，请先设置您自己的新密码，设置好就登录了。`}</Text>
      <TextField label="新密码" hint="至少 10 个字符，不能和临时密码一样" value={next} onChange={setNext} maxLength={200} password />
      <TextField label="再输入一遍新密码" value={repeated} onChange={setRepeated} maxLength={200} password />
      <Problem text={submit.error && `没能设置：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在设置……" onClick={() => submit.run(() => changeStaffPassword(username, temporary, next, repeated))}>
        设置新密码并登录
      </SendAction>
    </View>
  );
}

/** The staff sign-in form; `purpose` says who it is for (供……). A temporary password leads to setting one's own. */
function StaffSignIn({ ended, purpose }: { ended: SessionEnd | null; purpose: string }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  const send = () => submit.run(() => signInAsStaff(username, password));
  if (submit.error?.reason === 'PASSWORD_CHANGE_REQUIRED') return <SetOwnPassword username={username.trim()} temporary={password} />;
  return (
    <View className="gov-card">
      <Said text={ended && ENDED[ended]} />
      <Heading level={2}>工作人员登录</Heading>
      <Text className="gov-paragraph">{`${purpose}居民不用在这里登录。`}</Text>
      <Text className="gov-paragraph">工作人员登录和居民登录分开保存：在这里登录或退出，不影响本机上的居民登录。</Text>
      <TextField label="用户名" value={username} onChange={setUsername} maxLength={40} />
      <TextField label="密码" value={password} onChange={setPassword} maxLength={200} password />
      <Problem text={submit.error && `没能登录：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在登录……" onClick={send}>登录</SendAction>
    </View>
  );
}

/**
 * Every staff page's body: with a live staff session, `children` with its token. Without one, `why`
 * (what the page is for) and the way to sign in: on a page staff start from (`signInHere`: 工作台, 差评办理,
 * the casework queues) the sign-in form itself, saying why the last session ended; elsewhere a button to it.
 */
export function StaffOnly({ why, signInHere = false, children }: { why: string; signInHere?: boolean; children: (token: string) => ReactNode }) {
  const { session, ended } = useLiveSession(staffSessions);
  if (session) return <>{children(session.token)}</>;
  if (signInHere) return <StaffSignIn ended={ended} purpose={why} />;
  return (
    <View className="gov-card">
      <Text className="gov-paragraph">{why}</Text>
      <Action onClick={() => openPage(ROUTES.ratingStaff)}>工作人员登录</Action>
    </View>
  );
}

/** Who is signed in as staff (and `children`: what else the page says about them), with 退出工作人员登录. */
function StaffCard({ staff, children }: { staff: Staff; children?: ReactNode }) {
  return (
    <View className="gov-card">
      <Text className="gov-line">{`工作人员：${staff.displayName}（${staff.username}）`}</Text>
      <Text className="gov-line">{`部门：${staff.department}`}</Text>
      {children}
      <Action kind="plain" onClick={signOutStaff}>
        退出工作人员登录
      </Action>
    </View>
  );
}

/** The staff member of `token`, read once: their card (with `about` them), then `children` for them. */
export function SignedInStaff({ token, about, children }: { token: string; about?: (staff: Staff) => ReactNode; children: (staff: Staff) => ReactNode }) {
  const me = useRemote(() => staffRequest(StaffMeDocument).then((data) => data.staffMe), token);
  return (
    <Loaded remote={me} what="您的信息">
      {(staff) => (
        <View>
          <StaffCard staff={staff}>{about?.(staff)}</StaffCard>
          {children(staff)}
        </View>
      )}
    </Loaded>
  );
}
