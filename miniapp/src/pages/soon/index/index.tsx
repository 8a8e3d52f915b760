import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { goHome, openPage, routeParam, ROUTES } from '../../../lib/navigation';

/** A calm placeholder for jobs not built yet. */
export default function Soon() {
  const name = routeParam(useRouter().params, 'name') || '这项服务';
  return (
    <Screen label="即将上线">
      <Heading level={1}>即将上线</Heading>
      <Text className="gov-paragraph">“{name}”正在准备中，很快就能使用。</Text>
      <Text className="gov-paragraph">现在可以先看看政策文件。</Text>
      <Action onClick={() => openPage(ROUTES.policyBrowse)}>看政策文件</Action>
      <Action kind="plain" onClick={goHome}>
        回到首页
      </Action>
    </Screen>
  );
}
