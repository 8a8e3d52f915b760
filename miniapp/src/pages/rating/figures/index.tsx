import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { Empty, Loaded } from '../../../components/States';
import { request } from '../../../api/request';
import { RatingFiguresDocument, type RatingCountFieldsFragment, type RatingFiguresQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { Choices } from '../../../components/Choices';
import { countsInWords, monthsInWords, percent, PERIOD_KEYS, PERIOD_LABELS, periodDates, type PeriodKey } from '../../../features/rating/format';
import '../../../features/rating/rating.scss';

type Figures = RatingFiguresQuery['ratingFigures'];
export type Row = { key: string; name: string; counts: RatingCountFieldsFragment };

export const rowsOf = (figures: Figures): Row[] =>
  figures.department
    ? figures.byService.map((s) => ({ key: s.service.id, name: s.service.name, counts: s.counts }))
    : figures.byDepartment.map((d) => ({ key: d.department, name: d.department, counts: d.counts }));

/** Each row as one sentence: what the text list shows, read aloud. */
export const rowSpeech = (row: Row) => `${row.name}：${countsInWords(row.counts).map((f) => `${f.label}${f.value}`).join('，')}。`;

/** The bars: for the eye only (hidden from screen readers); the list below says the same in words. */
export function Bars({ rows }: { rows: Row[] }) {
  return (
    <View className="rating-chart" aria-hidden="true" data-testid="rating-chart">
      {rows.map((row) => {
        const rate = row.counts.satisfactionRate;
        return (
          <View className="rating-bar-row" key={row.key}>
            <Text className="rating-bar-row__name">{row.name}</Text>
            <View className="rating-bar">
              <View className="rating-bar__track">
                <View className="rating-bar__fill" style={{ width: `${Math.round((rate ?? 0) * 1000) / 10}%` }} />
              </View>
              <Text className="rating-bar__value">{percent(rate)}</Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}

/** The text alternative: every number of the chart (and more), one card per row, readable aloud. */
export function FiguresList({ rows, onOpen }: { rows: Row[]; onOpen?: (row: Row) => void }) {
  return (
    <View role="list" aria-label="满意度（文字版）">
      {rows.map((row) => (
        <View className="gov-card" role="listitem" key={row.key}>
          <Heading level={3}>{row.name}</Heading>
          <Fields rows={countsInWords(row.counts)} />
          {onOpen && (
            <Action kind="plain" onClick={() => onOpen(row)}>
              {`看${row.name}的各项服务`}
            </Action>
          )}
        </View>
      ))}
    </View>
  );
}

function FiguresView({ figures, period }: { figures: Figures; period: PeriodKey }) {
  const rows = rowsOf(figures);
  const what = figures.department ? '各项服务' : '各部门';
  const when = monthsInWords(figures.from, figures.to);
  const total = [{ label: '统计时间', value: when }, ...countsInWords(figures.total)];
  const speech = () => [
    `${figures.department ?? '全区'}，${when}。`,
    countsInWords(figures.total).map((f) => `${f.label}${f.value}`).join('，') + '。',
    ...rows.map(rowSpeech),
  ];
  return (
    <View>
      <View className="gov-card">
        <Heading level={2}>{figures.department ? `${figures.department}合计` : '全区合计'}</Heading>
        <Fields rows={total} />
      </View>
      <ReadAloudBar parts={speech} />
      {rows.length === 0 ? (
        <Empty>这段时间还没有评价。</Empty>
      ) : (
        <>
          <Heading level={2}>{`${what}满意率（图）`}</Heading>
          <Bars rows={rows} />
          <Heading level={2}>{`${what}满意率（文字版）`}</Heading>
          <FiguresList
            rows={rows}
            onOpen={figures.department ? undefined : (row) => openPage(ROUTES.ratingFigures, { department: row.name, period })}
          />
        </>
      )}
      <Text className="gov-paragraph gov-note">
        满意率 = 非常满意、满意、基本满意的评价 ÷ 全部评价。按期答复：差评在期限内得到答复。整改后满意：差评办结时，评价人对整改结果满意。
      </Text>
    </View>
  );
}

/** 满意度公开: the public figures per department (or, for one department, per service) for a period. */
export default function RatingFiguresPage() {
  const params = useRouter().params;
  const department = routeParam(params, 'department');
  const asked = routeParam(params, 'period') as PeriodKey;
  const [period, setPeriod] = useState<PeriodKey>(PERIOD_KEYS.includes(asked) ? asked : 'thisYear');
  const figures = useRemote(
    () => request(RatingFiguresDocument, { period: periodDates(period, new Date()), department: department || null }).then((d) => d.ratingFigures),
    `${department}:${period}`,
  );
  return (
    <Screen label="满意度公开">
      <Heading level={1}>{department ? `${department}满意度` : '满意度公开'}</Heading>
      <Text className="gov-paragraph">居民对办事服务的评价，按部门和服务统计，向社会公开。</Text>
      <Choices label="统计时间" options={PERIOD_KEYS.map((key) => ({ value: key, label: PERIOD_LABELS[key] }))} chosen={[period]} onChoose={setPeriod} />
      <Loaded remote={figures} what="满意度">
        {(data) => <FiguresView figures={data} period={period} />}
      </Loaded>
    </Screen>
  );
}
