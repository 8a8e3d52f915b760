import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import type { StaffProjectQuery } from '../../generated/operations';
import { reloadSession, SESSION_KEY } from '../../session/store';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import { photoFromFile, putPhoto, sniffImageType, type PickedPhoto } from '../../platform/photos';
import { checkUpdate, EMPTY_FIGURE, type UpdateForm } from './update-form';
import ProjectStaffPage from '../../pages/projects/staff/index';
import ProjectReportPage from '../../pages/projects/report/index';

// 民生实事, the staff side: the department's projects, 报送进展 (text, figures, spending, one photo
// sent to storage first), 标记完成 and 说明延期 — with the staff session only.

jest.mock('../../platform/photos', () => ({
  ...jest.requireActual('../../platform/photos'),
  photoFromFile: jest.fn(),
  putPhoto: jest.fn(),
}));
const pickFile = photoFromFile as jest.MockedFunction<typeof photoFromFile>;
const put = putPhoto as jest.MockedFunction<typeof putPhoto>;

const DAY = 86_400_000;
const future = () => new Date(Date.now() + DAY).toISOString();
const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const EDITOR = { username: 'minzheng', displayName: '民政局信息员', role: 'DEPARTMENT_EDITOR' as const, department: '区民政局' };
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
  parent: null,
  viewerCan: { manage: true, report: true },
  target: { text: '新建社区老年食堂（助餐点）20个' },
  budget: { planned: 6_000_000, spent: 2_800_000, spentPercent: 46 },
  children: [],
  milestones: [
    { id: 'a1b2c3d4e5f60718.1', title: '确定20个点位', plannedDate: '2026-03-15', actualDate: '2026-03-12', done: true, overdue: false, overdueWorkingDays: null, delayReason: null, delayExplainedDate: null, needsExplanation: false },
    { id: 'a1b2c3d4e5f60718.2', title: '首批10个助餐点开业', plannedDate: '2026-10-30', actualDate: null, done: false, overdue: true, overdueWorkingDays: 16, delayReason: null, delayExplainedDate: null, needsExplanation: true },
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
const form = (overrides: Partial<UpdateForm> = {}): UpdateForm => ({ text: '首批10个助餐点已开业。', figures: [], spending: '', photo: null, ...overrides });

beforeEach(() => {
  reloadSession();
  staffSessions.reloadSession();
  pickFile.mockReset();
  put.mockReset();
  setRouterParams({ id: PROJECT.id });
});

describe('报送进展: the form’s rules', () => {
  it('needs the text; takes figures, spending in whole 元 and leaves wholly empty rows out', () => {
    expect(checkUpdate(form({ text: '  ' })).errors).toEqual({ text: '请写进展内容：做了什么、到了哪一步。' });
    expect(checkUpdate(form({ text: '字'.repeat(2001) })).errors.text).toBe('进展内容最多 2000 个字。');
    expect(
      checkUpdate(form({ figures: [{ label: ' 日均就餐 ', value: '1,800', unit: '人次' }, EMPTY_FIGURE, { label: '新增泊位', value: '８１２', unit: '' }], spending: '2950000' })).input,
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
        spending: '86.5',
        photo: { contentType: 'image/gif', bytes: 10 },
      }),
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      figures: { 0: '请写这项数据的名称，如：已完工小区。', 1: '数值要写成数字，如 12 或 8.6。', 2: '请填写数值。' },
      spending: '资金要写成以元为单位的整数，如 8600000（即 860 万元）。',
      photo: '照片只能是 JPG、PNG 或 WEBP 格式。',
    });
    expect(checkUpdate(form({ spending: '-100' })).errors.spending).toBe('本次使用资金不能是负数；写错了请用更正。');
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
  });

  it('posts nothing while the form has mistakes, each said under its field', async () => {
    signInStaff();
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, StaffProject: { data: { project: PROJECT } } });
    render(<ProjectReportPage />);
    const region = await screen.findByRole('region', { name: '报送进展' });
    fireEvent.click(within(region).getByRole('button', { name: '添加一项数据' }));
    fireEvent.change(within(region).getByRole('textbox', { name: '第 1 项：数值' }), { target: { value: '很多' } });
    fireEvent.change(within(region).getByRole('textbox', { name: '本次使用资金（元，可以不填）' }), { target: { value: '12.5万' } });
    fireEvent.click(within(region).getByRole('button', { name: '发布进展' }));
    const alerts = within(region).getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual([
      '请写进展内容：做了什么、到了哪一步。',
      '请写这项数据的名称，如：已完工小区。',
      '资金要写成以元为单位的整数，如 8600000（即 860 万元）。',
      '有几处要改一改，请看每一项下面的说明。',
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
    fireEvent.change(within(region).getByRole('textbox', { name: '本次使用资金（元，可以不填）' }), { target: { value: '2800000' } });
    expect(within(region).getByText('即 280 万元')).toBeTruthy();
    fireEvent.change(within(region).getByLabelText('选择照片'), { target: { files: [new File(['x'], 'site.jpg', { type: 'image/jpeg' })] } });
    await within(region).findByText('已选：240 KB，JPG');

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
    await within(region).findByText('已选：240 KB，JPG');
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
    fireEvent.change(within(again).getByRole('textbox', { name: '实际完成日期（年-月-日）' }), { target: { value: '2026-11-20' } });
    fireEvent.click(within(again).getByRole('button', { name: '确认已完成' }));
    await screen.findByText('已标记「首批10个助餐点开业」完成。');
    expect(sentRequests().filter((r) => ['ExplainDelay', 'CompleteMilestone'].includes(r.operation))).toEqual([
      { operation: 'ExplainDelay', variables: { milestoneId: 'a1b2c3d4e5f60718.2', reason: '两处点位消防验收需整改，预计12月中旬开业。' }, authorization: 'Bearer token-staff' },
      { operation: 'CompleteMilestone', variables: { milestoneId: 'a1b2c3d4e5f60718.2', actualDate: '2026-11-20', note: null }, authorization: 'Bearer token-staff' },
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
