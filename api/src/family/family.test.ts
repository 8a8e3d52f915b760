import { codeOf, createTestApi, signInStaff, type TestApi } from '../../../test/support/test-app';
import { DAY, eventInput, openEventFor } from '../events/event-test-support';

// 亲友帮办 against DynamoDB Local: consent (nothing reaches the helper before the resident
// confirms), its limits (only copies and open-day sign-ups, in the resident's name and by the
// resident's rules), and its ending by either side.

const LINK = `id role state otherName code activity { kind by detail }`;
const INVITE = `mutation($name: String!) { inviteFamilyHelper(name: $name) { ${LINK} } }`;
const ACCEPT = `mutation($code: String!, $name: String!) { acceptFamilyInvitation(code: $code, name: $name) { ${LINK} } }`;
const CONFIRM = `mutation($id: ID!) { confirmFamilyHelper(linkId: $id) { ${LINK} } }`;
const END = `mutation($id: ID!) { endFamilyLink(linkId: $id) { ${LINK} } }`;
const LINKS = `{ myFamilyLinks { ${LINK} } }`;
const SIGN_UP = `mutation($id: ID!, $event: ID!, $input: FamilySignUpInput!) { signUpForFamily(linkId: $id, eventId: $event, input: $input) { status eventTitle } }`;
const MESSAGES = `{ myMessages(first: 20) { edges { node { heading title forResident } } } }`;

type Link = { id: string; role: string; state: string; otherName: string | null; code: string | null; activity: Array<{ kind: string; by: string; detail: string | null }> };

let api: TestApi;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
const as = (who: string) => ({ token: t[who] });
const messagesOf = async (who: string) =>
  (await api.run<{ myMessages: { edges: Array<{ node: { heading: string; title: string; forResident: string | null } }> } }>(MESSAGES, {}, as(who))).data!.myMessages.edges.map((e) => e.node);
const remind = (title: string) => api.app.notifier.send({ residentId: ids.mother!, template: 'EVENT_REMINDER', data: { title, startsAt: '2026-12-10 09:30', place: '区民政局' } });

let link: Link;
let eventId: string;

beforeAll(async () => {
  api = await createTestApi();
  for (const who of ['mother', 'son', 'stranger', 'busy', 'h1', 'h2', 'h3', 'h4']) {
    ids[who] = (await api.app.stores.identity.signInResident({ openid: `fam-${who}`, sessionKey: 'test' })).id;
    t[who] = (await api.app.sessions.issue({ kind: 'resident', residentId: ids[who]! })).token;
  }
  const staff = await signInStaff(api);
  eventId = await openEventFor(api, staff.civilAffairs, eventInput(api.app.now()));
  await api.app.stores.identity.rememberPhone(ids.son!, '13800000001');
});
afterAll(() => api.close());

describe('consent', () => {
  it('gives the resident a code to share, the same one on a second tap', async () => {
    const first = (await api.run<{ inviteFamilyHelper: Link }>(INVITE, { name: '王秀英' }, as('mother'))).data!.inviteFamilyHelper;
    const again = (await api.run<{ inviteFamilyHelper: Link }>(INVITE, { name: '王秀英' }, as('mother'))).data!.inviteFamilyHelper;
    expect(first).toMatchObject({ role: 'RESIDENT', state: 'INVITED', otherName: null, code: expect.stringMatching(/^[2-9A-Z]{8}$/u) });
    expect(again.id).toBe(first.id);
    link = first;
  });

  it('refuses the resident their own code and a wrong one', async () => {
    expect(codeOf((await api.run(ACCEPT, { code: link.code, name: '王强' }, as('mother'))).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.run(ACCEPT, { code: 'ABCDEFGH', name: '王强' }, as('son'))).errors)).toBe('NOT_FOUND');
  });

  it('shares nothing once the helper entered the code, until the resident confirms', async () => {
    const accepted = (await api.run<{ acceptFamilyInvitation: Link }>(ACCEPT, { code: link.code!.toLowerCase(), name: '王强' }, as('son'))).data!.acceptFamilyInvitation;
    expect(accepted).toMatchObject({ role: 'HELPER', state: 'ACCEPTED', otherName: '王*英', code: null });
    expect(codeOf((await api.run(ACCEPT, { code: link.code, name: '王强' }, as('stranger'))).errors)).toBe('NOT_FOUND');
    await remind('养老政策开放日（未确认时）');
    expect(await messagesOf('son')).toEqual([]);
    expect(codeOf((await api.run(SIGN_UP, { id: link.id, event: eventId, input: { name: '王秀英', phone: '13900000002' } }, as('son'))).errors)).toBe('FORBIDDEN');
    // Only the resident confirms; a stranger does not even find the link.
    expect(codeOf((await api.run(CONFIRM, { id: link.id }, as('son'))).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(CONFIRM, { id: link.id }, as('stranger'))).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(END, { id: link.id }, as('stranger'))).errors)).toBe('NOT_FOUND');
  });

  it("copies the resident's reminders and replies to the helper once confirmed, never their 政策找人 news", async () => {
    const confirmed = (await api.run<{ confirmFamilyHelper: Link }>(CONFIRM, { id: link.id }, as('mother'))).data!.confirmFamilyHelper;
    expect(confirmed).toMatchObject({ state: 'ACTIVE', otherName: '王*' });
    await remind('养老政策开放日');
    await api.app.notifier.send({ residentId: ids.mother!, template: 'SUBSCRIPTION_PUBLISHED', data: { title: '高龄津贴通知', kind: '新政策' }, publication: 'POLICY:family-test' });
    expect(await messagesOf('son')).toEqual([{ heading: '开放日明天举行', title: '养老政策开放日', forResident: '王*英' }]);
    expect((await messagesOf('mother')).map((m) => m.title)).toEqual(['高龄津贴通知', '养老政策开放日', '养老政策开放日（未确认时）']);
  });
});

describe("the helper's sign-up", () => {
  it("signs the resident up in the resident's name and with the resident's phone, never the helper's", async () => {
    const ownPhone = await api.run(SIGN_UP, { id: link.id, event: eventId, input: { name: '王秀英', phone: '13800000001' } }, as('son'));
    expect(codeOf(ownPhone.errors)).toBe('BAD_USER_INPUT');
    const signedUp = await api.run(SIGN_UP, { id: link.id, event: eventId, input: { name: '王秀英', phone: '13900000002' } }, as('son'));
    expect(signedUp.data).toEqual({ signUpForFamily: { status: 'CONFIRMED', eventTitle: '养老服务补贴政策开放日' } });
    const registration = await api.app.stores.registrations.get(eventId, ids.mother!, true);
    expect(registration).toMatchObject({ residentId: ids.mother!, name: '王秀英', phone: '13900000002', status: 'CONFIRMED' });
    expect(await api.app.stores.registrations.get(eventId, ids.son!, true)).toBeNull();
  });

  it('holds the resident to one seat, tells both, and shows the resident what the helper did', async () => {
    await api.run(SIGN_UP, { id: link.id, event: eventId, input: { name: '王秀英' } }, as('son'));
    expect((await api.app.stores.events.get(eventId, true))?.seatsLeft).toBe(2);
    expect((await messagesOf('son'))[0]).toEqual({ heading: '开放日报名成功', title: '养老服务补贴政策开放日', forResident: '王*英' });
    expect((await messagesOf('mother'))[0]).toMatchObject({ heading: '开放日报名成功', forResident: null });
    const [mine] = (await api.run<{ myFamilyLinks: Link[] }>(LINKS, {}, as('mother'))).data!.myFamilyLinks;
    expect(mine!.activity.map((a) => [a.kind, a.by])).toEqual([
      ['INVITED', 'RESIDENT'],
      ['ACCEPTED', 'HELPER'],
      ['CONFIRMED', 'RESIDENT'],
      ['SIGNED_UP', 'HELPER'],
      ['SIGNED_UP', 'HELPER'],
    ]);
    expect(mine!.activity[3]!.detail).toBe('养老服务补贴政策开放日（已报上）');
    expect((await api.app.audit.trail('family', link.id)).map((r) => r.action)).toEqual(expect.arrayContaining(['family.accept', 'family.confirm', 'family.signUp']));
  });
});

describe('limits and ending', () => {
  it('lets a resident have three helpers at most, open invitations counted, and a code work for 24 hours', async () => {
    for (const helper of ['h1', 'h2', 'h3']) {
      const { code } = (await api.run<{ inviteFamilyHelper: Link }>(INVITE, { name: '李大爷' }, as('busy'))).data!.inviteFamilyHelper;
      expect((await api.run(ACCEPT, { code, name: '小李' }, as(helper))).errors).toBeUndefined();
    }
    expect(codeOf((await api.run(INVITE, { name: '李大爷' }, as('busy'))).errors)).toBe('CONFLICT');
    const { code } = (await api.run<{ inviteFamilyHelper: Link }>(INVITE, { name: '张阿姨' }, as('stranger'))).data!.inviteFamilyHelper;
    const later = new Date(api.app.now().getTime() + DAY + 1000);
    const now = api.app.now;
    api.app.now = () => later;
    try {
      expect(codeOf((await api.run(ACCEPT, { code, name: '小张' }, as('h4'))).errors)).toBe('NOT_FOUND');
    } finally {
      api.app.now = now;
    }
  });

  it('ends when the helper ends it: no more copies, no more sign-ups, gone from both lists', async () => {
    const ended = (await api.run<{ endFamilyLink: Link }>(END, { id: link.id }, as('son'))).data!.endFamilyLink;
    expect(ended.state).toBe('ENDED');
    const before = (await messagesOf('son')).length;
    await remind('结束之后的提醒');
    expect((await messagesOf('son')).length).toBe(before);
    expect(codeOf((await api.run(SIGN_UP, { id: link.id, event: eventId, input: { name: '王秀英' } }, as('son'))).errors)).toBe('FORBIDDEN');
    expect((await api.run(LINKS, {}, as('son'))).data).toEqual({ myFamilyLinks: [] });
    expect((await api.run(LINKS, {}, as('mother'))).data).toEqual({ myFamilyLinks: [] });
  });
});
