import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { ConsultationQueueDocument, type ConsultationQueueFilter } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { ConsultationCard } from '../../../features/casework/components';
import { QUEUE_SHOWS, queueShow, type QueueShow } from '../../../features/casework/queue';

const FILTERS: Record<QueueShow, ConsultationQueueFilter> = { open: { stage: 'OPEN' }, overdue: { stage: 'OPEN', overdue: true }, done: { stage: 'DONE' } };

function Queue({ token }: { token: string }) {
  // The 工作台 opens the queue at the late ones (?show=overdue) when there are any.
  const [show, setShow] = useState<QueueShow>(queueShow(routeParam(useRouter().params, 'show')));
  const visit = useReturnVisits();
  const list = usePaged((after) => staffRequest(ConsultationQueueDocument, { filter: FILTERS[show], after }).then((d) => pageOf(d.consultationQueue)), `${token}:${show}:${visit}`);
  const overdue = list.items.filter((c) => c.isOverdue).length;
  return (
    <View>
      <Choices label="显示哪些" options={QUEUE_SHOWS} chosen={[show]} onChoose={setShow} />
      <PagedList
        list={list}
        what="留言"
        empty={show === 'done' ? '还没有办结的留言。' : show === 'overdue' ? '没有超期的留言。' : '没有待答复的留言。'}
        count={(shown) => `共 ${shown} 条${show === 'done' ? '' : `，其中已超期 ${overdue} 条`}`}
      >
        {(items) => items.map((c) => <ConsultationCard key={c.id} c={c} staff onOpen={() => openPage(ROUTES.caseworkStaffQuestion, { id: c.id })} />)}
      </PagedList>
    </View>
  );
}

/** 咨询留言办理: the department's questions by their last day to answer (a district admin's: every department's). */
export default function StaffQuestionsPage() {
  return (
    <Screen label="咨询留言办理" wide>
      <Heading level={1}>咨询留言办理</Heading>
      <StaffOnly why="供各部门的工作人员答复居民的留言。" signInHere>
        {(token) => <SignedInStaff token={token}>{() => <Queue token={token} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
