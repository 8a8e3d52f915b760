import { fakeAccessTokens, startFakeWeChat } from '../../../test/support/fake-wechat';
import { EVENT_NOTIFICATIONS } from '../events/event-notifications';
import { createWeChatNotifier, WeChatSendError } from './wechat-notifier';

// A local server that answers like WeChat's /cgi-bin/token and /cgi-bin/message/subscribe/send.
let wechat: Awaited<ReturnType<typeof startFakeWeChat>>;
let base: string;
const tokens = fakeAccessTokens('wx-app', 'wx-secret');
const sent: Array<{ token: string | null; body: Record<string, unknown> }> = [];
let nextSendAnswers: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  wechat = await startFakeWeChat(({ method, path, params, body }) => {
    if (path === '/cgi-bin/token') return tokens.answer(params);
    if (path === '/cgi-bin/message/subscribe/send' && method === 'POST') {
      sent.push({ token: params.get('access_token'), body: body as Record<string, unknown> });
      return nextSendAnswers.shift() ?? { errcode: 0, errmsg: 'ok' };
    }
    return undefined;
  });
  base = wechat.base;
});
afterAll(() => wechat.close());
beforeEach(() => {
  sent.length = 0;
  nextSendAnswers = [];
});

const notifier = () =>
  createWeChatNotifier({
    wechat: { appId: 'wx-app', appSecret: 'wx-secret', apiBase: base },
    templates: { EVENT_CONFIRMED: 'tmpl-confirmed', EVENT_REMINDER: 'tmpl-reminder' },
    fields: EVENT_NOTIFICATIONS,
    openidOf: async (residentId) => (residentId === 'wang' ? 'openid-wang' : null),
  });

const confirmed = {
  residentId: 'wang',
  template: 'EVENT_CONFIRMED' as const,
  data: { title: '区民政局养老服务补贴政策开放日（第二场）现场答疑', startsAt: '2026-06-01 09:30', place: '示例区人民路 1 号', checkInCode: 'K7M2PQ' },
  page: 'pages/events/detail/index?id=0123456789ab',
};

describe('WeChat subscribe messages', () => {
  it('posts the template with the resident’s openid, the data keys of the template and values WeChat accepts', async () => {
    const n = notifier();
    await n.send(confirmed);
    await n.send({ ...confirmed, template: 'EVENT_REMINDER' });
    expect(sent.length).toBe(2);
    expect(sent[0]!.token).toBe(sent[1]!.token); // one access token for both
    expect(sent[0]!.body).toEqual({
      touser: 'openid-wang',
      template_id: 'tmpl-confirmed',
      page: 'pages/events/detail/index?id=0123456789ab',
      miniprogram_state: 'formal',
      lang: 'zh_CN',
      data: {
        thing1: { value: '区民政局养老服务补贴政策开放日（第二场…' },
        time2: { value: '2026-06-01 09:30' },
        thing3: { value: '示例区人民路 1 号' },
        character_string4: { value: 'K7M2PQ' },
      },
    });
    expect(Array.from((sent[0]!.body.data as Record<string, { value: string }>).thing1!.value).length).toBeLessThanOrEqual(20);
  });

  it('fetches a new access token when WeChat says the old one expired, and sends once more', async () => {
    const n = notifier();
    await n.send(confirmed);
    nextSendAnswers = [{ errcode: 42001, errmsg: 'access_token expired' }];
    await n.send(confirmed);
    expect(sent.length).toBe(3);
    expect(sent[2]!.token).not.toBe(sent[1]!.token);
  });

  it('takes "not subscribed" (43101) calmly and reports other refusals as errors', async () => {
    nextSendAnswers = [{ errcode: 43101, errmsg: 'user refuse to accept the msg' }];
    await expect(notifier().send(confirmed)).resolves.toBeUndefined();
    nextSendAnswers = [{ errcode: 47003, errmsg: 'argument invalid! data.thing1.value' }];
    await expect(notifier().send(confirmed)).rejects.toBeInstanceOf(WeChatSendError);
  });

  it('sends nothing for a template without a configured id, and refuses a resident without an openid', async () => {
    await notifier().send({ ...confirmed, template: 'EVENT_CANCELLED' });
    expect(sent).toEqual([]);
    await expect(notifier().send({ ...confirmed, residentId: 'nobody' })).rejects.toThrow('no openid');
  });
});
