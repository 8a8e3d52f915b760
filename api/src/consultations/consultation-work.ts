import { clockedQueueCount, type WorkCounter } from '../workbench/work-counts';

/** 留言待答复: the department's open questions, late and due today (miniapp ROUTES.caseworkStaffQuestions lists them). */
export const consultationWork: WorkCounter = async (context, scope) => [
  await clockedQueueCount(
    (dueBefore) => context.stores.consultations.countQueue({ department: scope.department, stage: 'OPEN', overdue: dueBefore ? true : undefined, today: dueBefore ?? scope.today }),
    scope,
    { key: 'consultations', label: '留言待答复', unit: '条', page: '/pages/casework/staff-questions/index' },
  ),
];
