import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { InformationRequestQueueDocument, type InformationRequestQueueQueryVariables } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { RequestCard } from '../../../features/casework/components';
import { QUEUE_SHOWS, queueShow, type QueueShow } from '../../../features/casework/queue';

type Show = QueueShow | 'waiting';
const SHOWS = [...QUEUE_SHOWS.slice(0, 2), { value: 'waiting' as const, label: '等待申请人（补正、缴费）' }, ...QUEUE_SHOWS.slice(2)];
const FILTERS: Record<Show, Omit<InformationRequestQueueQueryVariables, 'after'>> = {
  open: { stage: 'OPEN' },
  overdue: { stage: 'OPEN', overdue: true },
  waiting: { stage: 'WAITING' },
  done: { stage: 'DONE' },
};

function Queue({ token }: { token: string }) {
  const asked = routeParam(useRouter().params, 'show');
  const [show, setShow] = useState<Show>(asked === 'waiting' ? 'waiting' : queueShow(asked));
  const visit = useReturnVisits();
  const list = usePaged((after) => staffRequest(InformationRequestQueueDocument, { ...FILTERS[show], after }).then((d) => pageOf(d.informationRequestQueue)), `${token}:${show}:${visit}`);
  const overdue = list.items.filter((r) => r.isOverdue).length;
  return (
    <View>
      <Choices label="显示哪些" options={SHOWS} chosen={[show]} onChoose={setShow} />
      <Action kind="link" onClick={() => openPage(ROUTES.caseworkStaffReport)}>
        年度报告数字（按年统计，可下载表格）
      </Action>
      <PagedList
        list={list}
        what="公开申请"
        empty={show === 'done' ? '还没有办结的申请。' : show === 'waiting' ? '没有等待申请人的申请。' : show === 'overdue' ? '没有超期的申请。' : '没有待答复的申请。'}
        count={(shown) => `共 ${shown} 份${show === 'open' || show === 'overdue' ? `，其中已超期 ${overdue} 份` : ''}`}
      >
        {(items) => items.map((r) => <RequestCard key={r.id} r={r} staff onOpen={() => openPage(ROUTES.caseworkStaffRequest, { id: r.id })} />)}
      </PagedList>
    </View>
  );
}

/** 依申请公开办理: the department's applications by their last day to reply, those waiting for the applicant, and the finished ones. */
export default function StaffRequestsPage() {
  return (
    <Screen label="依申请公开办理" wide>
      <Heading level={1}>依申请公开办理</Heading>
      <StaffOnly why="供各部门的工作人员办理政府信息公开申请。" signInHere>
        {(token) => <SignedInStaff token={token}>{() => <Queue token={token} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
