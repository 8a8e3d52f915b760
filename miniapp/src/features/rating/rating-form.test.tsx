import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, operationNameOf, request, sentRequests } from '../../../test-support/api';
import { navigateBack, navigateTo, redirectTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { BAD_RATING, FORM, future, SERVICE } from '../../../test-support/rating-fixtures';
import { reloadSession, saveSession, SESSION_KEY } from '../../session/store';
import RatePage from '../../pages/rating/rate/index';
import Mine from '../../pages/mine/index/index';
import { phrased } from '../../../test-support/text';

const RATED = { data: { rateService: BAD_RATING } };
const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const rateRequests = () => sentRequests().filter((r) => r.operation === 'RateService');
const alerts = () => screen.queryAllByRole('alert').map((alert) => alert.textContent);

function signIn() {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
}

async function openForm(params: Record<string, string> = { service: SERVICE.id, window: '3' }) {
  setRouterParams(params);
  render(<RatePage />);
  await screen.findByText(phrased(SERVICE.name));
}

beforeEach(() => reloadSession());

describe('rating form: first screen and levels', () => {
  it('shows the service from the link, then two huge choices; 好评 expands to the five levels with 满意 chosen', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM });
    await openForm();
    expect(screen.getByText(phrased('3号窗口'))).toBeTruthy();
    expect(screen.getByText(phrased('区民政局'))).toBeTruthy();
    expect(screen.queryByRole('group', { name: '满意程度' })).toBeNull();

    fireEvent.click(button('好评（满意）'));
    const levels = within(screen.getByRole('group', { name: '满意程度' })).getAllByRole('button');
    expect(levels.map((b) => b.textContent)).toEqual(['非常满意', '✓ 满意', '基本满意', '不满意', '非常不满意']);
    expect(button('满意，已选').getAttribute('aria-pressed')).toBe('true');
    // A good rating asks for no reason.
    expect(screen.queryByRole('group', { name: '不满意的原因' })).toBeNull();
  });

  it('差评 chooses 不满意 and asks why; any level can still be chosen', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM });
    await openForm();
    fireEvent.click(button('差评（不满意）'));
    expect(button('不满意，已选').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: '不满意的原因（必填）' })).toBeTruthy();
    // What may stay empty says so in the words every other resident form uses (留言, 报名, 公开申请).
    expect(screen.getAllByRole('textbox').map((box) => box.getAttribute('aria-label'))).toEqual(['写几句原因（可以不填）', '办件号（可以不填）']);
    expect(screen.getByRole('spinbutton', { name: '回访电话（可以不填）' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('选填');
    fireEvent.click(button('基本满意'));
    expect(screen.queryByRole('group', { name: '不满意的原因' })).toBeNull();
  });
});

describe('rating form: a bad rating needs a reason', () => {
  it('refuses to send without a reason, says so in words, and sends once a reason is chosen', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM, RateService: RATED });
    await openForm();
    fireEvent.click(button('差评（不满意）'));
    fireEvent.click(button('提交评价'));
    // Said where the resident must act (the reasons, a long scroll above the button in 长辈版), and above the button where to look.
    const reasons = screen.getByRole('group', { name: '不满意的原因' });
    expect(within(reasons).getByRole('alert').textContent).toBe('请选择不满意的原因，或者写几句原因。');
    expect(alerts()).toEqual(['请选择不满意的原因，或者写几句原因。', '还有 1 处要改，请看那一项下面的说明。']);
    expect(rateRequests()).toEqual([]);

    fireEvent.click(button('等候时间长'));
    fireEvent.click(button('提交评价'));
    await flush();
    expect(rateRequests()).toEqual([
      {
        operation: 'RateService',
        variables: {
          serviceId: SERVICE.id,
          input: { level: 'DISSATISFIED', reasons: ['LONG_WAIT'], comment: null, matterNumber: null, window: '3', contactPhone: null },
        },
        authorization: 'Bearer token-wang',
      },
    ]);
    expect(redirectTo).toHaveBeenCalledWith({ url: `/pages/rating/done/index?id=${BAD_RATING.id}` });
  });

  it('a reason typed in words is enough; 其他 needs the words; 办件号 and 回访电话 are checked before sending', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM, RateService: RATED });
    await openForm();
    fireEvent.click(button('差评（不满意）'));
    fireEvent.click(button('其他'));
    fireEvent.click(button('提交评价'));
    expect(alerts()).toEqual(['选了“其他”，请写一下具体原因。', '还有 1 处要改，请看那一项下面的说明。']);
    expect(screen.getByRole('textbox', { name: '具体原因（选了“其他”要写）' }).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByRole('textbox', { name: '具体原因（选了“其他”要写）' }), { target: { value: '  窗口中午没人  ' } });
    fireEvent.change(screen.getByRole('textbox', { name: '办件号（可以不填）' }), { target: { value: '2026 001' } });
    fireEvent.click(button('提交评价'));
    expect(alerts()).toEqual(['办件号只能有字母、数字、横线和下划线，最多 40 位。', '还有 1 处要改，请看那一项下面的说明。']);
    fireEvent.change(screen.getByRole('textbox', { name: '办件号（可以不填）' }), { target: { value: 'BJ-2026-001' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: '回访电话（可以不填）' }), { target: { value: '1380013' } });
    fireEvent.click(button('提交评价'));
    expect(alerts()).toEqual(['回访电话请填写 11 位手机号码。', '还有 1 处要改，请看那一项下面的说明。']);
    expect(rateRequests()).toEqual([]);

    fireEvent.change(screen.getByRole('spinbutton', { name: '回访电话（可以不填）' }), { target: { value: '13800138000' } });
    fireEvent.click(button('其他，已选')); // unchoose: the typed words alone are the reason
    fireEvent.click(button('提交评价'));
    await flush();
    expect(rateRequests().map((r) => r.variables.input)).toEqual([
      { level: 'DISSATISFIED', reasons: [], comment: '窗口中午没人', matterNumber: 'BJ-2026-001', window: '3', contactPhone: '13800138000' },
    ]);
  });

  it('the API refusing a second rating of the same matter is said, with the way to 我的评价', async () => {
    signIn();
    answerByOperation({
      RatingForm: FORM,
      RateService: { errors: [{ message: '今天您已经评价过这项服务了（一次一评），可以在“我的评价”里查看。', extensions: { code: 'CONFLICT' } }] },
    });
    await openForm();
    fireEvent.click(button('好评（满意）'));
    fireEvent.click(button('提交评价'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/一次一评/);
    fireEvent.click(button('查看我的评价'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/mine/index' });
    expect(button('提交评价').getAttribute('aria-disabled')).toBeNull();
  });
});

describe('rating form: the call-back number', () => {
  it('names the number the resident gave GovOpen, or says that without one nobody can call back', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM, Me: { data: { me: { id: 'r-1', phone: '138****1234', memberSince: '2026-03-01T00:00:00.000Z' } } } });
    await openForm();
    fireEvent.click(button('差评（不满意）'));
    await screen.findByText('部门会打这个电话回访您。不填时，打您留过的号码 138****1234。');
  });

  it('without a number on file', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM, Me: { data: { me: { id: 'r-1', phone: null, memberSince: '2026-03-01T00:00:00.000Z' } } } });
    await openForm();
    fireEvent.click(button('差评（不满意）'));
    await screen.findByText('您还没有在本平台留过手机号。不填的话，部门不会打电话，会在“我的评价”里书面答复您。');
  });
});

describe('rating form: submit once', () => {
  it('a double tap sends one rating; the button says it is sending and is disabled until the page moves on', async () => {
    signIn();
    let answer: (value: unknown) => void = () => undefined;
    // The form loads at once; the rating's answer waits until the test lets it through.
    request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) =>
      operationNameOf(options.data) === 'RateService'
        ? new Promise((resolve) => (answer = resolve))
        : Promise.resolve({ statusCode: 200, data: FORM, header: {} }),
    );
    await openForm();
    fireEvent.click(button('好评（满意）'));
    const submit = button('提交评价');
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(rateRequests()).toHaveLength(1);
    expect(button('正在提交……').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('正在提交……'));
    expect(rateRequests()).toHaveLength(1);

    await act(async () => answer({ statusCode: 200, data: { data: { rateService: { ...BAD_RATING, level: 'SATISFIED', bad: false, case: null } } } }));
    expect(redirectTo).toHaveBeenCalledTimes(1);
    fireEvent.click(button('正在提交……'));
    expect(rateRequests()).toHaveLength(1);
  });
});

describe('rating form: signed out', () => {
  it('can be filled in; says sign-in comes first, opens 我的 with the way back, and keeps what was filled in', async () => {
    answerByOperation({ RatingForm: FORM, RateService: RATED });
    await openForm();
    expect(screen.getByText('提交评价要先登录。可以先填写，提交时再登录。')).toBeTruthy();
    fireEvent.click(button('差评（不满意）'));
    fireEvent.click(button('态度不好'));
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
    expect(screen.getByText('需要先登录')).toBeTruthy();
    fireEvent.click(button('去“我的”登录'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/mine/index/index?back=1' });

    // Signed in on 我的 (the same session store): back here, the choices are still made.
    act(() => saveSession({ token: 'token-new', expiresAt: future() }));
    expect(button('态度不好，已选').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('提交评价'));
    await flush();
    expect(rateRequests()).toEqual([expect.objectContaining({ authorization: 'Bearer token-new' })]);
  });

  it('我的 opened from the form offers the way back once signed in', async () => {
    signIn();
    setRouterParams({ back: '1' });
    answerByOperation({ Me: { data: { me: { id: 'r-1', phone: null, memberSince: '2026-03-01T00:00:00.000Z' } } } });
    render(<Mine />);
    fireEvent.click(button('登录好了，返回上一页'));
    expect(navigateBack).toHaveBeenCalledTimes(1);
    await flush();
  });
});

describe('rating form: links', () => {
  it('WeChat opening the printed code passes the H5 address as q; the service and window are read from it', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM });
    await openForm({ q: encodeURIComponent(`https://govopen.example.gov.cn/#/pages/rating/rate/index?service=${SERVICE.id}&window=4`) });
    expect(sentRequests()[0]).toMatchObject({ operation: 'RatingForm', variables: { serviceId: SERVICE.id } });
    expect(screen.getByText(phrased('4号窗口'))).toBeTruthy();
  });

  it('a window the service does not have is left out; an unknown service says so and offers the list', async () => {
    signIn();
    answerByOperation({ RatingForm: FORM });
    await openForm({ service: SERVICE.id, window: '99' });
    expect(screen.getByText(phrased('窗口办理（3、4号窗口）'))).toBeTruthy();
  });

  it('an unknown service', async () => {
    answerByOperation({ RatingForm: { data: { service: null, ratingOptions: FORM.data.ratingOptions } } });
    setRouterParams({ service: 'gone' });
    render(<RatePage />);
    await screen.findByText(/没有找到这项服务/);
    fireEvent.click(button('选择服务'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/home/index' });
  });

  it('a disabled service (停用) says so plainly, offers no form, and offers the list', async () => {
    signIn();
    answerByOperation({ RatingForm: { data: { service: { ...SERVICE, disabled: true }, ratingOptions: FORM.data.ratingOptions } } });
    setRouterParams({ service: SERVICE.id, window: '3' });
    render(<RatePage />);
    expect((await screen.findByText(/这项服务已停用/)).textContent).toBe('这项服务已停用，不能评价了。（区民政局 · 最低生活保障申请）');
    expect(screen.queryByRole('button', { name: '好评（满意）' })).toBeNull();
    fireEvent.click(button('选择服务'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/home/index' });
  });
});
