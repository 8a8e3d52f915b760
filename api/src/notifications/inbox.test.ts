import { codeOf, createTestApi, residentToken, type TestApi } from '../../../test/support/test-app';

// 我的消息 against DynamoDB Local: whatever a feature sends through the notifier is kept, newest
// first, read and unread, paged, and only its resident sees or opens it.

const PAGE = `query($after: String) { myMessages(first: 2, after: $after) { edges { node { id heading title when detail read forResident } } pageInfo { hasNextPage endCursor } } unreadMessageCount }`;
const OPEN = `mutation($id: ID!) { openMessage(id: $id) { id read } }`;

type Page = {
  myMessages: { edges: Array<{ node: { id: string; heading: string; title: string; when: string | null; detail: string | null; read: boolean; forResident: string | null } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  unreadMessageCount: number;
};

let api: TestApi;
let wang: string;
let li: string;

beforeAll(async () => {
  api = await createTestApi();
  [wang, li] = [await residentToken(api, 'inbox-wang'), await residentToken(api, 'inbox-li')];
  const send = (template: string, data: Record<string, string>, page?: string) => api.app.notifier.send({ residentId: 'inbox-wang', template, data, page });
  await send('EVENT_CONFIRMED', { title: '养老服务政策开放日', startsAt: '2026-12-10 09:30', place: '区民政局三楼', checkInCode: 'K7M2PQ' }, 'pages/events/detail/index?id=abc');
  await send('RATING_REPLIED', { title: '高龄津贴申领', outcome: '已整改', note: '已为您补发' });
  await send('CONSULTATION_ANSWERED', { department: '区民政局', answer: '可以在街道办理。' });
});
afterAll(() => api.close());

it('keeps every message a feature sends, newest first, two to a page, all unread', async () => {
  const first = (await api.run<Page>(PAGE, {}, { token: wang })).data!;
  expect(first.unreadMessageCount).toBe(3);
  expect(first.myMessages.edges.map((edge) => edge.node)).toEqual([
    expect.objectContaining({ heading: '您的留言有了答复', title: '区民政局', detail: '可以在街道办理。', read: false, forResident: null }),
    expect.objectContaining({ heading: '您的差评有了答复', title: '高龄津贴申领', detail: '已整改 · 已为您补发' }),
  ]);
  expect(first.myMessages.pageInfo.hasNextPage).toBe(true);
  const second = (await api.run<Page>(PAGE, { after: first.myMessages.pageInfo.endCursor }, { token: wang })).data!;
  expect(second.myMessages.edges.map((edge) => edge.node)).toEqual([
    expect.objectContaining({ heading: '开放日报名成功', title: '养老服务政策开放日', when: '2026-12-10T09:30:00+08:00', detail: '区民政局三楼 · 签到码 K7M2PQ' }),
  ]);
  expect(second.myMessages.pageInfo.hasNextPage).toBe(false);
});

it('marks a message read when its resident opens it, and the badge goes down once', async () => {
  const [newest] = (await api.run<Page>(PAGE, {}, { token: wang })).data!.myMessages.edges;
  expect((await api.run(OPEN, { id: newest!.node.id }, { token: wang })).data).toEqual({ openMessage: { id: newest!.node.id, read: true } });
  expect((await api.run(OPEN, { id: newest!.node.id }, { token: wang })).errors).toBeUndefined();
  expect((await api.run<Page>(PAGE, {}, { token: wang })).data!.unreadMessageCount).toBe(2);
});

it("shows nobody else's messages: another resident finds none, opens none, and a made-up id is not found", async () => {
  const [newest] = (await api.run<Page>(PAGE, {}, { token: wang })).data!.myMessages.edges;
  expect((await api.run<Page>(PAGE, {}, { token: li })).data).toEqual({ myMessages: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } }, unreadMessageCount: 0 });
  expect(codeOf((await api.run(OPEN, { id: newest!.node.id }, { token: li })).errors)).toBe('NOT_FOUND');
  expect(codeOf((await api.run(OPEN, { id: 'INBOX#inbox-wang' }, { token: wang })).errors)).toBe('NOT_FOUND');
  expect(codeOf((await api.run(PAGE, {})).errors)).toBe('UNAUTHENTICATED');
});
