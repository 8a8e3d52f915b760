import { createOutboxStore } from '../api/src/notifications/outbox-store';
import { codeOf, createTestApi, createTestStaff, residentToken, setBeijingTime, signInStaff, type TestApi } from './support/test-app';

// 依申请公开 through the API, on DynamoDB Local. 2026: National Day holiday 10-01 to 10-07; Saturday
// 10-10 is worked (调休). A reply is due 20 working days after receipt.

const ID_NUMBER = '11010519491231002X';
const FIELDS = `id reference department applicantName idNumber mobile status replyDeadline { date } isOverdue
  correctionItems correctionDueBy replyKind repliedOnTime notices { kind title addressee rights text } steps { kind note }`;
const APPLY = `mutation($input: InformationRequestInput!) { applyForInformation(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { informationRequest(id: $id) { ${FIELDS} } }`;
const MINE = `query { myInformationRequests { edges { node { id } } } }`;
const CORRECTION = `mutation($id: ID!, $items: String!) { requestInformationCorrection(id: $id, items: $items) { ${FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $text: String!) { correctInformationRequest(id: $id, text: $text) { ${FIELDS} } }`;
const REPLY = `mutation($id: ID!, $reply: InformationReplyInput!) { replyToInformationRequest(id: $id, reply: $reply) { ${FIELDS} } }`;
const ID_READ = `query($id: ID!) { applicantIdNumber(id: $id) }`;

interface Request {
  id: string;
  reference: string;
  applicantName: string;
  idNumber: string | null;
  mobile: string;
  status: string;
  replyDeadline: { date: string } | null;
  correctionItems: string | null;
  correctionDueBy: string | null;
  replyKind: string | null;
  repliedOnTime: boolean | null;
  notices: Array<{ kind: string; title: string; addressee: string; rights: string | null; text: string }>;
  steps: Array<{ kind: string; note: string | null }>;
}

const citizen = {
  department: '区民政局',
  applicantKind: 'CITIZEN',
  name: '王小华',
  idNumber: ID_NUMBER,
  mobile: '13812345678',
  description: '2026年养老服务补贴的发放名单',
  form: 'ELECTRONIC',
  delivery: 'ONLINE',
};

let api: TestApi;
let staff: Awaited<ReturnType<typeof signInStaff>>;
let applicant: string;
let neighbour: string;

beforeAll(async () => {
  api = await createTestApi();
  staff = await signInStaff(api);
  applicant = await residentToken(api, 'resident-apply');
  neighbour = await residentToken(api, 'resident-neighbour');
});
afterAll(() => api.close());

async function act<T extends string>(token: string, query: string, variables: Record<string, unknown>, field: T): Promise<Request> {
  const result = await api.run<Record<T, Request>>(query, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data[field];
}
const applyAs = (input: Record<string, unknown>, token = applicant) => act(token, APPLY, { input }, 'applyForInformation');
/** The last day the clerk may still ask for a 补正, as the staff page reads it. */
const correctionRequestBy = async (id: string) =>
  (await api.run<{ informationRequest: { correctionRequestBy: string | null } }>(`query($id: ID!) { informationRequest(id: $id) { correctionRequestBy } }`, { id }, { token: staff.civilAffairs })).data?.informationRequest.correctionRequestBy;

describe('applying', () => {
  it('filed on 2026-09-30 it is due 2026-11-03; the name, ID and mobile are masked; a double tap applies once', async () => {
    setBeijingTime(api, '2026-09-30 10:00');
    const [first, second] = await Promise.all([applyAs(citizen), applyAs(citizen)]);
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'PROCESSING', replyDeadline: { date: '2026-11-03' }, applicantName: '王*华', mobile: '138****5678', steps: [{ kind: 'RECEIVED' }] });
    expect(first.reference).toMatch(/^YSQ-20260930-[0-9A-F]{6}$/u);
    expect(first.idNumber).not.toContain(ID_NUMBER.slice(6, 14));
    const mine = await api.run<{ myInformationRequests: { edges: Array<{ node: { id: string } }> } }>(MINE, {}, { token: applicant });
    expect(mine.data?.myInformationRequests.edges.filter((edge) => edge.node.id === first.id)).toHaveLength(1);
  });

  it('filed during the National Day holiday it counts from the first working day after it', async () => {
    setBeijingTime(api, '2026-10-03 10:00');
    expect(await applyAs({ ...citizen, department: '民政局', description: '区养老机构名录' })).toMatchObject({ department: '区民政局', replyDeadline: { date: '2026-11-04' } });
  });

  it('refuses a wrong ID number, an organisation without its code, and someone not signed in', async () => {
    const wrongId = await api.run(APPLY, { input: { ...citizen, idNumber: '110105194912310021' } }, { token: applicant });
    expect(wrongId.errors?.[0]).toMatchObject({ message: '请填写正确的 18 位身份证号码。', extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' } });
    const organisation = await api.run(APPLY, { input: { ...citizen, applicantKind: 'ORGANISATION', idNumber: null, organisationKind: 'BUSINESS' } }, { token: applicant });
    expect(organisation.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'organisationCode' } });
    expect(codeOf((await api.run(APPLY, { input: citizen })).errors)).toBe('UNAUTHENTICATED');
    // An authority no department works under would leave the request in no one's queue, its 20 working days running.
    const filed = async () => (await api.run<{ myInformationRequests: { edges: unknown[] } }>(MINE, {}, { token: applicant })).data!.myInformationRequests.edges.length;
    const before = await filed();
    const unknown = await api.run(APPLY, { input: { ...citizen, department: '城建局', description: '旧城改造的批复' } }, { token: applicant });
    expect(unknown.errors?.[0]).toMatchObject({ message: '没有找到“城建局”这个机关。请写全称，如：区民政局；不知道向哪个机关申请，可以写区政府办公室。', extensions: { code: 'BAD_USER_INPUT', field: 'department' } });
    expect(await filed()).toBe(before);
  });
});

describe('who may see an application', () => {
  let request: Request;
  beforeAll(async () => {
    setBeijingTime(api, '2026-10-12 10:00');
    request = await applyAs({ ...citizen, description: '低保审批的办理流程' });
  });

  it('another resident is told it does not exist, another department is refused', async () => {
    expect(codeOf((await api.run(READ, { id: request.id }, { token: neighbour })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.run(READ, { id: request.id }, { token: staff.finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(ID_READ, { id: request.id }, { token: staff.finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(ID_READ, { id: request.id }, { token: applicant })).errors)).toBe('FORBIDDEN');
  });

  it('the handling department reads the whole ID number only on purpose, and the read is audited', async () => {
    const read = await api.run<{ applicantIdNumber: string }>(ID_READ, { id: request.id }, { token: staff.civilAffairs });
    expect(read.data?.applicantIdNumber).toBe(ID_NUMBER);
    expect(await api.app.audit.trail('informationRequest', request.id)).toContainEqual(
      expect.objectContaining({ action: 'informationRequest.readIdNumber', actor: expect.objectContaining({ staffId: 'minzheng' }) }),
    );
  });

  it('a private number typed into the request: its applicant reads it unrecorded, the department as written and recorded', async () => {
    const typed = '请公开我母亲（身份证号330102195001011234）的低保审批结果';
    const withNumber = await applyAs({ ...citizen, description: typed });
    const shown = `query($id: ID!) { informationRequest(id: $id) { description } }`;
    const reads = async () => (await api.app.audit.trail('informationRequest', withNumber.id)).filter((entry) => entry.action === 'informationRequest.readDescription');
    expect((await api.run<{ informationRequest: { description: string } }>(shown, { id: withNumber.id }, { token: applicant })).data?.informationRequest.description).toBe(typed);
    expect(await reads()).toHaveLength(0);
    expect((await api.run<{ informationRequest: { description: string } }>(shown, { id: withNumber.id }, { token: staff.civilAffairs })).data?.informationRequest.description).toBe(typed);
    expect(await reads()).toContainEqual(expect.objectContaining({ actor: expect.objectContaining({ staffId: 'minzheng' }) }));
  });
});

describe('补正 and the reply', () => {
  it('补正 stops the clock; the corrected application has 20 working days again; the reply brings a 告知书 with the rights', async () => {
    setBeijingTime(api, '2026-09-30 10:00');
    const filed = await applyAs({ ...citizen, description: '补贴名单' });
    setBeijingTime(api, '2026-10-09 10:00');
    const asked = await act(staff.civilAffairs, CORRECTION, { id: filed.id, items: '请写明补贴的年份和街道' }, 'requestInformationCorrection');
    expect(asked).toMatchObject({ status: 'AWAITING_CORRECTION', replyDeadline: null, correctionItems: '请写明补贴的年份和街道' });
    expect(asked.notices.map((notice) => notice.kind)).toEqual(['CORRECTION']);
    // Asked once: no more 补正 to offer the clerk.
    expect(await correctionRequestBy(filed.id)).toBeNull();
    expect(codeOf((await api.run(CORRECTION, { id: filed.id, items: '再补一次' }, { token: staff.civilAffairs })).errors)).toBe('CONFLICT');

    setBeijingTime(api, '2026-10-12 09:00');
    expect(codeOf((await api.run(CORRECT, { id: filed.id, text: '2026年，东城街道' }, { token: neighbour })).errors)).toBe('NOT_FOUND');
    const corrected = await act(applicant, CORRECT, { id: filed.id, text: '2026年，东城街道' }, 'correctInformationRequest');
    expect(corrected).toMatchObject({ status: 'PROCESSING', replyDeadline: { date: '2026-11-09' } });

    const noGrounds = await api.run(REPLY, { id: filed.id, reply: { kind: 'WITHHELD', reasons: '涉及国家秘密' } }, { token: staff.civilAffairs });
    expect(codeOf(noGrounds.errors)).toBe('BAD_USER_INPUT');
    setBeijingTime(api, '2026-11-09 16:00');
    const replied = await act(staff.civilAffairs, REPLY, { id: filed.id, reply: { kind: 'WITHHELD', grounds: ['STATE_SECRET'], reasons: '名单中含有涉密内容。' } }, 'replyToInformationRequest');
    expect(replied).toMatchObject({ status: 'REPLIED', replyKind: 'WITHHELD', repliedOnTime: true, replyDeadline: null });
    const notice = replied.notices.find((n) => n.kind === 'REPLY');
    expect(notice?.addressee).toBe('王小华');
    expect(notice?.rights).toContain('行政复议');
    expect(notice?.rights).toContain('行政诉讼');
    expect(notice?.text).toContain(replied.reference);
    expect(replied.steps.map((step) => step.kind)).toEqual(['RECEIVED', 'CORRECTION_REQUESTED', 'CORRECTED', 'REPLIED']);
    expect(await createOutboxStore(api.app.dynamo, api.app.now).messagesFor('resident-apply')).toContainEqual(
      expect.objectContaining({ template: 'INFORMATION_REQUEST_REPLIED', data: expect.objectContaining({ reference: replied.reference, result: '不予公开' }) }),
    );
  });
});

describe('the last day to ask for a 补正', () => {
  it('is told to the clerk up to that day, gone after it, and a late 补正 is refused naming the day as a date in words', async () => {
    setBeijingTime(api, '2026-09-30 10:00');
    const filed = await applyAs({ ...citizen, description: '补正期限的申请' });
    // 7 working days from receipt, the National Day holiday left out.
    expect(await correctionRequestBy(filed.id)).toBe('2026-10-15');
    setBeijingTime(api, '2026-10-15 17:00');
    expect(await correctionRequestBy(filed.id)).toBe('2026-10-15');
    setBeijingTime(api, '2026-10-16 09:00');
    expect(await correctionRequestBy(filed.id)).toBeNull();
    const late = await api.run(CORRECTION, { id: filed.id, items: '请写明年份' }, { token: staff.civilAffairs });
    expect(late.errors?.[0]).toMatchObject({ message: '补正要在收到申请后 7 个工作日内提出（到2026年10月15日为止），现在已经过了。', extensions: { code: 'CONFLICT' } });
  });
});

describe('extension, third party and fee', () => {
  const EXTEND = `mutation($id: ID!, $days: Int!) { extendInformationRequest(id: $id, workingDays: $days, reason: "涉及多个街道的数据需要汇总", approvedBy: "张局长") { ${FIELDS} } }`;
  const THIRD = `mutation($id: ID!) { askThirdPartyOpinion(id: $id, whom: "某养老服务公司") { ${FIELDS} } }`;
  const OPINION = `mutation($id: ID!) { recordThirdPartyOpinion(id: $id, opinion: "不同意公开联系方式") { ${FIELDS} } }`;
  const FEE = `mutation($id: ID!, $pages: Int!) { noticeInformationFee(id: $id, method: PER_PAGE, quantity: $pages) { ${FIELDS} fee { totalYuan lines payBy settlement } } }`;
  const SETTLE = `mutation($id: ID!) { settleInformationFee(id: $id, settlement: PAID) { ${FIELDS} fee { settlement } } }`;

  it('one extension of at most 20 working days, with its reason and approver', async () => {
    setBeijingTime(api, '2026-09-30 10:00');
    const filed = await applyAs({ ...citizen, description: '各街道养老补贴汇总' });
    setBeijingTime(api, '2026-10-20 10:00');
    expect(codeOf((await api.run(EXTEND, { id: filed.id, days: 21 }, { token: staff.civilAffairs })).errors)).toBe('BAD_USER_INPUT');
    const extended = await act(staff.civilAffairs, EXTEND, { id: filed.id, days: 20 }, 'extendInformationRequest');
    expect(extended.replyDeadline?.date).toBe('2026-12-01');
    expect(extended.notices.map((notice) => notice.kind)).toEqual(['EXTENSION']);
    expect(codeOf((await api.run(EXTEND, { id: filed.id, days: 5 }, { token: staff.civilAffairs })).errors)).toBe('CONFLICT');
  });

  it("a third party's opinion is time not counted", async () => {
    setBeijingTime(api, '2026-09-30 10:00');
    const filed = await applyAs({ ...citizen, description: '养老服务公司的合同' });
    setBeijingTime(api, '2026-10-12 10:00');
    await act(staff.civilAffairs, THIRD, { id: filed.id }, 'askThirdPartyOpinion');
    setBeijingTime(api, '2026-10-14 10:00');
    expect((await act(staff.civilAffairs, OPINION, { id: filed.id }, 'recordThirdPartyOpinion')).replyDeadline?.date).toBe('2026-11-05');
  });

  it('a fee is shown with its calculation and stops the clock until it is paid', async () => {
    setBeijingTime(api, '2026-10-12 10:00');
    const filed = await applyAs({ ...citizen, description: '十年来的补贴发放台账', form: 'PAPER', delivery: 'COLLECT' });
    expect(codeOf((await api.run(FEE, { id: filed.id, pages: 30 }, { token: staff.civilAffairs })).errors)).toBe('CONFLICT');
    const noticed = await api.run<{ noticeInformationFee: Request & { fee: { totalYuan: number; lines: string[]; settlement: string | null } } }>(FEE, { id: filed.id, pages: 40 }, { token: staff.civilAffairs });
    expect(noticed.data?.noticeInformationFee).toMatchObject({ status: 'PROCESSING', replyDeadline: null, fee: { totalYuan: 100, settlement: null } });
    expect(noticed.data?.noticeInformationFee.fee.lines.at(-1)).toContain('100元');
    setBeijingTime(api, '2026-10-14 10:00');
    const paid = await act(staff.civilAffairs, SETTLE, { id: filed.id }, 'settleInformationFee');
    // Due 11-09 without the fee; of the days it stood (10-12, 10-13) only 10-13 would have counted.
    expect(paid).toMatchObject({ replyDeadline: { date: '2026-11-10' } });
  });

  it('the applicant may withdraw before the reply; nobody else may', async () => {
    const filed = await applyAs({ ...citizen, description: '撤回的申请' });
    const WITHDRAW = `mutation($id: ID!) { withdrawInformationRequest(id: $id) { status } }`;
    expect(codeOf((await api.run(WITHDRAW, { id: filed.id }, { token: neighbour })).errors)).toBe('NOT_FOUND');
    expect((await api.run<{ withdrawInformationRequest: { status: string } }>(WITHDRAW, { id: filed.id }, { token: applicant })).data?.withdrawInformationRequest.status).toBe('CLOSED');
  });
});

describe('annual report figures', () => {
  it("count the year's applications by applicant type and results by kind, for the department, as a table and CSV", async () => {
    setBeijingTime(api, '2026-11-02 10:00');
    const fromCitizen = await applyAs({ ...citizen, department: '区财政局', description: '预算执行情况' });
    await applyAs({ ...citizen, department: '区财政局', applicantKind: 'ORGANISATION', organisationKind: 'BUSINESS', idNumber: null, organisationCode: '91110105MA01234567', name: '某科技有限公司', description: '政府采购合同' });
    await act(staff.finance, REPLY, { id: fromCitizen.id, reply: { kind: 'DISCLOSED', reasons: '已提供预算执行情况。' } }, 'replyToInformationRequest');
    const REPORT = `query($year: Int!, $department: String) { informationRequestReport(year: $year, department: $department) { columns rows { label counts } csv } }`;
    const result = await api.run<{ informationRequestReport: { columns: string[]; rows: Array<{ label: string; counts: number[] | null }>; csv: string } }>(REPORT, { year: 2026 }, { token: staff.finance });
    const report = result.data?.informationRequestReport;
    expect(report?.columns[0]).toBe('自然人');
    expect(report?.columns.at(-1)).toBe('总计');
    const row = (start: string) => report?.rows.find((r) => r.label.startsWith(start))?.counts;
    expect(row('一、本年新收')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row('（一）予以公开')?.at(-1)).toBe(1);
    expect(report?.csv).toContain('2026年 收到和处理政府信息公开申请情况');
    expect(codeOf((await api.run(REPORT, { year: 2026, department: '区财政局' }, { token: staff.civilAffairs })).errors)).toBe('FORBIDDEN');
  });
});

describe('the 工作台', () => {
  it('counts the applications whose clock runs, none late yet, with the page that lists them', async () => {
    const jiaotong = await createTestStaff(api, 'jiaotong', 'DEPARTMENT_EDITOR', '区交通运输局');
    setBeijingTime(api, '2026-11-18 10:00');
    await applyAs({ ...citizen, department: '区交通运输局', description: '公交线路调整的论证报告' });
    const result = await api.run<{ workbench: { counts: Array<Record<string, unknown>> } }>(`query { workbench { counts { key count unit overdue detail path } } }`, {}, { token: jiaotong });
    expect(result.data?.workbench.counts.find((count) => count.key === 'informationRequests')).toEqual({
      key: 'informationRequests',
      count: 1,
      unit: '份',
      overdue: 0,
      detail: null,
      path: '/pages/casework/staff-requests/index',
    });
  });
});

describe('the scheduled lapses', () => {
  const FEE = `mutation($id: ID!) { noticeInformationFee(id: $id, method: PER_PAGE, quantity: 40) { id fee { payBy } } }`;

  it('closes an application whose 补正 or fee did not come by its day, once, and leaves a corrected one alone', async () => {
    setBeijingTime(api, '2026-11-16 10:00');
    const uncorrected = await applyAs({ ...citizen, description: '没有补正的申请' });
    const corrected = await applyAs({ ...citizen, description: '补正了的申请' });
    const unpaid = await applyAs({ ...citizen, description: '没有交费的申请', form: 'PAPER', delivery: 'COLLECT' });
    setBeijingTime(api, '2026-11-17 10:00');
    const asked = await act(staff.civilAffairs, CORRECTION, { id: uncorrected.id, items: '请写明年份' }, 'requestInformationCorrection');
    await act(staff.civilAffairs, CORRECTION, { id: corrected.id, items: '请写明年份' }, 'requestInformationCorrection');
    const fee = await api.run<{ noticeInformationFee: { fee: { payBy: string } } }>(FEE, { id: unpaid.id }, { token: staff.civilAffairs });
    await act(applicant, CORRECT, { id: corrected.id, text: '2026年' }, 'correctInformationRequest');
    const { runScheduledTasks } = await import('../api/src/scheduled-tasks');

    // On its last day nothing lapses; the day after, it does.
    setBeijingTime(api, `${asked.correctionDueBy} 23:00`);
    expect((await runScheduledTasks(api.app)).informationRequestLapses).toBe(0);
    setBeijingTime(api, `${fee.data?.noticeInformationFee.fee.payBy} 23:00`);
    expect((await runScheduledTasks(api.app)).informationRequestLapses).toBe(1);
    expect(await act(applicant, READ, { id: uncorrected.id }, 'informationRequest')).toMatchObject({ status: 'CLOSED', steps: [{ kind: 'RECEIVED' }, { kind: 'CORRECTION_REQUESTED' }, { kind: 'CORRECTION_LAPSED' }] });
    expect((await act(applicant, READ, { id: unpaid.id }, 'informationRequest')).status).toBe('PROCESSING');

    setBeijingTime(api, '2026-12-31 10:00');
    const done = await runScheduledTasks(api.app);
    expect(done.informationRequestLapses).toBeGreaterThanOrEqual(1);
    expect(await act(applicant, READ, { id: unpaid.id }, 'informationRequest')).toMatchObject({ status: 'CLOSED', steps: expect.arrayContaining([{ kind: 'FEE_LAPSED', note: null }]) });
    expect((await act(applicant, READ, { id: corrected.id }, 'informationRequest')).status).toBe('PROCESSING');
    expect((await runScheduledTasks(api.app)).informationRequestLapses).toBe(0);
  });
});

describe('published annual report figures (anyone, finished years)', () => {
  const REPORT_FIELDS = 'year columns rows { label level counts } csv';
  const YEARS = `query { informationReportYears }`;
  const PUBLISHED = `query($year: Int!) { publishedInformationReport(year: $year) { ${REPORT_FIELDS} } }`;
  const STAFF_REPORT = `query($year: Int!) { informationRequestReport(year: $year) { ${REPORT_FIELDS} } }`;
  type Report = { year: number; columns: string[]; rows: Array<{ label: string; level: number; counts: number[] | null }>; csv: string };
  const published = (year: number) => api.run<{ publishedInformationReport: Report }>(PUBLISHED, { year });
  const staffFigures = async (year: number) => (await api.run<{ informationRequestReport: Report }>(STAFF_REPORT, { year }, { token: staff.admin })).data?.informationRequestReport;
  const figuresTask = async () => (await (await import('../api/src/scheduled-tasks')).runScheduledTasks(api.app, ['informationReportFigures'])).informationReportFigures;

  it('refuses the year still running in plain words, and lists no year before any application', async () => {
    setBeijingTime(api, '2026-12-04 10:00');
    const running = await published(2026);
    expect(codeOf(running.errors)).toBe('BAD_USER_INPUT');
    expect(running.errors?.[0]?.message).toBe('2026年的全年数字要到2027年1月1日以后才公布。');
    expect(codeOf((await published(2025)).errors)).toBe('NOT_FOUND');
    expect((await api.run(YEARS)).data).toEqual({ informationReportYears: [] });
  });

  it('after the year, without signing in: the district totals, the same as the staff figures, taken once, with nothing of any applicant', async () => {
    setBeijingTime(api, '2026-12-30 10:00');
    const carriedOver = await applyAs({ ...citizen, description: '年底收到的申请' });
    // The first hour of the new year the figures settle (a reply of the last seconds reaches the lists).
    setBeijingTime(api, '2027-01-01 00:30');
    expect(codeOf((await published(2026)).errors)).toBe('BAD_USER_INPUT');
    setBeijingTime(api, '2027-01-01 01:30');
    expect(await figuresTask()).toBe(1);
    expect(await figuresTask()).toBe(0);

    const answer = await published(2026);
    const report = answer.data?.publishedInformationReport;
    expect(report).toEqual(await staffFigures(2026));
    expect(report?.rows.find((row) => row.label.startsWith('一、本年新收'))?.counts?.at(-1)).toBeGreaterThan(1);
    expect(report?.rows.find((row) => row.label.startsWith('四、结转下年度'))?.counts?.[0]).toBeGreaterThanOrEqual(1);
    expect(report?.csv).toContain('2026年 收到和处理政府信息公开申请情况');
    const text = JSON.stringify(answer);
    for (const personal of ['王小华', '王*华', '13812345678', '138****5678', ID_NUMBER, ID_NUMBER.slice(-4), '养老服务补贴', '某科技有限公司', '年底收到的申请', 'YSQ-', carriedOver.id]) {
      expect(text).not.toContain(personal);
    }
    expect((await api.run(YEARS)).data).toEqual({ informationReportYears: [2026] });

    // What happens in 2027 counts in 2027: the kept figures and a fresh count of 2026 still agree.
    await act(staff.civilAffairs, REPLY, { id: carriedOver.id, reply: { kind: 'DISCLOSED', reasons: '已提供。' } }, 'replyToInformationRequest');
    expect((await published(2026)).data?.publishedInformationReport).toEqual(await staffFigures(2026));
  });
});
