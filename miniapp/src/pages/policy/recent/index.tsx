import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { LinkCard } from '../../../components/LinkCard';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Empty } from '../../../components/States';
import { Action } from '../../../components/Action';
import { openPage, ROUTES } from '../../../lib/navigation';
import { dateInWords } from '../../../lib/format';
import { recentPolicies, RECENT_LIMIT, type RecentEntry } from '../../../features/policy/recent';

/** 最近看过: read from this phone only, so it works without a network. */
export default function RecentPage() {
  const [items, setItems] = useState<RecentEntry[]>(() => recentPolicies());
  useDidShow(() => setItems(recentPolicies()));

  return (
    <Screen label="最近看过">
      <Heading level={1}>最近看过</Heading>
      <Text className="gov-meta">{`保存最近看过的 ${RECENT_LIMIT} 份文件，没有网络时也能打开。`}</Text>
      {items.length === 0 && (
        <>
          <Empty>还没有看过的文件。</Empty>
          <Action kind="link" onClick={() => openPage(ROUTES.policyBrowse)}>
            去看政策文件
          </Action>
        </>
      )}
      {items.map((item) => (
        <LinkCard
          key={item.id}
          title={item.title}
          lines={[item.issuer && `发布机构：${item.issuer}`, item.publishedDate && `发布日期：${dateInWords(item.publishedDate)}`]}
          onClick={() => openPage(ROUTES.policyDetail, { id: item.id })}
        />
      ))}
    </Screen>
  );
}
