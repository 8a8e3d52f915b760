import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Tile } from '../../../components/Tile';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Failure } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { ScanSignIn } from '../../../components/ScanSignIn';
import { failureWords, request } from '../../../api/request';
import { MeDocument, SignInOptionsDocument, UnreadMessageCountDocument } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { goBack, openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { hasWeChatSignIn } from '../../../platform';
import { dateInWords } from '../../../lib/format';
import type { Session, SessionEnd } from '../../../session/store';
import { useLiveSession } from '../../../hooks/use-live-session';
import { signInForTesting, signInWithWeChat, signOut } from '../../../session/sign-in';
import { staffSessions } from '../../../session/staff';
import './index.scss';


const ENDED: Record<SessionEnd, string> = {
  expired: '登录已过期，请重新登录。',
  'signed-out': '您已退出登录。',
};

/** Opened with `back=1` from a page that needs sign-in (好差评): after signing in, the way back to it. */
function SignedIn({ session, back }: { session: Session; back: boolean }) {
  const me = useRemote(() => request(MeDocument).then((data) => data.me), session.token);
  const rows =
    me.status === 'ready'
      ? [
          ...(me.data.phone ? [{ label: '手机号', value: me.data.phone }] : []),
          { label: '首次登录', value: dateInWords(me.data.memberSince) },
        ]
      : [];
  return (
    <View className="gov-card mine-account">
      <Heading level={2}>已登录</Heading>
      {back && <Action onClick={goBack}>登录好了，返回上一页</Action>}
      {me.status === 'loading' && <Text className="gov-meta">正在加载您的信息，请稍候……</Text>}
      {me.status === 'ready' && <Fields rows={rows} />}
      {me.status === 'error' && <Failure message={me.error.message} onRetry={me.retry} code={me.error.code} />}
      <Action kind="plain" onClick={signOut}>
        退出登录
      </Action>
    </View>
  );
}

/**
 * H5: 测试登录 only where the API accepts its `dev:` codes (never in production); elsewhere 扫码登录
 * (a QR code confirmed in the mini-program). Nothing is asked on weapp, which signs in with WeChat.
 */
function useDevelopmentSignIn(weapp: boolean) {
  return useRemote(() => (weapp ? Promise.resolve(false) : request(SignInOptionsDocument).then((data) => data.signInOptions.developmentSignIn)), String(weapp));
}

function SignedOut({ ended }: { ended: SessionEnd | null }) {
  const weapp = hasWeChatSignIn();
  const developmentSignIn = useDevelopmentSignIn(weapp);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const attempt = (signIn: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError('');
    signIn().then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failureWords(failure));
      },
    );
  };
  const submit = () => attempt(weapp ? signInWithWeChat : () => signInForTesting(name));

  if (!weapp && developmentSignIn.status === 'loading') {
    return (
      <View className="gov-card mine-account">
        <Said text={ended && ENDED[ended]} />
        <Text className="gov-meta">正在加载，请稍候……</Text>
      </View>
    );
  }
  // H5 always offers 扫码登录; 测试登录 only beside it, where the API says it is enabled.
  const scan = weapp ? null : <ScanSignIn said={ended && ENDED[ended]} />;
  if (!weapp && !(developmentSignIn.status === 'ready' && developmentSignIn.data)) return scan;

  return (
    <>
      {scan}
      <View className="gov-card mine-account">
        {weapp && <Said text={ended && ENDED[ended]} />}
        {weapp ? (
          <>
            <Heading level={2}>登录</Heading>
            <Text className="gov-paragraph">用微信登录后，可以查看与您本人有关的事项。看政策文件不用登录。</Text>
          </>
        ) : (
          <>
            <Heading level={2}>测试登录</Heading>
            <Text className="gov-paragraph">这是网页演示版，不连接微信。填一个名字就能登录，只供测试，不是真实账号。</Text>
            <Text className="mine-label">名字</Text>
            <Input
              className="gov-input mine-name"
              type="text"
              confirmType="done"
              placeholder="如：wang"
              aria-label="名字"
              value={name}
              onInput={(event) => setName(event.detail.value)}
              onConfirm={submit}
            />
          </>
        )}
        <Problem text={error && `没能登录：${error}`} />
        <SendAction busy={busy} busyText="正在登录……" onClick={submit}>登录</SendAction>
      </View>
    </>
  );
}

/** 我的消息 with how many are unread, read again on each visit to 我的. */
function MessagesTile({ token }: { token: string }) {
  const unread = useRemote(() => request(UnreadMessageCountDocument), token);
  const count = unread.status === 'ready' ? unread.data.unreadMessageCount : 0;
  return <Tile title="我的消息" badge={count > 0 ? `${count} 条未读` : undefined} hint="开放日、评价、留言、订阅的所有通知" onClick={() => openPage(ROUTES.messages)} />;
}

/**
 * The staff pages, for a staff member signed in on this phone (session/staff.ts); everyone else sees
 * one quiet way to sign in as staff (the 工作台's form), so residents are not shown work that is not theirs.
 */
function StaffEntries() {
  const { session } = useLiveSession(staffSessions);
  return (
    <View className="mine-staff" role="group" aria-label="工作人员">
      <Text className="mine-label">工作人员</Text>
      {session ? (
        <>
          <Action kind="link" onClick={() => openPage(ROUTES.workbench)}>
            工作台（今天的工作、发布政策）
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.ratingStaff)}>
            差评办理
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.ratingQrCodes)}>
            服务二维码（打印好差评二维码）
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.eventCheckIn)}>
            开放日签到
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.projectStaff)}>
            民生实事报送进展
          </Action>
        </>
      ) : (
        <Action kind="link" onClick={() => openPage(ROUTES.workbench)}>
          工作人员登录
        </Action>
      )}
    </View>
  );
}

/** 我的: sign-in state first, then 设置 and 最近看过 (both work without signing in); staff pages only for signed-in staff. */
export default function Mine() {
  const { session, ended } = useLiveSession();
  const back = routeParam(useRouter().params, 'back') === '1';

  return (
    <Screen label="我的">
      <Heading level={1}>我的</Heading>
      {session ? <SignedIn session={session} back={back} /> : <SignedOut ended={ended} />}
      <View className="mine-tiles">
        {session && <MessagesTile token={session.token} />}
        {session && <Tile title="订阅设置" hint="新政策、解读、开放日一发布就告诉我" onClick={() => openPage(ROUTES.subscriptions)} />}
        {session && <Tile title="亲友帮办" hint="请亲友帮我，或帮亲友报名开放日" onClick={() => openPage(ROUTES.family)} />}
        <Tile title="我的评价" hint="好差评的办理进度和部门答复" onClick={() => openPage(ROUTES.ratingMine)} />
        <Tile title="我的报名" hint="开放日的签到码、取消报名、问卷" onClick={() => openPage(ROUTES.eventMine)} />
        <Tile title="我的建议" hint="民生实事：我提的建议和答复、我关注的项目" onClick={() => openPage(ROUTES.projectMine)} />
        <Tile title="我的留言" hint="咨询留言：部门的答复、答复期限" onClick={() => openPage(ROUTES.caseworkQuestions)} />
        <Tile title="我的公开申请" hint="依申请公开：办理进度、答复期限、告知书" onClick={() => openPage(ROUTES.caseworkRequests)} />
        <Tile title="设置" hint="长辈版、字号、高对比度、简洁版" onClick={() => openPage(ROUTES.settings)} />
        <Tile title="最近看过" hint="没有网络时也能看" onClick={() => openPage(ROUTES.policyRecent)} />
      </View>
      <StaffEntries />
    </Screen>
  );
}
