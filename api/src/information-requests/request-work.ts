import { clockedQueueCount, type WorkCounter } from '../workbench/work-counts';

/** 公开申请待答复: the department's applications whose clock runs, late and due today (miniapp ROUTES.caseworkStaffRequests). */
export const informationRequestWork: WorkCounter = async (context, scope) => [
  await clockedQueueCount(
    (dueBefore) => context.stores.informationRequests.countQueue({ department: scope.department, stage: 'OPEN', overdue: dueBefore ? true : undefined, today: dueBefore ?? scope.today }),
    scope,
    { key: 'informationRequests', label: '公开申请待答复', unit: '份', page: '/pages/casework/staff-requests/index' },
  ),
];
