import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { codeOf, createTestApi, createTestStaff, residentToken, setBeijingTime, signInStaff, type TestApi } from './support/test-app';

// 咨询留言 through the API, on DynamoDB Local. 2026: National Day holiday 10-01 to 10-07; Saturday
// 10-10 is worked (调休). A simple question is answered within 1 working day, a complex one within 5.

const FIELDS = `id department status question contactMobile complexReason isOverdue
  answerDeadline { date provisional } answer { text department onTime } ratings { satisfied reason }
  steps { kind note fromDepartment toDepartment }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { consultation(id: $id) { ${FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerConsultation(id: $id, answer: $answer) { ${FIELDS} } }`;
const TRANSFER = `mutation($id: ID!, $to: String!, $note: String!) { transferConsultation(id: $id, toDepartment: $to, note: $note) { ${FIELDS} } }`;
const COMPLEX = `mutation($id: ID!, $reason: String!) { markConsultationComplex(id: $id, reason: $reason) { ${FIELDS} } }`;
const RATE = `mutation($id: ID!, $satisfied: Boolean!, $reason: String) { rateConsultationAnswer(id: $id, satisfied: $satisfied, reason: $reason) { ${FIELDS} } }`;
const QUEUE = `query($filter: ConsultationQueueFilter) { consultationQueue(filter: $filter) { edges { node { id department isOverdue } } } }`;
const MINE = `query { myConsultations { edges { node { id question } } } }`;
const FAQS = `query($department: String) { frequentQuestions(department: $department) { edges { node { id department question answer } } } }`;
const PUBLISH = `mutation($id: ID!) { publishFrequentQuestion(id: $id) { id question answer } }`;

interface Asked {
  id: string;
  department: string;
  status: string;
  question: string;
  contactMobile: string | null;
  complexReason: string | null;
  isOverdue: boolean;
  answerDeadline: { date: string; provisional: boolean } | null;
  answer: { text: string; department: string; onTime: boolean } | null;
  ratings: Array<{ satisfied: boolean; reason: string | null }>;
  steps: Array<{ kind: string; note: string | null; fromDepartment: string | null; toDepartment: string | null }>;
}

let api: TestApi;
let staff: Awaited<ReturnType<typeof signInStaff>>;
let resident: string;
let neighbour: string;

beforeAll(async () => {
  api = await createTestApi();
  staff = await signInStaff(api);
  resident = await residentToken(api, 'resident-ask');
  neighbour = await residentToken(api, 'resident-neighbour');
});
afterAll(() => api.close());

async function ask(input: Record<string, unknown>, token = resident): Promise<Asked> {
  const result = await api.run<{ askQuestion: Asked }>(ASK, { input: { public: false, ...input } }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.askQuestion;
}

async function act<T extends string>(token: string, query: string, variables: Record<string, unknown>, field: T): Promise<Asked> {
  const result = await api.run<Record<T, Asked>>(query, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data[field];
}

describe('asking', () => {
  it('a question that names no department goes to the district office, due the first working day after National Day, the contact masked', async () => {
    setBeijingTime(api, '2026-09-30 16:00');
    const asked = await ask({ question: '我想咨询高龄津贴怎么申请？', contactMobile: '138 1234 5678' });
    expect(asked).toMatchObject({
      department: '区政府办公室',
      status: 'OPEN',
      contactMobile: '138****5678',
      isOverdue: false,
      answerDeadline: { date: '2026-10-08', provisional: false },
      steps: [{ kind: 'ASKED', toDepartment: '区政府办公室' }],
    });
    const mine = await api.run<{ myConsultations: { edges: Array<{ node: { id: string } }> } }>(MINE, {}, { token: resident });
    expect(mine.data?.myConsultations.edges.map((edge) => edge.node.id)).toContain(asked.id);
  });

  it('refuses someone not signed in, and an empty question or a wrong number with a plain message', async () => {
    const anonymous = await api.run(ASK, { input: { question: '你好', public: false } });
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');
    const empty = await api.run(ASK, { input: { question: '   ', public: false } }, { token: resident });
    expect(codeOf(empty.errors)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toBe('请填写问题。');
    const wrongNumber = await api.run(ASK, { input: { question: '你好', public: false, contactMobile: '12345' } }, { token: resident });
    expect(wrongNumber.errors?.[0]).toMatchObject({ message: '联系电话请填写 11 位手机号码。', extensions: { code: 'BAD_USER_INPUT', field: 'contactMobile' } });
  });

  it('a department written short is the one meant; one no department works under is refused, nothing filed', async () => {
    setBeijingTime(api, '2026-10-12 08:30');
    expect(await ask({ department: ' 民政局', question: '居家养老服务补贴找谁？' })).toMatchObject({ department: '区民政局', steps: [{ kind: 'ASKED', toDepartment: '区民政局' }] });
    const count = async () => (await api.run<{ myConsultations: { edges: unknown[] } }>(MINE, {}, { token: resident })).data!.myConsultations.edges.length;
    const before = await count();
    for (const written of ['城建局', '局']) {
      const refused = await api.run(ASK, { input: { department: written, question: '小区路灯坏了找谁修？', public: false } }, { token: resident });
      expect(refused.errors?.[0]).toMatchObject({
        message: `没有找到“${written}”这个部门。请写部门全称，如：区民政局；不知道找谁就空着，区政府办公室会转给负责的部门。`,
        extensions: { code: 'BAD_USER_INPUT', field: 'department' },
      });
    }
    expect(await count()).toBe(before);
  });

  it('a double tap asks once', async () => {
    setBeijingTime(api, '2026-10-12 09:00');
    const input = { department: '区民政局', question: '残疾人两项补贴在哪里办？' };
    const [first, second] = await Promise.all([ask(input, neighbour), ask(input, neighbour)]);
    expect(second.id).toBe(first.id);
    const mine = await api.run<{ myConsultations: { edges: Array<{ node: { question: string } }> } }>(MINE, {}, { token: neighbour });
    expect(mine.data?.myConsultations.edges.filter((edge) => edge.node.question === input.question)).toHaveLength(1);
  });
});

describe('who may see and handle a question', () => {
  let asked: Asked;
  beforeAll(async () => {
    setBeijingTime(api, '2026-10-12 10:00');
    asked = await ask({ department: '区财政局', question: '惠民惠农补贴什么时候发？', contactMobile: '13912345678' });
  });

  it('another department may neither read, answer nor see it in its queue', async () => {
    expect(codeOf((await api.run(READ, { id: asked.id }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(ANSWER, { id: asked.id, answer: '下月发放。' }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
    const queue = await api.run<{ consultationQueue: { edges: Array<{ node: { id: string } }> } }>(QUEUE, {}, { token: staff.civilAffairs });
    expect(queue.data?.consultationQueue.edges.map((edge) => edge.node.id)).not.toContain(asked.id);
    expect(codeOf((await api.run(QUEUE, { filter: { department: '区财政局' } }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
  });

  it('another resident is told it does not exist; the department sees it in its queue', async () => {
    expect(codeOf((await api.run(READ, { id: asked.id }, { token: neighbour })).errors)).toBe('NOT_FOUND');
    const queue = await api.run<{ consultationQueue: { edges: Array<{ node: { id: string } }> } }>(QUEUE, {}, { token: staff.finance });
    expect(queue.data?.consultationQueue.edges.map((edge) => edge.node.id)).toContain(asked.id);
  });

  it('the department reads the full number only on purpose; another department may not', async () => {
    const contact = `query($id: ID!) { consultationContact(id: $id) }`;
    expect((await api.run<{ consultationContact: string }>(contact, { id: asked.id }, { token: staff.finance })).data?.consultationContact).toBe('13912345678');
    expect(await api.app.audit.trail('consultation', asked.id)).toContainEqual(expect.objectContaining({ action: 'consultation.readContact', actor: expect.objectContaining({ staffId: 'caizheng' }) }));
    expect(codeOf((await api.run(contact, { id: asked.id }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(contact, { id: asked.id }, { token: resident })).errors)).toBe('FORBIDDEN');
  });

  it('an ID number typed into the question: its asker reads it unrecorded, the department reads it as written and the read is recorded', async () => {
    const typed = '我的身份证号是330102195001011234，我的养老金到账了吗？';
    const withNumber = await ask({ department: '区财政局', question: typed });
    const shown = `query($id: ID!) { consultation(id: $id) { question } }`;
    const trail = async () => (await api.app.audit.trail('consultation', withNumber.id)).filter((entry) => entry.action === 'consultation.readQuestion');
    expect((await api.run<{ consultation: { question: string } }>(shown, { id: withNumber.id }, { token: resident })).data?.consultation.question).toBe(typed);
    expect(await trail()).toHaveLength(0);
    expect((await api.run<{ consultation: { question: string } }>(shown, { id: withNumber.id }, { token: staff.finance })).data?.consultation.question).toBe(typed);
    expect(await trail()).toContainEqual(expect.objectContaining({ actor: expect.objectContaining({ staffId: 'caizheng' }) }));
    expect(codeOf((await api.run(shown, { id: withNumber.id }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
  });
});

describe('answering on the clock (working days)', () => {
  it('answered by the last day is on time; a transfer keeps the clock', async () => {
    setBeijingTime(api, '2026-09-30 16:00');
    const asked = await ask({ question: '社区养老驿站可以办理助餐卡吗？' });
    setBeijingTime(api, '2026-10-08 09:00');
    // A transfer to a name no department works under would leave it in no one's queue: refused, nothing moved.
    const lost = await api.run(TRANSFER, { id: asked.id, to: '区养老局', note: '养老服务' }, { token: staff.admin });
    expect(lost.errors?.[0]).toMatchObject({ message: '没有找到“区养老局”这个部门。请写部门全称，如：区住房和城乡建设局。', extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf((await api.run(TRANSFER, { id: asked.id, to: '区养老局', note: '养老服务' })).errors)).toBe('UNAUTHENTICATED');
    const moved = await act(staff.admin, TRANSFER, { id: asked.id, to: '区民政局', note: '养老服务归民政局' }, 'transferConsultation');
    expect(moved).toMatchObject({ department: '区民政局', answerDeadline: { date: '2026-10-08' } });
    expect(moved.steps.at(-1)).toMatchObject({ kind: 'TRANSFERRED', fromDepartment: '区政府办公室', toDepartment: '区民政局', note: '养老服务归民政局' });
    setBeijingTime(api, '2026-10-08 17:30');
    const answered = await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '可以，请带身份证到社区养老驿站办理。' }, 'answerConsultation');
    expect(answered).toMatchObject({ status: 'ANSWERED', answerDeadline: null, answer: { department: '区民政局', onTime: true } });
    expect(await createOutboxStore(api.app.dynamo, api.app.now).messagesFor('resident-ask')).toContainEqual(
      expect.objectContaining({ template: 'CONSULTATION_ANSWERED', data: expect.objectContaining({ department: '区民政局', answer: '可以，请带身份证到社区养老驿站办理。' }) }),
    );
  });

  it('a day late it is overdue for the department and the district, and answered late', async () => {
    setBeijingTime(api, '2026-10-08 11:00');
    const asked = await ask({ department: '区民政局', question: '临时救助需要什么材料？' });
    expect(asked.answerDeadline?.date).toBe('2026-10-09');
    setBeijingTime(api, '2026-10-10 09:00'); // 调休 Saturday: a working day, the day after the last
    for (const token of [staff.civilAffairs, staff.admin]) {
      const overdue = await api.run<{ consultationQueue: { edges: Array<{ node: { id: string; isOverdue: boolean } }> } }>(QUEUE, { filter: { overdue: true } }, { token });
      expect(overdue.data?.consultationQueue.edges.map((edge) => edge.node)).toContainEqual({ id: asked.id, department: '区民政局', isOverdue: true });
    }
    const answered = await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '请带身份证和困难情况说明。' }, 'answerConsultation');
    expect(answered.answer?.onTime).toBe(false);
  });

  it('marked complex with a reason it has 5 working days from the day it was asked, once', async () => {
    setBeijingTime(api, '2026-09-30 16:00');
    const asked = await ask({ department: '区民政局', question: '老旧小区加装电梯的补贴标准是什么？' });
    setBeijingTime(api, '2026-10-08 09:00');
    const complex = await act(staff.civilAffairs, COMPLEX, { id: asked.id, reason: '需要住建部门会商' }, 'markConsultationComplex');
    expect(complex).toMatchObject({ complexReason: '需要住建部门会商', answerDeadline: { date: '2026-10-13' } });
    const again = await api.run(COMPLEX, { id: asked.id, reason: '再标一次' }, { token: staff.civilAffairs });
    expect(codeOf(again.errors)).toBe('CONFLICT');
    const noReason = await api.run(COMPLEX, { id: asked.id, reason: ' ' }, { token: staff.civilAffairs });
    expect(codeOf(noReason.errors)).toBe('BAD_USER_INPUT');
  });
});

describe('rating the answer', () => {
  it('不满意 reopens it once with the reason; the second answer rated 满意 closes it', async () => {
    setBeijingTime(api, '2026-10-12 09:00');
    const asked = await ask({ department: '区民政局', question: '低保年审什么时候开始？' });
    await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '每年一次。' }, 'answerConsultation');
    expect(codeOf((await api.run(RATE, { id: asked.id, satisfied: false }, { token: resident })).errors)).toBe('CONFLICT');
    expect(codeOf((await api.run(RATE, { id: asked.id, satisfied: true }, { token: neighbour })).errors)).toBe('NOT_FOUND');
    const reopened = await act(resident, RATE, { id: asked.id, satisfied: false, reason: '没有说具体月份' }, 'rateConsultationAnswer');
    expect(reopened).toMatchObject({ status: 'OPEN', answerDeadline: { date: '2026-10-13' }, ratings: [{ satisfied: false, reason: '没有说具体月份' }] });
    await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '每年3月开始。' }, 'answerConsultation');
    const closed = await act(resident, RATE, { id: asked.id, satisfied: true }, 'rateConsultationAnswer');
    expect(closed.status).toBe('CLOSED');
    expect(closed.steps.map((step) => step.kind)).toEqual(['ASKED', 'ANSWERED', 'REOPENED', 'ANSWERED', 'RATED']);
  });
});

describe('高频问答', () => {
  it('an answered public question is published masked, without its asker, and anyone reads it', async () => {
    setBeijingTime(api, '2026-10-12 14:00');
    const asked = await ask({ department: '区民政局', question: '我母亲身份证号110101194001011234，高龄津贴打到哪张卡？电话13812345678', public: true });
    await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '打到社保卡，已电话联系13812345678。' }, 'answerConsultation');
    const published = await api.run<{ publishFrequentQuestion: { question: string; answer: string } }>(PUBLISH, { id: asked.id }, { token: staff.civilAffairs });
    expect(published.errors).toBeUndefined();
    const list = await api.run<{ frequentQuestions: { edges: Array<{ node: { id: string; question: string; answer: string } }> } }>(FAQS, { department: '区民政局' });
    const faq = list.data?.frequentQuestions.edges.find((edge) => edge.node.id === asked.id)?.node;
    expect(faq?.question).not.toContain('110101194001011234');
    expect(faq?.question).not.toContain('13812345678');
    expect(faq?.question).toContain('138****5678');
    expect(faq?.answer).not.toContain('13812345678');
    expect(JSON.stringify(faq)).not.toContain('resident-ask');
    expect(codeOf((await api.run(PUBLISH, { id: asked.id }, { token: staff.civilAffairs })).errors)).toBe('CONFLICT');
  });

  it('a question its asker kept private is not published', async () => {
    const asked = await ask({ department: '区民政局', question: '我家的低保为什么停了？' });
    await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '请到社区核对收入情况。' }, 'answerConsultation');
    const refused = await api.run(PUBLISH, { id: asked.id }, { token: staff.civilAffairs });
    expect(refused.errors?.[0]).toMatchObject({ message: '提问人没有同意公开这条留言，不能作为高频问答发布。', extensions: { code: 'CONFLICT' } });
  });
});

describe('加入政策解读问答', () => {
  const PROMOTE = `mutation($id: ID!, $policyId: ID!, $interpretationId: ID!, $question: String!, $answer: String!) {
    addConsultationToInterpretation(id: $id, policyId: $policyId, interpretationId: $interpretationId, question: $question, answer: $answer) { id questions { question answer } } }`;
  const POLICY = `query($id: ID!) { policy(id: $id) { interpretations { id questions { question answer } } } }`;
  const SEARCH = `query($q: String!) { search(query: $q) { answer { id answersQuestion heading { text } passage { text } } } }`;
  let policyId: string;
  let interpretationId: string;
  let asked: Asked;

  beforeAll(async () => {
    setBeijingTime(api, '2026-10-13 10:00');
    const policy = await api.run<{ publishPolicy: { id: string } }>(
      `mutation($input: PolicyInput!) { publishPolicy(input: $input) { id } }`,
      { input: { title: '区高龄津贴发放办法', body: '一、发放对象\n年满八十周岁的本区户籍老人。\n二、发放标准\n每人每月一百元。' } },
      { token: staff.civilAffairs },
    );
    policyId = policy.data!.publishPolicy.id;
    const added = await api.run<{ addInterpretation: { id: string } }>(
      `mutation($id: ID!, $input: InterpretationInput!) { addInterpretation(policyId: $id, input: $input) { id } }`,
      { id: policyId, input: { kind: 'QA', title: '高龄津贴问答', body: '高龄津贴按月发放。', questions: [{ question: '多大年纪可以领？', answer: '年满八十周岁。' }] } },
      { token: staff.civilAffairs },
    );
    interpretationId = added.data!.addInterpretation.id;
    asked = await ask({ department: '区民政局', question: '我爸爸王建国今年刚满八十，高龄津贴打到哪里？', public: true });
    await act(staff.civilAffairs, ANSWER, { id: asked.id, answer: '打到老人本人的社保卡上。' }, 'answerConsultation');
  });

  const promote = (variables: Record<string, unknown>, token = staff.civilAffairs) =>
    api.run<{ addConsultationToInterpretation: { questions: Array<{ question: string; answer: string }> } }>(
      PROMOTE,
      { id: asked.id, policyId, interpretationId, question: '高龄津贴打到哪里？', answer: '打到老人本人的社保卡上。', ...variables },
      { token },
    );

  it('the clerk’s wording is added once (a double tap), the resident reads it on the interpretation and search answers with it', async () => {
    const [first, second] = await Promise.all([promote({}), promote({})]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const page = await api.run<{ policy: { interpretations: Array<{ id: string; questions: Array<{ question: string; answer: string }> }> } }>(POLICY, { id: policyId }, { token: resident });
    expect(page.data!.policy.interpretations.find((i) => i.id === interpretationId)?.questions).toEqual([
      { question: '多大年纪可以领？', answer: '年满八十周岁。' },
      { question: '高龄津贴打到哪里？', answer: '打到老人本人的社保卡上。' },
    ]);
    const found = await api.run<{ search: { answer: { id: string; answersQuestion: boolean; passage: { text: string } } | null } }>(SEARCH, { q: '高龄津贴打到哪里' });
    expect(found.data!.search.answer).toMatchObject({ id: interpretationId, answersQuestion: true, passage: { text: '打到老人本人的社保卡上。' } });
    const trail = await api.app.audit.trail('consultation', asked.id);
    expect(trail.filter((entry) => entry.action === 'consultation.addToInterpretation')).toHaveLength(1);
  });

  it('refuses wording with an unmasked phone number, another department, and a question kept private', async () => {
    const unmasked = await promote({ answer: '请打13812345678问王建国。' });
    expect(unmasked.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unmasked.errors?.[0]?.message).toContain('未遮挡的个人信息');
    expect(codeOf((await promote({ question: '换个说法？' }, staff.finance)).errors)).toBe('FORBIDDEN');
    const secret = await ask({ department: '区民政局', question: '我家的高龄津贴停了？' });
    await act(staff.civilAffairs, ANSWER, { id: secret.id, answer: '请到社区核对。' }, 'answerConsultation');
    expect(codeOf((await promote({ id: secret.id })).errors)).toBe('CONFLICT');
  });
});

describe('the 工作台', () => {
  const WORKBENCH = `query { workbench { counts { key label count unit overdue detail path } } }`;

  it('counts the department’s questions waiting for an answer in 条, the overdue and those due today (each said once), and opens the queue at the late ones', async () => {
    const jiaoyu = await createTestStaff(api, 'jiaoyu', 'DEPARTMENT_EDITOR', '区教育局');
    for (const [day, question] of [['2026-11-16', '学区划分什么时候公布？'], ['2026-11-17', '课后服务怎么收费？'], ['2026-11-18', '校车路线在哪里查？']] as const) {
      setBeijingTime(api, `${day} 10:00`);
      await ask({ department: '区教育局', question });
    }
    const result = await api.run<{ workbench: { counts: Array<Record<string, unknown>> } }>(WORKBENCH, {}, { token: jiaoyu });
    expect(result.data?.workbench.counts.find((count) => count.key === 'consultations')).toEqual({
      key: 'consultations',
      label: '留言待答复',
      count: 3,
      unit: '条',
      overdue: 1,
      // The card says the overdue one already (⚠ 其中已超期 1 条): the line under it, only what is due today.
      detail: '今天到期 1 条',
      path: '/pages/casework/staff-questions/index?show=overdue',
    });
  });
});
