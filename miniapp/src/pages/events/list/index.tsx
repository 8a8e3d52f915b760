import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Failure, Loading } from '../../../components/States';
import { ApiError, request } from '../../../api/request';
import { EventListDocument, type EventCardFieldsFragment, type EventFilter } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, ROUTES } from '../../../lib/navigation';
import { EventCard } from '../../../features/events/components';
import { upcomingMonths } from '../../../features/events/format';
import '../../../features/events/events.scss';

/** The themes the district's plans name for open days. */
export const THEMES = ['民生保障', '教育医疗', '营商环境', '征收拆迁'] as const;
const PAGE_SIZE = 20;

type Page = { items: EventCardFieldsFragment[]; endCursor: string | null; hasNextPage: boolean };

const loadPage = (filter: EventFilter, after: string | null): Promise<Page> =>
  request(EventListDocument, { filter, first: PAGE_SIZE, after }).then(({ events }) => ({
    items: events.edges.map((edge) => edge.node),
    endCursor: events.pageInfo.endCursor,
    hasNextPage: events.pageInfo.hasNextPage,
  }));

function Choices<T extends string>({ label, options, chosen, onChoose }: { label: string; options: ReadonlyArray<{ value: T; label: string }>; chosen: T; onChoose: (value: T) => void }) {
  return (
    <View role="group" aria-label={label}>
      <Text className="event-choices-label">{label}</Text>
      <View className="gov-choices">
        {options.map((option) => (
          <Action key={option.value} kind={chosen === option.value ? 'primary' : 'plain'} pressed={chosen === option.value} onClick={() => onChoose(option.value)}>
            {option.label}
          </Action>
        ))}
      </View>
    </View>
  );
}

function EventResults({ filter, emptyText }: { filter: EventFilter; emptyText: string }) {
  const key = JSON.stringify(filter);
  const first = useRemote(() => loadPage(filter, null), key);
  const [more, setMore] = useState<{ key: string; pages: Page[]; busy: boolean; error: string }>({ key, pages: [], busy: false, error: '' });
  const extra = more.key === key ? more : { key, pages: [], busy: false, error: '' };

  if (first.status === 'loading') return <Loading what="开放日" />;
  if (first.status === 'error') return <Failure message={first.error.message} onRetry={first.retry} />;
  const pages = [first.data, ...extra.pages];
  const items = pages.flatMap((page) => page.items);
  const last = pages[pages.length - 1]!;
  if (!items.length) return <Empty>{emptyText}</Empty>;

  const loadMore = () => {
    setMore({ ...extra, busy: true, error: '' });
    loadPage(filter, last.endCursor).then(
      (page) => setMore((m) => (m.key === key ? { ...m, pages: [...m.pages, page], busy: false } : m)),
      (error: unknown) =>
        setMore((m) => (m.key === key ? { ...m, busy: false, error: error instanceof ApiError ? error.message : '系统暂时出了问题，请稍后再试。' } : m)),
    );
  };

  return (
    <View className="gov-list">
      <Text className="gov-list__count" role="status">
        共 {items.length} 场{last.hasNextPage ? '，还有更多' : ''}
      </Text>
      {items.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
      {extra.error && (
        <Text className="gov-state__text gov-text-danger" role="alert">
          没能加载更多：{extra.error}
        </Text>
      )}
      {last.hasNextPage && (
        <Action kind="plain" disabled={extra.busy} onClick={loadMore}>
          {extra.busy ? '正在加载……' : extra.error ? '重试' : '加载更多'}
        </Action>
      )}
    </View>
  );
}

/** 政府开放日: upcoming open days, soonest first, by theme and month; past ones with what was adopted. */
export default function EventList() {
  const [theme, setTheme] = useState('');
  const [month, setMonth] = useState('');
  const [past, setPast] = useState(false);
  const months = upcomingMonths(new Date());

  const filter: EventFilter = { ...(theme ? { theme } : {}), ...(month ? { month } : {}), ...(past && !month ? { past: true } : {}) };
  const what = [theme && `“${theme}”主题`, month && months.find((m) => m.value === month)?.label].filter(Boolean).join('、');
  const emptyText = past
    ? '还没有往期开放日。'
    : what
      ? `${what}暂时没有开放日。可以换一个主题或月份，或点“全部”。`
      : '近期暂时没有开放日，请过些日子再来看看。';

  return (
    <Screen label="政府开放日">
      <Heading level={1}>{past ? '往期开放日' : '政府开放日'}</Heading>
      <Text className="gov-paragraph">区政府各部门请居民走进来，看一看、问一问。报名参加，当面提意见。</Text>
      <Action kind="plain" onClick={() => openPage(ROUTES.eventMine)}>
        我的报名
      </Action>
      <View className="event-filters">
        <Choices label="按主题" options={[{ value: '', label: '全部主题' }, ...THEMES.map((t) => ({ value: t, label: t }))]} chosen={theme} onChoose={setTheme} />
        {!past && <Choices label="按月份" options={[{ value: '', label: '全部月份' }, ...months]} chosen={month} onChoose={setMonth} />}
      </View>
      <Action
        kind="link"
        onClick={() => {
          setPast(!past);
          setMonth('');
        }}
      >
        {past ? '看近期的开放日' : '看往期开放日和意见采纳情况'}
      </Action>
      <EventResults filter={filter} emptyText={emptyText} />
    </Screen>
  );
}
