import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from '../components/Action';
import { Said } from '../components/Messages';
import { canOpenWebPages, copyText, openInBrowser } from './index';

/**
 * A web address shown with a way to use it (an open day's live stream, an interpretation's video):
 * opened in a browser tab on H5; on weapp, which may not open outside pages, copied for a browser.
 */
export function WebLink({ url, what, className }: { url: string; what: '直播' | '视频'; className?: string }) {
  const [said, setSaid] = useState('');
  const opens = canOpenWebPages();
  const act = opens
    ? () => setSaid(openInBrowser(url) ? '' : `没能打开${what}，请复制上面的链接到浏览器里打开。`)
    : () => void copyText(url).then((ok) => setSaid(ok ? `${what}链接已复制，请到浏览器里粘贴打开。` : '没能复制，请照着上面的链接输入。'));
  return (
    <View className={className}>
      <Text className="gov-note" userSelect>
        {`${what}链接：${url}`}
      </Text>
      <Action kind="plain" onClick={act}>
        {opens ? `打开${what}` : `复制${what}链接`}
      </Action>
      <Said text={said} />
    </View>
  );
}
