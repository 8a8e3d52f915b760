import type { WorkCounter } from '../workbench/work-counts';

/** The staff's case list in the mini-app (miniapp/src/lib/routes.ts ratingStaff); `show=overdue` opens it at the late ones. */
const CASES_PAGE = '/pages/rating/staff/index';

/** 差评待办理: open bad-rating cases (call back, reply, close), and how many are past their deadline. */
export const ratingWork: WorkCounter = async (context, { department, today }) => {
  const open = { department, stage: 'OPEN' as const, today };
  const [count, overdue] = await Promise.all([context.stores.ratings.countCases(open), context.stores.ratings.countCases({ ...open, overdue: true })]);
  return [{ key: 'ratingCases', label: '差评待办理', count, unit: '件', overdue, detail: overdue > 0 ? '先办已超期的' : null, path: overdue > 0 ? `${CASES_PAGE}?show=overdue` : CASES_PAGE }];
};
