// The staff queues of 咨询留言 and 依申请公开 show the same three views (依申请公开 adds 等待申请人).

export type QueueShow = 'open' | 'overdue' | 'done';

export const QUEUE_SHOWS: ReadonlyArray<{ value: QueueShow; label: string }> = [
  { value: 'open', label: '待答复（按期限）' },
  { value: 'overdue', label: '只看已超期' },
  { value: 'done', label: '已办结' },
];

/** The view a link asked for (the 工作台 opens ?show=overdue), else the open work. */
export const queueShow = (asked: string): QueueShow => (asked === 'overdue' || asked === 'done' ? asked : 'open');
