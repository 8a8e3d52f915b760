import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Choices } from '../../../components/Choices';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { Tile } from '../../../components/Tile';
import { WorkbenchDocument, type StaffMeQuery, type WorkbenchQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { keyboardActivation } from '../../../lib/a11y';
import { dayInWords } from '../../../lib/format';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import '../../../features/workbench/workbench.scss';

type Staff = StaffMeQuery['staffMe'];
type WorkCount = WorkbenchQuery['workbench']['counts'][number];

/** 全区: a district admin's choice of every department (the API's `department: null`). */
const WHOLE_DISTRICT = '';

/** One figure of today's work; the whole card opens the list it counts (the API names the page). */
function CountCard({ work }: { work: WorkCount }) {
  const open = () => openPage(work.path);
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={open} {...keyboardActivation(open)} data-testid="work-count">
      <Text className="gov-card__title">{work.label}</Text>
      <Text className="workbench-count__figure">{`${work.count} ${work.unit}`}</Text>
      {work.overdue != null && work.overdue > 0 && <Text className="workbench-count__late">{`⚠ 其中已超期 ${work.overdue} ${work.unit}`}</Text>}
      {work.detail && <Text className="gov-card__meta">{work.detail}</Text>}
    </View>
  );
}

/** Today's work of the department shown; a district admin picks one department or 全区. */
function Today({ staff, visit }: { staff: Staff; visit: number }) {
  const [department, setDepartment] = useState(WHOLE_DISTRICT);
  const admin = staff.role === 'DISTRICT_ADMIN';
  const today = useRemote(
    () => staffRequest(WorkbenchDocument, { department: department || undefined }).then((data) => data.workbench),
    `${staff.username}:${department}:${visit}`,
  );
  return (
    <Loaded remote={today} what="今天的工作">
      {(work) => (
        <View>
          <Heading level={2}>{`${work.department ?? '全区'}今天的工作`}</Heading>
          <Text className="gov-note">{`${dayInWords(work.today)}，点一项打开它的清单。`}</Text>
          {admin && work.departments.length > 0 && (
            <Choices
              label="看哪个部门"
              title="看哪个部门"
              options={[{ value: WHOLE_DISTRICT, label: '全区' }, ...work.departments.map((name) => ({ value: name, label: name }))]}
              chosen={[department]}
              onChoose={setDepartment}
            />
          )}
          <View className="workbench-counts">
            {work.counts.map((count) => (
              <CountCard key={count.key} work={count} />
            ))}
          </View>
        </View>
      )}
    </Loaded>
  );
}

/** The staff jobs that have a page, one tap each; staff accounts for district admins. */
function Jobs({ admin }: { admin: boolean }) {
  return (
    <View>
      <Heading level={2}>办事</Heading>
      <View className="workbench-jobs">
        <Tile title="发布政策文件" hint="上传文件，核对，检查后发布" onClick={() => openPage(ROUTES.workbenchPublish)} />
        <Tile title="本部门的政策" hint="写解读、废止" onClick={() => openPage(ROUTES.workbenchPolicies)} />
        <Tile title="差评办理" hint="回访、整改、答复、结案" onClick={() => openPage(ROUTES.ratingStaff)} />
        <Tile title="民生实事报送" hint="进展、节点、延期说明" onClick={() => openPage(ROUTES.projectStaff)} />
        <Tile title="意见征集" hint="发布草案、审核意见、公布采纳情况" onClick={() => openPage(ROUTES.draftStaff)} />
        <Tile title="政府开放日" hint="新建、开始报名、报名名单、抽签、吸收采纳" onClick={() => openPage(ROUTES.eventStaff)} />
        <Tile title="开放日签到" hint="核对签到码" onClick={() => openPage(ROUTES.eventCheckIn)} />
        <Tile title="服务二维码" hint="打印好差评二维码" onClick={() => openPage(ROUTES.ratingQrCodes)} />
        {admin && <Tile title="工作人员账号" hint="新建、停用、重新启用、重设密码" onClick={() => openPage(ROUTES.workbenchStaff)} />}
        {admin && <Tile title="发布设置" hint="敏感词、各部门可用的发布机构名称" onClick={() => openPage(ROUTES.workbenchSettings)} />}
        <Tile title="修改密码" hint="换一个自己的登录密码" onClick={() => openPage(ROUTES.workbenchPassword)} />
      </View>
    </View>
  );
}

/**
 * 工作台, the staff home (我的 → 工作台; on a desk browser its own address, #/pages/workbench/home/index):
 * sign in here, then today's work of one's department in figures, each opening its list, and the jobs.
 */
export default function WorkbenchPage() {
  // Back from a list: the figures may have moved on.
  const visit = useReturnVisits();
  return (
    <Screen label="工作台" wide>
      <Heading level={1}>工作台</Heading>
      <StaffOnly why="供区政府和各部门的工作人员办理日常工作。" signInHere>
        {(token) => (
          <SignedInStaff token={token}>
            {(staff) => (
              <View>
                <Today staff={staff} visit={visit} />
                <Jobs admin={staff.role === 'DISTRICT_ADMIN'} />
              </View>
            )}
          </SignedInStaff>
        )}
      </StaffOnly>
    </Screen>
  );
}
