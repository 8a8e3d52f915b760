import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerByOperation, operationNameOf, request, sentRequests } from '../../../test-support/api';
import { asWeapp, navigateTo, setRouterParams, setStorageSync } from '../../../test-support/taro';
import { future } from '../../../test-support/rating-fixtures';
import type { ServiceQrFieldsFragment } from '../../generated/operations';
import { STAFF_SESSION_KEY, staffSessions } from '../../session/staff';
import { copyText } from '../../platform';
import { savePng } from '../../platform/files';
import { codeTitle, departmentsOf, formFieldOf, qrFileName, qrPageAddress, splitWindows } from './qr-codes';
import QrCodesPage from '../../pages/rating/qrcodes/index';
import Mine from '../../pages/mine/index/index';

// 服务二维码 (staff): the department's services with a printable code per service and per window,
// downloads on H5, the H5 address on weapp, and 新增服务 with the API's messages in the form.

jest.mock('../../platform', () => ({ ...jest.requireActual('../../platform'), copyText: jest.fn(async () => true) }));
jest.mock('../../platform/files', () => ({ savePng: jest.fn(async () => true) }));
const copy = copyText as jest.MockedFunction<typeof copyText>;
const png = savePng as jest.MockedFunction<typeof savePng>;

const flush = () => act(async () => undefined);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const EDITOR = { username: 'minzheng', displayName: '民政局信息员', role: 'DEPARTMENT_EDITOR' as const, department: '区民政局' };
const ADMIN = { username: 'admin', displayName: '区政府办公室管理员', role: 'DISTRICT_ADMIN' as const, department: '区政府办公室' };
const BASE = 'http://gov.example.cn';

const link = (service: { id: string; department: string; name: string }, window: string | null) => {
  const caption = [service.department, service.name, window && `${window}号窗口`].filter(Boolean).join(' · ');
  return {
    window,
    h5Url: `${BASE}/#/pages/rating/rate/index?service=${service.id}${window ? `&window=${window}` : ''}`,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(`<svg>${service.id}${window ?? ''}</svg>`).toString('base64')}`,
    caption,
  };
};

function service(id: string, name: string, channel: ServiceQrFieldsFragment['channel'], windows: string[] = [], department = '区民政局'): ServiceQrFieldsFragment {
  const base = { id, department, name };
  return { ...base, channel, windows, description: null, disabled: false, ratingLinks: [null, ...windows].map((w) => link(base, w)) };
}

const DIBAO = service('svc-dibao', '最低生活保障申请', 'WINDOW', ['3', '4']);
const HOTLINE = service('svc-hotline', '养老服务咨询', 'HOTLINE');
const codes = (...nodes: ServiceQrFieldsFragment[]) => ({
  data: { services: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } },
});
const me = (staff: typeof EDITOR | typeof ADMIN) => ({ data: { staffMe: staff } });
const refused = (message: string, code: string, field?: string) => ({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

function signInStaff() {
  setStorageSync(STAFF_SESSION_KEY, { token: 'token-staff', expiresAt: future() });
  staffSessions.reloadSession();
}

beforeEach(() => {
  staffSessions.reloadSession();
  copy.mockClear();
  png.mockClear();
});

describe('服务二维码: the codes', () => {
  it('without a staff session says why and opens the staff sign-in', async () => {
    render(<QrCodesPage />);
    fireEvent.click(button('工作人员登录'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/rating/staff/index' });
    expect(sentRequests()).toEqual([]);
  });

  it("lists the editor's department's services with the channel in words and a large code per service and per window", async () => {
    signInStaff();
    answerByOperation({ StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO, HOTLINE) });
    render(<QrCodesPage />);
    await screen.findByText('共 2 项服务');
    expect(screen.getByRole('heading', { name: '区民政局的服务' })).toBeTruthy();
    // An editor sees their own department; nothing to choose.
    expect(screen.queryByRole('group', { name: '选择部门' })).toBeNull();
    expect(sentRequests().filter((r) => r.operation === 'ServiceQrCodes')).toEqual([
      { operation: 'ServiceQrCodes', variables: { department: '区民政局', first: 20, after: null }, authorization: 'Bearer token-staff' },
    ]);

    const [dibao, hotline] = screen.getAllByTestId('qr-service');
    expect(within(dibao!).getByText('办理方式：窗口办理（3、4号窗口）')).toBeTruthy();
    expect(within(hotline!).getByText('办理方式：电话办理')).toBeTruthy();

    const dibaoCodes = within(dibao!).getAllByTestId('qr-code');
    expect(dibaoCodes.map((code) => code.getAttribute('aria-label'))).toEqual(['整项服务的二维码（不分窗口）', '3号窗口的二维码', '4号窗口的二维码']);
    const window3 = dibaoCodes[1]!;
    const image = within(window3).getByRole('img');
    expect(image.getAttribute('src')).toBe(DIBAO.ratingLinks[1]!.qrCodeDataUrl);
    expect(image.getAttribute('alt')).toBe('评价二维码：区民政局 · 最低生活保障申请 · 3号窗口');
    expect(within(window3).getByText('印在二维码下面的字：区民政局 · 最低生活保障申请 · 3号窗口')).toBeTruthy();
    expect(within(hotline!).getAllByTestId('qr-code')).toHaveLength(1);
  });

  it('H5: 下载矢量图（印刷用） is a link to the SVG data URL named after the caption; 下载图片（PNG） draws it as PNG', async () => {
    signInStaff();
    answerByOperation({ StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO) });
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    const window3 = screen.getAllByTestId('qr-code')[1]!;
    const download = within(window3).getByRole('link', { name: '下载矢量图（印刷用）' });
    expect(download.getAttribute('href')).toBe(DIBAO.ratingLinks[1]!.qrCodeDataUrl);
    expect(download.getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(download.getAttribute('download')).toBe('区民政局-最低生活保障申请-3号窗口.svg');
    expect(download.className).toContain('gov-action');

    fireEvent.click(within(window3).getByRole('button', { name: '下载图片（PNG）' }));
    expect((await within(window3).findByRole('status')).textContent).toBe('已保存 PNG 图片，在浏览器的“下载”里可以找到。');
    expect(png).toHaveBeenCalledWith(DIBAO.ratingLinks[1]!.qrCodeDataUrl, '区民政局-最低生活保障申请-3号窗口.png');

    png.mockResolvedValueOnce(false);
    fireEvent.click(within(window3).getByRole('button', { name: '下载图片（PNG）' }));
    expect((await within(window3).findByRole('alert')).textContent).toBe('这个浏览器没能生成 PNG 图片，请用“下载矢量图（印刷用）”。');
    // weapp's way is not offered in a browser.
    expect(screen.queryByRole('button', { name: '复制网页版地址' })).toBeNull();
  });

  it('a district admin picks the department first: every department with services (all pages), and their own', async () => {
    signInStaff();
    const departments = (names: string[], hasNextPage: boolean) => ({
      data: { services: { edges: names.map((department, i) => ({ node: { id: `s${i}`, department } })), pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null } } },
    });
    const pages = [departments(['区民政局', '区民政局', '区人社局'], true), departments(['区卫健委'], false)];
    answerByOperation({ StaffMe: me(ADMIN), ServiceQrCodes: codes(DIBAO) });
    const byOperation = request.getMockImplementation()!;
    request.mockImplementation((options: { data: Parameters<typeof operationNameOf>[0] }) =>
      operationNameOf(options.data) === 'ServiceDepartments' ? Promise.resolve({ statusCode: 200, header: {}, data: pages.shift() }) : byOperation(options),
    );
    render(<QrCodesPage />);
    const choices = await screen.findByRole('group', { name: '选择部门' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['区民政局', '区人社局', '区卫健委', '区政府办公室']);
    expect(sentRequests().filter((r) => r.operation === 'ServiceDepartments').map((r) => r.variables)).toEqual([{ after: null }, { after: 'next' }]);
    expect(screen.getByText('请先选择一个部门，就会列出它的服务和二维码。')).toBeTruthy();

    fireEvent.click(within(choices).getByRole('button', { name: '区民政局' }));
    await screen.findByText('共 1 项服务');
    expect(sentRequests().filter((r) => r.operation === 'ServiceQrCodes').map((r) => r.variables.department)).toEqual(['区民政局']);
  });

  it('a district admin coming with ?department= has it chosen', async () => {
    signInStaff();
    setRouterParams({ department: encodeURIComponent('区民政局') });
    answerByOperation({ StaffMe: me(ADMIN), ServiceDepartments: codes(), ServiceQrCodes: codes(DIBAO) });
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    expect(screen.getByRole('button', { name: '区民政局，已选' }).getAttribute('aria-pressed')).toBe('true');
  });

  describe('on weapp', () => {
    asWeapp();

    it('shows the codes without downloads and copies the H5 address of this page for the department', async () => {
      signInStaff();
      answerByOperation({ StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO) });
      render(<QrCodesPage />);
      await screen.findByText('共 1 项服务');
      expect(screen.getAllByTestId('qr-code')).toHaveLength(3);
      expect(screen.queryByRole('link', { name: '下载矢量图（印刷用）' })).toBeNull();
      expect(screen.getByText('在手机上，把二维码截屏保存就能用。')).toBeTruthy();
      fireEvent.click(button('复制网页版地址'));
      const address = `${BASE}/#/pages/rating/qrcodes/index?department=${encodeURIComponent('区民政局')}`;
      expect((await screen.findByText(`已复制：${address}`)).getAttribute('role')).toBe('status');
      expect(copy).toHaveBeenCalledWith(address);
    });
  });
});

describe('服务二维码: 新增服务', () => {
  const fill = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

  it("shows the API's message under the field it names; a bad 窗口号 with the one typed; other refusals under the form", async () => {
    signInStaff();
    const answers: Record<string, unknown> = { StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO), CreateService: refused('请填写服务名称。', 'BAD_USER_INPUT', 'name') };
    answerByOperation(answers as never);
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    const form = screen.getByRole('form', { name: '新增服务' });

    fireEvent.click(within(form).getByRole('button', { name: '新增服务' }));
    const nameError = await within(form).findByRole('alert');
    expect(nameError.textContent).toBe('请填写服务名称。');
    // Said right under the field, which says it is wrong (not by colour alone).
    expect(nameError.previousElementSibling).toBe(within(form).getByRole('textbox', { name: '服务名称' }));
    expect(within(form).getByRole('textbox', { name: '服务名称' }).getAttribute('aria-invalid')).toBe('true');

    answers.CreateService = refused('窗口号只能有数字、字母和横线，最多 10 位，例如 3 或 A12。', 'BAD_USER_INPUT', 'windows.1');
    fill('服务名称', '临时救助申请');
    fill('窗口号', '5、五号');
    fireEvent.click(within(form).getByRole('button', { name: '新增服务' }));
    const windowError = await within(form).findByText(/窗口号只能有/);
    expect(windowError.textContent).toBe('窗口号只能有数字、字母和横线，最多 10 位，例如 3 或 A12。（您填的“五号”）');
    expect(windowError.previousElementSibling).toBe(within(form).getByRole('textbox', { name: '窗口号' }));
    expect(within(form).getByRole('textbox', { name: '服务名称' }).getAttribute('aria-invalid')).toBeNull();

    answers.CreateService = refused('这个部门已经有（或曾经有过）同名的服务，请换一个名称，或修改原来那项服务。', 'CONFLICT');
    fill('窗口号', '5');
    fireEvent.click(within(form).getByRole('button', { name: '新增服务' }));
    expect((await within(form).findByText(/^没能新增/)).textContent).toBe('没能新增：这个部门已经有（或曾经有过）同名的服务，请换一个名称，或修改原来那项服务。');

    expect(sentRequests().filter((r) => r.operation === 'CreateService').map((r) => [r.variables.input, r.authorization])).toEqual([
      [{ name: '', channel: 'WINDOW', windows: [], description: null }, 'Bearer token-staff'],
      [{ name: '临时救助申请', channel: 'WINDOW', windows: ['5', '五号'], description: null }, 'Bearer token-staff'],
      [{ name: '临时救助申请', channel: 'WINDOW', windows: ['5'], description: null }, 'Bearer token-staff'],
    ]);
  });

  it('an editor adds a hotline service (no 窗口号 asked, none sent) for their department; the list is read again with it', async () => {
    signInStaff();
    const added = service('svc-jiuzhu', '临时救助咨询', 'HOTLINE');
    const answers: Record<string, unknown> = { StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO), CreateService: { data: { createService: added } } };
    answerByOperation(answers as never);
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    const form = screen.getByRole('form', { name: '新增服务' });
    expect(within(form).getByText('新增的服务属于区民政局。新增以后，就有它的评价二维码（窗口服务每个窗口一个）。')).toBeTruthy();
    expect(within(form).queryByRole('textbox', { name: '所属部门' })).toBeNull();
    fill('服务名称', ' 临时救助咨询 ');
    fireEvent.click(within(form).getByRole('button', { name: '电话办理' }));
    expect(within(form).queryByRole('textbox', { name: '窗口号' })).toBeNull();
    fill('服务说明（选填）', '  ');
    answers.ServiceQrCodes = codes(DIBAO, added);
    fireEvent.click(within(form).getByRole('button', { name: '新增服务' }));
    // A second tap while sending sends nothing more.
    fireEvent.click(within(form).getByRole('button', { name: '正在新增……' }));
    await screen.findByText('共 2 项服务');
    expect(within(form).getByRole('status').textContent).toBe('已新增“临时救助咨询”（区民政局），它的二维码在上面的列表里。');
    expect(within(form).getByRole('textbox', { name: '服务名称' })).toHaveProperty('value', '');
    expect(sentRequests().filter((r) => r.operation === 'CreateService').map((r) => r.variables.input)).toEqual([
      { name: ' 临时救助咨询 ', channel: 'HOTLINE', description: null },
    ]);
    expect(sentRequests().filter((r) => r.operation === 'ServiceQrCodes')).toHaveLength(2);
  });

  it('a district admin adds a service for the department typed, which is then chosen and listed', async () => {
    signInStaff();
    const added = service('svc-new', '老年优待证办理', 'WINDOW', ['1'], '区老龄办');
    answerByOperation({
      StaffMe: me(ADMIN),
      ServiceDepartments: { data: { services: { edges: [{ node: { id: 'svc-dibao', department: '区民政局' } }], pageInfo: { hasNextPage: false, endCursor: null } } } },
      ServiceQrCodes: codes(DIBAO),
      CreateService: { data: { createService: added } },
    });
    render(<QrCodesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '区民政局' }));
    await screen.findByText('共 1 项服务');
    const form = screen.getByRole('form', { name: '新增服务' });
    expect(within(form).getByRole('textbox', { name: '所属部门' })).toHaveProperty('value', '区民政局');
    fill('服务名称', '老年优待证办理');
    fill('窗口号', '1');
    fill('所属部门', '区老龄办');
    fireEvent.click(within(form).getByRole('button', { name: '新增服务' }));
    await screen.findByRole('button', { name: '区老龄办，已选' });
    await flush();
    expect(sentRequests().find((r) => r.operation === 'CreateService')?.variables.input).toEqual({
      name: '老年优待证办理',
      channel: 'WINDOW',
      windows: ['1'],
      description: null,
      department: '区老龄办',
    });
    expect(sentRequests().filter((r) => r.operation === 'ServiceQrCodes').map((r) => r.variables.department)).toEqual(['区民政局', '区老龄办']);
  });
});

describe('服务二维码: names and words', () => {
  it('names the file after the caption, without characters file systems refuse', () => {
    expect(qrFileName('区民政局 · 最低生活保障申请 · 3号窗口', 'svg')).toBe('区民政局-最低生活保障申请-3号窗口.svg');
    expect(qrFileName('区人社局 · 社保/医保 "转移" · A12号窗口', 'png')).toBe('区人社局-社保_医保 _转移_-A12号窗口.png');
    expect(qrFileName(' . ', 'svg')).toBe('评价二维码.svg');
    expect(qrFileName('长'.repeat(200), 'png')).toBe(`${'长'.repeat(80)}.png`);
  });

  it('reads 窗口号 as typed, maps the API field to the form, finds the departments and the H5 address', () => {
    expect(splitWindows(' 1、2，A12, 3 ;4  ')).toEqual(['1', '2', 'A12', '3', '4']);
    expect(splitWindows('  ')).toEqual([]);
    expect(formFieldOf('windows.2')).toEqual({ field: 'windows', index: 2 });
    expect(formFieldOf('name')).toEqual({ field: 'name', index: null });
    expect(formFieldOf(undefined)).toBeNull();
    expect(formFieldOf('filter.department')).toBeNull();
    expect(departmentsOf(['区民政局', '', '区民政局', '区人社局'])).toEqual(['区民政局', '区人社局']);
    expect(codeTitle(null)).toBe('整项服务的二维码（不分窗口）');
    expect(qrPageAddress('https://gov.example.cn/h5/#/pages/rating/rate/index?service=s1&window=3', '区民政局')).toBe(
      'https://gov.example.cn/h5/#/pages/rating/qrcodes/index?department=%E5%8C%BA%E6%B0%91%E6%94%BF%E5%B1%80',
    );
    expect(qrPageAddress('not a link', '区民政局')).toBeNull();
  });
});

describe('我的 → 工作人员', () => {
  it('offers staff signed in on this phone 服务二维码 next to 差评办理', () => {
    setStorageSync(STAFF_SESSION_KEY, { token: 'staff-token', expiresAt: future() });
    render(<Mine />);
    const staff = screen.getByRole('group', { name: '工作人员' });
    expect(within(staff).getAllByRole('button').map((b) => b.textContent).slice(1, 3)).toEqual(['差评办理', '服务二维码（打印好差评二维码）']);
    fireEvent.click(within(staff).getByRole('button', { name: '服务二维码（打印好差评二维码）' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/rating/qrcodes/index' });
  });
});

describe('服务二维码: 修改 and 停用', () => {
  const fillIn = (form: HTMLElement, label: string, value: string) => fireEvent.change(within(form).getByRole('textbox', { name: label }), { target: { value } });

  it('修改 opens the same form pre-filled and saves with updateService; the card shows the new name', async () => {
    signInStaff();
    const renamed = service('svc-dibao', '低保申请', 'WINDOW', ['3', '4', '5']);
    answerByOperation({ StaffMe: me(EDITOR), ServiceQrCodes: codes(DIBAO), UpdateService: { data: { updateService: renamed } } });
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    const card = screen.getByRole('region', { name: '最低生活保障申请' });
    fireEvent.click(within(card).getByRole('button', { name: '修改' }));
    const form = within(card).getByRole('form', { name: '修改“最低生活保障申请”' });
    expect(within(form).getByRole('textbox', { name: '服务名称' })).toHaveProperty('value', '最低生活保障申请');
    expect(within(form).getByRole('textbox', { name: '窗口号' })).toHaveProperty('value', '3、4');
    // The department stays: an edit never asks for it.
    expect(within(form).queryByRole('textbox', { name: '所属部门' })).toBeNull();
    fillIn(form, '服务名称', '低保申请');
    fillIn(form, '窗口号', '3、4、5');
    fireEvent.click(within(form).getByRole('button', { name: '保存修改' }));
    const saved = await screen.findByRole('region', { name: '低保申请' });
    expect(within(saved).getByText('已保存“低保申请”的修改。')).toBeTruthy();
    expect(within(saved).queryByRole('form')).toBeNull();
    expect(within(saved).getAllByTestId('qr-code')).toHaveLength(4);
    expect(sentRequests().filter((r) => r.operation === 'UpdateService').map((r) => r.variables)).toEqual([
      { id: 'svc-dibao', input: { name: '低保申请', channel: 'WINDOW', windows: ['3', '4', '5'], description: null } },
    ]);
  });

  it('停用 asks first, then shows 已停用 without codes to print; 重新启用 asks too and brings the codes back', async () => {
    signInStaff();
    answerByOperation({
      StaffMe: me(EDITOR),
      ServiceQrCodes: codes(HOTLINE),
      DisableService: { data: { disableService: { ...HOTLINE, disabled: true } } },
      EnableService: { data: { enableService: HOTLINE } },
    });
    render(<QrCodesPage />);
    await screen.findByText('共 1 项服务');
    const card = screen.getByRole('region', { name: '养老服务咨询' });
    fireEvent.click(within(card).getByRole('button', { name: '停用' }));
    // Nothing is sent before the confirmation; 不改了 goes back.
    expect(sentRequests().filter((r) => r.operation === 'DisableService')).toEqual([]);
    fireEvent.click(within(card).getByRole('button', { name: '不改了' }));
    fireEvent.click(within(card).getByRole('button', { name: '停用' }));
    expect(within(card).getByRole('group', { name: '确认停用' }).textContent).toContain('这项服务已停用，不能评价了');
    fireEvent.click(within(card).getByRole('button', { name: '确认停用' }));
    await within(card).findByText('“养老服务咨询”已停用。');
    expect(within(card).getByText(/^已停用：/)).toBeTruthy();
    expect(within(card).queryAllByTestId('qr-code')).toHaveLength(0);

    fireEvent.click(within(card).getByRole('button', { name: '重新启用' }));
    fireEvent.click(within(card).getByRole('button', { name: '确认重新启用' }));
    await within(card).findByText('“养老服务咨询”已重新启用，群众又可以扫码评价了。');
    expect(within(card).queryByText(/^已停用：/)).toBeNull();
    expect(within(card).getAllByTestId('qr-code')).toHaveLength(1);
    expect(sentRequests().filter((r) => /ableService$/.test(r.operation)).map((r) => [r.operation, r.variables, r.authorization])).toEqual([
      ['DisableService', { id: 'svc-hotline' }, 'Bearer token-staff'],
      ['EnableService', { id: 'svc-hotline' }, 'Bearer token-staff'],
    ]);
  });
});
