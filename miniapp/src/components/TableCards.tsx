import { View } from '@tarojs/components';
import { Heading } from './Heading';
import { Fields } from './Fields';

type Table = { title: string; columns: string[]; rows: string[][] };

/**
 * An attachment table (序号, 任务, 牵头单位, 完成时限 …) as one card per row, each column name
 * above its value: readable at any font size, with no sideways scrolling.
 */
export function TableCards({ table }: { table: Table }) {
  return (
    <View className="gov-table-cards">
      <Heading level={2}>{table.title || '附表'}</Heading>
      {table.rows.map((row, r) => (
        <View className="gov-card" key={r} role="group" aria-label={`第${r + 1}项`}>
          <Fields rows={table.columns.map((column, c) => ({ label: column || `第${c + 1}列`, value: row[c] ?? '' }))} />
        </View>
      ))}
    </View>
  );
}
