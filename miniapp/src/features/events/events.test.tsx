import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerByOperation, operationNameOf, request } from '../../../test-support/api';
import Taro, { asWeapp, navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { MOBILE_MAX_LENGTH } from '../../components/MobileField';
import { answerPhoneNumberButton } from '../../../test-support/components';
import type { EventDetailQuery, MyRegistrationsQuery, RegistrationFieldsFragment } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { clockInWords, feedbackOpen, placeInWords, registrationInWords, seatsInWords, signUpInWords, whenInWords } from './format';
import { checkSignUp } from './signup-form';
import { asciiBase64 } from '../../lib/qr-image';
import EventList from '../../pages/events/list/index';
import EventDetailPage from '../../pages/events/detail/index';
import EventSignUpPage from '../../pages/events/signup/index';
import MyEventRegistrations from '../../pages/events/mine/index';
import { phrased } from '../../../test-support/text';
import { recordingEngine } from '../../../test-support/read-aloud';
import { setReadAloud } from '../../read-aloud';

// The open-day pages (pages/events): the words residents read, and the rules that keep a sign-up,
// a cancellation and a questionnaire from going wrong.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

type Detail = NonNullable<EventDetailQuery['event']>;
type Mine = MyRegistrationsQuery['myRegistrations'][number];

function event(overrides: Partial<Detail> = {}): Detail {
  return {
    id: '0123456789ab',
    department: '区民政局',
    theme: '民生保障',
    title: '养老服务补贴政策开放日',
    startsAt: iso(10 * DAY),
    endsAt: iso(10 * DAY + 2 * HOUR),
    online: false,
    venue: { address: '示例区人民路 1 号 区民政局一楼会议室', latitude: 29.0794, longitude: 119.6474 },
    capacity: 30,
    seatsLeft: 12,
    waitlistLength: 0,
    applicants: 0,
    selectionMode: 'FIRST_COME',
    status: 'OPEN',
    signUpOpen: true,
    signUpOpensAt: iso(-DAY),
    signUpClosesAt: iso(8 * DAY),
    draw: null,
    description: '了解高龄津贴、居家养老服务补贴的申请条件和办理流程。',
    agenda: [
      { time: '09:30', item: '参观区养老服务指导中心' },
      { time: '10:15', item: '政策解读' },
    ],
    officials: [{ name: '张明', position: '区民政局副局长' }],
    liveUrl: null,
    demo: false,
    cancelReason: null,
    summary: null,
    calendarFile: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    myRegistration: null,
    ...overrides,
  };
}

function registration(overrides: Partial<RegistrationFieldsFragment> = {}): RegistrationFieldsFragment {
  return {
    id: '0123456789ab.r-wang',
    status: 'CONFIRMED',
    checkInCode: 'K7M2PQ',
    checkInQrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><path d="M0 0h8v8h-8z"/></svg>',
    name: '王*华',
    phone: '139****5678',
    questions: null,
    createdAt: iso(-HOUR),
    waitlistPosition: null,
    checkedInAt: null,
    feedbackSubmitted: false,
    ...overrides,
  };
}

const mine = (reg: Partial<RegistrationFieldsFragment>, ev: Partial<Detail> = {}): Mine => ({ ...registration(reg), event: event(ev) });

/** Each request sent: its operation and variables. */
const sent = () =>
  request.mock.calls.map(([options]: [{ data: Parameters<typeof operationNameOf>[0] & { variables: Record<string, unknown> } }]) => ({
    operation: operationNameOf(options.data),
    variables: options.data.variables,
  }));
const flush = () => act(async () => undefined);
const signIn = () => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: iso(DAY) });
  reloadSession();
};

beforeEach(() => reloadSession());

describe('open days in words', () => {
  // 2026-12-01 10:00 Beijing time, a Tuesday.
  const now = new Date('2026-12-01T02:00:00Z');

  it('says the date, weekday and time as people do, in Beijing time', () => {
    expect(whenInWords('2026-12-05T01:30:00Z', '2026-12-05T03:30:00Z', now)).toBe('12月5日 星期六 上午9:30 到 11:30');
    expect(whenInWords('2026-12-05T06:30:00Z', '2026-12-05T08:00:00Z', now)).toBe('12月5日 星期六 下午2:30 到 4:00');
    expect(whenInWords('2026-12-01T03:00:00Z', '2026-12-01T05:00:00Z', now)).toBe('今天 12月1日 星期二 上午11:00 到 下午1:00');
    expect(whenInWords('2026-12-02T11:00:00Z', '2026-12-02T12:00:00Z', now)).toBe('明天 12月2日 星期三 晚上7:00 到 8:00');
    expect(whenInWords('2027-01-04T04:00:00Z', '2027-01-04T05:00:00Z', now)).toBe('2027年1月4日 星期一 中午12:00 到 下午1:00');
    // Read on another day (a shared card's title): the date alone.
    expect(whenInWords('2026-12-01T03:00:00Z', '2026-12-02T05:00:00Z', now, false)).toBe('12月1日 星期二 上午11:00 到 12月2日 星期三 下午1:00');
    expect(['09:30', '12:15', '14:00', '19:05', '待定'].map(clockInWords)).toEqual(['上午9:30', '中午12:15', '下午2:00', '晚上7:05', '待定']);
  });

  it('says the seats in words: 还剩 N 个名额, 已满，可排队候补, 抽签报名', () => {
    const facts = { status: 'OPEN', selectionMode: 'FIRST_COME', capacity: 30, seatsLeft: 12, waitlistLength: 0, applicants: 0, signUpOpen: true, draw: null } as const;
    expect(seatsInWords(facts)).toBe('还剩 12 个名额');
    expect(seatsInWords({ ...facts, seatsLeft: 0 })).toBe('已满，可排队候补');
    expect(seatsInWords({ ...facts, seatsLeft: 0, waitlistLength: 4 })).toBe('已满，可排队候补（已有 4 人排队）');
    // A seat freed while people wait is theirs, not a newcomer's.
    expect(seatsInWords({ ...facts, seatsLeft: 1, waitlistLength: 2 })).toBe('已满，可排队候补（已有 2 人排队）');
    expect(seatsInWords({ ...facts, seatsLeft: 0, signUpOpen: false })).toBe('名额已满');
    expect(seatsInWords({ ...facts, selectionMode: 'DRAW', capacity: 40, applicants: 55 })).toBe('抽签报名：共 40 个名额，已有 55 人申请');
    expect(seatsInWords({ ...facts, selectionMode: 'DRAW', draw: { applicants: 55, selected: 40 } })).toBe('已公开抽签：55 人申请，抽中 40 人');
    expect(seatsInWords({ ...facts, status: 'CANCELLED' })).toBe('已取消');
  });

  it('says where, whether one can sign up, and the registration status', () => {
    expect(placeInWords({ venue: null, online: true })).toBe('线上直播');
    expect(signUpInWords({ status: 'OPEN', signUpOpen: false, signUpOpensAt: '2026-12-03T02:00:00Z', signUpClosesAt: '2026-12-04T10:00:00Z' }, now)).toBe('12月3日 星期四 上午10:00 开始报名');
    expect(signUpInWords({ status: 'OPEN', signUpOpen: true, signUpOpensAt: '2026-11-03T02:00:00Z', signUpClosesAt: '2026-12-04T10:00:00Z' }, now)).toBe('正在报名，12月4日 星期五 晚上6:00 截止');
    expect(signUpInWords({ status: 'CLOSED', signUpOpen: false, signUpOpensAt: '2026-11-03T02:00:00Z', signUpClosesAt: '2026-11-04T10:00:00Z' }, now)).toBe('报名已截止');
    expect(registrationInWords({ status: 'CONFIRMED', waitlistPosition: null, checkedInAt: null })).toBe('已报名成功');
    expect(registrationInWords({ status: 'WAITLISTED', waitlistPosition: 3, checkedInAt: null })).toBe('排队候补第 3 位');
    expect(registrationInWords({ status: 'APPLIED', waitlistPosition: null, checkedInAt: null })).toMatch(/^已提交抽签申请/);
    expect(registrationInWords({ status: 'CONFIRMED', waitlistPosition: null, checkedInAt: 'x' })).toBe('已报名成功，已签到');
  });

  it('base64 of the QR SVG matches the browser’s', () => {
    for (const text of ['', 'a', 'ab', 'abc', '<svg xmlns="http://www.w3.org/2000/svg"/>']) expect(asciiBase64(text)).toBe(btoa(text));
  });
});

describe('open-day list', () => {
  const page = (events: Detail[], hasNextPage = false) => ({ data: { events: { edges: events.map((e) => ({ cursor: e.id, node: e })), pageInfo: { hasNextPage, endCursor: null } } } });

  it('shows each open day with theme, department, time, place and seats in words, and filters by theme and month', async () => {
    answerByOperation({ EventList: page([event(), event({ id: 'bbbbbbbbbbbb', title: '营商环境云开放日', venue: null, online: true, seatsLeft: 0, department: '区发展和改革局', theme: '营商环境' })]) });
    render(<EventList />);
    const card = await screen.findByRole('link', { name: /养老服务补贴政策开放日/ });
    for (const words of ['主题：民生保障', '名额：还剩 12 个名额', '主办：区民政局', '地点：示例区人民路 1 号 区民政局一楼会议室']) expect(within(card).getByText(phrased(words))).toBeTruthy();
    // Dates and times are words kept whole (components/Phrases.tsx), read as one line.
    expect(card.textContent).toMatch(/时间：\d+月\d+日 星期. (上午|中午|下午|晚上|凌晨)\d+:\d\d 到 /);
    const online = screen.getByRole('link', { name: /营商环境云开放日/ });
    expect(within(online).getByText(phrased('地点：线上直播'))).toBeTruthy();
    expect(within(online).getByText(phrased('名额：已满，可排队候补'))).toBeTruthy();

    fireEvent.click(online);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/events/detail/index?id=bbbbbbbbbbbb' });

    fireEvent.click(within(screen.getByRole('group', { name: '按主题' })).getByRole('button', { name: '教育医疗' }));
    await flush();
    const months = within(screen.getByRole('group', { name: '按月份' })).getAllByRole('button');
    expect(months.map((m) => m.textContent)).toEqual(['✓ 全部月份', expect.stringMatching(/月$/), expect.stringMatching(/月$/), expect.stringMatching(/月$/)]);
    fireEvent.click(months[2]!);
    await flush();
    expect(sent().map((s) => s.variables.filter)).toEqual([{}, { theme: '教育医疗' }, { theme: '教育医疗', month: expect.stringMatching(/^\d{4}-\d{2}$/) }]);
    expect(screen.getByRole('button', { name: '教育医疗，已选' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when there is nothing for a filter, and on failure offers 重试', async () => {
    answerByOperation({ EventList: page([]) });
    render(<EventList />);
    expect((await screen.findByText(/近期暂时没有开放日/)).textContent).toBeTruthy();

    answerByOperation({ EventList: { errors: [{ message: '服务暂时不可用，请稍后再试。', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
    fireEvent.click(screen.getByRole('button', { name: '征收拆迁' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/服务暂时不可用/);
    answerByOperation({ EventList: page([]) });
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('“征收拆迁”主题暂时没有开放日。可以换一个主题或月份，或点“全部”。')).toBeTruthy();
  });
});

describe('open-day detail', () => {
  beforeEach(() => setRouterParams({ id: '0123456789ab' }));
  afterEach(() => setReadAloud(undefined));

  it('shows the description, agenda, officials, sign-up window and how seats are given, in words', async () => {
    answerByOperation({ EventDetail: { data: { event: event() } } });
    render(<EventDetailPage />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('养老服务补贴政策开放日');
    for (const words of ['了解高龄津贴、居家养老服务补贴的申请条件和办理流程。', '区民政局副局长 张明', '先到先得', '共 30 个。还剩 12 个名额']) {
      expect(screen.getAllByText(phrased(words)).length).toBeGreaterThan(0);
    }
    // An agenda item: its time, then what happens, each kept whole where it fits a line.
    for (const words of ['上午9:30', '参观区养老服务指导中心']) expect(screen.getAllByText(phrased(words)).length).toBeGreaterThan(0);
    expect(screen.getByText(/按报名先后确认名额/)).toBeTruthy();
    expect(document.body.textContent).toMatch(/正在报名，\d+月\d+日 星期. (上午|中午|下午|晚上|凌晨)\d+:\d\d 截止/);
    fireEvent.click(screen.getByRole('button', { name: '我要报名' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/events/signup/index?id=0123456789ab' });
  });

  it('朗读全文 reads the open day aloud: what, when, where, how to sign up, what happens, who answers', async () => {
    const engine = recordingEngine();
    answerByOperation({ EventDetail: { data: { event: event() } } });
    render(<EventDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
    const spoken = jest.mocked(engine.speak).mock.calls[0]![0].join('\n');
    for (const words of ['养老服务补贴政策开放日', '主办部门：区民政局', '地点：示例区人民路 1 号 区民政局一楼会议室', '还剩 12 个名额', '了解高龄津贴、居家养老服务补贴的申请条件和办理流程。', '上午9:30，参观区养老服务指导中心', '区民政局副局长 张明']) {
      expect(spoken).toContain(words);
    }
    expect(spoken).toMatch(/时间：\d+月\d+日 星期. \S+ 到 /);
    expect(spoken).toMatch(/正在报名，\d+月\d+日 星期. (上午|中午|下午|晚上|凌晨)\d+:\d\d 截止/);
  });

  it('an open day taken down says so and offers the way home; its sign-up page too', async () => {
    answerByOperation({ EventDetail: { data: { event: null } } });
    for (const Page of [EventDetailPage, EventSignUpPage]) {
      const { unmount } = render(<Page />);
      await screen.findByText('没有找到这个开放日，它可能已被撤下。');
      fireEvent.click(screen.getByRole('button', { name: '回到首页' }));
      expect(Taro.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/home/index/index' });
      unmount();
      jest.mocked(Taro.reLaunch).mockClear();
    }
  });

  it('a draw: explains the fair draw and, once drawn, publishes the seed', async () => {
    const draw = { seed: 'a1b2c3', algorithm: 'Fisher–Yates, SHA-256(seed:i:k)', drawnAt: iso(-HOUR), applicants: 55, selected: 40 };
    answerByOperation({ EventDetail: { data: { event: event({ selectionMode: 'DRAW', signUpOpen: false, status: 'CLOSED', draw }) } } });
    render(<EventDetailPage />);
    expect(await screen.findByRole('heading', { name: '报名方式：名额不足时公平抽签' })).toBeTruthy();
    const result = screen.getByRole('group', { name: '抽签结果' });
    expect(within(result).getByText('a1b2c3')).toBeTruthy();
    expect(within(result).getByText(phrased('55 人'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: '我要报名' })).toBeNull();
  });

  it('opens WeChat’s map at the venue on weapp', async () => {
    const taroEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    const openLocation = jest.fn(async () => undefined);
    Object.assign(Taro, { openLocation });
    try {
      answerByOperation({ EventDetail: { data: { event: event() } } });
      render(<EventDetailPage />);
      fireEvent.click(await screen.findByRole('button', { name: '在地图中打开' }));
      await flush();
      expect(openLocation).toHaveBeenCalledWith({ latitude: 29.0794, longitude: 119.6474, name: '养老服务补贴政策开放日', address: '示例区人民路 1 号 区民政局一楼会议室', scale: 16 });
    } finally {
      process.env.TARO_ENV = taroEnv;
    }
  });

  it('after the event shows what was adopted; for the signed-in resident, their registration', async () => {
    signIn();
    const summary = { raised: '居民希望简化高龄津贴的申请材料。', adopted: [{ suggestion: '申请材料太多', response: '取消户口本复印件', adopted: true }], publishedAt: iso(-HOUR) };
    answerByOperation({ EventDetail: { data: { event: event({ status: 'HELD', signUpOpen: false, summary, myRegistration: registration({ checkedInAt: iso(-DAY) }) }) } } });
    render(<EventDetailPage />);
    const adopted = await screen.findByRole('region', { name: '意见采纳情况' });
    expect(within(adopted).getByText('居民希望简化高龄津贴的申请材料。')).toBeTruthy();
    expect(within(adopted).getByText(phrased('已采纳'))).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '我的报名' })).getByText('已报名成功，已签到')).toBeTruthy();
  });
});

describe('signing up', () => {
  beforeEach(() => setRouterParams({ id: '0123456789ab' }));

  it('asks to sign in first, and says where: 我的, with the way back', async () => {
    answerByOperation({ EventDetail: { data: { event: event() } } });
    render(<EventSignUpPage />);
    expect(await screen.findByRole('heading', { name: '请先登录' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '去“我的”登录' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/mine/index/index?back=1' });
  });

  it('says what is wrong in plain words, field by field, and sends nothing', async () => {
    signIn();
    answerByOperation({ EventDetail: { data: { event: event() } } });
    render(<EventSignUpPage />);
    fireEvent.change(await screen.findByRole('spinbutton', { name: '手机号' }), { target: { value: '1391234' } });
    fireEvent.click(screen.getByRole('button', { name: '提交报名' }));
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['请填写姓名。', '手机号要是 11 位数字，如 13812345678。', '还有 2 处要改，请看每一项下面的说明。']);
    expect(screen.getByRole('textbox', { name: '姓名' }).getAttribute('aria-invalid')).toBe('true');
    expect(sent().map((s) => s.operation)).toEqual(['EventDetail', 'PhoneForForms']);

    expect(checkSignUp({ name: '王1', phone: '+86 139-1234-5678', questions: '' })).toEqual({ name: '姓名只能写文字，不能有数字或符号。' });
    expect(checkSignUp({ name: '王', phone: '13912345678', questions: '问'.repeat(501) })).toEqual({ name: '请填写真实姓名（至少 2 个字）。', questions: '想提的问题不能超过 500 个字。' });
  });

  it('counts the name toward its limit of 30, so a long name is never cut without the resident seeing why', async () => {
    signIn();
    answerByOperation({ EventDetail: { data: { event: event() } } });
    render(<EventSignUpPage />);
    const name = await screen.findByRole('textbox', { name: '姓名' });
    expect(screen.getByText('已写 0 字，最多 30 字')).toBeTruthy();
    fireEvent.change(name, { target: { value: '阿卜杜热合曼·买买提' } });
    expect(screen.getByText('已写 10 字，最多 30 字')).toBeTruthy();
    expect(name.getAttribute('maxlength')).toBe('30');
    expect(checkSignUp({ name: '王'.repeat(31), phone: '13912345678', questions: '' })).toEqual({ name: '姓名不能超过 30 个字。' });
  });

  it('a double tap sends once; the calm confirmation shows the status, the code large and as a QR code', async () => {
    signIn();
    let answer: (value: unknown) => void = () => undefined;
    answerByOperation({ EventDetail: { data: { event: event() } } });
    const base = request.getMockImplementation()!;
    request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) =>
      operationNameOf(options.data) === 'RegisterForEvent' ? new Promise((resolve) => (answer = resolve)) : base(options),
    );
    render(<EventSignUpPage />);
    fireEvent.change(await screen.findByRole('textbox', { name: '姓名' }), { target: { value: ' 王小华 ' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: '手机号' }), { target: { value: '13912345678' } });
    fireEvent.change(screen.getByRole('textbox', { name: '想提的问题（可以不填）' }), { target: { value: '高龄津贴什么时候发？' } });
    const submit = screen.getByRole('button', { name: '提交报名' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    fireEvent.click(screen.getByRole('button', { name: '正在提交……' }));
    expect(sent().filter((s) => s.operation === 'RegisterForEvent')).toEqual([
      { operation: 'RegisterForEvent', variables: { eventId: '0123456789ab', input: { name: '王小华', phone: '13912345678', questions: '高龄津贴什么时候发？' } } },
    ]);

    await act(async () => answer({ statusCode: 200, data: { data: { registerForEvent: registration() } } }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('报名已提交');
    expect(screen.getByRole('status').textContent).toBe('已报名成功');
    const code = screen.getByRole('group', { name: '签到码' });
    expect(within(code).getByText('K7M2PQ').className).toBe('event-code__value');
    const qr = within(code).getByRole('img', { name: '签到二维码，签到码 K7M2PQ' }) as HTMLImageElement;
    expect(qr.src).toBe(`data:image/svg+xml;base64,${btoa(registration().checkInQrSvg!)}`);
    expect(screen.getByRole('button', { name: '加入日历' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says 排队候补第 N 位 or 已提交抽签申请 when there is no seat yet, without a code', async () => {
    signIn();
    answerByOperation({ EventDetail: { data: { event: event({ myRegistration: registration({ status: 'WAITLISTED', waitlistPosition: 2, checkInCode: null, checkInQrSvg: null }) }) } } });
    render(<EventSignUpPage />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('您已经报过名了');
    expect(screen.getByRole('status').textContent).toBe('排队候补第 2 位');
    expect(screen.queryByRole('group', { name: '签到码' })).toBeNull();
  });

  it('shows the API’s reason when the sign-up is refused, and lets the resident try again', async () => {
    signIn();
    answerByOperation({ EventDetail: { data: { event: event() } }, RegisterForEvent: { errors: [{ message: '报名已经截止了。', extensions: { code: 'BAD_USER_INPUT' } }] } });
    render(<EventSignUpPage />);
    fireEvent.change(await screen.findByRole('textbox', { name: '姓名' }), { target: { value: '王小华' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: '手机号' }), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByRole('button', { name: '提交报名' }));
    expect((await screen.findByRole('alert')).textContent).toBe('没能报名：报名已经截止了。');
    expect(screen.getByRole('button', { name: '提交报名' }).getAttribute('aria-disabled')).toBeNull();
  });
});

describe('the mobile: remembered, typed or from WeChat', () => {
  beforeEach(() => {
    setRouterParams({ id: '0123456789ab' });
    signIn();
  });
  const phoneField = () => screen.findByRole('spinbutton', { name: '手机号' }) as Promise<HTMLInputElement>;
  const weChatButton = () => screen.queryByRole('button', { name: '使用微信绑定的手机号' });

  it('fills in the mobile the resident last gave, and never over what they already typed', async () => {
    answerByOperation({ EventDetail: { data: { event: event() } }, PhoneForForms: { data: { me: { id: 'r-wang', phoneForForms: '13912345678' } } } });
    const first = render(<EventSignUpPage />);
    const field = await phoneField();
    await waitFor(() => expect(field.value).toBe('13912345678'));
    // As every resident form's mobile field: room for +86 and spaces, not cut at 11.
    expect(field.getAttribute('maxlength')).toBe(String(MOBILE_MAX_LENGTH));
    first.unmount();

    let answer: (value: unknown) => void = () => undefined;
    const base = request.getMockImplementation()!;
    request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) =>
      operationNameOf(options.data) === 'PhoneForForms' ? new Promise((resolve) => (answer = resolve)) : base(options),
    );
    render(<EventSignUpPage />);
    fireEvent.change(await phoneField(), { target: { value: '13800001111' } });
    await act(async () => answer({ statusCode: 200, data: { data: { me: { id: 'r-wang', phoneForForms: '13912345678' } } } }));
    expect((await phoneField()).value).toBe('13800001111');
  });

  it('H5: no WeChat button, the field to type in, and nothing said when no mobile is remembered', async () => {
    answerByOperation({ EventDetail: { data: { event: event() } }, PhoneForForms: { data: { me: { id: 'r-wang', phoneForForms: null } } } });
    render(<EventSignUpPage />);
    expect((await phoneField()).value).toBe('');
    await flush();
    expect(weChatButton()).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(sent().map((s) => s.operation)).toEqual(['EventDetail', 'PhoneForForms']);
  });

  describe('on weapp', () => {
    asWeapp();
    const noneRemembered = { EventDetail: { data: { event: event() } }, PhoneForForms: { data: { me: { id: 'r-wang', phoneForForms: null } } } };

    it('使用微信绑定的手机号: sends WeChat’s code once and fills the field with the number', async () => {
      answerByOperation({ ...noneRemembered, PhoneNumberFromWeChat: { data: { phoneNumberFromWeChat: '13912345678' } } });
      render(<EventSignUpPage />);
      const field = await phoneField();
      answerPhoneNumberButton({ errMsg: 'getPhoneNumber:ok', code: 'wx-phone-code' });
      fireEvent.click(weChatButton()!);
      await flush();
      expect(sent().filter((s) => s.operation === 'PhoneNumberFromWeChat')).toEqual([{ operation: 'PhoneNumberFromWeChat', variables: { code: 'wx-phone-code' } }]);
      expect(field.value).toBe('13912345678');
      expect(screen.getByRole('status').textContent).toBe('已填入微信绑定的手机号，不对可以直接改。');

      fireEvent.change(screen.getByRole('textbox', { name: '姓名' }), { target: { value: '王小华' } });
      answerByOperation({ RegisterForEvent: { data: { registerForEvent: registration() } } });
      fireEvent.click(screen.getByRole('button', { name: '提交报名' }));
      await flush();
      expect(sent().find((s) => s.operation === 'RegisterForEvent')?.variables).toEqual({ eventId: '0123456789ab', input: { name: '王小华', phone: '13912345678', questions: null } });
    });

    it('says so plainly when the resident refuses, sends nothing, and keeps the field for typing', async () => {
      answerByOperation(noneRemembered);
      render(<EventSignUpPage />);
      const field = await phoneField();
      answerPhoneNumberButton({ errMsg: 'getPhoneNumber:fail user deny' });
      fireEvent.click(weChatButton()!);
      expect(screen.getByRole('status').textContent).toBe('您没有同意使用微信绑定的手机号，请在上面直接填写手机号。');
      expect(sent().map((s) => s.operation)).toEqual(['EventDetail', 'PhoneForForms']);
      fireEvent.change(field, { target: { value: '13800001111' } });
      expect(field.value).toBe('13800001111');
      expect(weChatButton()).toBeTruthy();
    });

    it('says what went wrong when WeChat or the API fails, and keeps the field', async () => {
      answerByOperation({
        ...noneRemembered,
        PhoneNumberFromWeChat: { errors: [{ message: '手机号授权已失效，请再点一次按钮。', extensions: { code: 'BAD_USER_INPUT' } }] },
      });
      render(<EventSignUpPage />);
      const field = await phoneField();
      answerPhoneNumberButton({ errMsg: 'getPhoneNumber:fail no permission' });
      fireEvent.click(weChatButton()!);
      expect(screen.getByRole('alert').textContent).toBe('没能取得微信绑定的手机号，请在上面直接填写手机号。');

      answerPhoneNumberButton({ errMsg: 'getPhoneNumber:ok', code: 'used-code' });
      fireEvent.click(weChatButton()!);
      await flush();
      expect(screen.getByRole('alert').textContent).toBe('没能取得微信绑定的手机号：手机号授权已失效，请再点一次按钮。也可以在上面直接填写手机号。');
      expect(field.value).toBe('');
      expect(weChatButton()).toBeTruthy();
    });
  });
});

describe('我的报名', () => {
  it('cancelling asks in the page first: 确认取消 sends it once, 不取消 leaves it', async () => {
    signIn();
    answerByOperation({
      MyRegistrations: { data: { myRegistrations: [mine({})] } },
      CancelRegistration: { data: { cancelRegistration: registration({ status: 'CANCELLED', checkInCode: null, checkInQrSvg: null }) } },
    });
    render(<MyEventRegistrations />);
    const card = await screen.findByRole('group', { name: '养老服务补贴政策开放日' });
    expect(within(card).getByText('已报名成功')).toBeTruthy();
    expect(within(card).getByText('K7M2PQ')).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: '取消报名' }));
    // Whether seats are left when they change their mind is not known today: no promise of a queue or a seat.
    expect(within(card).getByText('确定要取消吗？取消后，您的名额会让给排队候补的人。以后想参加可以再报名，但那时不一定还有名额。')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '不取消' }));
    expect(within(card).queryByRole('button', { name: '确认取消' })).toBeNull();
    expect(sent().map((s) => s.operation)).toEqual(['MyRegistrations']);

    fireEvent.click(within(card).getByRole('button', { name: '取消报名' }));
    const confirm = within(card).getByRole('button', { name: '确认取消' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await flush();
    expect(sent()).toEqual([
      { operation: 'MyRegistrations', variables: {} },
      { operation: 'CancelRegistration', variables: { id: '0123456789ab.r-wang' } },
    ]);
    expect(within(card).getByText('已取消报名')).toBeTruthy();
    expect(within(card).getByRole('status').textContent).toBe('取消成功。');
    expect(within(card).queryByText('K7M2PQ')).toBeNull();
    expect(within(card).queryByRole('button', { name: /取消/ })).toBeNull();
  });

  it('offers the questionnaire only after the event, and only to those who came', async () => {
    signIn();
    const past = { startsAt: iso(-3 * HOUR), endsAt: iso(-HOUR), status: 'HELD' as const, signUpOpen: false };
    answerByOperation({
      MyRegistrations: {
        data: {
          myRegistrations: [
            { ...mine({ id: 'a.r' }, { id: 'aaaaaaaaaaaa', title: '还没开始的开放日' }) },
            { ...mine({ id: 'b.r', checkedInAt: null }, { ...past, id: 'bbbbbbbbbbbb', title: '没来的开放日' }) },
            { ...mine({ id: 'c.r', checkedInAt: iso(-2 * HOUR) }, { ...past, id: 'cccccccccccc', title: '来了的开放日' }) },
            { ...mine({ id: 'd.r' }, { ...past, id: 'dddddddddddd', title: '线上开放日', venue: null, online: true }) },
          ],
        },
      },
      SubmitEventFeedback: { data: { submitEventFeedback: { satisfaction: 'SATISFIED', submittedAt: iso(0) } } },
    });
    render(<MyEventRegistrations />);
    await screen.findByRole('group', { name: '来了的开放日' });
    const form = (title: string) => within(screen.getByRole('group', { name: title })).queryByRole('form', { name: '开放日问卷' });
    expect(form('还没开始的开放日')).toBeNull();
    expect(form('没来的开放日')).toBeNull();
    expect(form('线上开放日')).toBeTruthy();
    const came = within(screen.getByRole('group', { name: '来了的开放日' }));
    expect(came.queryByRole('button', { name: '取消报名' })).toBeNull();

    fireEvent.click(came.getByRole('button', { name: '提交问卷' }));
    expect(came.getByRole('alert').textContent).toBe('请先选一个满意程度。');
    fireEvent.click(came.getByRole('button', { name: '满意' }));
    fireEvent.change(came.getByRole('textbox', { name: '意见和建议（可以不填）' }), { target: { value: '希望多办几场' } });
    fireEvent.click(came.getByRole('button', { name: '提交问卷' }));
    await flush();
    expect(sent().filter((s) => s.operation === 'SubmitEventFeedback')).toEqual([
      { operation: 'SubmitEventFeedback', variables: { eventId: 'cccccccccccc', input: { satisfaction: 'SATISFIED', useful: null, suggestions: '希望多办几场' } } },
    ]);
    expect(came.getByRole('status').textContent).toMatch(/问卷已提交，谢谢您/);
    expect(form('来了的开放日')).toBeNull();

    const now = new Date();
    const ended = { status: 'HELD' as const, endsAt: iso(-HOUR), venue: event().venue };
    expect(feedbackOpen({ status: 'CONFIRMED', checkedInAt: 'x', feedbackSubmitted: true }, ended, now)).toBe(false);
    expect(feedbackOpen({ status: 'CONFIRMED', checkedInAt: 'x', feedbackSubmitted: false }, { ...ended, endsAt: iso(-31 * DAY) }, now)).toBe(false);
  });

  it('asks to sign in when nobody is', async () => {
    render(<MyEventRegistrations />);
    await flush();
    expect(screen.getByText('登录后才能看到您报名的开放日。')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });
});
