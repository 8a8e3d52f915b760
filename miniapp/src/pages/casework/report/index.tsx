import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Choices } from '../../../components/Choices';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { Empty, Loaded } from '../../../components/States';
import { request } from '../../../api/request';
import { InformationReportYearsDocument, PublishedInformationReportDocument } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { routeParam } from '../../../lib/navigation';
import { rowInWords } from '../../../features/casework/annual-figures';
import { FiguresTable, KeepCsv } from '../../../features/casework/AnnualFigures';
import '../../../features/casework/casework.scss';

function YearFigures({ year }: { year: number }) {
  const report = useRemote(() => request(PublishedInformationReportDocument, { year }).then((d) => d.publishedInformationReport), String(year));
  return (
    <Loaded remote={report} what={`${year}年的数字`}>
      {(data) => (
        <View>
          <Heading level={2}>{`${data.year}年 收到和处理政府信息公开申请情况`}</Heading>
          <ReadAloudBar parts={() => [`${data.year}年，收到和处理政府信息公开申请情况。`, ...data.rows.map((row) => rowInWords(row.label, row.counts))]} />
          <FiguresTable report={data} />
          <Text className="gov-paragraph gov-note">法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构和其他组织合计；表格（CSV）里按这五类分列。</Text>
          <KeepCsv report={data} />
        </View>
      )}
    </Loaded>
  );
}

/**
 * 申请情况年度统计: the figures a 政府信息公开工作年度报告 publishes about applications (received, results
 * by kind, carried over), district totals of a finished year, for anyone; `year` opens that year.
 */
export default function AnnualFiguresPage() {
  const asked = Number(routeParam(useRouter().params, 'year'));
  const years = useRemote(() => request(InformationReportYearsDocument).then((d) => d.informationReportYears), 'years');
  const [chosen, setChosen] = useState<number | null>(null);
  return (
    <Screen label="申请情况年度统计">
      <Heading level={1}>政府信息公开申请情况</Heading>
      <Text className="gov-paragraph">
        每年的政府信息公开工作年度报告都公布这些数字：收到多少申请、怎样答复、有多少转到下一年办理。这里是通过本平台收到的申请的全区合计，只有数字，不含申请人的任何信息。
      </Text>
      <Loaded remote={years} what="年份">
        {(list) => {
          if (list.length === 0) return <Empty>还没有可以公布的年度数字。每年1月1日以后公布上一年的数字。</Empty>;
          const year = chosen ?? (list.includes(asked) ? asked : list[0]!);
          return (
            <View>
              <Choices label="年份" title="选择年份" options={list.map((y) => ({ value: y, label: `${y}年` }))} chosen={[year]} onChoose={setChosen} />
              <YearFigures year={year} />
              <Text className="gov-paragraph gov-note">当年的数字在第二年1月1日以后公布。</Text>
            </View>
          );
        }}
      </Loaded>
    </Screen>
  );
}
