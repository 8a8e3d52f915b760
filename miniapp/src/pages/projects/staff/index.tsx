import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Failure, Loading } from '../../../components/States';
import { StaffMeDocument, StaffProjectsDocument, type StaffMeQuery, type StaffProjectsQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { keyboardActivation } from '../../../lib/a11y';
import { openPage, ROUTES } from '../../../lib/navigation';
import { signOutStaff, staffRequest, staffSessions } from '../../../session/staff';
import { LoadMore } from '../../../features/projects/components';
import { currentYear, staffRights, statusAndProgress } from '../../../features/projects/format';
import { usePages } from '../../../features/projects/use-pages';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import '../../../features/projects/projects.scss';

type Staff = StaffMeQuery['staffMe'];
type StaffProject = StaffProjectsQuery['projects']['edges'][number]['node'];

/** One project to report on: the whole card opens it; overdue milestones waiting for a reason said in words. */
function StaffProjectCard({ project, staff }: { project: StaffProject; staff: Staff }) {
  const open = () => openPage(ROUTES.projectReport, { id: project.id });
  const waiting = project.milestones.filter((m) => m.needsExplanation).length;
  const { manage } = staffRights(staff, project);
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
  const list = usePages(async (after) => {
    const filter = admin ? { year } : { year, department: staff.department };
    const { projects } = await staffRequest(StaffProjectsDocument, { filter, after });
    return { items: projects.edges.map((e) => e.node), ...projects.pageInfo };
  }, `${staff.username}:${visit}`);
  if (list.phase === 'loading') return <Loading what="项目" />;
  if (list.phase === 'failed') return <Failure message={list.error} onRetry={list.retry} />;
  return (
    <View>
      <Heading level={2}>{admin ? `${year}年全部项目` : `${staff.department}${year}年的项目`}</Heading>
      <Text className="gov-list__count" role="status">
        {list.items.length ? `共 ${list.items.length} 个${list.hasNextPage ? '，还有更多' : ''}` : ''}
      </Text>
      {list.items.length === 0 && <Empty>{`${year}年没有由本部门牵头或配合的民生实事项目。`}</Empty>}
      {list.items.map((project) => (
        <StaffProjectCard key={project.id} project={project} staff={staff} />
      ))}
      <LoadMore list={list} />
    </View>
  );
}

function SignedIn({ token }: { token: string }) {
  // Back from reporting: read again, statuses may have moved on.
  const visit = useReturnVisits();
  const me = useRemote(() => staffRequest(StaffMeDocument).then((d) => d.staffMe), token);
  if (me.status === 'loading') return <Loading what="您的信息" />;
  if (me.status === 'error') return <Failure message={me.error.message} onRetry={me.retry} />;
  return (
    <View>
      <View className="gov-card">
        <Text className="project-line">{`工作人员：${me.data.displayName}（${me.data.username}）`}</Text>
        <Text className="project-line">{`部门：${me.data.department}`}</Text>
        <Action kind="plain" onClick={signOutStaff}>
          退出工作人员登录
        </Action>
      </View>
      <Projects staff={me.data} visit={visit} />
    </View>
  );
}

/** 民生实事（工作人员）, from 我的 → 工作人员: the department's projects, each opening its report page. */
export default function ProjectStaffPage() {
  const { session } = staffSessions.useSession();
  const live = session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  return (
    <Screen label="民生实事报送">
      <Heading level={1}>民生实事报送（工作人员）</Heading>
      {live ? (
        <SignedIn token={live.token} />
      ) : (
        <View className="gov-card">
          <Text className="gov-paragraph">这是各部门工作人员报送民生实事进展用的。请先用工作人员账号登录，登录好以后回到这里。</Text>
          <Action onClick={() => openPage(ROUTES.ratingStaff)}>工作人员登录</Action>
        </View>
      )}
    </Screen>
  );
}
