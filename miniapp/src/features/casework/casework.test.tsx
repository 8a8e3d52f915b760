import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo, redirectTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { signInAs, ADMIN, EDITOR } from '../../../test-support/staff';
import type { ConsultationDetailFieldsFragment, InformationRequestDetailFieldsFragment } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { photoFromFile, putPhoto, type PickedPhoto } from '../../platform/photos';
import { staffSessions } from '../../session/staff';
import AskPage from '../../pages/casework/ask/index';
import QuestionPage from '../../pages/casework/question/index';
import FaqPage from '../../pages/casework/faq/index';
import ApplyPage from '../../pages/casework/apply/index';
import RequestPage from '../../pages/casework/request/index';
import NoticePage from '../../pages/casework/notice/index';
import StaffQuestionsPage from '../../pages/casework/staff-questions/index';
import StaffQuestionPage from '../../pages/casework/staff-question/index';
import StaffRequestPage from '../../pages/casework/staff-request/index';
import StaffReportPage from '../../pages/casework/staff-report/index';
import ReportPage from '../../pages/casework/report/index';
import { currentYear } from '../../lib/format';
import { phrased } from '../../../test-support/text';

// 政民互动 pages: a resident asks and rates the answer, applies and corrects, reads and keeps the 告知书;
// staff answer on the clock and reply with the kinds the 条例 allows. Every date is said with its weekday,
// 已超期 in words, and a form's mistakes beside their fields before anything is sent.

jest.mock('../../platform/photos'); // platform/__mocks__/photos.ts
const pickFile = photoFromFile as jest.MockedFunction<typeof photoFromFile>;
const put = putPhoto as jest.MockedFunction<typeof putPhoto>;

const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const field = (name: string | RegExp) => screen.getByLabelText(name);
const type = (name: string | RegExp, value: string) => fireEvent.change(field(name), { target: { value } });
const sent = (operation: string) => sentRequests().filter((r) => r.operation === operation);

function signInResident() {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  reloadSession();
}

function question(overrides: Partial<ConsultationDetailFieldsFragment> = {}): ConsultationDetailFieldsFragment {
  return {
    id: 'c0ffee00c0ffee00c0ffee00',
    topic: '养老补贴',
    department: '区民政局',
    question: '80岁以上老人的高龄津贴怎么申请？',
    public: true,
    status: 'OPEN',
    complexReason: null,
    askedAt: '2026-11-17T02:00:00.000Z',
    answerDeadline: { date: '2026-11-18', provisional: false, note: null },
    isOverdue: false,
    answer: null,
    ratings: [],
    hotlineOrder: null,
    contactMobile: '138****5678',
    photos: [],
    steps: [{ kind: 'ASKED', at: '2026-11-17T02:00:00.000Z', note: null, fromDepartment: null, toDepartment: null }],
    ...overrides,
  };
}

const ANSWERED = question({
  status: 'ANSWERED',
  answerDeadline: null,
  answer: { text: '带身份证到社区服务站申请，次月起发放。', department: '区民政局', answeredAt: '2026-11-18T03:00:00.000Z', onTime: true },
});

function application(overrides: Partial<InformationRequestDetailFieldsFragment> = {}): InformationRequestDetailFieldsFragment {
  return {
    id: 'a11ce000a11ce000a11ce000',
    reference: 'YSQ-20260930-A11CE0',
    department: '区民政局',
    applicantKind: 'CITIZEN',
    applicantName: '王*华',
    description: '2026年养老服务补贴的发放名单',
    form: 'ELECTRONIC',
    delivery: 'ONLINE',
    status: 'PROCESSING',
    receivedOn: '2026-09-30',
    replyDeadline: { date: '2026-11-03', provisional: false, note: null },
    isOverdue: false,
    correctionItems: null,
    correctionDueBy: null,
    correctionRequestBy: '2026-10-16',
    replyKind: null,
    repliedOnTime: null,
    idNumber: '110*************2X',
    mobile: '138****5678',
    fee: null,
    notices: [],
    steps: [{ kind: 'RECEIVED', at: '2026-09-30T02:00:00.000Z', note: null }],
    ...overrides,
  };
}

const REPLY_NOTICE = {
  kind: 'REPLY',
  title: '政府信息不予公开告知书',
  reference: 'YSQ-20260930-A11CE0',
  addressee: '王小华',
  paragraphs: ['您申请获取的政府信息属于不予公开的范围，本机关决定不予公开。', '名单中含有涉密内容。'],
  basis: '依据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项。',
  rights: '如对本答复不服，可以在收到本告知书之日起60日内向区人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。',
  issuer: '区民政局',
  date: '2026年11月9日',
  text: '政府信息不予公开告知书\n……',
};

beforeEach(() => {
  reloadSession();
  staffSessions.reloadSession();
});

const KNOWN = { data: { knownDepartments: ['区政府办公室', '区民政局', '区住房和城乡建设局'] } };

describe('咨询留言, the resident', () => {
  it('says what is missing beside the field, asks to sign in first, and once signed in sends the question and opens it', async () => {
    answerByOperation({ KnownDepartments: KNOWN, AskQuestion: { data: { askQuestion: question() } } });
    render(<AskPage />);
    // Not knowing whom to ask is the first choice, and chosen until another is: the district office routes it.
    expect((await screen.findByRole('button', { name: '不知道找谁（由区政府办公室转给负责的部门），已选' })).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('提交留言'));
    expect(screen.getByText('请写下您想问的事。')).toBeTruthy();
    expect(field('您的问题').getAttribute('aria-invalid')).toBe('true');
    // Said in words where to look, not by a colour (red is no cue to everyone).
    expect(screen.getByText('还有 1 处要改，请看那一项下面的说明。')).toBeTruthy();

    type('您的问题', ' 80岁以上老人的高龄津贴怎么申请？ ');
    type('手机号（可以不填）', '13812345678');
    fireEvent.click(button(/同意公开/));
    fireEvent.click(button('提交留言'));
    expect(screen.getByText('需要先登录')).toBeTruthy();
    expect(sent('AskQuestion')).toHaveLength(0);

    signInResident();
    await flush();
    fireEvent.click(button('提交留言'));
    await flush();
    expect(sent('AskQuestion')[0]?.variables).toEqual({
      input: { department: null, topic: null, question: '80岁以上老人的高龄津贴怎么申请？', public: true, contactMobile: '13812345678', photos: [] },
    });
    expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/casework/question/index?id=c0ffee00c0ffee00c0ffee00&sent=1' });
  });

  it('asks a department chosen from those GovOpen knows, the district office not offered twice', async () => {
    signInResident();
    answerByOperation({ KnownDepartments: KNOWN, AskQuestion: { data: { askQuestion: question() } } });
    render(<AskPage />);
    const group = await screen.findByRole('group', { name: '问哪个部门' });
    const choices = within(group).getAllByRole('button');
    expect(choices.map((choice) => choice.textContent)).toEqual(['✓ 不知道找谁（由区政府办公室转给负责的部门）', '区民政局', '区住房和城乡建设局']);
    type('您的问题', '小区加装电梯有补贴吗？');
    fireEvent.click(button('区民政局'));
    fireEvent.click(button('区民政局，已选'));
    // One department or none: choosing another unchooses the first; 不知道找谁 takes it back to none.
    fireEvent.click(button('区住房和城乡建设局'));
    expect(within(group).getByRole('button', { name: /已选$/ }).getAttribute('aria-label')).toBe('区住房和城乡建设局，已选');
    fireEvent.click(button(/^不知道找谁/));
    expect(button(/^不知道找谁.*已选$/)).toBeTruthy();
    fireEvent.click(button('区住房和城乡建设局'));
    fireEvent.click(button('提交留言'));
    await flush();
    expect(sent('AskQuestion')[0]?.variables).toMatchObject({ input: { department: '区住房和城乡建设局', question: '小区加装电梯有补贴吗？' } });
  });

  it('takes up to 3 photos, each with 删除; sends each chosen photo to storage once, then names them in the question', async () => {
    signInResident();
    const photo = (name: string): PickedPhoto => ({ name, contentType: 'image/jpeg', bytes: 204_800, body: new ArrayBuffer(8), previewUrl: `blob:${name}` });
    const upload = (key: string) => ({ uploadUrl: `http://127.0.0.1:4000/uploads/${key}`, method: 'PUT', headers: [{ name: 'content-type', value: 'image/jpeg' }], photoKey: key, expiresAt: '2026-11-17T02:10:00.000Z' });
    answerByOperation({
      KnownDepartments: KNOWN,
      RequestQuestionPhotoUpload: [{ data: { requestQuestionPhotoUpload: upload('consultations/r1/a.jpg') } }, { data: { requestQuestionPhotoUpload: upload('consultations/r1/c.jpg') } }],
      AskQuestion: [{ errors: [{ message: '系统暂时连不上，请稍等一会儿再试。', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, { data: { askQuestion: question() } }],
    });
    put.mockResolvedValue(true);
    render(<AskPage />);
    type('您的问题', '小区门口的路灯坏了，找谁修？');
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) {
      pickFile.mockResolvedValueOnce(photo(name));
      fireEvent.change(field('添加照片'), { target: { files: [new File(['x'], name, { type: 'image/jpeg' })] } });
      await flush();
    }
    // Three chosen: no more can be added.
    expect(screen.queryByLabelText('添加照片')).toBeNull();
    expect(screen.getByText('照片 3：200 KB，JPG')).toBeTruthy();
    fireEvent.click(button('删除照片 2'));
    expect(screen.queryByText('照片 3：200 KB，JPG')).toBeNull();
    expect(screen.getByLabelText('添加照片')).toBeTruthy();

    fireEvent.click(button('提交留言'));
    await screen.findByText('没能提交：系统暂时连不上，请稍等一会儿再试。');
    fireEvent.click(button('提交留言'));
    await flush();
    // The retry names the photos already in storage; nothing is uploaded twice.
    expect(sent('RequestQuestionPhotoUpload').map((r) => r.variables)).toEqual([
      { contentType: 'image/jpeg', bytes: 204_800 },
      { contentType: 'image/jpeg', bytes: 204_800 },
    ]);
    expect(put).toHaveBeenCalledTimes(2);
    expect(sent('AskQuestion').map((r) => (r.variables as { input: { photos: string[] } }).input.photos)).toEqual([
      ['consultations/r1/a.jpg', 'consultations/r1/c.jpg'],
      ['consultations/r1/a.jpg', 'consultations/r1/c.jpg'],
    ]);
    expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/casework/question/index?id=c0ffee00c0ffee00c0ffee00&sent=1' });
  });

  it('shows the answer deadline with its weekday, then the answer; 不满意 needs the reason and reopens it', async () => {
    signInResident();
    setRouterParams({ id: ANSWERED.id });
    answerByOperation({
      ConsultationDetail: { data: { consultation: ANSWERED } },
      RateConsultationAnswer: { data: { rateConsultationAnswer: { ...ANSWERED, status: 'OPEN', answerDeadline: { date: '2026-11-19', provisional: false, note: null }, ratings: [{ satisfied: false, reason: '没说要带什么材料', ratedAt: '2026-11-18T05:00:00.000Z' }] } } },
    });
    render(<QuestionPage />);
    await screen.findByText('带身份证到社区服务站申请，次月起发放。');
    expect(screen.getByText(phrased('2026年11月18日答复，按期'))).toBeTruthy();

    fireEvent.click(button('不满意'));
    fireEvent.click(button('提交：不满意'));
    expect(screen.getByRole('alert').textContent).toContain('请写一写哪里不满意');
    type('哪里不满意', '没说要带什么材料');
    fireEvent.click(button('提交：不满意'));
    await flush();
    expect(sent('RateConsultationAnswer')[0]?.variables).toEqual({ id: ANSWERED.id, satisfied: false, reason: '没说要带什么材料' });
    expect(screen.getByText('已收到，部门会重新办理并再次答复您。')).toBeTruthy();
    expect(screen.getByText(phrased('答复期限：2026年11月19日 星期四'))).toBeTruthy();
  });
});

describe('高频问答, anyone', () => {
  it('reads the published questions with their answers and the department, and can go on to ask', async () => {
    answerByOperation({
      FrequentQuestions: {
        data: {
          frequentQuestions: {
            edges: [{ node: { id: 'f1', topic: '养老补贴', department: '区民政局', question: '高龄津贴打到哪张卡？电话138****5678', answer: '打到老人本人的社保卡上。', publishedAt: '2026-11-18T03:00:00.000Z' } }],
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      },
    });
    render(<FaqPage />);
    const faq = await screen.findByRole('region', { name: '高龄津贴打到哪张卡？电话138****5678' });
    expect(within(faq).getByText('打到老人本人的社保卡上。')).toBeTruthy();
    expect(within(faq).getByText('区民政局答复 · 养老补贴')).toBeTruthy();
    fireEvent.click(button('没找到，我要留言'));
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/pages/casework/ask/index') }));
  });
});

describe('依申请公开, the resident', () => {
  it('asks for what the 条例 requires: a citizen’s ID number, an address to post to; then sends the application', async () => {
    signInResident();
    answerByOperation({ KnownDepartments: KNOWN, ApplyForInformation: { data: { applyForInformation: application() } } });
    render(<ApplyPage />);
    await screen.findByRole('group', { name: '向哪个机关申请' });
    fireEvent.click(button(/邮寄/));
    fireEvent.click(button('提交申请'));
    expect(screen.getByText('请填写 18 位身份证号码。')).toBeTruthy();
    expect(screen.getByText('选了邮寄，请填写通信地址。')).toBeTruthy();
    expect(screen.getByText('请选择向哪个机关申请；不知道的，选“不知道向哪个机关申请”。')).toBeTruthy();

    fireEvent.click(button('区民政局'));
    type('姓名', '王小华');
    type('身份证号码', '11010519491231002x');
    type('手机号', '13812345678');
    type('通信地址（可以不填）', '幸福路1号');
    type('所需信息的名称、文号或者说明', '2026年养老服务补贴的发放名单');
    fireEvent.click(button('提交申请'));
    await flush();
    expect(sent('ApplyForInformation')[0]?.variables).toMatchObject({
      input: { department: '区民政局', applicantKind: 'CITIZEN', name: '王小华', idNumber: '11010519491231002X', organisationCode: null, delivery: 'POST', address: '幸福路1号', form: 'ELECTRONIC' },
    });
    expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/casework/request/index?id=a11ce000a11ce000a11ce000&sent=1' });
  });

  it('not knowing which authority, the resident applies to the district office', async () => {
    answerByOperation({ KnownDepartments: KNOWN });
    render(<ApplyPage />);
    const choices = within(await screen.findByRole('group', { name: '向哪个机关申请' })).getAllByRole('button');
    expect(choices.map((choice) => choice.textContent)).toEqual(['不知道向哪个机关申请（向区政府办公室申请）', '区民政局', '区住房和城乡建设局']);
    fireEvent.click(choices[0]!);
    expect(button('不知道向哪个机关申请（向区政府办公室申请），已选')).toBeTruthy();
  });

  it('an organisation gives its kind and code instead', () => {
    answerByOperation({ KnownDepartments: KNOWN });
    render(<ApplyPage />);
    fireEvent.click(button('法人或者其他组织'));
    fireEvent.click(button('提交申请'));
    expect(screen.getByText('请选择组织类型。')).toBeTruthy();
    expect(screen.getByText('请填写 18 位统一社会信用代码。')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '身份证号码' })).toBeNull();
  });

  it('waiting for a 补正 says what and by when, and the corrected text is sent', async () => {
    signInResident();
    setRouterParams({ id: 'a11ce000a11ce000a11ce000' });
    const waiting = application({ status: 'AWAITING_CORRECTION', replyDeadline: null, correctionItems: '请写明补贴的年份和街道', correctionDueBy: '2026-10-30' });
    answerByOperation({
      InformationRequestDetail: { data: { informationRequest: waiting } },
      CorrectInformationRequest: { data: { correctInformationRequest: application({ replyDeadline: { date: '2026-11-09', provisional: false, note: null } }) } },
    });
    render(<RequestPage />);
    await screen.findByText(phrased('答复期限暂停，等待补正（最迟在2026年10月30日 星期五补正）'));
    expect(screen.getByText(/机关请您补正：请写明补贴的年份和街道/)).toBeTruthy();
    type('补正的内容', '2026年，东城街道');
    fireEvent.click(button('提交补正'));
    await flush();
    expect(sent('CorrectInformationRequest')[0]?.variables).toEqual({ id: 'a11ce000a11ce000a11ce000', text: '2026年，东城街道' });
    expect(screen.getByText(phrased('答复期限：2026年11月9日 星期一'))).toBeTruthy();
  });

  it('a reply brings its 告知书, which opens as printed with the rights and can be kept', async () => {
    signInResident();
    setRouterParams({ id: 'a11ce000a11ce000a11ce000' });
    const replied = application({ status: 'REPLIED', replyDeadline: null, replyKind: 'WITHHELD', repliedOnTime: true, notices: [REPLY_NOTICE] });
    answerByOperation({ InformationRequestDetail: { data: { informationRequest: replied } } });
    render(<RequestPage />);
    fireEvent.click(await screen.findByRole('link', { name: /政府信息不予公开告知书/ }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/casework/notice/index?id=a11ce000a11ce000a11ce000&n=0' });

    setRouterParams({ id: 'a11ce000a11ce000a11ce000', n: '0' });
    render(<NoticePage />);
    const notice = await screen.findByRole('document', { name: '政府信息不予公开告知书' });
    expect(within(notice).getByText('王小华：')).toBeTruthy();
    expect(within(notice).getByText(/行政复议/)).toBeTruthy();
    expect(within(notice).getByText('区民政局')).toBeTruthy();
    expect(button('保存告知书')).toBeTruthy();
    expect(button('打印或另存为 PDF')).toBeTruthy();
  });
});

describe('申请情况年度统计, anyone', () => {
  it('before any year is published says once, plainly, when the figures come', async () => {
    answerByOperation({ InformationReportYears: { data: { informationReportYears: [] } } });
    render(<ReportPage />);
    await screen.findByText('还没有可以公布的年度数字。每年1月1日以后公布上一年的数字。');
    expect(screen.getAllByText(/1月1日以后/u)).toHaveLength(1);
  });
});

describe('政民互动, the staff', () => {
  it('the queue opens at the late ones from the 工作台 and says 已超期 in words', async () => {
    signInAs(EDITOR);
    setRouterParams({ show: 'overdue' });
    const late = question({ isOverdue: true, answerDeadline: { date: '2026-11-17', provisional: false, note: null } });
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ConsultationQueue: { data: { consultationQueue: { edges: [{ node: late }], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<StaffQuestionsPage />);
    const card = await screen.findByRole('link', { name: /高龄津贴/ });
    expect(within(card).getByText(phrased('⚠ 已超期，答复期限：2026年11月17日 星期二'))).toBeTruthy();
    expect(sent('ConsultationQueue')[0]?.variables).toMatchObject({ filter: { stage: 'OPEN', overdue: true } });
    expect(button(/只看已超期/).getAttribute('aria-pressed')).toBe('true');
  });

  it('a clerk answers on the clock; the full number is shown only on purpose', async () => {
    signInAs(EDITOR);
    setRouterParams({ id: 'c0ffee00c0ffee00c0ffee00' });
    answerByOperation({
      ConsultationDetail: { data: { consultation: question() } },
      ConsultationContact: { data: { consultationContact: '13812345678' } },
      AnswerConsultation: { data: { answerConsultation: ANSWERED } },
    });
    render(<StaffQuestionPage />);
    await screen.findByText(phrased('答复期限：2026年11月18日 星期三'));
    expect(screen.queryByText(/13812345678/)).toBeNull();
    expect(screen.getByText(phrased('138****5678'))).toBeTruthy();
    fireEvent.click(button('查看完整回电号码（会记录在案）'));
    // The full number takes the masked one's place: one number on the page.
    await screen.findByText(phrased('13812345678'));
    expect(screen.queryByText(phrased('138****5678'))).toBeNull();
    type('答复内容', '带身份证到社区服务站申请，次月起发放。');
    fireEvent.click(button('发送答复'));
    await flush();
    expect(sent('AnswerConsultation')[0]?.variables).toEqual({ id: 'c0ffee00c0ffee00c0ffee00', answer: '带身份证到社区服务站申请，次月起发放。' });
    expect(screen.getByText('答复已发送。')).toBeTruthy();
    expect(screen.queryByRole('group', { name: '答复' })).toBeNull();
  });

  it('a clerk adds the answered question, reworded, to a policy interpretation’s 问答', async () => {
    signInAs(EDITOR);
    setRouterParams({ id: 'c0ffee00c0ffee00c0ffee00' });
    answerByOperation({
      ConsultationDetail: { data: { consultation: ANSWERED } },
      InterpretationsToExtend: {
        data: { policies: { edges: [{ node: { id: 'abcdef0123456789', title: '区高龄津贴发放办法', interpretations: [{ id: 'i1', kind: 'QA', title: '高龄津贴问答' }] } }] } },
      },
      AddConsultationToInterpretation: { data: { addConsultationToInterpretation: { id: 'i1' } } },
    });
    render(<StaffQuestionPage />);
    const card = await screen.findByRole('group', { name: '加入政策解读问答' });
    type('政策文件标题中的字', '高龄津贴');
    fireEvent.click(within(card).getByRole('button', { name: '查找政策解读' }));
    await flush();
    expect(sent('InterpretationsToExtend')[0]?.variables).toEqual({ filter: { department: '区民政局', text: '高龄津贴' } });
    fireEvent.click(within(card).getByRole('button', { name: '区高龄津贴发放办法：高龄津贴问答' }));
    type('问题', '高龄津贴怎么申请？');
    fireEvent.click(within(card).getByRole('button', { name: '加入政策解读问答' }));
    await flush();
    expect(sent('AddConsultationToInterpretation')[0]?.variables).toEqual({
      id: 'c0ffee00c0ffee00c0ffee00',
      policyId: 'abcdef0123456789',
      interpretationId: 'i1',
      question: '高龄津贴怎么申请？',
      answer: '带身份证到社区服务站申请，次月起发放。',
    });
    expect(screen.getByText('已加入政策解读问答，居民在这篇解读里就能看到。')).toBeTruthy();
  });

  it('a reply of 不予公开 must name its grounds, and is sent only once the clerk confirms the kind, since a 告知书 once sent stands', async () => {
    signInAs(EDITOR);
    setRouterParams({ id: 'a11ce000a11ce000a11ce000' });
    answerByOperation({
      InformationRequestDetail: { data: { informationRequest: application() } },
      ReplyToInformationRequest: { data: { replyToInformationRequest: application({ status: 'REPLIED', replyDeadline: null, replyKind: 'WITHHELD', notices: [REPLY_NOTICE] }) } },
    });
    render(<StaffRequestPage />);
    const reply = await screen.findByRole('group', { name: '答复' });
    fireEvent.click(within(reply).getByRole('button', { name: '不予公开' }));
    type('理由和说明', '名单中含有涉密内容。');
    fireEvent.click(button('发出答复和告知书'));
    expect(within(reply).getByRole('alert').textContent).toBe('请选择答复的依据。');
    fireEvent.click(within(reply).getByRole('button', { name: '属于国家秘密' }));
    fireEvent.click(button('发出答复和告知书'));
    expect(within(reply).getByRole('group', { name: '确认发出答复' }).textContent).toContain('确定按「不予公开」答复吗？告知书马上生成，申请人会收到通知；发出后不能撤回或修改。');
    expect(sent('ReplyToInformationRequest')).toEqual([]);
    fireEvent.click(button('不改了'));
    expect(within(reply).queryByRole('group', { name: '确认发出答复' })).toBeNull();
    fireEvent.click(button('发出答复和告知书'));
    fireEvent.click(button('确认发出答复'));
    await flush();
    expect(sent('ReplyToInformationRequest')[0]?.variables).toEqual({
      id: 'a11ce000a11ce000a11ce000',
      reply: { kind: 'WITHHELD', grounds: ['STATE_SECRET'], reasons: '名单中含有涉密内容。', otherAgencyName: null, otherAgencyContact: null },
    });
    expect(screen.getByRole('link', { name: /政府信息不予公开告知书/ })).toBeTruthy();
    // Answered: nothing more to do here, the way on is the queue.
    fireEvent.click(button('回到申请列表'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/casework/staff-requests/index' });
  });

  it('年度报告数字: last year by default; a district admin chooses a department; the CSV keeps every column', async () => {
    signInAs(ADMIN);
    const report = (year: number, received: number) => ({
      year,
      columns: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      rows: [
        { label: '一、本年新收政府信息公开申请数量', level: 0, counts: [received, 1, 0, 0, 0, 0, received + 1] },
        { label: '三、本年度办理结果', level: 0, counts: null },
      ],
      csv: `,自然人,总计\n一、本年新收政府信息公开申请数量,${received},${received + 1}\n`,
    });
    const lastYear = currentYear() - 1;
    const answering = (received: number) =>
      answerByOperation({
        StaffMe: { data: { staffMe: ADMIN } },
        StaffDepartments: { data: { departments: ['区政府办公室', '区民政局'] } },
        InformationRequestReport: { data: { informationRequestReport: report(lastYear, received) } },
      });
    answering(5);
    render(<StaffReportPage />);
    await screen.findByRole('heading', { name: `全区 ${lastYear}年 收到和处理政府信息公开申请情况` });
    const row = screen.getByRole('row', { name: /本年新收/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '1', '6']);
    expect(sent('InformationRequestReport')[0]?.variables).toEqual({ year: lastYear, department: null });
    expect(button(`${currentYear()}年（截至今天）`)).toBeTruthy();

    answering(2);
    fireEvent.click(button('区民政局'));
    await screen.findByRole('heading', { name: `区民政局 ${lastYear}年 收到和处理政府信息公开申请情况` });
    expect(sent('InformationRequestReport').at(-1)?.variables).toEqual({ year: lastYear, department: '区民政局' });
    expect(within(screen.getByRole('row', { name: /本年新收/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '3']);
  });
});
