import { Text, View } from '@tarojs/components';
import { Action } from './Action';
import { openPage, ROUTES } from '../lib/navigation';

/**
 * Says that signing in comes first and opens 我的 to do it; 我的 then offers the way back here, where
 * what was filled in is still on the page.
 */
export function SignInNeeded({ why }: { why: string }) {
  return (
    <View className="gov-notice" role="status">
      <Text className="gov-notice__title">需要先登录</Text>
      <Text className="gov-notice__text">{why}</Text>
      <Action onClick={() => openPage(ROUTES.mine, { back: 1 })}>去“我的”登录</Action>
    </View>
  );
}
