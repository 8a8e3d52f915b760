import { useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { Choices } from '../../../components/Choices';
import { MoneyField } from '../../../components/MoneyField';
import { DateField } from '../../../components/DateTimeFields';
import {
  CancelProjectDocument,
  CompleteMilestoneDocument,
  CorrectMilestoneDocument,
  ExplainDelayDocument,
  PostProjectUpdateDocument,
  RequestPhotoUploadDocument,
  StaffMeDocument,
  StaffProjectDocument,
  type ProjectUpdateFieldsFragment,
  type StaffMeQuery,
  type StaffProjectQuery,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { useSubmit } from '../../../hooks/use-submit';
import { useFormCheck } from '../../../hooks/use-form-check';
import { BudgetChart, ProgressBar, StatusLine } from '../../../features/projects/components';
import { PhotoChooser } from '../../../components/Photos';
import { milestoneLines, milestoneState, statusAndProgress, UPDATE_KIND_WORDS } from '../../../features/projects/format';
import { beijingDate, dateInWords } from '../../../lib/format';
import type { PickedPhoto } from '../../../platform/photos';
import { uploadPhotos, type UploadedPhotos } from '../../../lib/photos';
import { Entry } from '../../../features/projects/timeline';
import { checkUpdate, EMPTY_FIGURE, UPDATE_LIMITS, type FigureRow } from '../../../features/projects/update-form';
import '../../../features/projects/projects.scss';

type Project = NonNullable<StaffProjectQuery['project']>;
type Milestone = Project['milestones'][number];

function FigureRows({ rows, onChange, errors }: { rows: FigureRow[]; onChange: (rows: FigureRow[]) => void; errors?: Record<number, string> }) {
  const set = (i: number, change: Partial<FigureRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <View className="gov-field" role="group" aria-label="数据（可以不填）">
      <Text className="gov-field__label">数据（可以不填）</Text>
      <Text className="gov-note">如：已完工小区 12 个、新增泊位 812 个。</Text>
      {rows.map((row, i) => (
        <View className="project-figure-row" key={i} role="group" aria-label={`第 ${i + 1} 项数据`}>
          <TextField label={`第 ${i + 1} 项：名称`} value={row.label} onChange={(label) => set(i, { label })} maxLength={UPDATE_LIMITS.figureLabel} />
          <TextField label={`第 ${i + 1} 项：数值`} value={row.value} onChange={(value) => set(i, { value })} maxLength={20} type="digit" />
          <TextField label={`第 ${i + 1} 项：单位`} value={row.unit} onChange={(unit) => set(i, { unit })} maxLength={UPDATE_LIMITS.figureUnit} />
          <Problem text={errors?.[i]} />
          <Action kind="plain" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {`删除第 ${i + 1} 项`}
          </Action>
        </View>
      ))}
      {rows.length < UPDATE_LIMITS.figures && (
        <Action kind="plain" onClick={() => onChange([...rows, EMPTY_FIGURE])}>
          添加一项数据
        </Action>
      )}
    </View>
  );
}

type UpdateFormProps = {
  projectId: string;
  onPosted: (update: ProjectUpdateFieldsFragment) => void;
  /** 更正: the entry put right; the form starts with its text and figures, and posts with `corrects`. */
  correcting?: ProjectUpdateFieldsFragment;
  onClose?: () => void;
};

/**
 * 报送进展: text, figures, spending and one photo; the photo goes to storage first, then the entry
 * names it. As 更正 it starts from the entry it corrects; its spending is the difference, which may
 * take back what was reported too much (the API never lets the total fall below 0).
 */
export function UpdateForm({ projectId, onPosted, correcting, onClose }: UpdateFormProps) {
  const [text, setText] = useState(correcting?.text ?? '');
  const [figures, setFigures] = useState<FigureRow[]>(() => (correcting?.figures ?? []).map((f) => ({ label: f.label, value: String(f.value), unit: f.unit ?? '' })));
  const [spending, setSpending] = useState<number | null>(null);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [takeBack, setTakeBack] = useState(false);
  const check = useFormCheck(() => checkUpdate({ text, figures, spending, photo: photos[0] ?? null }), true);
  const submit = useSubmit();
  const uploaded = useRef<UploadedPhotos>(new Map());

  const send = () => {
    const input = check.tap();
    if (!input) return;
    if (correcting) Object.assign(input, { corrects: correcting.id, spending: input.spending && takeBack ? -input.spending : input.spending });
    submit.run(async () => {
      const keys = await uploadPhotos(
        photos,
        uploaded.current,
        async (photo) => (await staffRequest(RequestPhotoUploadDocument, { projectId, contentType: photo.contentType, bytes: photo.bytes })).requestPhotoUpload,
        '照片没能上传，请检查网络后再点“发布进展”。',
      );
      const { postProjectUpdate } = await staffRequest(PostProjectUpdateDocument, { projectId, input: { ...input, photos: keys } });
      // The page reads the project again (spending, status) and starts a fresh, empty form.
      onPosted(postProjectUpdate);
    });
  };

  const name = correcting ? `更正${dateInWords(correcting.date)}的${UPDATE_KIND_WORDS[correcting.kind]}` : '报送进展';
  return (
    <View className="project-section" role="region" aria-label={name}>
      <Heading level={correcting ? 3 : 2}>{name}</Heading>
      {correcting && <Text className="gov-note">原来的内容不会删除，会标明“已更正”；居民看到的以这条更正为准。</Text>}
      <TextField
        label={correcting ? '更正后的内容' : '进展内容'}
        hint={correcting ? '写清哪里错了、正确的是什么' : '做了什么、到了哪一步，用居民看得懂的话写'}
        value={text}
        onChange={setText}
        error={check.errors.text}
        maxLength={UPDATE_LIMITS.text}
        lines
      />
      <FigureRows rows={figures} onChange={setFigures} errors={check.errors.figures} />
      {correcting && (
        <Choices
          label="资金怎么更正"
          title="资金怎么更正"
          options={[
            { value: 'add', label: '少报了，补上' },
            { value: 'back', label: '多报了，减去' },
          ]}
          chosen={[takeBack ? 'back' : 'add']}
          onChoose={(value) => setTakeBack(value === 'back')}
        />
      )}
      <MoneyField
        label={correcting ? (takeBack ? '要减去的资金' : '要补上的资金') : '本次使用资金'}
        hint="可以不填；以万元为单位，如 860 或 12.5"
        yuan={spending}
        onChange={setSpending}
        error={check.errors.spending}
      />
      <PhotoChooser photos={photos} onChange={setPhotos} max={1} note="一张现场照片。照片会公开，请不要拍到居民的脸、门牌和车牌。" error={check.errors.photo} />
      <Problem text={check.problem || (submit.error && `没能发布：${submit.error.message}`)} />
      <SendAction busy={submit.busy} busyText="正在发布……" onClick={send}>
        {correcting ? '发布更正' : '发布进展'}
      </SendAction>
      {onClose && (
        <Action kind="plain" onClick={onClose}>
          先不更正
        </Action>
      )}
    </View>
  );
}

type Open = { kind: 'done' | 'delay' | 'correct'; id: string } | null;

/**
 * 改名称或计划日期: a milestone not yet done put right, with the reason residents read on the timeline
 * (计划调整); its planned date only while that has not passed (then it is late, and explained).
 */
function CorrectMilestone({ milestone, onClose, onChanged }: { milestone: Milestone; onClose: () => void; onChanged: (said: string) => void }) {
  const today = beijingDate(new Date());
  const datePassed = milestone.plannedDate < today;
  const [title, setTitle] = useState(milestone.title);
  const [date, setDate] = useState(milestone.plannedDate);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  const confirm = () => {
    if (!title.trim()) return setProblem('请填写节点名称。');
    if (title.trim() === milestone.title && date === milestone.plannedDate) return setProblem('名称和计划完成日期都没有改。');
    if (!reason.trim()) return setProblem('请写调整原因；原因会和调整一起公开给居民看。');
    setProblem('');
    submit.run(async () => {
      await staffRequest(CorrectMilestoneDocument, { milestoneId: milestone.id, input: { title: title.trim(), plannedDate: date, reason: reason.trim() } });
      onClose();
      onChanged(`「${title.trim()}」已调整，调整和原因已公开。`);
    });
  };
  return (
    <View role="group" aria-label={`改名称或计划日期：${milestone.title}`}>
      <TextField label="节点名称" value={title} onChange={setTitle} maxLength={100} />
      {datePassed ? (
        <Text className="gov-line">{`计划完成日期${dateInWords(milestone.plannedDate)}已经过了，不能再改；晚了请说明延期原因。`}</Text>
      ) : (
        <DateField label="计划完成日期" hint="不能早于今天" value={date} onChange={setDate} min={today} />
      )}
      <TextField label="调整原因" hint="会和调整一起公开给居民看" value={reason} onChange={setReason} maxLength={500} lines />
      <Problem text={problem || submit.error?.message} />
      <SendAction busy={submit.busy} onClick={confirm}>保存并公开调整</SendAction>
      <Action kind="plain" onClick={onClose}>
        先不改
      </Action>
    </View>
  );
}

/** Mark done (with the actual date), explain a delay, or correct its name or planned date, in the page under the milestone. */
function MilestoneAction({ milestone, open, setOpen, onChanged }: { milestone: Milestone; open: Open; setOpen: (open: Open) => void; onChanged: (said: string) => void }) {
  const [date, setDate] = useState(beijingDate(new Date()));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState(milestone.delayReason ?? '');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  const run = (send: () => Promise<unknown>, said: string) => {
    setProblem('');
    submit.run(async () => {
      await send();
      setOpen(null);
      onChanged(said);
    });
  };
  const isOpen = (kind: 'done' | 'delay' | 'correct') => open?.kind === kind && open.id === milestone.id;

  if (isOpen('done')) {
    const confirm = () => {
      if (!date) return setProblem('请选择实际完成日期。');
      run(() => staffRequest(CompleteMilestoneDocument, { milestoneId: milestone.id, actualDate: date, note: note.trim() || null }), `已标记「${milestone.title}」完成。`);
    };
    return (
      <View role="group" aria-label={`标记完成：${milestone.title}`}>
        <DateField label="实际完成日期" hint="不能晚于今天" value={date} onChange={setDate} max={beijingDate(new Date())} />
        <TextField label="说明（可以不填）" value={note} onChange={setNote} maxLength={500} lines />
        <Problem text={problem || submit.error?.message} />
        <SendAction busy={submit.busy} onClick={confirm}>确认已完成</SendAction>
        <Action kind="plain" onClick={() => setOpen(null)}>
          先不标记
        </Action>
      </View>
    );
  }
  if (isOpen('delay')) {
    const confirm = () => {
      if (!reason.trim()) return setProblem('请写延期的原因和预计什么时候完成。');
      run(() => staffRequest(ExplainDelayDocument, { milestoneId: milestone.id, reason: reason.trim() }), `「${milestone.title}」的延期原因已公开。`);
    };
    return (
      <View role="group" aria-label={`说明延期：${milestone.title}`}>
        <TextField label="延期原因" hint="为什么晚了、预计什么时候完成；会公开给居民看" value={reason} onChange={setReason} maxLength={500} lines />
        <Problem text={problem || submit.error?.message} />
        <SendAction busy={submit.busy} onClick={confirm}>公开延期说明</SendAction>
        <Action kind="plain" onClick={() => setOpen(null)}>
          先不说明
        </Action>
      </View>
    );
  }
  if (isOpen('correct')) return <CorrectMilestone milestone={milestone} onClose={() => setOpen(null)} onChanged={onChanged} />;
  if (milestone.done) return null;
  return (
    <View className="project-actions">
      <Action kind="plain" onClick={() => setOpen({ kind: 'done', id: milestone.id })}>
        {`标记「${milestone.title}」已完成`}
      </Action>
      {milestone.overdue && (
        <Action kind={milestone.needsExplanation ? 'primary' : 'plain'} onClick={() => setOpen({ kind: 'delay', id: milestone.id })}>
          {milestone.needsExplanation ? '说明延期原因' : '更新延期说明'}
        </Action>
      )}
      <Action kind="plain" onClick={() => setOpen({ kind: 'correct', id: milestone.id })}>
        改名称或计划日期
      </Action>
    </View>
  );
}

function Milestones({ project, manage, onChanged }: { project: Project; manage: boolean; onChanged: (said: string) => void }) {
  const [open, setOpen] = useState<Open>(null);
  if (!project.milestones.length) return null;
  return (
    <View className="project-section">
      <Heading level={2}>进度节点</Heading>
      {!manage && <Text className="project-muted">节点由牵头单位标记完成、说明延期。</Text>}
      <View className="project-milestones" role="list" aria-label="进度节点">
        {project.milestones.map((m) => (
          <View className="project-milestone" role="listitem" key={m.id}>
            <Text className="project-milestone__title">{m.title}</Text>
            <Text className={`project-status${m.overdue ? ' project-status--attention' : ''}`}>
              {`${m.overdue ? '⚠ ' : ''}${milestoneState(m)}${m.needsExplanation ? '，需要说明原因' : ''}`}
            </Text>
            {milestoneLines(m, project.leadDepartment).map((line) => (
              <Text className="gov-line" key={line}>
                {line}
              </Text>
            ))}
            {manage && <MilestoneAction milestone={m} open={open} setOpen={setOpen} onChanged={onChanged} />}
          </View>
        ))}
      </View>
    </View>
  );
}

/**
 * 撤销项目 (the lead department): the reason first, then a confirmation that says what follows —
 * residents see the project as 已取消 with the reason, and it cannot be undone.
 */
function CancelProject({ project, onCancelled }: { project: Project; onCancelled: (said: string) => void }) {
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const submit = useSubmit();
  if (step === 'closed') {
    return (
      <View className="project-section">
        <Action kind="plain" onClick={() => setStep('reason')}>
          撤销项目
        </Action>
      </View>
    );
  }
  const toConfirm = () => {
    if (!reason.trim()) return setProblem('请写撤销的原因；原因会公开给居民看。');
    setProblem('');
    setStep('confirm');
  };
  const cancel = () =>
    submit.run(async () => {
      await staffRequest(CancelProjectDocument, { id: project.id, reason: reason.trim() });
      onCancelled('项目已撤销。居民看到的项目显示“已取消”和撤销原因，关注的居民会收到通知。');
    });
  return (
    <View className="project-section" role="group" aria-label="撤销项目">
      <Heading level={2}>撤销项目</Heading>
      {step === 'reason' ? (
        <>
          <TextField label="撤销原因" hint="为什么不再做这个项目；会公开给居民看" value={reason} onChange={setReason} maxLength={500} lines error={problem} />
          <Action kind="primary" onClick={toConfirm}>
            下一步
          </Action>
        </>
      ) : (
        <>
          <Text className="gov-paragraph">{`确定撤销「${project.title}」吗？撤销后不能恢复，不能再报送进展（只能发布更正）。居民会看到：已取消，取消原因：${reason.trim()}`}</Text>
          <Problem text={submit.error && `没能撤销：${submit.error.message}`} />
          <SendAction busy={submit.busy} busyText="正在撤销……" onClick={cancel}>
            确认撤销
          </SendAction>
          <Action kind="plain" onClick={() => setStep('reason')}>
            改一改原因
          </Action>
        </>
      )}
      <Action kind="plain" onClick={() => setStep('closed')}>
        先不撤销
      </Action>
    </View>
  );
}

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
              <UpdateForm
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
        <UpdateForm
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
