import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { StaffMeDocument, type StaffMeQuery } from '../generated/operations';
import { useLiveSession } from '../hooks/use-live-session';
import { useRemote } from '../hooks/use-remote';
import { openPage, ROUTES } from '../lib/navigation';
import { signOutStaff, staffRequest, staffSessions } from '../session/staff';
import { Action } from './Action';
import { Loaded } from './States';

// The frame of every staff page: the staff session (kept apart from the resident's, session/staff.ts),
// the way to sign in without one, who is signed in, and 退出工作人员登录.

type Staff = StaffMeQuery['staffMe'];

/** A staff page's body: with a live staff session, `children` with its token; else what the page is for and the way to sign in. */
export function StaffOnly({ why, children }: { why: string; children: (token: string) => ReactNode }) {
  const { session } = useLiveSession(staffSessions);
  if (session) return <>{children(session.token)}</>;
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
