import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { Empty, Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { Phrases } from '../../../components/Phrases';
import { request } from '../../../api/request';
import { ProjectListDocument, ProjectListsDocument, type ProjectListsQuery, type ProjectStatus } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { ProgressBar, ProjectCard, cardSpeech } from '../../../features/projects/components';
import { budgetInWords, departmentsOf, progressInWords, STATUS_ORDER, STATUS_WORDS, statusCountsInWords } from '../../../features/projects/format';
import { currentYear } from '../../../lib/format';
import '../../../features/projects/projects.scss';

type List = ProjectListsQuery['projectLists'][number];
type Filter = { status: ProjectStatus | null; department: string | null };

/** A list's overall progress, its projects by status and its money, all in words. */
function Overall({ list }: { list: List }) {
  return (
    <View className="gov-notice" role="group" aria-label={`${list.name}总体进度`}>
      <Heading level={2}>{list.name}</Heading>
      <Text className="gov-line">{`总体进度：${progressInWords(list.progress)}`}</Text>
      <ProgressBar progress={list.progress} status="IN_PROGRESS" />
      <Text className="gov-line">{statusCountsInWords(list.statusCounts)}</Text>
      <Phrases className="gov-line" text={`资金：${budgetInWords(list.budget)}`} />
    </View>
  );
}

export const overallSpeech = (list: List): string =>
  `${list.name}，总体进度${progressInWords(list.progress)}。${statusCountsInWords(list.statusCounts)}。资金${budgetInWords(list.budget)}。`;

/** Projects matching a status or a department (child projects too), page by page with 加载更多. */
function Filtered({ year, filter }: { year: number; filter: Filter }) {
  const list = usePaged(
    (after) => request(ProjectListDocument, { filter: { year, status: filter.status, department: filter.department }, first: 20, after }).then(({ projects }) => pageOf(projects)),
    `${year}:${filter.status ?? ''}:${filter.department ?? ''}`,
  );
  const what = [filter.department, filter.status && STATUS_WORDS[filter.status]].filter(Boolean).join('、');
  return (
    <PagedList list={list} what="项目" empty={`没有${what}的项目。`} count={(shown) => `${what}：找到 ${shown} 个项目`}>
      {(projects) => projects.map((project) => <ProjectCard key={project.id} project={project} />)}
    </PagedList>
  );
}

/**
 * The department filter folded into one button until asked for: a district has a dozen departments
 * or more, and as buttons they would stand between a resident (in 长辈版, a whole screen) and the projects.
 */
function DepartmentFilter({ departments, chosen, onChoose }: { departments: string[]; chosen: string | null; onChoose: (department: string | null) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Action kind="plain" onClick={() => setOpen(true)}>
        {`按部门看：${chosen ?? `全部部门（共 ${departments.length} 个）`}`}
      </Action>
    );
  }
  return (
    <Choices
      label="按部门看"
      title="按部门看"
      options={[{ value: '', label: '全部部门' }, ...departments.map((department) => ({ value: department, label: department }))]}
      chosen={[chosen ?? '']}
      onChoose={(value) => {
        onChoose(value || null);
        setOpen(false);
      }}
    />
  );
}

function Lists({ lists, year }: { lists: List[]; year: number }) {
  const [filter, setFilter] = useState<Filter>({ status: null, department: null });
  const projects = lists.flatMap((list) => list.projects);
  const statuses = STATUS_ORDER.filter((status) => lists.some((list) => list.statusCounts.some((c) => c.status === status && c.count > 0)));
  const departments = departmentsOf(lists.flatMap((list) => list.projects));
  const filtered = filter.status || filter.department;
  const speech = () => [...lists.map(overallSpeech), ...projects.map(cardSpeech)];
  return (
    <View>
      {lists.map((list) => (
        <Overall key={list.name} list={list} />
      ))}
      <ReadAloudBar parts={speech} />
      <Choices
        label="按状态看"
        title="按状态看"
        options={[{ value: 'ALL', label: '全部' }, ...statuses.map((status) => ({ value: status, label: STATUS_WORDS[status] }))]}
        chosen={[filter.status ?? 'ALL']}
        onChoose={(value) => setFilter({ ...filter, status: value === 'ALL' ? null : (value as ProjectStatus) })}
      />
      <DepartmentFilter departments={departments} chosen={filter.department} onChoose={(department) => setFilter({ ...filter, department })} />
      <Heading level={2}>{filtered ? '找到的项目' : '全部项目'}</Heading>
      {filtered ? (
        <Filtered year={year} filter={filter} />
      ) : (
        projects.map((project) => <ProjectCard key={project.id} project={project} />)
      )}
    </View>
  );
}

/** 民生实事: the year's lists with their overall progress, every project's progress and status in words, filters. */
export default function ProjectListPage() {
  const asked = Number(routeParam(useRouter().params, 'year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear();
  const lists = useRemote(() => request(ProjectListsDocument, { year }).then((d) => d.projectLists), String(year));
  return (
    <Screen label="民生实事">
      <Heading level={1}>{`${year}年民生实事`}</Heading>
      <Text className="gov-paragraph">区政府今年承诺办好的民生实事，每件事的进度、资金和进展都在这里公开。</Text>
      <Loaded remote={lists} what="民生实事">
        {(found) =>
          found.length ? (
            <Lists lists={found} year={year} />
          ) : (
            <View>
              <Empty>{`${year}年的民生实事清单还没有公布。`}</Empty>
              <Action kind="plain" onClick={() => openPage(ROUTES.projects, { year: year - 1 })}>
                {`看${year - 1}年的民生实事`}
              </Action>
            </View>
          )
        }
      </Loaded>
      <View className="project-section" role="group" aria-label="提建议">
        <Heading level={2}>明年办什么，您来提</Heading>
        <Action onClick={() => openPage(ROUTES.projectPropose)}>我要提建议</Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.projectMine)}>
          我的建议和关注
        </Action>
      </View>
    </Screen>
  );
}
