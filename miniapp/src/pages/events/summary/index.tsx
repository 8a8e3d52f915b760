import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Empty, Loaded } from '../../../components/States';
import { Problem } from '../../../components/Messages';
import { StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { EventFeedbackDocument, PublishEventSummaryDocument, StaffEventDocument, type StaffEventFieldsFragment } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { mendTheForm } from '../../../hooks/use-form-check';
import { useSubmit } from '../../../hooks/use-submit';
import { replacePage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { checkSummary, emptyItem, summaryInput, type SummaryItem } from '../../../features/events/summary-form';
import '../../../features/events/events.scss';

/** What the questionnaires said, to write the summary from (no names: the API gives none). */
function Questionnaires({ eventId }: { eventId: string }) {
  const report = useRemote(() => staffRequest(EventFeedbackDocument, { eventId }).then((d) => d.eventFeedback), eventId);
  return (
    <Loaded remote={report} what="问卷">
      {(r) =>
        r.count === 0 ? (
          <Empty>还没有人填问卷。</Empty>
        ) : (
          <View className="gov-card" role="region" aria-label="居民问卷">
            <Heading level={2}>居民问卷</Heading>
            <Text className="gov-line">{`${r.count} 人填写，平均满意度 ${r.averageSatisfaction ?? '—'} 分（满分 5 分）`}</Text>
            {r.entries
              .filter((e) => e.suggestions || e.useful)
              .map((e) => (
                <Text className="gov-card__meta" key={e.submittedAt}>
                  {[e.useful && `有用：${e.useful}`, e.suggestions && `建议：${e.suggestions}`].filter(Boolean).join('；')}
                </Text>
              ))}
          </View>
        )
      }
    </Loaded>
  );
}

function ItemFields({ item, index, onChange, onRemove, errors }: { item: SummaryItem; index: number; onChange: (item: SummaryItem) => void; onRemove?: () => void; errors: Partial<Record<keyof SummaryItem, string>> }) {
  const n = index + 1;
  return (
    <View className="gov-card" role="group" aria-label={`第 ${n} 条意见`}>
      <Heading level={3}>{`第 ${n} 条意见`}</Heading>
      <TextField label={`第 ${n} 条：居民的意见`} value={item.suggestion} onChange={(suggestion) => onChange({ ...item, suggestion })} maxLength={500} lines error={errors.suggestion} />
      <Choices label={`第 ${n} 条：是否采纳`} title="是否采纳" options={[{ value: 'yes', label: '采纳' }, { value: 'no', label: '暂不采纳' }]} chosen={item.adopted === null ? [] : [item.adopted ? 'yes' : 'no']} onChoose={(v) => onChange({ ...item, adopted: v === 'yes' })} />
      <Problem text={errors.adopted} />
      <TextField label={`第 ${n} 条：答复`} hint="采纳的写怎么办、什么时候办；不采纳的写为什么。" value={item.response} onChange={(response) => onChange({ ...item, response })} maxLength={1000} lines error={errors.response} />
      {onRemove && (
        <Action kind="plain" onClick={onRemove}>
          {`删去第 ${n} 条`}
        </Action>
      )}
    </View>
  );
}

function SummaryForm({ event }: { event: StaffEventFieldsFragment }) {
  const [raised, setRaised] = useState('');
  const [items, setItems] = useState<SummaryItem[]>([emptyItem()]);
  const [shown, setShown] = useState(false);
  const submit = useSubmit(true);
  const errors = checkSummary({ raised, items });
  const publish = () => {
    setShown(true);
    if (errors.any) return submit.fail(mendTheForm(errors));
    submit.run(async () => {
      await staffRequest(PublishEventSummaryDocument, { eventId: event.id, input: summaryInput({ raised, items }) });
      await replacePage(ROUTES.eventDetail, { id: event.id });
    });
  };
  const change = (i: number, item: SummaryItem) => setItems(items.map((old, j) => (j === i ? item : old)));
  return (
    <View>
      <Heading level={2}>{event.title}</Heading>
      <Text className="gov-paragraph">公布后，居民在开放日页面上能看到这些内容。公布后不能修改。</Text>
      <TextField label="居民提出的意见（概述）" hint="开放日上居民提了哪些方面的意见，一共多少条。" value={raised} onChange={setRaised} maxLength={5000} lines error={shown ? errors.raised : undefined} />
      {items.map((item, i) => (
        <ItemFields key={i} item={item} index={i} onChange={(next) => change(i, next)} onRemove={items.length > 1 ? () => setItems(items.filter((_, j) => j !== i)) : undefined} errors={shown ? (errors.items[i] ?? {}) : {}} />
      ))}
      <Action kind="plain" onClick={() => setItems([...items, emptyItem()])}>
        再加一条意见
      </Action>
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} busyText="正在公布……" onClick={publish}>
        公布意见采纳情况
      </SendAction>
      <Questionnaires eventId={event.id} />
    </View>
  );
}

function SummaryOf({ id, token }: { id: string; token: string }) {
  const loaded = useRemote(() => staffRequest(StaffEventDocument, { id }).then((d) => d.event), `${id}:${token}`);
  return (
    <Loaded remote={loaded} what="开放日">
      {(event) => (!event ? <Empty>没有找到这个开放日。</Empty> : event.summary ? <Empty>这个开放日的意见采纳情况已经公布了。</Empty> : <SummaryForm event={event} />)}
    </Loaded>
  );
}

/** 公布意见采纳情况 (吸收采纳情况): what residents raised at the open day and what was adopted. */
export default function EventSummaryPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="公布意见采纳情况" wide>
      <Heading level={1}>公布意见采纳情况</Heading>
      <StaffOnly why="这是主办部门的工作人员公布开放日意见采纳情况用的。请先用工作人员账号登录。">{(token) => <SummaryOf id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
