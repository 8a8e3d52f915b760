import { useState } from 'react';
import { OPEN_DAY_THEMES } from '@govopen/shared/src/open-day-themes';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { request } from '../../../api/request';
import { EventListDocument, type EventFilter } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { openPage, ROUTES } from '../../../lib/navigation';
import { EventCard } from '../../../features/events/components';
import { upcomingMonths } from '../../../features/events/format';
import '../../../features/events/events.scss';

/** The themes the district's plans name for open days, as the API knows them (each mapped to the subscription topics). */
const THEMES = Object.keys(OPEN_DAY_THEMES);

function EventResults({ filter, emptyText }: { filter: EventFilter; emptyText: string }) {
  const list = usePaged((after) => request(EventListDocument, { filter, first: 20, after }).then(({ events }) => pageOf(events)), JSON.stringify(filter));
  return (
    <PagedList list={list} what="开放日" empty={emptyText} count={(shown) => `共 ${shown} 场`}>
      {(events) => events.map((event) => <EventCard key={event.id} event={event} />)}
    </PagedList>
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
        <Choices label="按主题" title="按主题" options={[{ value: '', label: '全部主题' }, ...THEMES.map((t) => ({ value: t, label: t }))]} chosen={[theme]} onChoose={setTheme} />
        {!past && <Choices label="按月份" title="按月份" options={[{ value: '', label: '全部月份' }, ...months]} chosen={[month]} onChoose={setMonth} />}
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
