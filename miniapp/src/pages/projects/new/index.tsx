import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Columns } from '../../../components/Columns';
import { DateField } from '../../../components/DateTimeFields';
import { MoneyField } from '../../../components/MoneyField';
import { Problem } from '../../../components/Messages';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { CreateProjectDocument, type StaffMeQuery } from '../../../generated/operations';
import { useSubmit } from '../../../hooks/use-submit';
import { replacePage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { DepartmentPicker } from '../../../features/workbench/DepartmentPicker';
import { currentYear } from '../../../features/projects/format';
import { checkProject, emptyMilestone, emptyProjectForm, PROJECT_LIMITS, type MilestoneRow, type ProjectErrors, type ProjectForm } from '../../../features/projects/project-form';
import '../../../features/projects/projects.scss';

type Staff = StaffMeQuery['staffMe'];

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

function ProjectFields({ form, admin, errors, onChange }: { form: ProjectForm; admin: boolean; errors: ProjectErrors; onChange: (form: ProjectForm) => void }) {
  const set = <K extends keyof ProjectForm>(key: K) => (value: ProjectForm[K]) => onChange({ ...form, [key]: value });
  return (
    <View>
      <Columns>
        <TextField label="年度" value={form.year} onChange={set('year')} maxLength={4} type="number" error={errors.year} />
        <TextField label="所属清单" hint="如：2026年区十大民生实事" value={form.list} onChange={set('list')} maxLength={PROJECT_LIMITS.list} error={errors.list} />
      </Columns>
      <TextField label="项目名称" value={form.title} onChange={set('title')} maxLength={PROJECT_LIMITS.title} counted error={errors.title} />
      <TextField label="项目简介" hint="做什么、在哪里、居民能得到什么，用居民看得懂的话写" value={form.summary} onChange={set('summary')} maxLength={PROJECT_LIMITS.summary} lines error={errors.summary} />
      {admin && <DepartmentPicker label="牵头单位" chosen={form.leadDepartment} onChoose={set('leadDepartment')} />}
      <TextField label="配合单位（可以不填）" hint="写全称，与工作人员账号上的部门名称一致；几个单位用顿号隔开，如：区住房和城乡建设局、区综合行政执法局" value={form.cooperating} onChange={set('cooperating')} maxLength={600} error={errors.cooperating} />
      <Columns>
        <TextField label="目标数量" hint="如 30" value={form.quantity} onChange={set('quantity')} maxLength={12} type="digit" error={errors.quantity} />
        <TextField label="目标单位" hint="如：个、部、人次" value={form.unit} onChange={set('unit')} maxLength={PROJECT_LIMITS.unit} error={errors.unit} />
      </Columns>
      <TextField label="目标说明" hint="如：完成30个老旧小区改造，惠及居民约1.2万户" value={form.targetText} onChange={set('targetText')} maxLength={PROJECT_LIMITS.targetText} lines error={errors.targetText} />
      <MoneyField label="安排资金" yuan={form.budget} onChange={set('budget')} error={errors.budget} />
      <MilestoneRows rows={form.milestones} errors={errors.milestones} onChange={set('milestones')} />
      <Problem text={errors.milestoneList} />
    </View>
  );
}

function NewProject({ staff }: { staff: Staff }) {
  const [form, setForm] = useState(() => emptyProjectForm(currentYear()));
  const [tried, setTried] = useState(false);
  const submit = useSubmit();
  const errors = tried ? checkProject(form).errors : {};
  const save = () => {
    setTried(true);
    const { input } = checkProject(form);
    if (!input) return submit.fail('有几处要改一改，请看每一项下面的说明。');
    return submit.run(async () => {
      const { createProject } = await staffRequest(CreateProjectDocument, { input });
      await replacePage(ROUTES.projectReport, { id: createProject.id });
    });
  };
  const admin = staff.role === 'DISTRICT_ADMIN';
  return (
    <View className="gov-card" role="group" aria-label="新建项目">
      <Text className="gov-note">{admin ? '保存后居民就能在民生实事里看到这个项目。' : `牵头单位是${staff.department}。保存后居民就能在民生实事里看到这个项目。`}</Text>
      <ProjectFields form={form} admin={admin} errors={errors} onChange={setForm} />
      <Problem text={submit.error && `没能保存：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={save}>
        保存并公开
      </SendAction>
    </View>
  );
}

/** 新建项目 (民生实事报送): the lead department, or a district admin for any department, adds a project to a year's list. */
export default function ProjectNewPage() {
  return (
    <Screen label="新建项目" wide>
      <Heading level={1}>新建民生实事项目</Heading>
      <StaffOnly why="这是各部门工作人员新建民生实事项目用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <NewProject staff={staff} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
