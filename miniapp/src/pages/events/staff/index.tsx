import { useState } from 'react';
import { View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { LinkCard } from '../../../components/LinkCard';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { DepartmentEventsDocument, DoorEventsDocument, type StaffMeQuery } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useRemote } from '../../../hooks/use-remote';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { whenInWords } from '../../../features/events/format';
import { EVENT_STATUS_WORDS, figuresInWords } from '../../../features/events/staff';
import '../../../features/events/events.scss';

type Staff = StaffMeQuery['staffMe'];

/** A district admin picks the department: their own, or one that holds published open days. */
function useDepartments(staff: Staff): string[] {
  const admin = staff.role === 'DISTRICT_ADMIN';
  const published = useRemote(
    () => (admin ? staffRequest(DoorEventsDocument, { first: 100 }).then((d) => d.events.edges.map((e) => e.node.department)) : Promise.resolve([])),
    `${staff.username}:departments`,
  );
  const others = published.status === 'ready' ? published.data : [];
  return [staff.department, ...new Set(others.filter((d) => d !== staff.department))];
}

function DepartmentEvents({ staff, visit }: { staff: Staff; visit: number }) {
  const departments = useDepartments(staff);
  const [department, setDepartment] = useState(staff.department);
  const list = usePaged(
    (after) => staffRequest(DepartmentEventsDocument, { department, first: 20, after }).then((d) => pageOf(d.departmentEvents)),
    `${staff.username}:${department}:${visit}`,
  );
  return (
    <View>
      {departments.length > 1 && <Choices label="部门" title="看哪个部门的开放日" options={departments.map((d) => ({ value: d, label: d }))} chosen={[department]} onChoose={setDepartment} />}
      <Action onClick={() => openPage(ROUTES.eventEdit)}>新建开放日</Action>
      <Heading level={2}>{`${department}的开放日`}</Heading>
      <PagedList list={list} what="开放日" empty="还没有开放日。" count={(shown) => `共 ${shown} 个`}>
        {(events) =>
          events.map((event) => (
            <LinkCard
              key={event.id}
              title={event.title}
              lines={[`状态：${EVENT_STATUS_WORDS[event.status]}`, `时间：${whenInWords(event.startsAt, event.endsAt)}`, figuresInWords(event), event.status === 'HELD' && !event.summary && '⚠ 还没有公布意见采纳情况']}
              onClick={() => openPage(ROUTES.eventManage, { id: event.id })}
            />
          ))
        }
      </PagedList>
    </View>
  );
}

/** 开放日管理 (工作台): the department's open days, drafts included; each opens its jobs. */
export default function EventStaffPage() {
  const visit = useReturnVisits();
  return (
    <Screen label="开放日管理" wide>
      <Heading level={1}>开放日管理</Heading>
      <StaffOnly why="这是各部门工作人员办理政府开放日用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <DepartmentEvents staff={staff} visit={visit} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
