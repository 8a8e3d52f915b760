import { dayInWords } from '../../lib/format';

/**
 * The last day a policy's interpretation may be published, the one way 工作台 pages say it (本部门的政策,
 * 发布政策解读, the publish result): 解读最迟在2026年12月9日 星期三发布（政策发布后3个工作日内）.
 * The API's date is that day itself (it is overdue only once the day has ended), so no "前".
 */
export function interpretationDueInWords(due: { date: string; provisional: boolean; overdue: boolean }): string {
  const calendar = due.provisional ? '；当年节假日安排还没公布，暂按周一至周五计算' : '';
  return `${due.overdue ? '⚠ 已超期：' : ''}解读最迟${due.overdue ? '应' : ''}在${dayInWords(due.date)}发布（政策发布后3个工作日内${calendar}）`;
}
