import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { asWeapp, navigateTo, scanCode, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { BAD_RATING, future, OPTIONS, SERVICE } from '../../../test-support/rating-fixtures';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { parseRatingLink } from './format';
import MyRatingsPage, { caseProgress } from '../../pages/rating/mine/index';
import RatingHome from '../../pages/rating/home/index';
import DonePage from '../../pages/rating/done/index';

const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

const REPLIED = {
  ...BAD_RATING,
  id: 'rating-2',
  case: {
    ...BAD_RATING.case!,
    id: 'rating-2',
    status: 'RECTIFIED' as const,
    calledBackAt: '2026-11-23T06:00:00.000Z',
    reply: '已在窗口张贴材料清单，并增开一个窗口。',
    outcome: 'RECTIFIED' as const,
    repliedAt: '2026-11-25T06:00:00.000Z',
  },
};
const GOOD = { ...BAD_RATING, id: 'rating-3', level: 'VERY_SATISFIED' as const, levelLabel: '非常满意', bad: false, reasonLabels: [], case: null, ratedAt: '2026-10-01T02:00:00.000Z' };
const page = (...nodes: unknown[]) => ({ data: { myRatings: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } }, ratingOptions: { levels: OPTIONS.levels } } });

function signIn() {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
}

beforeEach(() => reloadSession());

describe('我的评价', () => {
  it('lists each rating with its level in words and date; a bad one with its case in words and the reply', async () => {
    signIn();
    answerByOperation({ MyRatings: page(BAD_RATING, REPLIED, GOOD) });
    render(<MyRatingsPage />);
    await screen.findByText('共 3 条');
    const [open, replied, good] = screen.getAllByRole('article');
    expect(open!.textContent).toContain('评价不满意');
    expect(open!.textContent).toContain('评价日期2026年11月23日');
    expect(open!.textContent).toContain('不满意的原因等候时间长');
    expect(open!.textContent).toContain('办理进度等待回访（最迟在2026年11月24日 星期二回访）。');
    expect(within(replied!).getByRole('heading', { name: '部门答复（已整改）' })).toBeTruthy();
    expect(replied!.textContent).toContain('已在窗口张贴材料清单，并增开一个窗口。');
    expect(replied!.textContent).toContain('办理进度已整改，已答复您。');
    expect(good!.textContent).toContain('评价非常满意');
    expect(good!.textContent).not.toContain('办理进度');
    // Only a replied case offers the follow-up rating.
    expect(within(open!).queryByRole('group', { name: '对整改结果评价' })).toBeNull();
    expect(within(replied!).getByRole('group', { name: '对整改结果评价' })).toBeTruthy();
  });

  it('the one follow-up rating of the fix: sent once, then shown instead of the form', async () => {
    signIn();
    const rated = { ...REPLIED.case, followUp: { level: 'SATISFIED', levelLabel: '满意', bad: false, comment: null, ratedAt: '2026-11-26T01:00:00.000Z' } };
    answerByOperation({ MyRatings: page(REPLIED), RateRectification: { data: { rateRectification: rated } } });
    render(<MyRatingsPage />);
    await screen.findByText('共 1 条');
    fireEvent.click(button('提交追评'));
    expect(screen.getByRole('alert').textContent).toBe('请先选择您对整改结果是否满意。');
    fireEvent.click(button('满意'));
    fireEvent.click(button('提交追评'));
    fireEvent.click(button('正在提交……'));
    await screen.findByText('您对整改结果的评价：满意');
    expect(screen.queryByRole('group', { name: '对整改结果评价' })).toBeNull();
    expect(sentRequests().filter((r) => r.operation === 'RateRectification')).toEqual([
      { operation: 'RateRectification', variables: { caseId: 'rating-2', input: { level: 'SATISFIED', comment: null } }, authorization: 'Bearer token-wang' },
    ]);
  });

  it('the rating a reply notice names comes first', async () => {
    signIn();
    setRouterParams({ rating: 'rating-2' });
    answerByOperation({ MyRatings: page(BAD_RATING, REPLIED) });
    render(<MyRatingsPage />);
    await screen.findByText('共 2 条');
    expect(screen.getAllByRole('article')[0]!.textContent).toContain('已在窗口张贴材料清单');
  });

  it('signed out: says to sign in and sends nothing', async () => {
    render(<MyRatingsPage />);
    await flush();
    expect(screen.getByText('登录后，可以看到您的评价和部门的答复。')).toBeTruthy();
    expect(sentRequests()).toEqual([]);
  });
});

describe('the confirmation', () => {
  it('for a bad rating says what happens next, by the deadlines the API counted', async () => {
    signIn();
    setRouterParams({ id: BAD_RATING.id });
    answerByOperation({ MyRating: { data: { rating: BAD_RATING } } });
    render(<DonePage />);
    await screen.findByRole('heading', { name: '已收到您的意见' });
    const next = screen.getByRole('region', { name: '接下来' }).textContent;
    expect(next).toContain('1. 区民政局的工作人员最迟在2026年11月24日 星期二打电话回访您，了解情况。');
    expect(next).toContain('2. 部门最迟在2026年12月14日 星期一整改或说明情况，并答复您。');
    fireEvent.click(button('查看我的评价'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/mine/index' });
  });

  it('without a phone number promises no call: the reply comes in writing, and 我的评价 says when', async () => {
    signIn();
    setRouterParams({ id: BAD_RATING.id });
    const unreachable = { ...BAD_RATING, case: { ...BAD_RATING.case!, callbackDeadline: null } };
    answerByOperation({ MyRating: { data: { rating: unreachable } } });
    render(<DonePage />);
    const next = (await screen.findByRole('region', { name: '接下来' })).textContent;
    expect(next).not.toContain('打电话回访您');
    expect(next).toContain('1. 您没有留手机号，部门不会打电话，会书面答复您。');
    expect(next).toContain('2. 区民政局最迟在2026年12月14日 星期一整改或说明情况，并答复您。');
    expect(caseProgress(unreachable.case)).toBe('正在办理（最迟在2026年12月14日 星期一答复）。');
  });
});

describe('好差评 start page', () => {
  const SERVICES = { data: { services: { edges: [SERVICE, { ...SERVICE, id: 'svc-2', name: '高龄津贴申领', channel: 'ONLINE', windows: [] }, { ...SERVICE, id: 'svc-3', department: '区市场监督管理局', name: '个体工商户设立登记', windows: ['12'] }, { ...SERVICE, id: 'svc-4', department: '区市场监督管理局', name: '食品经营许可', windows: ['7'], disabled: true }].map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } };

  it('H5 cannot scan: says so and lists the services by department to pick from', async () => {
    answerByOperation({ RatingServices: SERVICES });
    render(<RatingHome />);
    expect(screen.getByText('网页版不能扫码')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '扫码评价' })).toBeNull();
    await screen.findByText('高龄津贴申领');
    const list = screen.getByRole('navigation', { name: '选择服务' });
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['区民政局', '区市场监督管理局']);
    expect(within(list).getByRole('link', { name: /最低生活保障申请/ }).textContent).toContain('窗口办理（3、4号窗口）');
    expect(within(list).getByRole('link', { name: /最低生活保障申请/ }).textContent).not.toContain('已停用');
    // A disabled service is still listed (its code may hang on a wall), and says so before the tap.
    expect(within(list).getByRole('link', { name: /食品经营许可/ }).textContent).toContain('已停用，不能评价了');
    fireEvent.click(within(list).getByRole('link', { name: /高龄津贴申领/ }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/rate/index?service=svc-2' });
  });

  describe('on weapp', () => {
    asWeapp();

    it('扫码评价 reads the printed code and opens its rating page; any other code is said to be the wrong one', async () => {
      answerByOperation({ RatingServices: SERVICES });
      render(<RatingHome />);
      scanCode.mockResolvedValueOnce({ result: `https://govopen.example.gov.cn/#/pages/rating/rate/index?service=${SERVICE.id}&window=3` });
      fireEvent.click(button('扫码评价'));
      await flush();
      expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/rating/rate/index?service=${SERVICE.id}&window=3` });

      scanCode.mockResolvedValueOnce({ result: 'https://example.com/pay?id=1' });
      fireEvent.click(button('扫码评价'));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^这不是评价服务的二维码/);
      expect(navigateTo).toHaveBeenCalledTimes(1);

      scanCode.mockRejectedValueOnce(new Error('scanCode:fail cancel'));
      fireEvent.click(button('扫码评价'));
      await flush();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});

describe('rating links', () => {
  it('reads the service and window from the H5 address, the mini-program path, and nothing else', () => {
    expect(parseRatingLink('https://a.gov.cn/#/pages/rating/rate/index?service=abc123&window=A12')).toEqual({ service: 'abc123', window: 'A12' });
    expect(parseRatingLink('https://a.gov.cn/r/abc123/A12')).toEqual({ service: 'abc123', window: 'A12' });
    expect(parseRatingLink('https://a.gov.cn/r/abc123')).toEqual({ service: 'abc123' });
    expect(parseRatingLink('https://a.gov.cn/r/')).toBeNull();
    expect(parseRatingLink('pages/rating/rate/index?service=abc123')).toEqual({ service: 'abc123' });
    expect(parseRatingLink('pages/rating/rate/index?window=3')).toBeNull();
    expect(parseRatingLink('https://a.gov.cn/#/pages/policy/detail/index?id=1')).toBeNull();
    expect(parseRatingLink('')).toBeNull();
  });
});
