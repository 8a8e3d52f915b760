import { Text, View } from '@tarojs/components';
import { Action } from './Action';
import { Heading } from './Heading';
import { Picture } from './Picture';
import { Problem, Said } from './Messages';
import { Loading } from './States';
import { dateTimeInWords } from '../lib/format';
import { useScanSignIn } from '../session/scan-sign-in';

/**
 * 扫码登录, the browser's way in (production H5, the kiosk): a QR code to scan with WeChat, and what
 * happened to it in words. Signed in, 我的 shows 已登录 by itself (the session store changes).
 */
export function ScanSignIn({ said }: { said?: string | null }) {
  const { state, renew } = useScanSignIn();
  return (
    <View className="gov-card mine-account">
      <Said text={said} />
      <Heading level={2}>扫码登录</Heading>
      {state.kind === 'loading' && <Loading what="登录二维码" />}
      {state.kind === 'showing' && (
        <View role="group" aria-label="登录二维码">
          <Text className="gov-paragraph">请用手机微信的“扫一扫”扫描下面的二维码，然后在手机上点“确认登录”。</Text>
          {state.qr && <Picture className="mine-qr" src={state.qr} mode="aspectFit" alt="登录二维码，请用微信扫一扫" />}
          <Text className="gov-meta">{`二维码 ${dateTimeInWords(state.expiresAt)} 前有效，只能用一次。`}</Text>
        </View>
      )}
      {state.kind === 'scanned' && (
        <View role="status">
          <Text className="mine-scanned">已扫码，请在手机上确认登录</Text>
          <Text className="gov-paragraph">{`在手机微信里点“确认登录”，这里就会登录。请在 ${dateTimeInWords(state.expiresAt)} 前确认。`}</Text>
          <Text className="gov-paragraph">如果扫码的不是您，或想换一个微信账号，请点“换一个二维码”。</Text>
        </View>
      )}
      {state.kind === 'refused' && <Problem text="您在手机上取消了登录，这个二维码不能再用了。" />}
      {state.kind === 'expired' && <Problem text="二维码已过期（两分钟内没有确认）。" />}
      {state.kind === 'failed' && <Problem text={`没能登录：${state.message}`} />}
      {state.kind !== 'loading' && state.kind !== 'showing' && <Action onClick={renew}>换一个二维码</Action>}
      <Text className="gov-meta">看政策文件和项目进展不用登录。</Text>
    </View>
  );
}
