import { useState } from 'react';
import { View } from '@tarojs/components';
import { Heading } from './Heading';
import { Fields } from './Fields';
import { Action } from './Action';

type Table = { title: string; columns: string[]; rows: string[][] };

/** How many rows a long table shows at first, and adds at each 再显示: a table this short shows whole. */
export const TABLE_BATCH = 15;

/**
 * An attachment table (序号, 任务, 牵头单位, 完成时限 …) as one card per row, each column name
 * above its value: readable at any font size, with no sideways scrolling. A long one (a task table
 * of a hundred rows) shows its first rows, then 再显示 N 项（共 M 项） adds the next batch: a hundred
 * cards are more than anyone scrolls through, and more than an old phone draws well. 朗读 still
 * reads every row (policySpeech reads the tables, not the page).
 */
export function TableCards({ table }: { table: Table }) {
  const [shown, setShown] = useState(TABLE_BATCH);
  const total = table.rows.length;
  const next = Math.min(TABLE_BATCH, total - shown);
  return (
    <View className="gov-table-cards">
      <Heading level={2}>{table.title || '附表'}</Heading>
      {table.rows.slice(0, shown).map((row, r) => (
        <Fields key={r} card={`第${r + 1}项`} rows={table.columns.map((column, c) => ({ label: column || `第${c + 1}列`, value: row[c] ?? '' }))} />
      ))}
      {next > 0 && (
        <Action kind="plain" onClick={() => setShown(shown + next)}>
          {`再显示 ${next} 项（共 ${total} 项）`}
        </Action>
      )}
    </View>
  );
}
