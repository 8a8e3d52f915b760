import { codeOf, createTestApi, createTestStaff, residentToken, signInStaff, type TestApi } from '../../../test/support/test-app';
import { createProject, renovation } from '../../../test/projects-support';
import type { NotificationMessage } from '../notifications/notifier';
import { createOutboxStore } from '../notifications/outbox-store';
import { topicsOfOpenDayTheme } from '@govopen/shared';
import { eventInput, openEventFor } from '../events/event-test-support';
import { tellSubscribers } from './subscription-delivery';

// 政策找人 against DynamoDB Local: subscribing, a 老年人 policy telling its subscribers once, reach;
// many subscribers told a few at a time, each once, however the runs overlap; the departments one may
// follow, and a followed department's new project.

const SAVE = `mutation($input: SubscriptionsInput!) { saveSubscriptions(input: $input) { topics groups departments version } }`;
const MINE = `{ mySubscriptions { groups version } }`;
const PUBLISH = `mutation($input: PolicyInput!) { publishPolicy(input: $input) { id targetGroups } }`;
const UPDATE = `mutation($id: ID!, $input: PolicyInput!, $version: Int!) { updatePolicy(id: $id, input: $input, version: $version) { id } }`;
const MESSAGES = `{ myMessages(first: 10) { edges { node { id heading title detail read page } } } unreadMessageCount }`;
const OPEN = `mutation($id: ID!) { openMessage(id: $id) { read } }`;
const REACH = `query($id: ID!) { policy(id: $id) { reach { told opened } } }`;

type Inbox = { myMessages: { edges: Array<{ node: { id: string; heading: string; title: string; detail: string | null; read: boolean; page: string } }> }; unreadMessageCount: number };

const elderlyCare = {
  title: '区民政局关于发放2026年高龄津贴的通知',
  body: '各街道：\n一、发放对象\n年满八十周岁的本区户籍老年人。\n二、发放标准\n80至89周岁每人每月100元。',
};

let api: TestApi;
let staff: Awaited<ReturnType<typeof signInStaff>>;
const residents: Record<string, string> = {};
const subscribe = (who: string, groups: string[], version: number, topics: string[] = []) =>
  api.run<{ saveSubscriptions: { version: number } }>(SAVE, { input: { topics, groups, departments: [], version } }, { token: residents[who] });
const inboxOf = async (who: string) => (await api.run<Inbox>(MESSAGES, {}, { token: residents[who] })).data!;

beforeAll(async () => {
  api = await createTestApi();
  staff = await signInStaff(api);
  for (const who of ['wang', 'li', 'zhao']) residents[who] = await residentToken(api, `sub-${who}`);
});
afterAll(() => api.close());

describe('subscribing', () => {
  it('keeps what a resident chose, refuses a group that does not exist, and a change made meanwhile elsewhere', async () => {
    expect((await subscribe('wang', ['老年人', '老年人'], 0)).data!.saveSubscriptions).toMatchObject({ groups: ['老年人'], version: 1 });
    expect((await api.run<{ mySubscriptions: unknown }>(MINE, {}, { token: residents.wang })).data!.mySubscriptions).toEqual({ groups: ['老年人'], version: 1 });
    expect(codeOf((await subscribe('wang', ['外星人'], 1)).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await subscribe('wang', ['残疾人'], 0)).errors)).toBe('CONFLICT');
    expect(codeOf((await api.run(MINE)).errors)).toBe('UNAUTHENTICATED');
  });
});

describe('a 老年人 policy', () => {
  let policyId: string;

  beforeAll(async () => {
    await subscribe('li', ['老年人'], 0);
    await subscribe('li', [], 1); // li unsubscribed again
    await subscribe('zhao', [], 0, ['教育']);
    const published = await api.run<{ publishPolicy: { id: string; targetGroups: string[] } }>(PUBLISH, { input: elderlyCare }, { token: staff.civilAffairs });
    policyId = published.data!.publishPolicy.id;
    expect(published.data!.publishPolicy.targetGroups).toContain('老年人');
  });

  it('tells its subscriber once, in 我的消息 and outside, and nobody who unsubscribed or chose other things', async () => {
    expect(await tellSubscribers(api.app)).toBe(1);
    const wang = await inboxOf('wang');
    expect(wang.unreadMessageCount).toBe(1);
    expect(wang.myMessages.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ heading: '您订阅的内容有新发布', title: elderlyCare.title, detail: expect.stringContaining('新政策'), read: false, page: `pages/policy/detail/index?id=${policyId}` }),
    ]);
    const outside = await createOutboxStore(api.app.dynamo, api.app.now).messagesFor('sub-wang');
    expect(outside.map((message) => [message.template, message.page])).toEqual([['SUBSCRIPTION_PUBLISHED', `pages/messages/inbox/index?open=${wang.myMessages.edges[0]!.node.id}`]]);
    expect((await inboxOf('li')).myMessages.edges).toEqual([]);
    expect((await inboxOf('zhao')).myMessages.edges).toEqual([]);
  });

  it('tells nobody again on an edit, nor when delivery runs again', async () => {
    expect((await api.run(UPDATE, { id: policyId, input: { ...elderlyCare, body: `${elderlyCare.body}\n三、本通知自发布之日起施行。` }, version: 1 }, { token: staff.civilAffairs })).errors).toBeUndefined();
    expect(await tellSubscribers(api.app)).toBe(0);
    expect((await inboxOf('wang')).myMessages.edges.length).toBe(1);
  });

  it('shows its department how many were told and opened it, counting an opening once, and nobody else', async () => {
    const reach = async (token?: string) => (await api.run<{ policy: { reach: unknown } }>(REACH, { id: policyId }, { token })).data!.policy.reach;
    expect(await reach(staff.civilAffairs)).toEqual({ told: 1, opened: 0 });
    const [message] = (await inboxOf('wang')).myMessages.edges;
    for (let i = 0; i < 2; i += 1) expect((await api.run(OPEN, { id: message!.node.id }, { token: residents.wang })).data).toEqual({ openMessage: { read: true } });
    expect(await reach(staff.civilAffairs)).toEqual({ told: 1, opened: 1 });
    expect(await reach(staff.admin)).toEqual({ told: 1, opened: 1 });
    expect(await reach(staff.finance)).toBeNull();
    expect(await reach(residents.wang)).toBeNull();
    expect((await inboxOf('wang')).unreadMessageCount).toBe(0);
  });

  it('shows the same counts for every row of a staff list, read in one batch per kind of item rather than row by row', async () => {
    const other = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: { ...elderlyCare, title: '区民政局关于2026年老年人助餐服务的通知' } }, { token: staff.civilAffairs });
    const otherId = other.data!.publishPolicy.id;
    const send = jest.spyOn(api.app.dynamo.doc, 'send');
    const list = await api.run<{ policies: { edges: Array<{ node: { id: string; reach: unknown } }> } }>(`{ policies(first: 20) { edges { node { id reach { told opened } } } } }`, {}, { token: staff.civilAffairs });
    const reads = send.mock.calls.map(([command]) => command as { constructor: { name: string }; input: { Key?: { pk: string }; RequestItems?: Record<string, { Keys: Array<{ pk: string }> }> } });
    send.mockRestore();
    // The published-but-undelivered one has no reach yet: zero, as a single read said before.
    const rows = new Map(list.data!.policies.edges.map(({ node }) => [node.id, node.reach]));
    expect([rows.get(policyId), rows.get(otherId)]).toEqual([{ told: 1, opened: 1 }, { told: 0, opened: 0 }]);
    const singleReads = reads.filter((command) => command.constructor.name === 'GetCommand' && /^(REACH|PUBLICATION)#/u.test(command.input.Key?.pk ?? ''));
    expect(singleReads).toEqual([]);
    const batches = reads.filter((command) => command.constructor.name === 'BatchGetCommand' && Object.values(command.input.RequestItems ?? {}).some((r) => r.Keys.some((key) => /^(REACH|PUBLICATION)#/u.test(key.pk))));
    expect(batches).toHaveLength(2);
    await tellSubscribers(api.app); // the second policy's news, so that later tests start with nothing to deliver
  });
});

describe('a draft for comment', () => {
  const PUBLISH_DRAFT = `mutation($input: PublishDraftInput!) { publishDraft(input: $input) { id } }`;
  const draft = { title: '关于调整高龄津贴发放标准的决定（征求意见稿）', explanation: '为做好高龄老人关爱工作，起草了本决定。', sections: [{ heading: '第一条 发放标准', text: '80至89周岁每人每月100元。' }] };

  it("tells its department's and its group's subscribers once, a double tap on 发布 included, and nobody else", async () => {
    expect((await api.run(SAVE, { input: { topics: ['教育'], groups: [], departments: ['区民政局'], version: 1 } }, { token: residents.zhao })).errors).toBeUndefined();
    const taps = await Promise.all([1, 2].map(() => api.run<{ publishDraft: { id: string } }>(PUBLISH_DRAFT, { input: draft }, { token: staff.civilAffairs })));
    const ids = new Set(taps.map((tap) => tap.data!.publishDraft.id));
    expect(ids.size).toBe(1);
    expect(await tellSubscribers(api.app)).toBe(2); // zhao by the department, wang by 老年人
    expect(await tellSubscribers(api.app)).toBe(0);
    expect((await inboxOf('zhao')).myMessages.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ title: draft.title, detail: expect.stringContaining('意见征集'), page: `pages/drafts/detail/index?id=${[...ids][0]}` }),
    ]);
    // wang subscribed to 老年人 only: a draft on 高龄津贴 is read as meant for them, as a policy would be.
    expect((await inboxOf('wang')).myMessages.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ title: draft.title }));
    expect((await inboxOf('li')).myMessages.edges).toEqual([]);
  });
});

describe('an open day', () => {
  it('reaches subscribers of the topics its theme is news for (民生保障 → 养老服务), in the one topic vocabulary, and nobody else', async () => {
    for (const who of ['sun', 'qian']) residents[who] = await residentToken(api, `sub-${who}`);
    expect((await subscribe('sun', [], 0, ['养老服务'])).errors).toBeUndefined();
    expect((await subscribe('qian', [], 0, ['农业农村'])).errors).toBeUndefined();
    const id = await openEventFor(api, staff.civilAffairs, eventInput(api.app.now(), { theme: '民生保障', title: '走进民政局：居家养老服务开放日' }));
    await tellSubscribers(api.app);
    expect((await inboxOf('sun')).myMessages.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ title: '走进民政局：居家养老服务开放日', page: `pages/events/detail/index?id=${id}` }),
    ]);
    expect((await inboxOf('qian')).myMessages.edges).toEqual([]);
  });

  it('whose theme is itself a topic reaches that topic', () => {
    expect(topicsOfOpenDayTheme('养老服务')).toEqual(['养老服务']);
    expect(topicsOfOpenDayTheme('教育医疗')).toEqual(['教育', '医疗卫生']);
    expect(topicsOfOpenDayTheme('社区议事')).toEqual([]);
  });
});

describe('a publication with many subscribers', () => {
  const CROWD = Array.from({ length: 23 }, (_, i) => `sub-crowd-${i}`);
  const disability = (title: string) => ({ title, body: '各街道：\n一、发放对象\n持有残疾人证的本区户籍残疾人。\n二、发放标准\n困难残疾人生活补贴每人每月100元。' });

  /** The app with its notifier counting how many messages are on their way at once (the real notifier sends them). */
  function counted() {
    const gauge = { now: 0, most: 0 };
    const send = async (message: NotificationMessage) => {
      gauge.most = Math.max(gauge.most, (gauge.now += 1));
      try {
        return await api.app.notifier.send(message);
      } finally {
        gauge.now -= 1;
      }
    };
    return { gauge, app: { ...api.app, notifier: { ...api.app.notifier, send } } };
  }

  /** For each of the crowd: how many of their messages in 我的消息, and of those sent outside, are about `title`. */
  async function timesTold(title: string): Promise<number[][]> {
    const outbox = createOutboxStore(api.app.dynamo, api.app.now);
    return Promise.all(
      CROWD.map(async (residentId) => {
        const token = await residentToken(api, residentId);
        const inbox = (await api.run<Inbox>(MESSAGES, {}, { token })).data!.myMessages.edges.filter((edge) => edge.node.title === title);
        const outside = (await outbox.messagesFor(residentId)).filter((message) => message.data.title === title);
        return [inbox.length, outside.length];
      }),
    );
  }

  beforeAll(async () => {
    for (const residentId of CROWD) {
      const saved = await api.run(SAVE, { input: { topics: [], groups: ['残疾人'], departments: [], version: 0 } }, { token: await residentToken(api, residentId) });
      expect(saved.errors).toBeUndefined();
    }
  });

  it('tells them a few at a time rather than one after the other, each once', async () => {
    const title = '区财政局关于发放2026年困难残疾人生活补贴的通知';
    expect((await api.run(PUBLISH, { input: disability(title) }, { token: staff.finance })).errors).toBeUndefined();
    const { gauge, app } = counted();
    expect(await tellSubscribers(app)).toBeGreaterThanOrEqual(CROWD.length);
    expect(gauge.most).toBeGreaterThan(1);
    expect(gauge.most).toBeLessThanOrEqual(5);
    expect(await timesTold(title)).toEqual(CROWD.map(() => [1, 1]));
    expect(await tellSubscribers(app)).toBe(0);
  });

  it('tells nobody twice when two deliveries overlap (the 5-minute run meeting the hourly one)', async () => {
    const title = '区财政局关于发放2026年重度残疾人护理补贴的通知';
    const published = await api.run<{ publishPolicy: { id: string } }>(PUBLISH, { input: disability(title) }, { token: staff.finance });
    const runs = await Promise.all([tellSubscribers(api.app), tellSubscribers(api.app)]);
    expect(await timesTold(title)).toEqual(CROWD.map(() => [1, 1]));
    const reach = await api.run<{ policy: { reach: { told: number } } }>(REACH, { id: published.data!.publishPolicy.id }, { token: staff.finance });
    expect(reach.data!.policy.reach.told).toBe(CROWD.length);
    // Each run counts only those it told itself: together, the reach.
    expect(runs[0] + runs[1]).toBe(CROWD.length);
    expect(await tellSubscribers(api.app)).toBe(0);
  });
});

describe('the departments a resident may follow', () => {
  const OPTIONS = `{ subscriptionOptions { departments } }`;
  const HEALTH = '区卫生健康局';
  const MEDICAL_INSURANCE = '区医疗保障局';
  const departments = async (token: string) => (await api.run<{ subscriptionOptions: { departments: string[] } }>(OPTIONS, {}, { token })).data!.subscriptionOptions.departments;

  beforeAll(async () => {
    residents.zhou = await residentToken(api, 'sub-zhou');
  });

  it('are the district office and every department that published something residents see, with or without staff accounts, read in one Query', async () => {
    // 区卫生健康局 and 区医疗保障局 have no staff account: the district office puts them on a project.
    expect(await departments(residents.zhou!)).not.toContain(HEALTH);
    await createProject(api, staff.admin, renovation({ title: '家庭医生签约服务扩面', leadDepartment: HEALTH, cooperatingDepartments: [MEDICAL_INSURANCE] }));
    // A department whose staff have published nothing is nothing to follow.
    await createTestStaff(api, 'tongji', 'DEPARTMENT_EDITOR', '区统计局');

    const send = jest.spyOn(api.app.dynamo.doc, 'send');
    const listed = await departments(residents.zhou!);
    const requests = send.mock.calls.map(([command]) => command.constructor.name);
    send.mockRestore();
    expect(listed[0]).toBe('区政府办公室');
    expect(listed).toEqual(expect.arrayContaining([HEALTH, MEDICAL_INSURANCE, '区民政局', '区财政局']));
    expect(listed).not.toContain('区统计局');
    expect(new Set(listed).size).toBe(listed.length);
    // Besides the session's read of the resident: one Query, never a Scan.
    expect(requests.filter((name) => name !== 'GetCommand')).toEqual(['QueryCommand']);
    expect(codeOf((await api.run(OPTIONS)).errors)).toBe('UNAUTHENTICATED');
  });

  it('are the only ones to follow: one written short is the one meant, a name nothing is published under is refused and nothing saved', async () => {
    const follow = (departments: string[]) => api.run<{ saveSubscriptions: { departments: string[] } }>(SAVE, { input: { topics: [], groups: [], departments, version: 0 } }, { token: residents.wu });
    residents.wu = await residentToken(api, 'sub-wu');
    for (const written of ['区养老局', '区统计局']) {
      const refused = await follow(['区民政局', written]);
      expect(refused.errors?.[0]).toMatchObject({ message: `没有找到“${written}”这个部门，请从列表中选择。`, extensions: { code: 'BAD_USER_INPUT', field: 'departments' } });
    }
    expect((await api.run<{ mySubscriptions: { version: number } }>(MINE, {}, { token: residents.wu })).data!.mySubscriptions.version).toBe(0);
    expect((await follow(['医保局', '区医疗保障局', '民政局'])).data!.saveSubscriptions.departments).toEqual([MEDICAL_INSURANCE, '区民政局']);
    // Unfollowed again, so later news is not wu's.
    expect((await api.run(SAVE, { input: { topics: [], groups: [], departments: [], version: 1 } }, { token: residents.wu })).errors).toBeUndefined();
  });

  it('tell whoever follows one of them of its new project, once, as a co-operating department too', async () => {
    await tellSubscribers(api.app); // whatever earlier tests left to deliver
    expect((await api.run(SAVE, { input: { topics: [], groups: [], departments: [MEDICAL_INSURANCE], version: 0 } }, { token: residents.zhou })).errors).toBeUndefined();
    const title = '医保服务站进社区';
    const { id } = await createProject(api, staff.admin, renovation({ title, leadDepartment: HEALTH, cooperatingDepartments: [MEDICAL_INSURANCE] }));
    expect(await tellSubscribers(api.app)).toBe(1);
    expect(await tellSubscribers(api.app)).toBe(0);
    expect((await inboxOf('zhou')).myMessages.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ heading: '您订阅的内容有新发布', title, detail: expect.stringContaining('民生实事'), page: `pages/projects/detail/index?id=${id}` }),
    ]);
  });
});
