import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { getStorageSync, navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { detailCase, future, listCase } from '../../../test-support/rating-fixtures';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import StaffPage from '../../pages/rating/staff/index';
import CasePage from '../../pages/rating/case/index';
import AppealsPage from '../../pages/rating/appeals/index';
import { phrased } from '../../../test-support/text';

const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const ADMIN = { data: { staffMe: { username: 'admin', displayName: '区政府办公室管理员', role: 'DISTRICT_ADMIN', department: '区政府办公室' } } };
const cases = (...nodes: ReturnType<typeof listCase>[]) => ({ data: { ratingCases: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } });

function signInStaff() {
  setStorageSync(STAFF_SESSION_KEY, { token: 'token-staff', expiresAt: future() });
  staffSessions.reloadSession();
}

beforeEach(() => {
  reloadSession();
  staffSessions.reloadSession();
});

describe('工作人员登录', () => {
  it('signs in with username and password into a session of its own; the resident stays signed in', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    reloadSession();
    const expiresAt = future();
    answerByOperation({ StaffLogin: { data: { staffLogin: { token: 'token-staff', expiresAt } } }, StaffMe: ADMIN, RatingCases: cases() });
    render(<StaffPage />);
    fireEvent.change(screen.getByRole('textbox', { name: '用户名' }), { target: { value: ' admin ' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'correct horse battery' } });
    expect(screen.getByLabelText('密码').getAttribute('type')).toBe('password');
    fireEvent.click(button('登录'));
    await screen.findByText('工作人员：区政府办公室管理员（admin）');
    expect(screen.getByText('身份：全区管理员，可办理各部门的差评')).toBeTruthy();

    expect(getStorageSync(STAFF_SESSION_KEY)).toEqual({ token: 'token-staff', expiresAt });
    expect(getStorageSync(SESSION_KEY)).toMatchObject({ token: 'token-wang' });
    // Sign-in goes without any token; staff work with the staff token only, never the resident's.
    expect(sentRequests()[0]).toMatchObject({ operation: 'StaffLogin', authorization: undefined });
    expect(sentRequests().slice(1).map((r) => [r.operation, r.authorization]).sort()).toEqual([
      ['RatingCases', 'Bearer token-staff'],
      ['StaffMe', 'Bearer token-staff'],
    ]);

    fireEvent.click(button('退出工作人员登录'));
    expect(screen.getByRole('status').textContent).toBe('您已退出工作人员登录。');
    expect(getStorageSync(STAFF_SESSION_KEY)).toBe('');
    expect(getStorageSync(SESSION_KEY)).toMatchObject({ token: 'token-wang' });
  });

  it('a refused password is said in words and touches neither session', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    reloadSession();
    answerByOperation({ StaffLogin: { errors: [{ message: '用户名或密码不对。', extensions: { code: 'UNAUTHENTICATED' } }] } });
    render(<StaffPage />);
    fireEvent.change(screen.getByRole('textbox', { name: '用户名' }), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong' } });
    fireEvent.click(button('登录'));
    expect((await screen.findByRole('alert')).textContent).toBe('没能登录：用户名或密码不对。');
    expect(getStorageSync(SESSION_KEY)).toMatchObject({ token: 'token-wang' });
    expect(sentRequests()).toEqual([{ operation: 'StaffLogin', variables: { username: 'admin', password: 'wrong' }, authorization: undefined }]);
  });

  it('an expired staff token drops the staff session only', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    reloadSession();
    signInStaff();
    answerByOperation({ StaffMe: { errors: [{ message: '请重新登录。', extensions: { code: 'UNAUTHENTICATED' } }] }, RatingCases: cases() });
    render(<StaffPage />);
    expect((await screen.findByText('工作人员登录已过期，请重新登录。')).getAttribute('role')).toBe('status');
    expect(getStorageSync(STAFF_SESSION_KEY)).toBe('');
    expect(getStorageSync(SESSION_KEY)).toMatchObject({ token: 'token-wang' });
  });
});

describe('差评办理: the case list', () => {
  it('orders open work by deadline, overdue first, replied ones last; overdue is said in words, not colour alone', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: ADMIN,
      RatingCases: cases(
        listCase('c-replied', { status: 'RECTIFIED', repliedAt: '2026-11-21T02:00:00.000Z', isOverdue: false }),
        listCase('c-later', { status: 'CALLED_BACK', rectifyDeadline: { date: '2026-12-04', provisional: false, note: null }, department: '区人力资源和社会保障局' }),
        listCase('c-overdue', { status: 'OPEN', callbackDeadline: { date: '2026-11-19', provisional: false, note: null }, isOverdue: true }),
        listCase('c-soon', { status: 'OPEN', callbackDeadline: { date: '2026-11-24', provisional: false, note: null } }),
      ),
    });
    render(<StaffPage />);
    await screen.findByText('共 4 件，其中已超期 1 件');
    const cards = screen.getAllByTestId('case-card');
    expect(cards.map((card) => within(card).getAllByText(/./)[0]!.textContent)).toEqual([
      '服务c-overdue · 不满意',
      '服务c-soon · 不满意',
      '服务c-later · 不满意',
      '服务c-replied · 不满意',
    ]);

    const overdue = within(cards[0]!).getByText('⚠ 已超期：最迟应在2026年11月19日 星期四回访');
    expect(overdue.className).toBe('rating-overdue');
    expect(within(cards[1]!).getByText('未超期：最迟在2026年11月24日 星期二回访').className).not.toContain('overdue');
    expect(within(cards[2]!).getByText('未超期：最迟在2026年12月4日 星期五答复')).toBeTruthy();
    expect(within(cards[2]!).getByText('部门：区人力资源和社会保障局')).toBeTruthy();
    expect(within(cards[3]!).getByText('已答复（2026年11月21日），居民还没有追评，可以结案')).toBeTruthy();

    // Every card says the same things in the same order: what, 状态, the deadline (overdue or not), 部门 ….
    const lines = (card: HTMLElement) => within(card).getAllByText(/./).map((line) => line.textContent!.replace(/^⚠ /u, '').replace(/[：（].*$/u, ''));
    expect(lines(cards[0]!)).toEqual(['服务c-overdue · 不满意', '状态', '已超期', '部门', '原因', '评价日期']);
    expect(lines(cards[1]!)).toEqual(['服务c-soon · 不满意', '状态', '未超期', '部门', '原因', '评价日期']);

    // Staff words, not the resident's (等待回访 / 已答复您).
    expect(within(cards[0]!).getByText('状态：待回访')).toBeTruthy();
    expect(within(cards[3]!).getByText('状态：已整改并答复评价人，待结案')).toBeTruthy();

    fireEvent.click(cards[0]!);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/case/index?id=c-overdue' });
  });

  it('a rater without a phone number: no call-back is asked for, the written reply is due', async () => {
    signInStaff();
    answerByOperation({ StaffMe: ADMIN, RatingCases: cases(listCase('c-nophone', { callbackDeadline: null, rectifyDeadline: { date: '2026-12-11', provisional: false, note: null } })) });
    render(<StaffPage />);
    const card = await screen.findByTestId('case-card');
    expect(within(card).getByText('状态：待书面答复（评价人没有留手机号，不用回访）')).toBeTruthy();
    expect(within(card).getByText('未超期：最迟在2026年12月11日 星期五答复')).toBeTruthy();
  });

  it('只看已超期 and 已办结 ask the API for those cases', async () => {
    signInStaff();
    answerByOperation({ StaffMe: ADMIN, RatingCases: cases() });
    render(<StaffPage />);
    await screen.findByText('没有待办理的差评。');
    fireEvent.click(button('只看已超期'));
    await screen.findByText('没有超期的差评。');
    fireEvent.click(button('已办结'));
    await screen.findByText('还没有办结的差评。');
    expect(sentRequests().filter((r) => r.operation === 'RatingCases').map((r) => r.variables.filter)).toEqual([{}, { overdue: true }, { status: 'CLOSED' }]);
  });
});

describe('差评办理: one case', () => {
  it('shows the steps; records the call-back (sent once), then replies with 已整改, each with the staff token', async () => {
    signInStaff();
    const calledBack = detailCase({
      status: 'CALLED_BACK',
      isOverdue: false,
      calledBackAt: '2026-11-21T03:00:00.000Z',
      steps: [...detailCase().steps, { kind: 'CALLED_BACK', at: '2026-11-21T03:00:00.000Z', byName: '区政府办公室管理员', note: '已电话联系', outcome: null, level: null }],
    });
    const replied = detailCase({ ...calledBack, status: 'RECTIFIED', reply: '已增开窗口', outcome: 'RECTIFIED', repliedAt: '2026-11-22T03:00:00.000Z', answeredOnTime: true });
    answerByOperation({
      RatingCaseDetail: { data: { ratingCase: detailCase() } },
      RecordCallback: { data: { recordCallback: calledBack } },
      ReplyToRating: { data: { replyToRating: replied } },
    });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    await screen.findByText(phrased('⚠ 已超期：最迟应在2026年11月23日 星期一回访'));
    expect(screen.getByText('居民提交差评')).toBeTruthy();
    expect(screen.queryByRole('group', { name: '答复评价人' })).toBeNull();

    fireEvent.click(button('保存回访记录'));
    expect(screen.getByRole('alert').textContent).toBe('请填写回访情况。');
    fireEvent.change(screen.getByRole('textbox', { name: '回访情况' }), { target: { value: '已电话联系' } });
    fireEvent.click(button('保存回访记录'));
    fireEvent.click(button('正在保存……'));
    await screen.findByText('回访记录已保存。');
    expect(screen.getByText('已电话联系')).toBeTruthy();
    // Who did it, by the name on their account, not their username.
    expect(screen.getByText(/ · 区政府办公室管理员$/)).toBeTruthy();
    expect(screen.queryByText(/admin/)).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: '答复内容' }), { target: { value: '已增开窗口' } });
    fireEvent.click(button('发送答复'));
    await screen.findByText('答复已发送。');
    expect(screen.getByRole('group', { name: '结案' })).toBeTruthy();
    expect(screen.getByText(/居民还没有追评。结案后/)).toBeTruthy();

    expect(sentRequests().map((r) => [r.operation, r.variables, r.authorization])).toEqual([
      ['RatingCaseDetail', { id: 'case-1' }, 'Bearer token-staff'],
      ['RecordCallback', { caseId: 'case-1', note: '已电话联系' }, 'Bearer token-staff'],
      ['ReplyToRating', { caseId: 'case-1', reply: '已增开窗口', outcome: 'RECTIFIED' }, 'Bearer token-staff'],
    ]);
    await flush();
  });

  it('without the rater’s phone number, offers the written reply at once and no call-back form', async () => {
    signInStaff();
    const open = detailCase({ callbackDeadline: null, isOverdue: false, rating: { ...detailCase().rating, rater: { reference: '居民 7F3A', phone: null } } });
    const replied = detailCase({ ...open, status: 'EXPLAINED', reply: '已核实，当天系统故障。', outcome: 'EXPLAINED', repliedAt: '2026-11-22T03:00:00.000Z', answeredOnTime: true });
    answerByOperation({ RatingCaseDetail: { data: { ratingCase: open } }, ReplyToRating: { data: { replyToRating: replied } } });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    await screen.findByText(phrased('不用回访：评价人没有留手机号，请直接书面答复'));
    expect(screen.queryByRole('group', { name: '记录回访' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '答复内容' }), { target: { value: '已核实，当天系统故障。' } });
    fireEvent.click(button('已说明'));
    fireEvent.click(button('发送答复'));
    await screen.findByText('答复已发送。');
    expect(sentRequests().find((r) => r.operation === 'ReplyToRating')?.variables).toEqual({ caseId: 'case-1', reply: '已核实，当天系统故障。', outcome: 'EXPLAINED' });
  });

  it('结案 leaves nothing to do on the case: it says so and leads back to the list', async () => {
    signInStaff();
    const replied = detailCase({ status: 'RECTIFIED', isOverdue: false, reply: '已增开窗口', outcome: 'RECTIFIED', repliedAt: '2026-11-22T03:00:00.000Z', answeredOnTime: true });
    answerByOperation({ RatingCaseDetail: { data: { ratingCase: replied } }, CloseCase: { data: { closeCase: { ...replied, status: 'CLOSED', closedAt: '2026-11-23T03:00:00.000Z' } } } });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    expect(screen.queryByRole('button', { name: '回到差评列表' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '结案' }));
    await screen.findByText('已结案。');
    expect(screen.getByText('这件差评已办结。')).toBeTruthy();
    fireEvent.click(button('回到差评列表'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/staff/index' });
  });

  it('without a staff session, says to sign in as staff and sends nothing', async () => {
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    await flush();
    fireEvent.click(button('工作人员登录'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/staff/index' });
    expect(sentRequests()).toEqual([]);
  });
});

describe('差评申诉', () => {
  const DEPARTMENT = { data: { staffMe: { username: 'minzheng', displayName: '区民政局办事员', role: 'DEPARTMENT_STAFF', department: '区民政局' } } };
  const appealed = (change = {}) => detailCase({ appeal: { reason: '评价人当天没有来办事。', appealedAt: '2026-11-21T03:00:00.000Z', appealedByName: '区民政局办事员', decision: null, ...change } });

  it('the department appeals once with a reason; the appeal then reads as waiting for the district office', async () => {
    signInStaff();
    answerByOperation({ RatingCaseDetail: { data: { ratingCase: detailCase() } }, AppealRating: { data: { appealRating: appealed() } }, StaffMe: DEPARTMENT });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    await screen.findByRole('group', { name: '申诉恶意评价' });
    fireEvent.click(button('提交申诉'));
    expect(screen.getByRole('alert').textContent).toBe('请填写申诉理由。');
    fireEvent.change(screen.getByRole('textbox', { name: '申诉理由' }), { target: { value: '评价人当天没有来办事。' } });
    fireEvent.click(button('提交申诉'));
    await screen.findByText('申诉已提交，等待区政府办公室决定。');
    const appeal = screen.getByRole('region', { name: '申诉' });
    expect(within(appeal).getByText(phrased('等待区政府办公室决定'))).toBeTruthy();
    expect(screen.queryByRole('group', { name: '申诉恶意评价' })).toBeNull();
    // A department's staff member sees no decision form.
    await flush();
    expect(screen.queryByRole('group', { name: '决定申诉' })).toBeNull();
    expect(sentRequests().find((r) => r.operation === 'AppealRating')?.variables).toEqual({ caseId: 'case-1', reason: '评价人当天没有来办事。' });
  });

  it('another district admin decides: upheld takes the rating out, and the case says so', async () => {
    signInStaff();
    const decided = appealed({ decision: { upheld: true, note: '核实无办件记录。', decidedAt: '2026-11-22T03:00:00.000Z', decidedByName: '区政府办公室管理员' } });
    answerByOperation({
      RatingCaseDetail: { data: { ratingCase: { ...appealed(), viewerCan: { decideAppeal: true } } } },
      DecideAppeal: { data: { decideAppeal: { ...decided, status: 'CLOSED', closedAt: '2026-11-22T03:00:00.000Z', excluded: true } } },
    });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    const form = await screen.findByRole('group', { name: '决定申诉' });
    fireEvent.change(within(form).getByRole('textbox', { name: '核实情况（选填）' }), { target: { value: '核实无办件记录。' } });
    fireEvent.click(button('申诉成立，撤下这条评价'));
    await screen.findByText('申诉成立：这条评价已撤下，不再计入满意度。');
    expect(screen.getByText('这条评价经申诉已撤下，不计入满意度。')).toBeTruthy();
    expect(screen.getByText(phrased('申诉成立，评价已撤下，不计入满意度'))).toBeTruthy();
    expect(screen.getByText(phrased('区民政局办事员，2026年11月21日 11:00'))).toBeTruthy();
    expect(screen.getByText(phrased('区政府办公室管理员，2026年11月22日 11:00'))).toBeTruthy();
    // Closed by the decision, not by the resident: 办结 says so rather than 居民未表示满意.
    expect(screen.getByText(phrased('2026年11月22日，申诉成立，评价已撤下'))).toBeTruthy();
    expect(screen.queryByText(/居民未表示满意/)).toBeNull();
    expect(screen.queryByRole('group', { name: '决定申诉' })).toBeNull();
    expect(sentRequests().find((r) => r.operation === 'DecideAppeal')?.variables).toEqual({ caseId: 'case-1', upheld: true, note: '核实无办件记录。' });
  });

  it('whoever the API does not let decide (a department, the admin who appealed) sees the appeal waiting and no buttons', async () => {
    signInStaff();
    answerByOperation({ RatingCaseDetail: { data: { ratingCase: appealed({ appealedByName: '区政府办公室管理员' }) } } });
    setRouterParams({ id: 'case-1' });
    render(<CasePage />);
    expect(within(await screen.findByRole('region', { name: '申诉' })).getByText(phrased('等待区政府办公室决定'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: '申诉不成立' })).toBeNull();
    expect(sentRequests().map((r) => r.operation)).toEqual(['RatingCaseDetail']);
  });

  it('lists the appeals waiting for a decision, and only those, for a district admin', async () => {
    signInStaff();
    const node = (id: string, appeal: unknown) => ({ id, department: '区民政局', openedAt: '2026-11-20T02:00:00.000Z', rating: { id: `r-${id}`, levelLabel: '不满意', reasonLabels: ['等候时间长'], service: { id: 's1', name: '高龄津贴申领' } }, appeal });
    const waiting = { reason: '评价人当天没有来办事。', appealedAt: '2026-11-21T03:00:00.000Z', appealedBy: 'minzheng', appealedByName: '区民政局办事员', decision: null };
    answerByOperation({
      StaffMe: ADMIN,
      RatingCases: cases(),
      // The API answers only the cases whose appeal waits (filter: { appeal: WAITING }).
      AppealCases: { data: { ratingCases: { edges: [node('a', waiting)].map((n) => ({ node: n })), pageInfo: { hasNextPage: false, endCursor: null } } } },
    });
    render(<StaffPage />);
    fireEvent.click(await screen.findByRole('button', { name: '差评申诉：等待决定的' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/appeals/index' });

    render(<AppealsPage />);
    await screen.findByText(phrased('申诉理由：评价人当天没有来办事。'));
    expect(screen.getByText(phrased('区民政局办事员 于 2026年11月21日 11:00 提出'))).toBeTruthy();
    expect(screen.getAllByText(phrased('区民政局 · 高龄津贴申领'))).toHaveLength(1);
    fireEvent.click(screen.getByText(phrased('区民政局 · 高龄津贴申领')));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/case/index?id=a' });
  });
});
