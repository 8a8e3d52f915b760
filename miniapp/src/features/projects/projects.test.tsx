import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import type { ProjectCardFieldsFragment, ProjectListsQuery, ProjectUpdateFieldsFragment } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { budgetInWords, milestoneLines, milestoneState, progressInWords, STATUS_WORDS, statusAndProgress, statusCountsInWords } from './format';
import { yuanInWords } from '../../lib/format';
import { checkProposal } from './proposal-form';
import ProjectListPage from '../../pages/projects/list/index';
import ProjectDetailPage, { projectSpeech, type Detail } from '../../pages/projects/detail/index';
import ProposePage from '../../pages/projects/propose/index';
import MyProjectsPage from '../../pages/projects/mine/index';
import { phrased } from '../../../test-support/text';

// 民生实事, the resident pages (pages/projects): progress and status in words beside every bar, the
// budget chart's text alternative, milestones with overdue markers and reasons, the timeline with
// corrections; 关注 and 提建议 ask to sign in first; 评价 goes once.

const DAY = 86_400_000;
const future = () => new Date(Date.now() + 7 * DAY).toISOString();
const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const signIn = () => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
};

function card(overrides: Partial<ProjectCardFieldsFragment> = {}): ProjectCardFieldsFragment {
  return {
    id: 'a1b2c3d4e5f60718',
    title: '社区老年食堂（老年助餐点）建设',
    leadDepartment: '区民政局',
    cooperatingDepartments: ['区市场监督管理局'],
    target: { text: '新建社区老年食堂（助餐点）20个' },
    status: 'IN_PROGRESS',
    progress: 65,
    completedDate: null,
    cancelledReason: null,
    ...overrides,
  };
}

function update(overrides: Partial<ProjectUpdateFieldsFragment> = {}): ProjectUpdateFieldsFragment {
  return {
    id: 'u000000000000001',
    kind: 'PROGRESS',
    date: '2026-06-28',
    department: '区民政局',
    text: '首批10个助餐点开业，日均服务老年人约900人次。',
    figures: [{ label: '日均就餐', value: 900, unit: '人次' }],
    spending: 2_800_000,
    photos: [],
    milestoneId: null,
    corrects: null,
    correctedBy: [],
    ...overrides,
  };
}

function detail(overrides: Partial<Detail> = {}): Detail {
  return {
    ...card(),
    year: 2026,
    list: '2026年区十大民生实事（示例）',
    summary: '在全区新建20个社区老年食堂（助餐点），为60岁以上老年人提供价格实惠的午餐。',
    target: { quantity: 20, unit: '个', text: '新建社区老年食堂（助餐点）20个' },
    budget: { planned: 12_000_000, spent: 8_600_000, spentPercent: 72 },
    milestones: [
      { id: 'a1b2c3d4e5f60718.1', title: '确定20个点位', plannedDate: '2026-03-15', actualDate: '2026-03-12', done: true, overdue: false, overdueWorkingDays: null, delayReason: null, delayExplainedDate: null, delayExplainedBy: null },
      {
        id: 'a1b2c3d4e5f60718.2',
        title: '首批10个助餐点开业',
        plannedDate: '2026-10-30',
        actualDate: null,
        done: false,
        overdue: true,
        overdueWorkingDays: 16,
        delayReason: '两处点位的消防验收需要整改，预计12月中旬开业。',
        delayExplainedDate: '2026-11-10',
        delayExplainedBy: '区民政局',
      },
      { id: 'a1b2c3d4e5f60718.3', title: '20个助餐点全部开业', plannedDate: '2026-11-02', actualDate: null, done: false, overdue: true, overdueWorkingDays: 15, delayReason: null, delayExplainedDate: null, delayExplainedBy: null },
    ],
    status: 'DELAYED',
    progressBasis: 'MILESTONES',
    cancelledDate: null,
    parent: null,
    children: [],
    followerCount: 3,
    followedByMe: false,
    evaluationSummary: { count: 0, satisfiedPercent: null },
    myEvaluation: null,
    demo: true,
    updates: {
      edges: [
        { node: update({ id: 'u000000000000003', kind: 'CORRECTION', date: '2026-07-02', text: '更正：日均服务老年人约800人次，不是900人次。', figures: [], spending: null, corrects: 'u000000000000001' }) },
        { node: update({ correctedBy: ['u000000000000003'], photos: [{ key: 'projects/a/1.jpg', url: 'http://127.0.0.1:4000/photos/projects/a/1.jpg' }] }) },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
    ...overrides,
  };
}

type List = ProjectListsQuery['projectLists'][number];
const LIST: List = {
  year: 2026,
  name: '2026年区十大民生实事（示例）',
  progress: 72,
  budget: { planned: 120_000_000, spent: 86_000_000, spentPercent: 71 },
  statusCounts: [
    { status: 'NOT_STARTED', count: 0 },
    { status: 'IN_PROGRESS', count: 1 },
    { status: 'DELAYED', count: 1 },
    { status: 'COMPLETED', count: 1 },
    { status: 'CANCELLED', count: 0 },
  ],
  projects: [
    { ...card(), children: [] },
    { ...card({ id: 'b1b2c3d4e5f60718', title: '中小学校扩容', leadDepartment: '区教育局', cooperatingDepartments: ['区住房和城乡建设局'], status: 'DELAYED', progress: 55, target: { text: '新增中小学学位2400个' } }), children: [] },
    { ...card({ id: 'c1b2c3d4e5f60718', title: '口袋公园建设', leadDepartment: '区城市管理局', cooperatingDepartments: [], status: 'COMPLETED', progress: 100, completedDate: '2026-10-30', target: { text: '建成口袋公园8个' } }), children: [{ id: 'c2', leadDepartment: '城东街道办事处' }] },
  ],
};

beforeEach(() => {
  reloadSession();
  setRouterParams({ id: 'a1b2c3d4e5f60718' });
});

describe('民生实事 in words', () => {
  it('says the status in words, never by colour alone', () => {
    expect(STATUS_WORDS).toEqual({ NOT_STARTED: '尚未开始', IN_PROGRESS: '按计划推进', DELAYED: '已延期', COMPLETED: '已完成', CANCELLED: '已取消' });
    expect(statusAndProgress({ status: 'IN_PROGRESS', progress: 65 })).toBe('按计划推进，已完成 65%');
    expect(statusAndProgress({ status: 'DELAYED', progress: 40 })).toBe('已延期，已完成 40%');
    expect(statusAndProgress({ status: 'COMPLETED', progress: 100 })).toBe('已完成（100%）');
    expect(statusAndProgress({ status: 'CANCELLED', progress: 30 })).toBe('已取消');
    expect(statusCountsInWords(LIST.statusCounts)).toBe('共 3 个项目：按计划推进 1 个，已延期 1 个，已完成 1 个');
  });

  it('says the progress as a percentage in words', () => {
    expect(progressInWords(65)).toBe('已完成 65%');
    expect(progressInWords(0)).toBe('已完成 0%');
    expect(progressInWords(130)).toBe('已完成 100%');
  });

  it('says money as the work report does, and the budget chart as one sentence', () => {
    expect([8600, 12_000_000, 9_150_000, 180_000_000, 12_345].map(yuanInWords)).toEqual(['8600 元', '1200 万元', '915 万元', '1.8 亿元', '1.23 万元']);
    expect(budgetInWords({ planned: 12_000_000, spent: 8_600_000, spentPercent: 72 })).toBe('安排 1200 万元，已使用 860 万元，占 72%');
    // Both amounts in 亿 once one of them is, so they compare by ear.
    expect(budgetInWords({ planned: 180_000_000, spent: 120_000_000, spentPercent: 66 })).toBe('安排 1.8 亿元，已使用 1.2 亿元，占 66%');
    expect(budgetInWords({ planned: 6_000_000, spent: 0, spentPercent: 0 })).toBe('安排 600 万元，还没有使用');
    expect(budgetInWords({ planned: 0, spent: 0, spentPercent: null })).toBe('没有单独安排资金');
  });

  it('marks an overdue milestone in words, with the department’s reason when given', () => {
    const [done, explained, silent] = detail().milestones;
    expect(milestoneState(done!)).toBe('已完成');
    expect(milestoneLines(done!, '区民政局')).toEqual(['计划完成：2026年3月15日', '实际完成：2026年3月12日']);
    expect(milestoneState(explained!)).toBe('已超期 16 个工作日');
    expect(milestoneLines(explained!, '区民政局')).toEqual(['计划完成：2026年10月30日', '延期原因（区民政局说明，2026年11月10日）：两处点位的消防验收需要整改，预计12月中旬开业。']);
    expect(milestoneLines(silent!, '区民政局')).toEqual(['计划完成：2026年11月2日', '区民政局还没有说明延期原因。']);
    // Explained by the district office: the milestone names it, as its timeline entry (发布单位) does.
    expect(milestoneLines({ ...explained!, delayExplainedBy: '区政府办公室' }, '区卫生健康局')[1]).toBe('延期原因（区政府办公室说明，2026年11月10日）：两处点位的消防验收需要整改，预计12月中旬开业。');
    expect(milestoneState({ ...done!, actualDate: '2026-03-20' })).toBe('已完成（比计划晚）');
  });
});

describe('the year’s list', () => {
  it('shows the overall progress on top and each project with its bar, its percentage and status in words', async () => {
    answerByOperation({ ProjectLists: { data: { projectLists: [LIST] } } });
    render(<ProjectListPage />);
    const overall = await screen.findByRole('group', { name: '2026年区十大民生实事（示例）总体进度' });
    expect(within(overall).getByText('总体进度：已完成 72%')).toBeTruthy();
    expect(within(overall).getByText('共 3 个项目：按计划推进 1 个，已延期 1 个，已完成 1 个')).toBeTruthy();
    // One line of clauses (components/Phrases.tsx), read as one sentence.
    expect(overall.textContent).toContain('资金：安排 1.2 亿元，已使用 0.86 亿元，占 71%');

    const cards = screen.getAllByTestId('project-card');
    expect(cards).toHaveLength(3);
    const first = cards[0]!;
    expect(within(first).getByText('状态：按计划推进')).toBeTruthy();
    expect(within(first).getByText('已完成 65%')).toBeTruthy();
    expect(within(first).getByText(phrased('牵头单位：区民政局'))).toBeTruthy();
    expect(within(first).getByText(phrased('目标：新建社区老年食堂（助餐点）20个'))).toBeTruthy();
    // The bar itself is for the eye: hidden from screen readers, its words are not.
    expect(first.querySelector('.project-progress__track')!.getAttribute('aria-hidden')).toBe('true');
    expect(within(cards[1]!).getByText('状态：⚠ 已延期')).toBeTruthy();
    expect(within(cards[2]!).getByText('已完成 100%')).toBeTruthy();

    fireEvent.click(first);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/projects/detail/index?id=a1b2c3d4e5f60718' });
  });

  it('filters by status and by department (child projects’ departments too), asking the API', async () => {
    answerByOperation({
      ProjectLists: { data: { projectLists: [LIST] } },
      ProjectList: { data: { projects: { edges: [{ cursor: 'x', node: LIST.projects[1] }], pageInfo: { hasNextPage: false, endCursor: null } } } },
    });
    render(<ProjectListPage />);
    await screen.findAllByTestId('project-card');
    const statuses = screen.getByRole('group', { name: '按状态看' });
    expect(within(statuses).getAllByRole('button').map((b) => b.textContent)).toEqual(['✓ 全部', '按计划推进', '已延期', '已完成']);
    // Departments fold into one button until asked for (a dozen of them would push the projects off the screen).
    expect(screen.queryByRole('group', { name: '按部门看' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '按部门看：全部部门（共 6 个）' }));
    const departments = screen.getByRole('group', { name: '按部门看' });
    expect(within(departments).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '✓ 全部部门',
      '区民政局',
      '区市场监督管理局',
      '区教育局',
      '区住房和城乡建设局',
      '区城市管理局',
      '城东街道办事处',
    ]);

    fireEvent.click(within(statuses).getByRole('button', { name: '已延期' }));
    await screen.findByText('已延期：找到 1 个项目');
    expect(within(statuses).getByRole('button', { name: '已延期，已选' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(departments).getByRole('button', { name: '区教育局' }));
    await screen.findByText('区教育局、已延期：找到 1 个项目');
    expect(screen.queryByRole('group', { name: '按部门看' })).toBeNull();
    expect(screen.getByRole('button', { name: '按部门看：区教育局' })).toBeTruthy();
    expect(sentRequests().filter((r) => r.operation === 'ProjectList').map((r) => r.variables.filter)).toEqual([
      { year: expect.any(Number), status: 'DELAYED', department: null },
      { year: expect.any(Number), status: 'DELAYED', department: '区教育局' },
    ]);
  });
});

describe('a project', () => {
  it('shows the budget chart with its text alternative, which is also read aloud', async () => {
    answerByOperation({ ProjectDetail: { data: { project: detail() } } });
    render(<ProjectDetailPage />);
    await screen.findByRole('heading', { level: 1, name: '社区老年食堂（老年助餐点）建设' });
    expect(screen.getByTestId('budget-chart').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTestId('budget-words').textContent).toBe('安排 1200 万元，已使用 860 万元，占 72%');
    expect(screen.getByText('状态：⚠ 已延期')).toBeTruthy();
    expect(within(screen.getByTestId('project-progress')).getByText('已完成 65%')).toBeTruthy();
    expect(projectSpeech(detail(), [])).toContain('资金：安排 1200 万元，已使用 860 万元，占 72%。');
    expect(projectSpeech(detail(), [])[0]).toBe('社区老年食堂（老年助餐点）建设。已延期，已完成 65%。');
  });

  it('lists milestones with overdue markers in words and the timeline newest first, a correction shown as such', async () => {
    answerByOperation({ ProjectDetail: { data: { project: detail() } } });
    render(<ProjectDetailPage />);
    const milestones = await screen.findAllByTestId('milestone');
    expect(milestones.map((m) => m.textContent)).toEqual([
      '确定20个点位已完成计划完成：2026年3月15日实际完成：2026年3月12日',
      '首批10个助餐点开业⚠ 已超期 16 个工作日计划完成：2026年10月30日延期原因（区民政局说明，2026年11月10日）：两处点位的消防验收需要整改，预计12月中旬开业。',
      '20个助餐点全部开业⚠ 已超期 15 个工作日计划完成：2026年11月2日区民政局还没有说明延期原因。',
    ]);
    const [correction, corrected] = screen.getAllByTestId('timeline-entry');
    expect(within(correction!).getByText('2026年7月2日 · 更正')).toBeTruthy();
    expect(within(correction!).getByText('更正 2026年6月28日 的一条内容：')).toBeTruthy();
    expect(within(corrected!).getByText('这条内容有误，已更正（见 2026年7月2日 的更正），以更正为准。')).toBeTruthy();
    expect(within(corrected!).getByText('日均就餐 900 人次')).toBeTruthy();
    expect(within(corrected!).getByText('本次使用资金：280 万元')).toBeTruthy();
    expect(within(corrected!).getByText(phrased('发布单位：区民政局'))).toBeTruthy();
  });

  it('enlarges a photo in the page on H5 (no pop-up) and closes it again', async () => {
    answerByOperation({ ProjectDetail: { data: { project: detail() } } });
    render(<ProjectDetailPage />);
    const thumb = await screen.findByRole('button', { name: '看大图：2026年6月28日进展照片 1' });
    fireEvent.click(thumb);
    expect(screen.getByRole('group', { name: '大图：2026年6月28日进展照片 1' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '2026年6月28日进展照片 1（大图）' }).getAttribute('src')).toBe('http://127.0.0.1:4000/photos/projects/a/1.jpg');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(button('收起大图'));
    expect(screen.queryByRole('group', { name: /^大图/ })).toBeNull();
  });

  it('关注 asks to sign in first and sends nothing; signed in, it follows with the resident’s token', async () => {
    answerByOperation({ ProjectDetail: { data: { project: detail() } } });
    const { unmount } = render(<ProjectDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '关注这个项目' }));
    expect(screen.getByText('需要先登录')).toBeTruthy();
    fireEvent.click(button('去“我的”登录'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/mine/index/index?back=1' });
    expect(sentRequests().map((r) => r.operation)).toEqual(['ProjectDetail']);
    unmount();

    signIn();
    answerByOperation({
      ProjectDetail: { data: { project: detail() } },
      FollowProject: { data: { followProject: { id: 'a1b2c3d4e5f60718', followedByMe: true, followerCount: 4 } } },
    });
    render(<ProjectDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '关注这个项目' }));
    await screen.findByText('已关注。这个项目有新进展时会通知您。');
    expect(screen.getByText('4 人关注')).toBeTruthy();
    expect(button('已关注（点此取消关注）').getAttribute('aria-pressed')).toBe('true');
    expect(sentRequests().filter((r) => r.operation === 'FollowProject')).toEqual([{ operation: 'FollowProject', variables: { id: 'a1b2c3d4e5f60718' }, authorization: 'Bearer token-wang' }]);
  });

  it('评价 a completed project once: five levels, an optional comment, one request however often tapped; then the resident’s own', async () => {
    signIn();
    const completed = detail({ status: 'COMPLETED', progress: 100, completedDate: '2026-09-29', evaluationSummary: { count: 12, satisfiedPercent: 91 } });
    const createdAt = '2026-11-23T02:00:00.000Z';
    answerByOperation({
      ProjectDetail: { data: { project: completed } },
      EvaluateProject: { data: { evaluateProject: { level: 'SATISFIED', comment: '饭菜可口，价格实惠。', createdAt, project: { id: 'a1b2c3d4e5f60718', evaluationSummary: { count: 13, satisfiedPercent: 92 } } } } },
    });
    render(<ProjectDetailPage />);
    const region = await screen.findByRole('region', { name: '评价' });
    expect(within(region).getByText('已有 12 人评价，满意率 91%。')).toBeTruthy();
    const levels = within(region).getByRole('group', { name: '满意程度' });
    expect(within(levels).getAllByRole('button').map((b) => b.textContent)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);

    fireEvent.click(within(region).getByRole('button', { name: '提交评价' }));
    expect(within(region).getByRole('alert').textContent).toBe('请先选择满意程度。');
    fireEvent.click(within(levels).getByRole('button', { name: '满意' }));
    fireEvent.change(within(region).getByRole('textbox', { name: '想说的话（可以不填）' }), { target: { value: ' 饭菜可口，价格实惠。 ' } });
    fireEvent.click(within(region).getByRole('button', { name: '提交评价' }));
    fireEvent.click(within(region).getByRole('button', { name: /提交/ }));
    await within(region).findByText('您的评价：满意');
    expect(within(region).getByText('您说：饭菜可口，价格实惠。')).toBeTruthy();
    expect(within(region).getByText('评价日期：2026年11月23日。每个项目只能评价一次，谢谢您。')).toBeTruthy();
    expect(within(region).queryByRole('button', { name: '提交评价' })).toBeNull();
    // Counted at once, with the API's figures, not 12 until the page is read again.
    expect(within(region).getByText('已有 13 人评价，满意率 92%。')).toBeTruthy();
    expect(sentRequests().filter((r) => r.operation === 'EvaluateProject')).toEqual([
      { operation: 'EvaluateProject', variables: { id: 'a1b2c3d4e5f60718', input: { level: 'SATISFIED', comment: '饭菜可口，价格实惠。' } }, authorization: 'Bearer token-wang' },
    ]);
  });

  it('shows an earlier evaluation instead of the form; no 评价 for a project not completed', async () => {
    signIn();
    const mine = { level: 'BASICALLY_SATISFIED' as const, comment: null, createdAt: '2026-10-31T16:30:00.000Z' };
    answerByOperation({ ProjectDetail: { data: { project: detail({ status: 'COMPLETED', progress: 100, myEvaluation: mine }) } } });
    const { unmount } = render(<ProjectDetailPage />);
    expect((await screen.findByTestId('my-evaluation')).textContent).toBe('您的评价：基本满意评价日期：2026年11月1日。每个项目只能评价一次，谢谢您。');
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
    unmount();

    answerByOperation({ ProjectDetail: { data: { project: detail() } } });
    render(<ProjectDetailPage />);
    await screen.findAllByTestId('milestone');
    expect(screen.queryByRole('region', { name: '评价' })).toBeNull();
  });

  it('a choice made before signing in is still there after signing in', async () => {
    const completed = detail({ status: 'COMPLETED', progress: 100 });
    answerByOperation({ ProjectDetail: { data: { project: completed } } });
    render(<ProjectDetailPage />);
    const region = await screen.findByRole('region', { name: '评价' });
    fireEvent.click(within(region).getByRole('button', { name: '非常满意' }));
    fireEvent.click(within(region).getByRole('button', { name: '提交评价' }));
    expect(within(region).getByText('需要先登录')).toBeTruthy();
    expect(sentRequests().map((r) => r.operation)).toEqual(['ProjectDetail']);

    await act(async () => signIn());
    await flush();
    const again = await screen.findByRole('region', { name: '评价' });
    expect(within(again).getByRole('button', { name: '非常满意，已选' })).toBeTruthy();
  });
});

describe('我要提建议 and 我的建议', () => {
  it('checks the form as the API does', () => {
    expect(checkProposal({ title: '', description: ' ', location: '', mobile: '1381234' }).errors).toEqual({
      title: '请写一个简短的名称，如：加装小区路灯。',
      description: '请写一写想办什么、为什么要办。',
      location: '请写在哪里，如：城东街道幸福社区。',
      mobile: '手机号要是 11 位数字，如 13812345678；不想留可以空着。',
    });
    expect(checkProposal({ title: ' 小区加装路灯 ', description: '晚上太黑。', location: '幸福社区', mobile: '+86 138-1234-5678' }).input).toEqual({
      title: '小区加装路灯',
      description: '晚上太黑。',
      location: '幸福社区',
      contactMobile: '13812345678',
    });
    expect(checkProposal({ title: 'a', description: 'b', location: 'c', mobile: '' }).input?.contactMobile).toBeNull();
    // Written with brackets, as on a business card, it is read as the sign-up form and the API read it;
    // a number no mainland mobile starts with is refused here, not only by the API after sending.
    expect(checkProposal({ title: 'a', description: 'b', location: 'c', mobile: '(0086) 138 1234 5678' }).input?.contactMobile).toBe('13812345678');
    expect(checkProposal({ title: 'a', description: 'b', location: 'c', mobile: '12812345678' }).errors.mobile).toBe('手机号要是 11 位数字，如 13812345678；不想留可以空着。');
  });

  it('asks to sign in first, keeps what was typed, and sends the proposal once signed in', async () => {
    answerByOperation({ ProposeProject: { data: { proposeProject: { id: 'p1', forYear: 2027, title: '小区加装路灯' } } } });
    render(<ProposePage />);
    fireEvent.click(button('提交建议'));
    expect(screen.getByText('请写一个简短的名称，如：加装小区路灯。')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '建议办的事' }), { target: { value: '小区加装路灯' } });
    fireEvent.change(screen.getByRole('textbox', { name: '具体内容' }), { target: { value: '幸福社区3号楼到5号楼之间晚上太黑。' } });
    fireEvent.change(screen.getByRole('textbox', { name: '地点' }), { target: { value: '城东街道幸福社区' } });
    fireEvent.click(button('提交建议'));
    expect(screen.getByText('需要先登录')).toBeTruthy();
    expect(sentRequests()).toEqual([]);

    await act(async () => signIn());
    expect((screen.getByRole('textbox', { name: '建议办的事' }) as HTMLInputElement).value).toBe('小区加装路灯');
    fireEvent.click(button('提交建议'));
    await screen.findByText('建议已提交，谢谢您');
    expect(screen.getByText('区政府办公室会在编制2027年民生实事清单时逐条研究并答复。答复在“我的建议”里能看到。')).toBeTruthy();
    expect(sentRequests()).toEqual([
      {
        operation: 'ProposeProject',
        variables: { input: { title: '小区加装路灯', description: '幸福社区3号楼到5号楼之间晚上太黑。', location: '城东街道幸福社区', contactMobile: null } },
        authorization: 'Bearer token-wang',
      },
    ]);
  });

  it('我的建议 says what became of each proposal, and lists the followed projects', async () => {
    signIn();
    answerByOperation({
      MyProjects: {
        data: {
          myProposals: [
            {
              id: 'p2',
              forYear: 2027,
              title: '增设公交站',
              description: '新建小区门口没有公交站。',
              location: '南湖街道',
              contactMobile: '138****5678',
              status: 'ACCEPTED',
              reply: '已纳入2027年公交线路优化。',
              project: { id: 'd1b2c3d4e5f60718', title: '优化公交线路' },
              submittedAt: '2026-11-01T02:00:00.000Z',
              answeredAt: '2026-11-20T02:00:00.000Z',
            },
          ],
          myFollowedProjects: [card()],
        },
      },
    });
    render(<MyProjectsPage />);
    const proposal = await screen.findByRole('group', { name: '增设公交站' });
    expect(within(proposal).getByText(phrased('已采纳'))).toBeTruthy();
    expect(within(proposal).getByText(phrased('已纳入2027年公交线路优化。'))).toBeTruthy();
    expect(within(proposal).getByText('答复（2026年11月20日）')).toBeTruthy();
    // The number left for a call-back, masked and named as on one's own 咨询留言.
    expect(within(proposal).getByText('回电号码')).toBeTruthy();
    expect(within(proposal).getByText(phrased('138****5678'))).toBeTruthy();
    fireEvent.click(within(proposal).getByRole('button', { name: '看项目「优化公交线路」' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/projects/detail/index?id=d1b2c3d4e5f60718' });
    expect(screen.getAllByTestId('project-card')).toHaveLength(1);
  });

  it('我的建议 without signing in says so and asks nothing of the API', async () => {
    render(<MyProjectsPage />);
    await flush();
    expect(screen.getByText('需要先登录')).toBeTruthy();
    expect(sentRequests()).toEqual([]);
  });
});
