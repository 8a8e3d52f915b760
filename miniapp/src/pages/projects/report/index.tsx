import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Said } from '../../../components/Messages';
import { StaffOnly } from '../../../components/Staff';
import { StaffMeDocument, StaffProjectDocument, type ProjectUpdateFieldsFragment, type StaffMeQuery, type StaffProjectQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { BudgetChart, ProgressBar, StatusLine } from '../../../features/projects/components';
import { statusAndProgress, UPDATE_KIND_WORDS } from '../../../features/projects/format';
import { dateInWords } from '../../../lib/format';
import { Entry } from '../../../features/projects/timeline';
import { ReportUpdateForm } from '../../../features/projects/report-update';
import { Milestones } from '../../../features/projects/report-milestones';
import { CancelProject } from '../../../features/projects/report-cancel';
import '../../../features/projects/projects.scss';

type Project = NonNullable<StaffProjectQuery['project']>;

/** 最近的进展, each with 更正 for those who may report: the form opens under the entry it corrects. */
function Recent({ project, recent, canCorrect, onPosted }: { project: Project; recent: ProjectUpdateFieldsFragment[]; canCorrect: boolean; onPosted: (update: ProjectUpdateFieldsFragment) => void }) {
  const [correcting, setCorrecting] = useState('');
  return (
    <View className="project-section">
      <Heading level={2}>最近的进展</Heading>
      {recent.length === 0 && <Empty>还没有发布进展。</Empty>}
      <View className="project-timeline" role="list" aria-label="最近的进展">
        {recent.map((update) => (
          <Entry key={update.id} update={update} all={recent}>
            {canCorrect && update.kind !== 'CANCELLED' && update.kind !== 'PLAN_CHANGED' && correcting !== update.id && (
              <Action kind="plain" label={`更正${dateInWords(update.date)}的${UPDATE_KIND_WORDS[update.kind]}`} onClick={() => setCorrecting(update.id)}>
                更正
              </Action>
            )}
            {correcting === update.id && (
              <ReportUpdateForm
                projectId={project.id}
                correcting={update}
                onClose={() => setCorrecting('')}
                onPosted={(posted) => {
                  setCorrecting('');
                  onPosted(posted);
                }}
              />
            )}
          </Entry>
        ))}
      </View>
      <Action kind="plain" onClick={() => openPage(ROUTES.projectDetail, { id: project.id })}>
        看居民看到的项目页面
      </Action>
    </View>
  );
}

function Report({ id, token }: { id: string; token: string }) {
  const [version, setVersion] = useState(0);
  const [said, setSaid] = useState('');
  // What was posted here stays on top while the project is read again.
  const [posted, setPosted] = useState<ProjectUpdateFieldsFragment[]>([]);
  const loaded = useRemote(
    () => Promise.all([staffRequest(StaffMeDocument), staffRequest(StaffProjectDocument, { id })]).then(([me, p]) => ({ staff: me.staffMe, project: p.project })),
    `${id}:${token}:${version}`,
  );
  // Something was recorded: say so, and read the project again (status, progress, spending).
  const changed = (text: string) => {
    setSaid(text);
    setVersion((n) => n + 1);
  };
  return (
    <Loaded remote={loaded} what="项目">
      {({ staff, project }) => (project ? <ReportView staff={staff} project={project} said={said} changed={changed} posted={posted} onPosted={(update) => setPosted((list) => [update, ...list])} /> : <Empty>没有找到这个项目。</Empty>)}
    </Loaded>
  );
}

type ReportProps = {
  staff: StaffMeQuery['staffMe'];
  project: Project;
  said: string;
  changed: (said: string) => void;
  posted: ProjectUpdateFieldsFragment[];
  onPosted: (update: ProjectUpdateFieldsFragment) => void;
};

function ReportView({ staff, project, said, changed, posted, onPosted }: ReportProps) {
  const rights = project.viewerCan;
  const cancelled = project.status === 'CANCELLED';
  const recent = [...posted, ...project.updates.edges.map((e) => e.node).filter((u) => !posted.some((p) => p.id === u.id))];
  return (
    <View>
      <Heading level={2}>{project.title}</Heading>
      {project.parent && <Text className="project-muted">{`属于「${project.parent.title}」`}</Text>}
      <StatusLine status={project.status} />
      <ProgressBar progress={project.progress} status={project.status} />
      <Text className="gov-line">{`目标：${project.target.text}`}</Text>
      <BudgetChart budget={project.budget} />
      {rights.manage && !cancelled && (
        // The lead department changes the wording, order, target or budget (pages/projects/new with the id).
        <Action kind="plain" onClick={() => openPage(ROUTES.projectNew, { id: project.id })}>
          修改项目
        </Action>
      )}
      {project.children.length > 0 && (
        <View className="project-section" role="group" aria-label="分项目">
          <Heading level={3}>分项目</Heading>
          {project.children.map((child) => (
            <Action key={child.id} kind="plain" onClick={() => openPage(ROUTES.projectReport, { id: child.id })}>
              {`${child.title}：${statusAndProgress(child)}`}
            </Action>
          ))}
        </View>
      )}
      <Said text={said} />
      {cancelled ? (
        <View className="project-section">
          <Text className="gov-line">{`项目已于${dateInWords(project.cancelledDate)}取消。取消原因：${project.cancelledReason ?? ''}`}</Text>
          <Text className="gov-note">不能再报送进展；有错的内容可以在下面更正。</Text>
        </View>
      ) : rights.report ? (
        // A fresh, empty form the moment an update is posted, not only once the project has been read again.
        <ReportUpdateForm
          key={posted.length}
          projectId={project.id}
          onPosted={(update) => {
            onPosted(update);
            changed('进展已发布。居民在项目页面上就能看到，关注这个项目的居民会收到通知。');
          }}
        />
      ) : (
        <Text className="gov-paragraph">{`${staff.department}不是这个项目的牵头或配合单位，不能报送进展。`}</Text>
      )}
      <Milestones project={project} manage={rights.manage && !cancelled} onChanged={changed} />
      <Recent
        project={project}
        recent={recent}
        canCorrect={rights.report}
        onPosted={(update) => {
          onPosted(update);
          changed('更正已发布。原来的内容标明“已更正”，居民看到的以更正为准。');
        }}
      />
      {rights.manage && !cancelled && project.status !== 'COMPLETED' && <CancelProject project={project} onCancelled={changed} />}
    </View>
  );
}

/** 报送进展 (staff): post an update with figures and a photo, mark milestones done, explain delays. */
export default function ProjectReportPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label="报送进展" wide>
      <Heading level={1}>报送进展（工作人员）</Heading>
      <StaffOnly why="请先用工作人员账号登录，登录好以后回到这里。">{(token) => <Report id={id} token={token} />}</StaffOnly>
    </Screen>
  );
}
