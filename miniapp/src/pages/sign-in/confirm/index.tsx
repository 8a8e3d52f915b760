import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Loaded } from '../../../components/States';
import { Problem } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { failureWords, request } from '../../../api/request';
import { ConfirmScanSignInDocument, OpenScanSignInDocument, RefuseScanSignInDocument, type OpenScanSignInMutation } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useLiveSession } from '../../../hooks/use-live-session';
import { dateTimeInWords } from '../../../lib/format';
import { goHome, routeParam } from '../../../lib/navigation';
import { hasWeChatSignIn } from '../../../platform';
import { scanSignInCode } from '../../../features/sign-in/scan-address';
import '../../../features/sign-in/sign-in.scss';

type Request = OpenScanSignInMutation['openScanSignIn'];

/** Undecided: the resident still chooses (the browser says 已扫码 once the code was opened). */
const undecided = (status: Request['status']): status is 'PENDING' | 'SCANNED' => status === 'PENDING' || status === 'SCANNED';

const OUTCOME: Record<Exclude<Request['status'], 'PENDING' | 'SCANNED'>, string> = {
  CONFIRMED: '已确认登录。网页上已经用您的账号登录了，用完请在网页上点“退出登录”。',
  REFUSED: '已取消，网页上没有登录。',
  EXPIRED: '这个二维码已过期，请在网页上换一个二维码再扫。',
};

/** What is asking and when, with 确认登录 and 取消; both are answered by the API once, whatever the taps. */
function Decide({ request: asked }: { request: Request }) {
  const [status, setStatus] = useState(asked.status);
  const [busy, setBusy] = useState<'confirm' | 'refuse' | null>(null);
  const [error, setError] = useState('');
  const act = (which: 'confirm' | 'refuse') => {
    if (busy) return;
    setBusy(which);
    setError('');
    const done = which === 'confirm' ? request(ConfirmScanSignInDocument, { code: asked.code }).then((d) => d.confirmScanSignIn) : request(RefuseScanSignInDocument, { code: asked.code }).then((d) => d.refuseScanSignIn);
    done.then(
      (answer) => {
        setBusy(null);
        setStatus(answer.status);
      },
      (failure: unknown) => {
        setBusy(null);
        setError(failureWords(failure));
      },
    );
  };
  if (!undecided(status)) {
    return (
      <View className="gov-card sign-in-confirm" role="status">
        <Text className="sign-in-confirm__outcome">{OUTCOME[status]}</Text>
        <Action kind="plain" onClick={goHome}>回到首页</Action>
      </View>
    );
  }
  return (
    <View className="gov-card sign-in-confirm">
      <Heading level={2}>{asked.requester}</Heading>
      <Text className="sign-in-confirm__when">{`请求时间：${dateTimeInWords(asked.requestedAt)}`}</Text>
      <Text className="gov-paragraph">确认后，网页上会用您的微信账号登录，可以看到您的报名、评价和留言。</Text>
      <Text className="gov-paragraph sign-in-confirm__warning">如果不是您本人正在电脑或自助机前登录，请点“取消”。</Text>
      <Problem text={error} />
      <SendAction busy={busy === 'confirm'} busyText="正在确认……" onClick={() => act('confirm')}>确认登录</SendAction>
      <Action kind="plain" onClick={() => act('refuse')} disabled={busy !== null}>取消</Action>
    </View>
  );
}

/** The code opened by the signed-in resident (the browser then says 已扫码), and their decision. */
function Opened({ code }: { code: string }) {
  const asked = useRemote(() => request(OpenScanSignInDocument, { code }).then((d) => d.openScanSignIn), code);
  return (
    <Loaded remote={asked} what="登录请求">
      {(opened) => <Decide request={opened} />}
    </Loaded>
  );
}

/**
 * 确认登录: WeChat opens this page when a resident scans a browser's 扫码登录 code (`q` is the scanned
 * address). Signed in with WeChat, the resident sees what is asking and confirms or refuses.
 */
export default function ConfirmScanSignIn() {
  const { params } = useRouter();
  const code = scanSignInCode({ q: routeParam(params, 'q'), code: routeParam(params, 'code') });
  const { session } = useLiveSession();
  return (
    <Screen label="确认登录">
      <Heading level={1}>确认登录</Heading>
      {!hasWeChatSignIn() ? (
        <Text className="gov-paragraph">请用手机微信的“扫一扫”扫描网页上的登录二维码，在微信里确认登录。</Text>
      ) : !code ? (
        <Problem text="没有认出这个二维码，请在网页上换一个二维码再扫。" />
      ) : !session ? (
        <SignInNeeded why="先用微信登录，再确认让网页登录您的账号。" />
      ) : (
        <Opened code={code} />
      )}
    </Screen>
  );
}
