import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { StaffProjectsDocument, type StaffMeQuery, type StaffProjectsQuery } from '../../../generated/operations';
import { keyboardActivation } from '../../../lib/a11y';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { statusAndProgress } from '../../../features/projects/format';
import { currentYear } from '../../../lib/format';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import '../../../features/projects/projects.scss';

type Staff = StaffMeQuery['staffMe'];
type StaffProject = StaffProjectsQuery['projects']['edges'][number]['node'];

/** One project to report on: the whole card opens it; overdue milestones waiting for a reason said in words. */
function StaffProjectCard({ project }: { project: StaffProject }) {
  const open = () => openPage(ROUTES.projectReport, { id: project.id });
  const waiting = project.milestones.filter((m) => m.needsExplanation).length;
  const { manage } = project.viewerCan;
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={open} {...keyboardActivation(open)} data-testid="staff-project">
      <Text className="gov-card__title">{project.title}</Text>
      {project.parent && <Text className="gov-card__meta">{`属于「${project.parent.title}」`}</Text>}
      <Text className="gov-card__meta">{statusAndProgress(project)}</Text>
      <Text className="gov-card__meta">{manage ? `牵头单位：${project.leadDepartment}（可报送进展、标记节点完成、说明延期）` : `配合单位（可报送进展）；牵头单位：${project.leadDepartment}`}</Text>
      {waiting > 0 && manage && <Text className="project-status project-status--attention">{`⚠ 有 ${waiting} 个节点已超期，需要说明原因`}</Text>}
    </View>
  );
}

function Projects({ staff, visit }: { staff: Staff; visit: number }) {
  const year = currentYear();
  const admin = staff.role === 'DISTRICT_ADMIN';
  const filter = admin ? { year } : { year, department: staff.department };
  const list = usePaged((after) => staffRequest(StaffProjectsDocument, { filter, after }).then(({ projects }) => pageOf(projects)), `${staff.username}:${visit}`);
  return (
    <View>
      {/* A project is added by its lead department (an editor for their own, an admin for any). */}
      <Action kind="primary" onClick={() => openPage(ROUTES.projectNew)}>
        新建项目
      </Action>
      {/* Residents' proposals for next year's list are answered by the district office. */}
      {admin && (
        <Action kind="plain" onClick={() => openPage(ROUTES.projectProposals)}>
          答复群众建议
        </Action>
      )}
      <Heading level={2}>{admin ? `${year}年全部项目` : `${staff.department}${year}年的项目`}</Heading>
      <PagedList list={list} what="项目" empty={`${year}年没有由本部门牵头或配合的民生实事项目。`} count={(shown) => `共 ${shown} 个`}>
        {(projects) => projects.map((project) => <StaffProjectCard key={project.id} project={project} />)}
      </PagedList>
    </View>
  );
}

/** 民生实事（工作人员）, from 我的 → 工作人员: the department's projects, each opening its report page. */
export default function ProjectStaffPage() {
  // Back from reporting: read again, statuses may have moved on.
  const visit = useReturnVisits();
  return (
    <Screen label="民生实事报送" wide>
      <Heading level={1}>民生实事报送（工作人员）</Heading>
      <StaffOnly why="这是各部门工作人员报送民生实事进展用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <Projects staff={staff} visit={visit} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
