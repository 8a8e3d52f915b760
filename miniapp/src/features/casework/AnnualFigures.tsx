import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from '../../components/Action';
import { Said } from '../../components/Messages';
import type { AnnualReportFieldsFragment } from '../../generated/operations';
import { copyText, hasDownloads } from '../../platform';
import { saveCsv } from '../../platform/files';
import { PHONE_COLUMN_HEADINGS, PHONE_COLUMNS, phoneCounts } from './annual-figures';

// The annual report's application table as residents (申请情况年度统计) and staff (年度报告数字) see it.

type Report = AnnualReportFieldsFragment;

/** The table as the annual report prints it, in three columns; a real table for screen readers. */
export function FiguresTable({ report }: { report: Report }) {
  return (
    <View className="annual-table" role="table" aria-label={`${report.year}年收到和处理政府信息公开申请情况`}>
      <View className="annual-table__row annual-table__row--head" role="row">
        <Text className="annual-table__label annual-table__unit" role="columnheader">
          单位：件
        </Text>
        {PHONE_COLUMNS.map((column) => (
          <Text className="annual-table__count annual-table__heading" role="columnheader" aria-label={column} key={column}>
            {PHONE_COLUMN_HEADINGS[column]}
          </Text>
        ))}
      </View>
      {report.rows.map((row) => {
        const counts = phoneCounts(row.counts);
        return (
          <View className={`annual-table__row annual-table__row--level-${row.level}${counts ? '' : ' annual-table__row--heading'}`} role="row" key={row.label}>
            <Text className="annual-table__label" role="rowheader">
              {row.label}
            </Text>
            {(counts ?? PHONE_COLUMNS.map(() => null)).map((count, i) => (
              <Text className="annual-table__count" role="cell" key={PHONE_COLUMNS[i]}>
                {count ?? ''}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}

/** H5 saves the CSV (Excel opens it); WeChat cannot download, so the mini-program copies it to paste. */
export function KeepCsv({ report, fileName = `${report.year}年政府信息公开申请情况.csv` }: { report: Report; fileName?: string }) {
  const [said, setSaid] = useState('');
  return (
    <View>
      {hasDownloads() ? (
        <Action kind="plain" onClick={() => setSaid(saveCsv(report.csv, fileName) ? `已下载“${fileName}”，可以用 Excel 或 WPS 打开。` : '这个浏览器不能下载文件，请换一个浏览器再试。')}>
          下载表格（CSV）
        </Action>
      ) : (
        <Action kind="plain" onClick={() => void copyText(report.csv).then((done) => setSaid(done ? '表格已复制（CSV），可以粘贴到电子表格里。' : '没能复制，请截屏保存。'))}>
          复制表格（CSV）
        </Action>
      )}
      <Said text={said} />
    </View>
  );
}

