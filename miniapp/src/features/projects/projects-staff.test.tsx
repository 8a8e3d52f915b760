import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo, redirectTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import type { StaffProjectQuery } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import { beijingDate, currentYear } from '../../lib/format';
import { photoFromFile, putPhoto, sniffImageType, type PickedPhoto } from '../../platform/photos';
import { checkUpdate, EMPTY_FIGURE, type UpdateForm } from './update-form';
import ProjectStaffPage from '../../pages/projects/staff/index';
import ProjectReportPage from '../../pages/projects/report/index';
import ProjectProposalsPage from '../../pages/projects/proposals/index';
import ProjectNewPage from '../../pages/projects/new/index';
import { phrased } from '../../../test-support/text';

// 民生实事, the staff side: the department's projects, 报送进展 (text, figures, spending, one photo
// sent to storage first), 标记完成 and 说明延期 — with the staff session only.

jest.mock('../../platform/photos'); // platform/__mocks__/photos.ts
const pickFile = photoFromFile as jest.MockedFunction<typeof photoFromFile>;
const put = putPhoto as jest.MockedFunction<typeof putPhoto>;

const DAY = 86_400_000;
const future = () => new Date(Date.now() + DAY).toISOString();
const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const EDITOR = { username: 'minzheng', displayName: '民政局信息员', role: 'DEPARTMENT_EDITOR' as const, department: '区民政局' };
const ADMIN = { username: 'admin', displayName: '区政府办公室管理员', role: 'DISTRICT_ADMIN' as const, department: '区政府办公室' };
const PHOTO: PickedPhoto = { name: 'site.jpg', contentType: 'image/jpeg', bytes: 245_760, body: new ArrayBuffer(8), previewUrl: 'blob:site' };
const UPLOAD = {
  uploadUrl: 'http://127.0.0.1:4000/uploads/token.sig',
  method: 'PUT',
  headers: [{ name: 'content-type', value: 'image/jpeg' }],
  photoKey: 'projects/a1b2c3d4e5f60718/k1.jpg',
  expiresAt: future(),
};

type Project = NonNullable<StaffProjectQuery['project']>;
const PROJECT: Project = {
  id: 'a1b2c3d4e5f60718',
  title: '社区老年食堂（老年助餐点）建设',
  leadDepartment: '区民政局',
  status: 'DELAYED',
  progress: 20,
  cancelledReason: null,
  cancelledDate: null,
  parent: null,
  viewerCan: { manage: true, report: true },
  target: { text: '新建社区老年食堂（助餐点）20个' },
  budget: { planned: 6_000_000, spent: 2_800_000, spentPercent: 46 },
  children: [],
  milestones: [
    { id: 'a1b2c3d4e5f60718.1', title: '确定20个点位', plannedDate: '2026-03-15', actualDate: '2026-03-12', done: true, overdue: false, overdueWorkingDays: null, delayReason: null, delayExplainedDate: null, delayExplainedBy: null, needsExplanation: false },
    { id: 'a1b2c3d4e5f60718.2', title: '首批10个助餐点开业', plannedDate: '2026-10-30', actualDate: null, done: false, overdue: true, overdueWorkingDays: 16, delayReason: null, delayExplainedDate: null, delayExplainedBy: null, needsExplanation: true },
  ],
  updates: { edges: [] },
};

const posted = (input: Record<string, unknown>) => ({
  data: {
    postProjectUpdate: {
      id: 'u9',
      kind: 'PROGRESS',
      date: '2026-11-23',
      department: '区民政局',
      text: input.text,
      figures: [],
      spending: null,
      photos: [],
      milestoneId: null,
      corrects: null,
      correctedBy: [],
    },
  },
});

function signInStaff() {
  setStorageSync(STAFF_SESSION_KEY, { token: 'token-staff', expiresAt: future() });
  staffSessions.reloadSession();
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const form = (overrides: Partial<UpdateForm> = {}): UpdateForm => ({ text: '首批10个助餐点已开业。', figures: [], spending: null, photo: null, ...overrides });

beforeEach(() => {
  reloadSession();
  staffSessions.reloadSession();
  pickFile.mockReset();
  put.mockReset();
  setRouterParams({ id: PROJECT.id });
});

describe('报送进展: the form’s rules', () => {
  it('needs the text; takes figures, spending in whole 元 (from the 万元 field) and leaves wholly empty rows out', () => {
    expect(checkUpdate(form({ text: '  ' })).errors).toEqual({ text: '请写进展内容：做了什么、到了哪一步。' });
    expect(checkUpdate(form({ text: '字'.repeat(2001) })).errors.text).toBe('进展内容最多 2000 个字。');
    expect(
      checkUpdate(form({ figures: [{ label: ' 日均就餐 ', value: '1,800', unit: '人次' }, EMPTY_FIGURE, { label: '新增泊位', value: '８１２', unit: '' }], spending: 2_950_000 })).input,
    ).toEqual({
      text: '首批10个助餐点已开业。',
      figures: [
        { label: '日均就餐', value: 1800, unit: '人次' },
        { label: '新增泊位', value: 812, unit: null },
      ],
      spending: 2_950_000,
    });
  });

  it('says what is wrong with each figure row, the spending and the photo, and sends nothing', () => {
    const { errors, input } = checkUpdate(
      form({
        figures: [{ label: '', value: '12', unit: '个' }, { label: '已完工', value: '十二', unit: '个' }, { label: '已完工', value: '', unit: '' }],
        spending: Number.NaN,
        photo: { contentType: 'image/gif', bytes: 10 },
      }),
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      figures: { 0: '请写这项数据的名称，如：已完工小区。', 1: '数值要写成数字，如 12 或 8.6。', 2: '请填写数值。' },
      spending: '请只写数字，以万元为单位，最多四位小数，如 860 或 12.5。',
      photo: '照片只能是 JPG、PNG 或 WEBP 格式。',
    });
    expect(checkUpdate(form({ spending: 2_000_000_000_000 })).errors.spending).toBe('资金数额太大了，请检查。');
    expect(checkUpdate(form({ photo: { contentType: 'image/png', bytes: 6 * 1024 * 1024 } })).errors.photo).toBe('照片不能超过 5 MB，请换一张或压缩后再选。');
    expect(checkUpdate(form({ figures: Array.from({ length: 11 }, (_, i) => ({ label: `第${i}项`, value: '1', unit: '' })) })).errors.figures).toEqual({ 10: '一条进展最多 10 项数据。' });
  });

  it('knows JPEG, PNG and WEBP by their first bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('image/png');
    expect(sniffImageType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(ascii('GIF89a'))).toBe('');
  });
});

describe('the staff pages', () => {
  it('without a staff session, sends the clerk to 工作人员登录 and asks nothing', async () => {
    setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
    reloadSession();
    render(<ProjectStaffPage />);
    await flush();
    fireEvent.click(button('工作人员登录'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/staff/index' });
    expect(sentRequests()).toEqual([]);
  });

  it('lists the department’s projects (lead or co-operating) with the staff token, overdue work in words', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProjects: { data: { projects: { edges: [{ node: PROJECT }], pageInfo: { hasNextPage: false, endCursor: null } } } },
    });
    render(<ProjectStaffPage />);
    const card = await screen.findByTestId('staff-project');
    expect(within(card).getByText('已延期，已完成 20%')).toBeTruthy();
    expect(within(card).getByText('⚠ 有 1 个节点已超期，需要说明原因')).toBeTruthy();
    const [me, projects] = sentRequests();
    expect(me).toMatchObject({ operation: 'StaffMe', authorization: 'Bearer token-staff' });
    expect(projects).toMatchObject({ operation: 'StaffProjects', variables: { filter: { year: expect.any(Number), department: '区民政局' } }, authorization: 'Bearer token-staff' });
    fireEvent.click(card);
    expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/projects/report/index?id=${PROJECT.id}` });
    // Proposals are the district office's to answer.
    expect(screen.queryByRole('button', { name: '答复群众建议' })).toBeNull();
  });

  it('posts nothing while the form has mistakes, each said under its field', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, StaffProject: { data: { project: PROJECT } } });
    render(<ProjectReportPage />);
    const region = await screen.findByRole('region', { name: '报送进展' });
    fireEvent.click(within(region).getByRole('button', { name: '添加一项数据' }));
    fireEvent.change(within(region).getByRole('textbox', { name: '第 1 项：数值' }), { target: { value: '很多' } });
    fireEvent.change(within(region).getByRole('textbox', { name: '本次使用资金（万元）' }), { target: { value: '12.5万' } });
    fireEvent.click(within(region).getByRole('button', { name: '发布进展' }));
    const alerts = within(region).getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual([
      '请写进展内容：做了什么、到了哪一步。',
      '请写这项数据的名称，如：已完工小区。',
      '请只写数字，以万元为单位，最多四位小数，如 860 或 12.5。',
      '还有 3 处要改，请看每一项下面的说明。',
    ]);
    expect(sentRequests().map((r) => r.operation).sort()).toEqual(['StaffMe', 'StaffProject']);
  });

  it('uploads the photo first (type and size as chosen), then posts the update naming it — once, however often tapped', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProject: { data: { project: PROJECT } },
      RequestPhotoUpload: { data: { requestPhotoUpload: UPLOAD } },
      PostProjectUpdate: posted({ text: '首批10个助餐点已开业，日均就餐900人次。' }),
    });
    pickFile.mockResolvedValue(PHOTO);
    put.mockResolvedValue(true);
    render(<ProjectReportPage />);
    const region = await screen.findByRole('region', { name: '报送进展' });
    fireEvent.change(within(region).getByRole('textbox', { name: '进展内容' }), { target: { value: '首批10个助餐点已开业，日均就餐900人次。' } });
    fireEvent.click(within(region).getByRole('button', { name: '添加一项数据' }));
    fireEvent.change(within(region).getByRole('textbox', { name: '第 1 项：名称' }), { target: { value: '日均就餐' } });
    fireEvent.change(within(region).getByRole('textbox', { name: '第 1 项：数值' }), { target: { value: '900' } });
    fireEvent.change(within(region).getByRole('textbox', { name: '第 1 项：单位' }), { target: { value: '人次' } });
    fireEvent.change(within(region).getByRole('textbox', { name: '本次使用资金（万元）' }), { target: { value: '280' } });
    expect(within(region).getByText('大写：贰佰捌拾万元整')).toBeTruthy();
    expect(within(region).getByText('即 2,800,000 元')).toBeTruthy();
    fireEvent.change(within(region).getByLabelText('选择照片'), { target: { files: [new File(['x'], 'site.jpg', { type: 'image/jpeg' })] } });
    await within(region).findByText('照片 1：240 KB，JPG');

    fireEvent.click(within(region).getByRole('button', { name: '发布进展' }));
    fireEvent.click(within(region).getByRole('button', { name: /发布/ }));
    await screen.findByText('进展已发布。居民在项目页面上就能看到，关注这个项目的居民会收到通知。');

    const requests = sentRequests().filter((r) => ['RequestPhotoUpload', 'PostProjectUpdate'].includes(r.operation));
    expect(requests).toEqual([
      { operation: 'RequestPhotoUpload', variables: { projectId: PROJECT.id, contentType: 'image/jpeg', bytes: 245_760 }, authorization: 'Bearer token-staff' },
      {
        operation: 'PostProjectUpdate',
        variables: {
          projectId: PROJECT.id,
          input: { text: '首批10个助餐点已开业，日均就餐900人次。', figures: [{ label: '日均就餐', value: 900, unit: '人次' }], spending: 2_800_000, photos: [UPLOAD.photoKey] },
        },
        authorization: 'Bearer token-staff',
      },
    ]);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledWith(UPLOAD, PHOTO);
    // The project is read again; the new entry shows under 最近的进展 and the form starts empty.
    expect(sentRequests().filter((r) => r.operation === 'StaffProject')).toHaveLength(2);
    const fresh = await screen.findByRole('region', { name: '报送进展' });
    expect(within(screen.getByRole('list', { name: '最近的进展' })).getByText('首批10个助餐点已开业，日均就餐900人次。')).toBeTruthy();
    expect((within(fresh).getByRole('textbox', { name: '进展内容' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('says so when the photo could not be sent, posts nothing, and tries the photo again on the next tap', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProject: { data: { project: PROJECT } },
      RequestPhotoUpload: { data: { requestPhotoUpload: UPLOAD } },
      PostProjectUpdate: posted({ text: '现场照片。' }),
    });
    pickFile.mockResolvedValue(PHOTO);
    put.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    render(<ProjectReportPage />);
    const region = await screen.findByRole('region', { name: '报送进展' });
    fireEvent.change(within(region).getByRole('textbox', { name: '进展内容' }), { target: { value: '现场照片。' } });
    fireEvent.change(within(region).getByLabelText('选择照片'), { target: { files: [new File(['x'], 'site.jpg')] } });
    await within(region).findByText('照片 1：240 KB，JPG');
    fireEvent.click(within(region).getByRole('button', { name: '发布进展' }));
    await within(region).findByText('没能发布：照片没能上传，请检查网络后再点“发布进展”。');
    expect(sentRequests().map((r) => r.operation)).not.toContain('PostProjectUpdate');
    fireEvent.click(within(region).getByRole('button', { name: '发布进展' }));
    await screen.findByText(/^进展已发布/);
    expect(put).toHaveBeenCalledTimes(2);
  });

  it('marks a milestone done with its actual date, and explains a delay — for the lead department', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProject: { data: { project: PROJECT } },
      CompleteMilestone: { data: { completeMilestone: { id: PROJECT.id, status: 'IN_PROGRESS', progress: 60 } } },
      ExplainDelay: { data: { explainDelay: { id: PROJECT.id, status: 'DELAYED', progress: 20 } } },
    });
    render(<ProjectReportPage />);
    const milestones = await screen.findByRole('list', { name: '进度节点' });
    expect(within(milestones).getByText('⚠ 已超期 16 个工作日，需要说明原因')).toBeTruthy();

    fireEvent.click(within(milestones).getByRole('button', { name: '说明延期原因' }));
    fireEvent.click(within(milestones).getByRole('button', { name: '公开延期说明' }));
    expect(within(milestones).getByRole('alert').textContent).toBe('请写延期的原因和预计什么时候完成。');
    fireEvent.change(within(milestones).getByRole('textbox', { name: '延期原因' }), { target: { value: '两处点位消防验收需整改，预计12月中旬开业。' } });
    fireEvent.click(within(milestones).getByRole('button', { name: '公开延期说明' }));
    await screen.findByText('「首批10个助餐点开业」的延期原因已公开。');

    const again = await screen.findByRole('list', { name: '进度节点' });
    fireEvent.click(within(again).getByRole('button', { name: '标记「首批10个助餐点开业」已完成' }));
    // The day is picked (the browser's date picker, the day in words under it), not typed as 年-月-日.
    const day = within(again).getByLabelText('实际完成日期');
    expect(day.getAttribute('type')).toBe('date');
    fireEvent.change(day, { target: { value: '2026-11-20' } });
    expect(within(again).getByText('2026年11月20日 星期五')).toBeTruthy();
    fireEvent.click(within(again).getByRole('button', { name: '确认已完成' }));
    await screen.findByText('已标记「首批10个助餐点开业」完成。');
    expect(sentRequests().filter((r) => ['ExplainDelay', 'CompleteMilestone'].includes(r.operation))).toEqual([
      { operation: 'ExplainDelay', variables: { milestoneId: 'a1b2c3d4e5f60718.2', reason: '两处点位消防验收需整改，预计12月中旬开业。' }, authorization: 'Bearer token-staff' },
      { operation: 'CompleteMilestone', variables: { milestoneId: 'a1b2c3d4e5f60718.2', actualDate: '2026-11-20', note: null }, authorization: 'Bearer token-staff' },
    ]);
  });

  it('corrects a milestone’s name or planned date with a public reason; a date already passed stays, said in words', async () => {
    signInStaff();
    const nextYear = Number(beijingDate(new Date()).slice(0, 4)) + 1;
    const later = { ...PROJECT.milestones[1]!, id: 'a1b2c3d4e5f60718.3', title: '全部20个助餐点开业', plannedDate: `${nextYear}-06-30`, overdue: false, overdueWorkingDays: null, needsExplanation: false };
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProject: { data: { project: { ...PROJECT, milestones: [...PROJECT.milestones, later] } } },
      CorrectMilestone: { data: { correctMilestone: { id: PROJECT.id, status: 'DELAYED', progress: 20 } } },
    });
    render(<ProjectReportPage />);
    const milestones = await screen.findByRole('list', { name: '进度节点' });
    const [, late, upcoming] = within(milestones).getAllByRole('listitem');
    // Done milestones are not offered for correction.
    expect(within(milestones).getAllByRole('button', { name: '改名称或计划日期' })).toHaveLength(2);

    fireEvent.click(within(late!).getByRole('button', { name: '改名称或计划日期' }));
    const lateForm = within(late!).getByRole('group', { name: '改名称或计划日期：首批10个助餐点开业' });
    expect(lateForm.textContent).toContain('已经过了，不能再改；晚了请说明延期原因。');
    expect(within(lateForm).queryByLabelText('计划完成日期')).toBeNull();
    fireEvent.click(within(lateForm).getByRole('button', { name: '先不改' }));

    fireEvent.click(within(upcoming!).getByRole('button', { name: '改名称或计划日期' }));
    const form = within(upcoming!).getByRole('group', { name: '改名称或计划日期：全部20个助餐点开业' });
    fireEvent.click(within(form).getByRole('button', { name: '保存并公开调整' }));
    expect(within(form).getByRole('alert').textContent).toBe('名称和计划完成日期都没有改。');
    fireEvent.change(within(form).getByLabelText('计划完成日期'), { target: { value: `${nextYear}-07-31` } });
    fireEvent.click(within(form).getByRole('button', { name: '保存并公开调整' }));
    expect(within(form).getByRole('alert').textContent).toBe('请写调整原因；原因会和调整一起公开给居民看。');
    fireEvent.change(within(form).getByRole('textbox', { name: '调整原因' }), { target: { value: '两处点位换址，装修顺延一个月。' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存并公开调整' }));
    await screen.findByText('「全部20个助餐点开业」已调整，调整和原因已公开。');
    expect(sentRequests().filter((r) => r.operation === 'CorrectMilestone').map((r) => r.variables)).toEqual([
      { milestoneId: 'a1b2c3d4e5f60718.3', input: { title: '全部20个助餐点开业', plannedDate: `${nextYear}-07-31`, reason: '两处点位换址，装修顺延一个月。' } },
    ]);
  });

  it('a co-operating department (the API says: may report, not manage) reports progress but has no milestone buttons', async () => {
    signInStaff();
    const coOperating = { ...PROJECT, viewerCan: { manage: false, report: true } };
    answerByOperation({ StaffMe: { data: { staffMe: { ...EDITOR, department: '区市场监督管理局' } } }, StaffProject: { data: { project: coOperating } } });
    render(<ProjectReportPage />);
    await screen.findByRole('region', { name: '报送进展' });
    expect(screen.getByText('节点由牵头单位标记完成、说明延期。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /标记|说明延期/ })).toBeNull();
  });

  it('a department the API lets do neither is told so, with no form and no buttons', async () => {
    signInStaff();
    const outside = { ...PROJECT, viewerCan: { manage: false, report: false } };
    answerByOperation({ StaffMe: { data: { staffMe: { ...EDITOR, department: '区教育局' } } }, StaffProject: { data: { project: outside } } });
    render(<ProjectReportPage />);
    expect(await screen.findByText('区教育局不是这个项目的牵头或配合单位，不能报送进展。')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '报送进展' })).toBeNull();
    expect(screen.queryByRole('button', { name: /标记|说明延期/ })).toBeNull();
  });

  it('marks in the list which projects the department leads, as the API says', async () => {
    signInStaff();
    const coOperating = { ...PROJECT, viewerCan: { manage: false } };
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, StaffProjects: { data: { projects: { edges: [{ node: coOperating }], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<ProjectStaffPage />);
    const card = await screen.findByTestId('staff-project');
    expect(within(card).getByText('配合单位（可报送进展）；牵头单位：区民政局')).toBeTruthy();
    expect(within(card).queryByText(/需要说明原因/)).toBeNull();
  });
});

const type = (name: string, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });
const NO_PARENTS = { data: { projectLists: [] } };

describe('新建项目', () => {
  // No id: a new project.
  beforeEach(() => setRouterParams({}));

  it('is opened from 民生实事报送', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, StaffProjects: { data: { projects: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<ProjectStaffPage />);
    fireEvent.click(await screen.findByRole('button', { name: '新建项目' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/projects/new/index' });
  });

  it('says each mistake under its field and sends nothing', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ProjectParentChoices: NO_PARENTS });
    render(<ProjectNewPage />);
    await screen.findByText('牵头单位是区民政局。保存后居民就能在民生实事里看到这个项目。');
    type('在清单里的顺序（可以不填）', '0');
    type('目标数量', '三十');
    type('第 1 个节点：名称', '完成招标');
    type('第 1 个节点：权重', '0');
    fireEvent.click(button('保存并公开'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      '排序要是 1 到 999 之间的整数；不填排在最后。',
      '请填写项目名称。',
      '请填写项目简介。',
      '目标数量要写成大于 0 的数字，如 30 或 1.5。',
      '请填写目标单位。',
      '请填写目标说明。',
      '请填写安排资金；没有安排资金写 0。',
      '请选择计划完成日期。',
      '还有 8 处要改，请看每一项下面的说明。',
    ]);
    expect(sentRequests().map((r) => r.operation)).not.toContain('CreateProject');
  });

  it('sends the project (money in whole 元 from 万元, co-operating departments split, empty milestone rows left out) and opens its staff page', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ProjectParentChoices: NO_PARENTS, CreateProject: { data: { createProject: { id: 'f00dfeedf00dfeed' } } } });
    render(<ProjectNewPage />);
    await screen.findByRole('button', { name: '保存并公开' });
    type('项目名称', '社区老年食堂建设');
    type('项目简介', '新建20个社区老年食堂。');
    type('配合单位（可以不填）', '区卫健局、区市场监管局，区卫健局');
    type('目标数量', '20');
    type('目标单位', '个');
    type('目标说明', '新建社区老年食堂20个');
    type('安排资金（万元）', '600');
    expect(screen.getByText('大写：陆佰万元整')).toBeTruthy();
    type('第 1 个节点：名称', '确定点位');
    type('第 1 个节点：计划完成日期', '2026-03-15');
    expect(screen.getByText('2026年3月15日 星期日')).toBeTruthy();
    fireEvent.click(button('加一个节点'));
    fireEvent.click(button('保存并公开'));
    fireEvent.click(button(/保存/));
    await flush();
    const sent = sentRequests().filter((r) => r.operation === 'CreateProject');
    expect(sent).toEqual([
      {
        operation: 'CreateProject',
        variables: {
          input: {
            year: currentYear(),
            list: `${currentYear()}年区十大民生实事`,
            parentId: null,
            order: null,
            title: '社区老年食堂建设',
            summary: '新建20个社区老年食堂。',
            leadDepartment: null,
            cooperatingDepartments: ['区卫健局', '区市场监管局'],
            target: { quantity: 20, unit: '个', text: '新建社区老年食堂20个' },
            budgetPlanned: 6_000_000,
            milestones: [{ title: '确定点位', plannedDate: '2026-03-15', weight: 1 }],
          },
        },
        authorization: 'Bearer token-staff',
      },
    ]);
    expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/projects/report/index?id=f00dfeedf00dfeed' });
  });

  it('makes a part of a project the department leads (上级项目: only those without milestones), in its list, at the place given', async () => {
    signInStaff();
    const year = currentYear();
    const parents = {
      data: {
        projectLists: [
          {
            name: `${year}年区十大民生实事`,
            projects: [
              { id: 'parent0000000001', title: '老旧小区改造', status: 'IN_PROGRESS', milestones: [], viewerCan: { manage: true } },
              { id: 'other00000000001', title: '加装电梯', status: 'IN_PROGRESS', milestones: [{ id: 'other00000000001.1' }], viewerCan: { manage: true } },
              { id: 'other00000000002', title: '便民停车', status: 'NOT_STARTED', milestones: [], viewerCan: { manage: false } },
            ],
          },
        ],
      },
    };
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ProjectParentChoices: parents, CreateProject: { data: { createProject: { id: 'f00dfeedf00dfeed' } } } });
    render(<ProjectNewPage />);
    const choices = await screen.findByRole('group', { name: '上级项目' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['✓ 不属于其他项目', `老旧小区改造（${year}年区十大民生实事）`]);
    fireEvent.click(within(choices).getByRole('button', { name: `老旧小区改造（${year}年区十大民生实事）` }));
    type('在上级项目里的顺序（可以不填）', '2');
    type('项目名称', '西关街道老旧小区改造');
    type('项目简介', '改造西关街道的10个小区。');
    type('目标数量', '10');
    type('目标单位', '个');
    type('目标说明', '改造10个小区');
    type('安排资金（万元）', '300');
    type('第 1 个节点：名称', '完工');
    type('第 1 个节点：计划完成日期', `${year}-11-30`);
    fireEvent.click(button('保存并公开'));
    await flush();
    expect(sentRequests().find((r) => r.operation === 'CreateProject')?.variables.input).toMatchObject({ parentId: 'parent0000000001', order: 2, list: `${year}年区十大民生实事`, title: '西关街道老旧小区改造' });
  });
});

describe('修改项目', () => {
  const TO_EDIT = {
    id: PROJECT.id,
    year: 2026,
    list: '2026年区十大民生实事',
    order: 3,
    title: PROJECT.title,
    summary: '新建20个社区老年食堂。',
    leadDepartment: '区民政局',
    cooperatingDepartments: ['区卫生健康局'],
    status: 'DELAYED' as const,
    version: 7,
    parent: null,
    target: { quantity: 20, unit: '个', text: '新建社区老年食堂（助餐点）20个' },
    budget: { planned: 6_000_000 },
    children: [],
    milestones: [{ id: `${PROJECT.id}.1`, title: '确定20个点位', plannedDate: '2026-03-15', weight: 1 }],
    viewerCan: { manage: true },
  };

  it('is opened from the project’s 报送进展 page by the lead department', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, StaffProject: { data: { project: PROJECT } } });
    render(<ProjectReportPage />);
    fireEvent.click(await screen.findByRole('button', { name: '修改项目' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/projects/new/index?id=${PROJECT.id}` });
  });

  it('starts from the project as it is; a changed budget asks for the reason; sends the changes against the version read', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ProjectToEdit: { data: { project: TO_EDIT } }, UpdateProject: { data: { updateProject: { id: PROJECT.id } } } });
    render(<ProjectNewPage />);
    expect(await screen.findByRole('heading', { name: '修改民生实事项目' })).toBeTruthy();
    await screen.findByRole('button', { name: '保存修改' });
    expect((screen.getByLabelText('项目名称') as HTMLInputElement).value).toBe(PROJECT.title);
    expect((screen.getByLabelText('安排资金（万元）') as HTMLInputElement).value).toBe('600');
    // What cannot change is said, not offered: the milestones and their planned dates.
    expect(screen.getByText('确定20个点位：计划2026年3月15日完成（权重 1）')).toBeTruthy();
    expect(screen.queryByLabelText('第 1 个节点：名称')).toBeNull();
    expect(screen.queryByLabelText('调整原因')).toBeNull();
    type('项目简介', '新建20个社区老年食堂，就近吃上热饭。');
    type('安排资金（万元）', '750');
    fireEvent.click(button('保存修改'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['改了目标或安排资金，要写调整原因；原因会和调整一起公开给居民看。', '还有 1 处要改，请看那一项下面的说明。']);
    type('调整原因', '新增5个点位。');
    fireEvent.click(button('保存修改'));
    await flush();
    expect(sentRequests().find((r) => r.operation === 'UpdateProject')?.variables).toEqual({
      id: PROJECT.id,
      expectedVersion: 7,
      input: {
        title: PROJECT.title,
        summary: '新建20个社区老年食堂，就近吃上热饭。',
        cooperatingDepartments: ['区卫生健康局'],
        order: 3,
        target: TO_EDIT.target,
        budgetPlanned: 7_500_000,
        reason: '新增5个点位。',
      },
    });
    expect(redirectTo).toHaveBeenLastCalledWith({ url: `/pages/projects/report/index?id=${PROJECT.id}` });
  });

  it('says why it cannot save when someone changed the project meanwhile', async () => {
    signInStaff();
    const refused = { errors: [{ message: '这个项目在您打开以后被别人修改过了，请刷新页面，看一看现在的内容再改。', extensions: { code: 'CONFLICT' } }] };
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, ProjectToEdit: { data: { project: TO_EDIT } }, UpdateProject: refused });
    render(<ProjectNewPage />);
    await screen.findByRole('button', { name: '保存修改' });
    type('项目名称', '社区老年食堂建设');
    fireEvent.click(button('保存修改'));
    expect(await screen.findByText('没能保存：这个项目在您打开以后被别人修改过了，请刷新页面，看一看现在的内容再改。')).toBeTruthy();
    expect(redirectTo).not.toHaveBeenCalledWith({ url: `/pages/projects/report/index?id=${PROJECT.id}` });
  });
});

describe('撤销项目 and 更正', () => {
  const ENTRY = { id: 'u1', kind: 'PROGRESS' as const, date: '2026-11-02', department: '区民政局', text: '已开业12个助餐点。', figures: [{ label: '已开业', value: 12, unit: '个' }], spending: 3_000_000, photos: [], milestoneId: null, corrects: null, correctedBy: [] as string[] };
  const WITH_ENTRY = { ...PROJECT, updates: { edges: [{ node: ENTRY }] } };

  it('asks for the reason in the confirmation, then shows the project cancelled with no form left to report', async () => {
    signInStaff();
    const cancelled = { ...WITH_ENTRY, status: 'CANCELLED' as const, cancelledReason: '选址调整，并入明年项目。', cancelledDate: '2026-11-23' };
    let current: Project = WITH_ENTRY;
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      // The project as stored: cancelled once CancelProject was answered.
      get StaffProject() {
        return { data: { project: current } };
      },
      get CancelProject() {
        current = cancelled;
        return { data: { cancelProject: { id: PROJECT.id, status: 'CANCELLED', cancelledReason: cancelled.cancelledReason, cancelledDate: cancelled.cancelledDate } } };
      },
    });
    render(<ProjectReportPage />);
    fireEvent.click(await screen.findByRole('button', { name: '撤销项目' }));
    const group = screen.getByRole('group', { name: '确认撤销' });
    expect(within(group).getByText(/^确定撤销「社区老年食堂（老年助餐点）建设」吗？撤销后不能恢复/)).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: '确认撤销' }));
    expect(within(group).getByRole('alert').textContent).toBe('请写撤销的原因；原因会公开给居民看。');
    expect(sentRequests().map((r) => r.operation)).not.toContain('CancelProject');
    fireEvent.change(within(group).getByRole('textbox', { name: '撤销原因' }), { target: { value: '选址调整，并入明年项目。' } });
    fireEvent.click(within(group).getByRole('button', { name: '确认撤销' }));
    await screen.findByText('项目已撤销。居民看到的项目显示“已取消”和撤销原因，关注的居民会收到通知。');
    expect(await screen.findByText('项目已于2026年11月23日取消。取消原因：选址调整，并入明年项目。')).toBeTruthy();
    expect(sentRequests().find((r) => r.operation === 'CancelProject')?.variables).toEqual({ id: PROJECT.id, reason: '选址调整，并入明年项目。' });
    expect(screen.queryByRole('region', { name: '报送进展' })).toBeNull();
    expect(screen.queryByRole('button', { name: '撤销项目' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^标记/ })).toBeNull();
    // Corrections stay possible.
    expect(screen.getByRole('button', { name: '更正2026年11月2日的进展' })).toBeTruthy();
  });

  it('更正 opens the form filled with the entry, takes spending back, and posts with corrects', async () => {
    signInStaff();
    const correction = { ...ENTRY, id: 'u2', kind: 'CORRECTION' as const, date: '2026-11-23', text: '已开业10个助餐点（11月2日误报为12个）。', figures: [{ label: '已开业', value: 10, unit: '个' }], spending: -500_000, corrects: 'u1' };
    answerByOperation({
      StaffMe: { data: { staffMe: EDITOR } },
      StaffProject: { data: { project: WITH_ENTRY } },
      PostProjectUpdate: { data: { postProjectUpdate: correction } },
    });
    render(<ProjectReportPage />);
    fireEvent.click(await screen.findByRole('button', { name: '更正2026年11月2日的进展' }));
    const form = screen.getByRole('region', { name: '更正2026年11月2日的进展' });
    expect((within(form).getByRole('textbox', { name: '更正后的内容' }) as HTMLTextAreaElement).value).toBe('已开业12个助餐点。');
    expect((within(form).getByRole('textbox', { name: '第 1 项：数值' }) as HTMLInputElement).value).toBe('12');
    fireEvent.change(within(form).getByRole('textbox', { name: '更正后的内容' }), { target: { value: '已开业10个助餐点（11月2日误报为12个）。' } });
    fireEvent.change(within(form).getByRole('textbox', { name: '第 1 项：数值' }), { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: '多报了，减去' }));
    fireEvent.change(within(form).getByRole('textbox', { name: '要减去的资金（万元）' }), { target: { value: '50' } });
    fireEvent.click(within(form).getByRole('button', { name: '发布更正' }));
    await screen.findByText('更正已发布。原来的内容标明“已更正”，居民看到的以更正为准。');
    expect(sentRequests().find((r) => r.operation === 'PostProjectUpdate')?.variables).toEqual({
      projectId: PROJECT.id,
      input: { text: '已开业10个助餐点（11月2日误报为12个）。', figures: [{ label: '已开业', value: 10, unit: '个' }], spending: -500_000, corrects: 'u1', photos: [] },
    });
    expect(within(await screen.findByRole('list', { name: '最近的进展' })).getByText('更正 2026年11月2日 的一条内容：')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '更正2026年11月2日的进展' })).toBeNull();
  });
});

describe('答复群众建议', () => {
  const proposal = (change = {}) => ({ id: 'p1', forYear: currentYear() + 1, title: '老旧小区加装电梯', description: '五楼老人下楼难。', location: '城东街道', status: 'SUBMITTED' as const, reply: null, project: null as { id: string; title: string } | null, submittedAt: '2026-11-20T02:00:00.000Z', answeredAt: null, viewerCan: { manage: true }, ...change });
  const page = (...nodes: ReturnType<typeof proposal>[]) => ({ data: { projectProposals: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } });

  it('a district admin reaches it from 民生实事报送', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: ADMIN } }, StaffProjects: { data: { projects: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<ProjectStaffPage />);
    fireEvent.click(await screen.findByRole('button', { name: '答复群众建议' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/projects/proposals/index' });
  });

  it('lists next year’s proposals waiting for an answer and answers one once, with the result and the reply', async () => {
    signInStaff();
    const answered = proposal({ status: 'ACCEPTED', reply: '已列入明年清单。', answeredAt: '2026-11-25T02:00:00.000Z' });
    answerByOperation({
      StaffMe: { data: { staffMe: ADMIN } },
      StaffProposals: page(proposal()),
      StaffProjects: { data: { projects: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } },
      AnswerProjectProposal: { data: { answerProjectProposal: answered } },
    });
    render(<ProjectProposalsPage />);
    const card = await screen.findByRole('article', { name: '老旧小区加装电梯' });
    expect(within(card).getByText(phrased('待答复 · 2026年11月20日提交 · 地点：城东街道'))).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: '发送答复' }));
    expect(screen.getByRole('alert').textContent).toBe('请选择答复结果。');
    fireEvent.click(within(card).getByRole('button', { name: '采纳' }));
    // Linking a project is optional when adopting.
    expect(await within(card).findByRole('button', { name: '不关联项目，已选' })).toBeTruthy();
    fireEvent.change(within(card).getByRole('textbox', { name: '答复内容' }), { target: { value: ' 已列入明年清单。 ' } });
    fireEvent.click(within(card).getByRole('button', { name: '发送答复' }));
    // Answered once only: asked first, with the answer chosen; nothing goes until it is confirmed.
    expect(within(card).getByRole('group', { name: '确认发送答复' }).textContent).toContain('确定按「采纳」答复「老旧小区加装电梯」吗？建议人会收到答复，公开的建议列表里也会显示；只能答复一次，发出后不能修改。');
    expect(sentRequests().some((r) => r.operation === 'AnswerProjectProposal')).toBe(false);
    fireEvent.click(within(card).getByRole('button', { name: '确认发送答复' }));
    await screen.findByText('已答复「老旧小区加装电梯」。');
    expect(screen.getByText('答复（2026年11月25日）：已列入明年清单。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '发送答复' })).toBeNull();

    const sent = sentRequests().filter((r) => r.operation !== 'StaffMe' && r.operation !== 'StaffProjects');
    expect(sent.map((r) => [r.operation, r.variables, r.authorization])).toEqual([
      ['StaffProposals', { forYear: currentYear() + 1, status: 'SUBMITTED', after: null }, 'Bearer token-staff'],
      ['AnswerProjectProposal', { id: 'p1', input: { status: 'ACCEPTED', reply: '已列入明年清单。' } }, 'Bearer token-staff'],
    ]);
  });

  it('合并 needs the project it is merged into, chosen from this year’s and next year’s lists, and sends it', async () => {
    signInStaff();
    const merged = proposal({ status: 'MERGED', reply: '已并入社区老年食堂项目。', answeredAt: '2026-11-25T02:00:00.000Z', project: { id: PROJECT.id, title: PROJECT.title } });
    answerByOperation({
      StaffMe: { data: { staffMe: ADMIN } },
      StaffProposals: page(proposal()),
      StaffProjects: { data: { projects: { edges: [{ node: { ...PROJECT, milestones: [] } }], pageInfo: { hasNextPage: false, endCursor: null } } } },
      AnswerProjectProposal: { data: { answerProjectProposal: merged } },
    });
    render(<ProjectProposalsPage />);
    const card = await screen.findByRole('article', { name: '老旧小区加装电梯' });
    fireEvent.click(within(card).getByRole('button', { name: '合并到其他项目' }));
    fireEvent.change(within(card).getByRole('textbox', { name: '答复内容' }), { target: { value: '已并入社区老年食堂项目。' } });
    fireEvent.click(within(card).getByRole('button', { name: '发送答复' }));
    expect(screen.getByRole('alert').textContent).toBe('请选择合并到哪个项目。');
    fireEvent.click(await within(card).findByRole('button', { name: `${currentYear()}年 · ${PROJECT.title}` }));
    // Chosen: the message goes at once, before the answer is sent again.
    expect(screen.queryByText('请选择合并到哪个项目。')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: '发送答复' }));
    fireEvent.click(within(card).getByRole('button', { name: '确认发送答复' }));
    await screen.findByText(`关联项目：${PROJECT.title}`);
    // Both years' lists were offered.
    expect(sentRequests().filter((r) => r.operation === 'StaffProjects').map((r) => r.variables.filter)).toEqual([{ year: currentYear() + 1 }, { year: currentYear() }]);
    expect(sentRequests().find((r) => r.operation === 'AnswerProjectProposal')?.variables).toEqual({ id: 'p1', input: { status: 'MERGED', reply: '已并入社区老年食堂项目。', projectId: PROJECT.id } });
  });

  it('shows the call-back number masked; once read in full on purpose, only the full number', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: { data: { staffMe: ADMIN } },
      StaffProposals: page(proposal({ contactMobile: '139****5678', viewerCan: { manage: true, readPersonalData: true } })),
      ProposalContact: { data: { projectProposalContact: '13912345678' } },
    });
    render(<ProjectProposalsPage />);
    const card = await screen.findByRole('article', { name: '老旧小区加装电梯' });
    expect(card.textContent).toContain('回电号码139****5678');
    expect(card.textContent).not.toContain('13912345678');
    fireEvent.click(within(card).getByRole('button', { name: '查看完整回电号码（会记录在案）' }));
    await within(card).findByText(phrased('13912345678'));
    expect(card.textContent).not.toContain('139****5678');
    expect(within(card).queryByRole('button', { name: '查看完整回电号码（会记录在案）' })).toBeNull();
  });

  it('已答复的 asks for the answered ones of the chosen year', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: ADMIN } }, StaffProposals: page() });
    render(<ProjectProposalsPage />);
    await screen.findByText('没有待答复的建议。');
    fireEvent.click(button(`${currentYear()}年`));
    fireEvent.click(button('已答复的'));
    await screen.findByText('还没有答复过的建议。');
    expect(sentRequests().filter((r) => r.operation === 'StaffProposals').at(-1)?.variables).toEqual({ forYear: currentYear(), status: null, after: null });
  });
});
