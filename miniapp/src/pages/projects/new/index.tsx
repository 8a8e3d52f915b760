import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Columns } from '../../../components/Columns';
import { DateField } from '../../../components/DateTimeFields';
import { MoneyField } from '../../../components/MoneyField';
import { Problem } from '../../../components/Messages';
import { Choices } from '../../../components/Choices';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { CreateProjectDocument, ProjectParentChoicesDocument, ProjectToEditDocument, UpdateProjectDocument, type ProjectToEditQuery, type StaffMeQuery } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useFormCheck } from '../../../hooks/use-form-check';
import { useSubmit } from '../../../hooks/use-submit';
import { replacePage, routeParam, ROUTES } from '../../../lib/navigation';
import { currentYear, dateInWords } from '../../../lib/format';
import { staffRequest } from '../../../session/staff';
import { DepartmentPicker } from '../../../features/workbench/DepartmentPicker';
import {
  checkChanges,
  checkProject,
  emptyMilestone,
  emptyProjectForm,
  planChanged,
  PROJECT_LIMITS,
  projectFormOf,
  type MilestoneRow,
  type ProjectErrors,
  type ProjectForm,
} from '../../../features/projects/project-form';
import '../../../features/projects/projects.scss';

type Staff = StaffMeQuery['staffMe'];
type Editable = NonNullable<ProjectToEditQuery['project']>;

/** 进度节点: what is to be done by when, with its share of the progress; planned dates never move later. */
function MilestoneRows({ rows, errors, onChange }: { rows: MilestoneRow[]; errors?: Record<number, string>; onChange: (rows: MilestoneRow[]) => void }) {
  const set = (i: number, change: Partial<MilestoneRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <View className="gov-field" role="group" aria-label="进度节点">
      <Heading level={2}>进度节点</Heading>
      <Text className="gov-note">项目的进度按完成的节点算，权重大的节点占得多。计划日期公开后不能改：晚了要说明原因。要分成几个子项目的项目可以不填节点。</Text>
      {rows.map((row, i) => (
        <View key={i} role="group" aria-label={`第 ${i + 1} 个节点`}>
          <Columns>
            <TextField label={`第 ${i + 1} 个节点：名称`} hint="如：完成施工招标" value={row.title} onChange={(title) => set(i, { title })} maxLength={PROJECT_LIMITS.milestoneTitle} />
            <DateField label={`第 ${i + 1} 个节点：计划完成日期`} value={row.plannedDate} onChange={(plannedDate) => set(i, { plannedDate })} />
            <TextField label={`第 ${i + 1} 个节点：权重`} hint="1 到 100，不填算 1" value={row.weight} onChange={(weight) => set(i, { weight })} maxLength={3} type="number" />
          </Columns>
          <Problem text={errors?.[i]} />
          <Action kind="plain" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{`删去第 ${i + 1} 个节点`}</Action>
        </View>
      ))}
      {rows.length < PROJECT_LIMITS.milestones && (
        <Action kind="plain" onClick={() => onChange([...rows, emptyMilestone()])}>
          加一个节点
        </Action>
      )}
    </View>
  );
}

/** 上级项目: none (a project of the list), or one of the year's projects that takes child projects (no milestones), which sets the list. */
function ParentPicker({ form, onChange }: { form: ProjectForm; onChange: (form: ProjectForm) => void }) {
  const year = Number(form.year);
  const lists = useRemote(() => (Number.isInteger(year) && year >= 2000 ? staffRequest(ProjectParentChoicesDocument, { year }).then((data) => data.projectLists) : Promise.resolve([])), String(year));
  if (lists.status !== 'ready') return null;
  const parents = lists.data.flatMap((list) =>
    list.projects.filter((p) => p.milestones.length === 0 && p.status !== 'CANCELLED' && p.viewerCan.manage).map((p) => ({ id: p.id, title: p.title, list: list.name })),
  );
  if (parents.length === 0) return null;
  return (
    <Choices
      label="上级项目"
      title="属于哪个项目（分项目才选，如某个街道的部分）"
      column
      options={[{ value: '', label: '不属于其他项目' }, ...parents.map((p) => ({ value: p.id, label: `${p.title}（${p.list}）` }))]}
      chosen={[form.parentId]}
      onChoose={(parentId) => onChange({ ...form, parentId, list: parents.find((p) => p.id === parentId)?.list ?? form.list })}
    />
  );
}

/** 修改项目: what stays as created, said rather than shown as fields. */
function Unchangeable({ project }: { project: Editable }) {
  return (
    <View className="project-section" role="group" aria-label="不能修改的内容">
      <Text className="gov-line">{`所属清单：${project.list}${project.parent ? `，属于「${project.parent.title}」` : ''}`}</Text>
      <Text className="gov-line">{`牵头单位：${project.leadDepartment}`}</Text>
      {project.milestones.length > 0 && (
        <>
          <Heading level={2}>进度节点</Heading>
          <Text className="gov-note">节点的计划日期公开后不能改：晚了要在报送进展页面说明原因。</Text>
          <View role="list" aria-label="进度节点">
            {project.milestones.map((m) => (
              <Text className="gov-line" role="listitem" key={m.id}>{`${m.title}：计划${dateInWords(m.plannedDate)}完成（权重 ${m.weight}）`}</Text>
            ))}
          </View>
        </>
      )}
    </View>
  );
}

function ProjectFields(props: { form: ProjectForm; admin: boolean; errors: ProjectErrors; onChange: (form: ProjectForm) => void; editing?: Editable; read?: ProjectForm }) {
  const { form, admin, errors, onChange, editing, read } = props;
  const set = <K extends keyof ProjectForm>(key: K) => (value: ProjectForm[K]) => onChange({ ...form, [key]: value });
  return (
    <View>
      {editing ? (
        <Unchangeable project={editing} />
      ) : (
        <>
          <Columns>
            <TextField label="年度" value={form.year} onChange={set('year')} maxLength={4} type="number" error={errors.year} />
            <TextField label="所属清单" hint="如：2026年区十大民生实事" value={form.list} onChange={set('list')} maxLength={PROJECT_LIMITS.list} error={errors.list} />
          </Columns>
          <ParentPicker form={form} onChange={onChange} />
        </>
      )}
      <TextField
        label={form.parentId ? '在上级项目里的顺序（可以不填）' : '在清单里的顺序（可以不填）'}
        hint={editing ? '1 排在最前面' : '1 排在最前面；不填排在最后'}
        value={form.order}
        onChange={set('order')}
        maxLength={3}
        type="number"
        error={errors.order}
      />
      <TextField label="项目名称" value={form.title} onChange={set('title')} maxLength={PROJECT_LIMITS.title} counted error={errors.title} />
      <TextField label="项目简介" hint="做什么、在哪里、居民能得到什么，用居民看得懂的话写" value={form.summary} onChange={set('summary')} maxLength={PROJECT_LIMITS.summary} lines error={errors.summary} />
      {admin && !editing && <DepartmentPicker label="牵头单位" chosen={form.leadDepartment} onChoose={set('leadDepartment')} />}
      <TextField label="配合单位（可以不填）" hint="写全称，与工作人员账号上的部门名称一致；几个单位用顿号隔开，如：区住房和城乡建设局、区综合行政执法局" value={form.cooperating} onChange={set('cooperating')} maxLength={600} error={errors.cooperating} />
      <Columns>
        <TextField label="目标数量" hint="如 30" value={form.quantity} onChange={set('quantity')} maxLength={12} type="digit" error={errors.quantity} />
        <TextField label="目标单位" hint="如：个、部、人次" value={form.unit} onChange={set('unit')} maxLength={PROJECT_LIMITS.unit} error={errors.unit} />
      </Columns>
      <TextField label="目标说明" hint="如：完成30个老旧小区改造，惠及居民约1.2万户" value={form.targetText} onChange={set('targetText')} maxLength={PROJECT_LIMITS.targetText} lines error={errors.targetText} />
      <MoneyField label="安排资金" yuan={form.budget} onChange={set('budget')} error={errors.budget} />
      {read && planChanged(form, read) && (
        <TextField
          label="调整原因"
          hint="目标或安排资金改了：为什么调整。会和调整前后的数字一起公开在项目的进展里"
          value={form.reason}
          onChange={set('reason')}
          maxLength={PROJECT_LIMITS.reason}
          lines
          error={errors.reason}
        />
      )}
      {!editing && <MilestoneRows rows={form.milestones} errors={errors.milestones} onChange={set('milestones')} />}
      <Problem text={errors.milestoneList} />
    </View>
  );
}

function NewProject({ staff }: { staff: Staff }) {
  const [form, setForm] = useState(() => emptyProjectForm(currentYear()));
  const check = useFormCheck(() => checkProject(form), true);
  const submit = useSubmit();
  const save = () => {
    const input = check.tap();
    if (!input) return;
    return submit.run(async () => {
      const { createProject } = await staffRequest(CreateProjectDocument, { input });
      await replacePage(ROUTES.projectReport, { id: createProject.id });
    });
  };
  const admin = staff.role === 'DISTRICT_ADMIN';
  return (
    <View className="gov-card" role="group" aria-label="新建项目">
      <Text className="gov-note">{admin ? '保存后居民就能在民生实事里看到这个项目。' : `牵头单位是${staff.department}。保存后居民就能在民生实事里看到这个项目。`}</Text>
      <ProjectFields form={form} admin={admin} errors={check.errors} onChange={setForm} />
      <Problem text={check.problem || (submit.error && `没能保存：${submit.error.message}`)} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={save}>
        保存并公开
      </SendAction>
    </View>
  );
}

/** 修改项目: the project as read, changed against its version; a changed target or budget asks for the reason. */
function EditProject({ project }: { project: Editable }) {
  const [read] = useState(() => projectFormOf(project));
  const [form, setForm] = useState(read);
  const check = useFormCheck(() => checkChanges(form, read), true);
  const submit = useSubmit();
  const save = () => {
    const input = check.tap();
    if (!input) return;
    return submit.run(async () => {
      await staffRequest(UpdateProjectDocument, { id: project.id, expectedVersion: project.version, input });
      await replacePage(ROUTES.projectReport, { id: project.id });
    });
  };
  return (
    <View className="gov-card" role="group" aria-label="修改项目">
      <Text className="gov-note">保存后居民看到的就是改好的内容。改了目标或安排资金，项目的进展里会公开一条“计划调整”，写明调整前后和原因。</Text>
      <ProjectFields form={form} admin={false} errors={check.errors} onChange={setForm} editing={project} read={read} />
      <Problem text={check.problem || (submit.error && `没能保存：${submit.error.message}`)} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={save}>
        保存修改
      </SendAction>
    </View>
  );
}

function ProjectEditor({ id }: { id: string }) {
  const loaded = useRemote(() => staffRequest(ProjectToEditDocument, { id }).then((data) => data.project), id);
  return (
    <Loaded remote={loaded} what="项目">
      {(project) => {
        if (!project) return <Text className="gov-paragraph">没有找到这个项目。</Text>;
        if (!project.viewerCan.manage) return <Text className="gov-paragraph">{`这个项目由${project.leadDepartment}牵头，只有牵头单位能修改。`}</Text>;
        if (project.status === 'CANCELLED') return <Text className="gov-paragraph">项目已经取消了，不能再修改。</Text>;
        return <EditProject project={project} />;
      }}
    </Loaded>
  );
}

/**
 * 新建项目 (民生实事报送): the lead department, or a district admin for any department, adds a project
 * to a year's list; with an id, 修改项目: the same form for what may change after creation.
 */
export default function ProjectNewPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label={id ? '修改项目' : '新建项目'} wide>
      <Heading level={1}>{id ? '修改民生实事项目' : '新建民生实事项目'}</Heading>
      <StaffOnly why="这是各部门工作人员新建和修改民生实事项目用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => (id ? <ProjectEditor id={id} /> : <NewProject staff={staff} />)}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
