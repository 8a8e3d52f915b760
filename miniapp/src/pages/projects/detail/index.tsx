import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Paragraphs } from '../../../components/Paragraphs';
import { ReadAloudBar } from '../../../components/ReadAloudBar';
import { Loaded, Gone } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { Problem, Said } from '../../../components/Messages';
import { PagedList } from '../../../components/PagedList';
import { TextField } from '../../../components/TextField';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import {
  EvaluateProjectDocument,
  FollowProjectDocument,
  ProjectDetailDocument,
  ProjectUpdatesDocument,
  UnfollowProjectDocument,
  type ProjectDetailQuery,
  type Satisfaction,
  type ProjectUpdateFieldsFragment,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useLiveSession } from '../../../hooks/use-live-session';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { useSubmit } from '../../../hooks/use-submit';
import { BudgetChart, ProgressBar, ProjectCard, StatusLine } from '../../../features/projects/components';
import { Entry } from '../../../features/projects/timeline';
import {
  budgetInWords,
  milestoneLines,
  milestoneState,
  statusAndProgress,
  UPDATE_KIND_WORDS,
} from '../../../features/projects/format';
import { dateInWords, SATISFACTION_CHOICES, satisfactionInWords } from '../../../lib/format';
import { afterAsking } from '../../../platform/messages';
import { useShare } from '../../../platform/share';
import '../../../features/projects/projects.scss';

export type Detail = NonNullable<ProjectDetailQuery['project']>;
type Update = ProjectUpdateFieldsFragment;

/** The whole page as sentences, for 朗读 (the same words the page shows). */
export function projectSpeech(project: Detail, updates: readonly Update[]): string[] {
  return [
    `${project.title}。${statusAndProgress(project)}。`,
    `目标：${project.target.text}。牵头单位：${project.leadDepartment}。`,
    project.summary,
    `资金：${budgetInWords(project.budget)}。`,
    ...project.milestones.map((m) => `节点：${m.title}，${milestoneState(m)}。${milestoneLines(m, project.leadDepartment).join('。')}`),
    ...updates.slice(0, 5).map((u) => `${dateInWords(u.date)}，${u.department}，${UPDATE_KIND_WORDS[u.kind]}：${u.text}`),
  ];
}

/** 关注: follow or stop following; signing in comes first, said in the page. */
function Follow({ project, signedIn }: { project: Detail; signedIn: boolean }) {
  const [state, setState] = useState({ followed: project.followedByMe, count: project.followerCount });
  const [said, setSaid] = useState('');
  const [askSignIn, setAskSignIn] = useState(false);
  const submit = useSubmit();
  const toggle = () => {
    if (!signedIn) return setAskSignIn(true);
    setSaid('');
    const follow = !state.followed;
    const act = async () => {
      const p = follow ? (await request(FollowProjectDocument, { id: project.id })).followProject : (await request(UnfollowProjectDocument, { id: project.id })).unfollowProject;
      setState({ followed: p.followedByMe, count: p.followerCount });
      setSaid(p.followedByMe ? '已关注。这个项目有新进展时会通知您。' : '已取消关注。');
    };
    // Following promises a message at each new step: asked inside the tap, before the follow is sent.
    submit.run(follow ? afterAsking(['PROJECT_UPDATED'], act) : act);
  };
  return (
    <View className="project-section" role="group" aria-label="关注">
      <Text className="gov-line">{state.followed ? '您已关注这个项目，有新进展时会通知您。' : '关注后，这个项目有新进展时会通知您。'}</Text>
      <Text className="project-muted">{`${state.count} 人关注`}</Text>
      <Action kind={state.followed ? 'plain' : 'primary'} pressed={signedIn ? state.followed : undefined} onClick={toggle} disabled={submit.busy}>
        {state.followed ? '已关注（点此取消关注）' : '关注这个项目'}
      </Action>
      {askSignIn && !signedIn && <SignInNeeded why="关注项目要先登录，这样有新进展时才能通知到您。" />}
      <Said text={said} />
      <Problem text={submit.error && `没能${state.followed ? '取消关注' : '关注'}：${submit.error.message}`} />
    </View>
  );
}

/**
 * What was chosen before going to sign in: the page is read again once signed in (and redrawn), and
 * the resident finds their choice still there.
 */
const evaluationDrafts = new Map<string, { level: Satisfaction | null; comment: string }>();

/** 评价: for a completed project, five levels and an optional comment, once; afterwards the resident's own. */
export function Evaluation({ project, signedIn }: { project: Detail; signedIn: boolean }) {
  const [mine, setMine] = useState(project.myEvaluation);
  // The figures as the API counted them after this resident's evaluation, once there is one.
  const [summary, setSummary] = useState(project.evaluationSummary);
  const draft = evaluationDrafts.get(project.id);
  const [level, setLevelState] = useState<Satisfaction | null>(draft?.level ?? null);
  const [comment, setCommentState] = useState(draft?.comment ?? '');
  const setLevel = (value: Satisfaction) => {
    setLevelState(value);
    evaluationDrafts.set(project.id, { level: value, comment });
  };
  const setComment = (value: string) => {
    setCommentState(value);
    evaluationDrafts.set(project.id, { level, comment: value });
  };
  const [problem, setProblem] = useState('');
  const [askSignIn, setAskSignIn] = useState(false);
  const submit = useSubmit();
  const figures = summary.count ? `已有 ${summary.count} 人评价，满意率 ${summary.satisfiedPercent ?? 0}%。` : '还没有人评价。';

  const send = () => {
    setProblem(level ? '' : '请先选择满意程度。');
    if (!level) return;
    if (!signedIn) return setAskSignIn(true);
    submit.run(async () => {
      const { evaluateProject } = await request(EvaluateProjectDocument, { id: project.id, input: { level, comment: comment.trim() || null } });
      evaluationDrafts.delete(project.id);
      setMine(evaluateProject);
      setSummary(evaluateProject.project.evaluationSummary);
    });
  };

  return (
    <View className="project-section" role="region" aria-label="评价">
      <Heading level={2}>评价这个项目</Heading>
      <Text className="gov-line">{figures}</Text>
      {mine ? (
        <View className="gov-card" data-testid="my-evaluation">
          <Text className="gov-line">{`您的评价：${satisfactionInWords(mine.level)}`}</Text>
          {mine.comment && <Text className="gov-line">{`您说：${mine.comment}`}</Text>}
          <Text className="project-muted">{`评价日期：${dateInWords(mine.createdAt)}。每个项目只能评价一次，谢谢您。`}</Text>
        </View>
      ) : (
        <View>
          <Text className="gov-line">项目已完成，您满意吗？每人只能评价一次。</Text>
          <Choices label="满意程度" title="满意程度" options={SATISFACTION_CHOICES} chosen={level ? [level] : []} onChoose={setLevel} column />
          <TextField label="想说的话（可以不填）" value={comment} onChange={setComment} maxLength={500} lines />
          <Problem text={problem || (submit.error && `没能提交评价：${submit.error.message}`)} />
          {askSignIn && !signedIn && <SignInNeeded why="评价要先登录，每人只能评价一次。登录后回到这里，选好的内容还在。" />}
          <SendAction busy={submit.busy} onClick={send}>提交评价</SendAction>
        </View>
      )}
    </View>
  );
}

function Milestones({ project }: { project: Detail }) {
  if (!project.milestones.length) return null;
  return (
    <View className="project-section">
      <Heading level={2}>进度节点</Heading>
      <View className="project-milestones" role="list" aria-label="进度节点">
        {project.milestones.map((m) => (
          <View className="project-milestone" role="listitem" key={m.id} data-testid="milestone">
            <Text className="project-milestone__title">{m.title}</Text>
            <Text className={`project-status${m.overdue ? ' project-status--attention' : ''}`}>{`${m.overdue ? '⚠ ' : ''}${milestoneState(m)}`}</Text>
            {milestoneLines(m, project.leadDepartment).map((line) => (
              <Text className="gov-line" key={line}>
                {line}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

function Timeline({ project }: { project: Detail }) {
  const list = usePaged(
    (after) => request(ProjectUpdatesDocument, { id: project.id, after }).then((d) => (d.project ? pageOf(d.project.updates) : { items: [], hasNextPage: false, endCursor: null })),
    project.id,
    pageOf(project.updates),
  );
  return (
    <View className="project-section">
      <Heading level={2}>进展（最新的在前）</Heading>
      <PagedList list={list} what="进展" empty="还没有发布进展。">
        {(updates) => (
          <View className="project-timeline" role="list" aria-label="进展">
            {updates.map((update) => (
              <Entry key={update.id} update={update} all={updates} />
            ))}
          </View>
        )}
      </PagedList>
    </View>
  );
}

function ProjectView({ project, signedIn }: { project: Detail; signedIn: boolean }) {
  const about = [
    { label: '目标', value: project.target.text },
    { label: '牵头单位', value: project.leadDepartment },
    ...(project.cooperatingDepartments.length ? [{ label: '配合单位', value: project.cooperatingDepartments.join('、') }] : []),
    { label: '所属清单', value: project.list },
  ];
  return (
    <View>
      <Heading level={1}>{project.title}</Heading>
      {project.parent && (
        <Action kind="link" onClick={() => openPage(ROUTES.projectDetail, { id: project.parent!.id })}>
          {`属于「${project.parent.title}」，查看整个项目`}
        </Action>
      )}
      <View className="gov-notice">
        <StatusLine status={project.status} />
        <ProgressBar progress={project.progress} status={project.status} />
        {project.completedDate && <Text className="gov-line">{`完成日期：${dateInWords(project.completedDate)}`}</Text>}
        {project.cancelledReason && <Text className="gov-line">{`取消原因${project.cancelledDate ? `（${dateInWords(project.cancelledDate)}）` : ''}：${project.cancelledReason}`}</Text>}
        {project.progressBasis === 'CHILDREN' && <Text className="project-muted">进度按下面各分项目的进度和资金合计。</Text>}
      </View>
      <ReadAloudBar parts={() => projectSpeech(project, project.updates.edges.map((e) => e.node))} />
      <Follow project={project} signedIn={signedIn} />
      <View className="project-section">
        <Heading level={2}>项目简介</Heading>
        <Paragraphs text={project.summary} />
        <Fields rows={about} />
      </View>
      <View className="project-section">
        <Heading level={2}>资金安排与使用</Heading>
        <BudgetChart budget={project.budget} />
      </View>
      {project.children.length > 0 && (
        <View className="project-section">
          <Heading level={2}>分项目</Heading>
          {project.children.map((child) => (
            <ProjectCard key={child.id} project={child} />
          ))}
        </View>
      )}
      <Milestones project={project} />
      <Timeline project={project} />
      {project.status === 'COMPLETED' && <Evaluation project={project} signedIn={signedIn} />}
      <View className="project-section" role="group" aria-label="提建议">
        <Heading level={2}>明年办什么，您来提</Heading>
        <Action kind="plain" onClick={() => openPage(ROUTES.projectPropose)}>
          我要提建议
        </Action>
      </View>
    </View>
  );
}

/** One project: progress, money, milestones, the timeline of updates, 关注 and 评价. */
export default function ProjectDetailPage() {
  const id = routeParam(useRouter().params, 'id');
  const { session } = useLiveSession();
  const signedIn = Boolean(session);
  // Signing in (on 我的, then back here) reads the project again: 关注 and 评价 are the resident's own.
  const project = useRemote(() => request(ProjectDetailDocument, { id }).then((d) => d.project), `${id}:${session?.token ?? ''}`);
  useShare(ROUTES.projectDetail, { id }, project.status === 'ready' && project.data ? `民生实事：${project.data.title}` : '民生实事项目');
  return (
    <Screen label="民生实事项目">
      <Loaded remote={project} what="项目">
        {(found) => (found ? <ProjectView key={`${found.id}:${signedIn}`} project={found} signedIn={signedIn} /> : <Gone>没有找到这个项目，它可能已被撤下。</Gone>)}
      </Loaded>
    </Screen>
  );
}
