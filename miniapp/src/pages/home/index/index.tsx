import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Tile } from '../../../components/Tile';
import { Action } from '../../../components/Action';
import { useSettings } from '../../../settings/store';
import { openPage, ROUTES } from '../../../lib/navigation';
import './index.scss';

/** The five jobs residents come for, in the order the district's plans name them. */
export const JOBS = [
  { title: '政策文件', hint: '查看政策和解读', open: () => openPage(ROUTES.policyBrowse) },
  { title: '民生实事', hint: '今年办的实事进度', open: () => openPage(ROUTES.projects) },
  { title: '开放日', hint: '报名参加政府开放日', open: () => openPage(ROUTES.eventList) },
  { title: '好差评', hint: '评价办事服务', open: () => openPage(ROUTES.rating) },
  { title: '我的', hint: '登录、设置、最近看过', open: () => openPage(ROUTES.mine) },
] as const;

export default function Home() {
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const search = () => openPage(ROUTES.policySearch, { q: query.trim() });
  const oneColumn = settings.simple || settings.elder;

  return (
    <Screen label="首页">
      <Heading level={1}>政务公开</Heading>
      {!settings.simple && (
        <View className="gov-search" role="search">
          <Input
            className="gov-input"
            type="text"
            confirmType="search"
            placeholder="如：养老补贴"
            aria-label="搜索政策"
            value={query}
            onInput={(event) => setQuery(event.detail.value)}
            onConfirm={search}
          />
          <Action onClick={search}>搜索</Action>
        </View>
      )}
      <View className={`home-tiles ${oneColumn ? 'home-tiles--one-column' : ''}`}>
        {JOBS.map((job) => (
          <Tile key={job.title} title={job.title} hint={settings.simple ? undefined : job.hint} onClick={job.open} />
        ))}
      </View>
      {!settings.simple && (
        <View className="home-links">
          <Action kind="link" onClick={() => openPage(ROUTES.settings)}>
            长辈版 · 字号设置
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.policyRecent)}>
            最近看过
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.caseworkAsk)}>
            咨询留言：有问题问政府部门
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.caseworkApply)}>
            依申请公开：申请查看政府信息
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.draftList)}>
            意见征集：对政府决策草案提意见
          </Action>
          <Action kind="link" onClick={() => openPage(ROUTES.caseworkReport)}>
            政府信息公开申请情况（年度统计）
          </Action>
          <Text className="home-note">本服务由区人民政府办公室提供</Text>
        </View>
      )}
    </Screen>
  );
}
