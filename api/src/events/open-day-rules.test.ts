import { registrationItem } from './event-items';
import { newEvent, type EventDetails, type StoredEvent, type StoredRegistration } from './event-model';
import * as rules from './open-day-rules';

// The open-day rules alone, at chosen moments: sign-up 1–20 May, the day itself 1 June 09:30–12:00
// (Beijing time), check-in from 06:30.
const details: EventDetails = {
  theme: '民生保障',
  title: '养老服务开放日',
  description: '现场答疑。',
  agenda: [],
  officials: [],
  startsAt: '2026-06-01T01:30:00.000Z',
  endsAt: '2026-06-01T04:00:00.000Z',
  venue: { address: '示例区人民路 1 号', latitude: 29.08, longitude: 119.65 },
  liveUrl: null,
  capacity: 2,
  signUpOpensAt: '2026-05-01T00:00:00.000Z',
  signUpClosesAt: '2026-05-20T00:00:00.000Z',
  selectionMode: 'FIRST_COME',
};
const open: StoredEvent = { ...newEvent('0123456789ab', '区民政局', details, '2026-04-01T00:00:00.000Z'), status: 'OPEN' };
const at = (instant: string) => new Date(instant);
/** A registration as stored: what it holds, the rest absent (read back as null). */
const registration = (changes: Partial<StoredRegistration> = {}): StoredRegistration =>
  registrationItem.decode({ id: `${open.id}.r1`, eventId: open.id, residentId: 'r1', status: 'CONFIRMED', name: '王小华', phone: '13912345678', checkInCode: 'ABC234', createdAt: '2026-05-02T00:00:00.000Z', ...changes });
const messageOf = (refusal: { message: string; extensions: Record<string, unknown> } | null) => (refusal ? [refusal.extensions.code, refusal.message] : null);

describe('signing up', () => {
  it('is open from the opening instant until the closing one, for a published event with no draw started', () => {
    expect(rules.signUpOpen(open, at('2026-05-01T00:00:00.000Z'))).toBe(true);
    expect(rules.signUpOpen(open, at('2026-05-19T23:59:59.999Z'))).toBe(true);
    expect(messageOf(rules.signUpRefusal(open, at('2026-04-30T23:59:59.999Z')))).toEqual(['BAD_USER_INPUT', '报名还没有开始，请到时再来。']);
    expect(messageOf(rules.signUpRefusal(open, at('2026-05-20T00:00:00.000Z')))).toEqual(['BAD_USER_INPUT', '报名已经截止了。']);
  });

  it('tells a draft, a cancelled, a closed event and a started draw apart', () => {
    const now = at('2026-05-10T00:00:00.000Z');
    expect(rules.signUpRefusal({ ...open, status: 'DRAFT' }, now)?.message).toBe('这个开放日还没有发布。');
    expect(rules.signUpRefusal({ ...open, status: 'CANCELLED' }, now)?.message).toBe('这个开放日已经取消了。');
    expect(rules.signUpRefusal({ ...open, status: 'CLOSED' }, now)?.message).toBe('报名已经截止了。');
    expect(rules.signUpRefusal({ ...open, selectionMode: 'DRAW', drawSeed: 'seed' }, now)?.message).toBe('报名已经截止了。');
    expect(rules.signUpOpen({ ...open, status: 'CLOSED' }, now)).toBe(false);
  });
});

describe('cancelling a registration', () => {
  it('is possible until the start, never while a draw is applied, and not for a cancelled event', () => {
    expect(rules.cancelRefusal(open, at('2026-06-01T01:29:59.999Z'))).toBeNull();
    expect(rules.cancelRefusal(open, at('2026-06-01T01:30:00.000Z'))?.message).toBe('开放日已经开始，不能再取消报名了。');
    expect(rules.cancelRefusal({ ...open, drawSeed: 'seed', drawnAt: null }, at('2026-05-25T00:00:00.000Z'))?.message).toBe('正在抽签，请稍后再取消。');
    expect(rules.cancelRefusal({ ...open, drawSeed: 'seed', drawnAt: '2026-05-21T00:00:00.000Z' }, at('2026-05-25T00:00:00.000Z'))).toBeNull();
    expect(rules.cancelRefusal({ ...open, status: 'CANCELLED' }, at('2026-05-25T00:00:00.000Z'))?.message).toBe('这个开放日已经取消了，不用再取消报名。');
  });
});

describe('checking in at the door', () => {
  it('opens three hours before the start and closes at the end', () => {
    expect(rules.checkInRefusal(open, at('2026-05-31T22:29:59.999Z'))?.message).toBe('还没到签到时间：开始前 3 小时开始签到。');
    expect(rules.checkInRefusal(open, at('2026-05-31T22:30:00.000Z'))).toBeNull();
    expect(rules.checkInRefusal({ ...open, status: 'CLOSED' }, at('2026-06-01T03:59:59.999Z'))).toBeNull();
    expect(rules.checkInRefusal(open, at('2026-06-01T04:00:00.000Z'))?.message).toBe('开放日已经结束，不能再签到了。');
    expect(rules.checkInRefusal({ ...open, status: 'CANCELLED' }, at('2026-06-01T02:00:00.000Z'))?.message).toBe('这个开放日不在进行中，不能签到。');
  });

  it('is for seat holders only, each told why not', () => {
    expect(rules.seatRefusal(registration())).toBeNull();
    expect(rules.seatRefusal(registration({ status: 'SELECTED' }))).toBeNull();
    expect(rules.seatRefusal(registration({ status: 'WAITLISTED' }))?.message).toBe('这位还在候补，没有名额，不能签到。');
    expect(rules.seatRefusal(registration({ status: 'APPLIED' }))?.message).toBe('这位还没有抽中，不能签到。');
    expect(rules.seatRefusal(registration({ status: 'CANCELLED' }))?.message).toBe('这条报名已经取消，不能签到。');
  });
});

describe('the questionnaire', () => {
  const after = at('2026-06-02T00:00:00.000Z');

  it('is for those who checked in, or held a seat at an online event once it began, for 30 days after the end', () => {
    expect(() => rules.assertMayAnswerQuestionnaire(open, registration({ checkedInAt: '2026-06-01T01:00:00.000Z' }), after)).not.toThrow();
    const online = { ...open, venue: null, liveUrl: 'https://live.example.cn/1' };
    expect(() => rules.assertMayAnswerQuestionnaire(online, registration(), at('2026-06-01T01:30:00.000Z'))).not.toThrow();
    expect(() => rules.assertMayAnswerQuestionnaire(online, registration(), at('2026-06-01T01:29:59.999Z'))).toThrow('问卷只请参加了这次开放日（已签到）的居民填写。');
    expect(() => rules.assertMayAnswerQuestionnaire(online, registration({ status: 'WAITLISTED' }), after)).toThrow('问卷只请参加了这次开放日（已签到）的居民填写。');
    expect(() => rules.assertMayAnswerQuestionnaire(open, registration({ checkedInAt: '2026-06-01T01:00:00.000Z' }), at('2026-07-01T04:00:00.001Z'))).toThrow('这次开放日的问卷已经截止了。');
  });

  it('refuses someone who did not come, or never signed up, with FORBIDDEN', () => {
    for (const who of [registration(), null]) {
      expect(() => rules.assertMayAnswerQuestionnaire(open, who, after)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    }
  });

  it('takes the same answers again as a retry, and refuses different ones', () => {
    const first = { satisfaction: 'VERY_SATISFIED' as const, useful: '讲解清楚', suggestions: null, submittedAt: '2026-06-02T00:00:00.000Z' };
    expect(rules.secondQuestionnaireRefusal(first, { satisfaction: 'VERY_SATISFIED' as const, useful: '讲解清楚', suggestions: null })).toBeNull();
    expect(messageOf(rules.secondQuestionnaireRefusal(first, { satisfaction: 'SATISFIED' as const, useful: '讲解清楚', suggestions: null }))).toEqual(['CONFLICT', '您已经填过这次开放日的问卷了，谢谢！']);
  });
});

describe('what staff may do', () => {
  it('shows an OPEN or CLOSED event whose end has passed as HELD, and lets its summary be published only then', () => {
    expect(rules.displayStatus(open, at('2026-06-01T03:59:59.999Z'))).toBe('OPEN');
    expect(rules.displayStatus(open, at('2026-06-01T04:00:00.000Z'))).toBe('HELD');
    expect(rules.displayStatus({ ...open, status: 'CANCELLED' }, at('2026-07-01T00:00:00.000Z'))).toBe('CANCELLED');
    expect(rules.summaryRefusal(open, at('2026-06-01T03:00:00.000Z'))?.message).toBe('开放日结束后才能发布意见采纳情况。');
    expect(rules.summaryRefusal({ ...open, status: 'CLOSED' }, at('2026-06-01T04:00:00.000Z'))).toBeNull();
  });

  it('publishes a draft only while its sign-up window has not closed', () => {
    const draft = { ...open, status: 'DRAFT' as const };
    expect(rules.publishRefusal(draft, at('2026-05-19T00:00:00.000Z'))).toBeNull();
    expect(messageOf(rules.publishRefusal(draft, at('2026-05-20T00:00:00.000Z')))).toEqual(['BAD_USER_INPUT', '报名截止时间已经过了，请先修改时间再发布。']);
    expect(rules.statusChangeRefusal({ ...open, status: 'CANCELLED' }).message).toBe('开放日已经取消。');
  });

  it('draws once, for a DRAW event whose sign-up has closed', () => {
    const draw = { ...open, selectionMode: 'DRAW' as const };
    expect(messageOf(rules.drawRefusal({ ...draw, drawnAt: '2026-05-21T00:00:00.000Z' }))).toEqual(['CONFLICT', '这个开放日已经抽过签了。']);
    expect(rules.drawRefusal(open).message).toBe('这个开放日是先到先得，不用抽签。');
    expect(rules.drawRefusal({ ...draw, status: 'DRAFT' }).message).toBe('开放日还没有发布。');
    expect(rules.drawRefusal({ ...draw, status: 'CANCELLED' }).message).toBe('开放日已经取消了。');
    expect(rules.drawRefusal(draw).message).toBe('报名还没有截止，截止后才能抽签。');
  });

  it('says why a change was refused: changed meanwhile, cancelled, a draw running, the mode, or seats already taken', () => {
    const changed = { ...details, capacity: 1 };
    expect(messageOf(rules.updateRefusal(open, { ...open, version: 2 }, changed))).toEqual(['CONFLICT', '这个开放日刚被别人改过，请刷新后再改。']);
    expect(rules.updateRefusal(open, { ...open, status: 'CANCELLED' }, changed).message).toBe('开放日已经取消，不能再修改。');
    expect(rules.updateRefusal(open, { ...open, drawSeed: 'seed' }, changed).extensions).toMatchObject({ field: 'capacity' });
    expect(rules.updateRefusal(open, open, { ...details, selectionMode: 'DRAW' }).extensions).toMatchObject({ field: 'selectionMode' });
    expect(rules.updateRefusal(open, { ...open, seatsLeft: 0 }, changed).message).toBe('已经有 2 人报名成功，名额不能少于 2。');
  });
});
