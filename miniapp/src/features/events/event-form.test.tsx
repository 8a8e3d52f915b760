import { fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { asWeapp, chooseLocation, redirectTo, setRouterParams } from '../../../test-support/taro';
import EventEditPage from '../../pages/events/edit/index';

// 新建开放日 / 修改开放日: the holding department writes an open day with the kit's fields (dates and
// times picked, not typed); the API answers here, test/events tests run the real one.

const text = (name: string, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });
const picked = text;

it('creates a draft with the times in Beijing time and opens its page; says what is missing first, in words', async () => {
  signInAs(EDITOR);
  setRouterParams({});
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, CreateEvent: { data: { createEvent: { id: 'e-9' } } } });
  render(<EventEditPage />);
  await screen.findByText('保存后是草稿，居民看不到；在开放日的页面上点“发布”后，居民才能报名。');
  // An editor holds open days for their own department: nothing to pick.
  expect(screen.queryByRole('group', { name: '哪个部门举办' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
  expect(await screen.findByText('还有 7 处要改，请看每一项下面的说明。')).toBeTruthy();
  // The count is what the page marks: seven fields, and the line itself.
  expect(screen.getAllByRole('alert')).toHaveLength(8);
  expect(screen.getByText('请填写主题，如：民生保障。')).toBeTruthy();
  expect(screen.getByText('请填写地点，或者填写线上直播的网址。')).toBeTruthy();
  expect(screen.getByText('名额要写一个大于 0 的整数。')).toBeTruthy();

  text('主题', '民生保障');
  text('名称', '走进民政局：养老服务开放日');
  text('介绍', '参观养老服务指导中心，听高龄津贴政策解读。');
  picked('开放日期', '2026-12-20');
  picked('开始时间', '09:30');
  picked('结束时间', '11:30');
  text('地点（线上举办可以不填）', '示例区民政局一楼大厅');
  text('纬度', '29.08');
  text('经度', '119.65');
  text('名额', '30');
  picked('报名截止日期', '2026-12-18');
  // Each message went as its field was filled; so does the line above the button once all are.
  expect(screen.queryByText('请填写主题，如：民生保障。')).toBeNull();
  expect(screen.queryByText(/处要改/u)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '公开抽签（报名截止后抽签）' }));
  fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
  await screen.findByRole('button', { name: '保存为草稿' });
  await new Promise((resolve) => setTimeout(resolve, 0));

  const created = sentRequests().filter((r) => r.operation === 'CreateEvent');
  expect(created).toHaveLength(1);
  expect(created[0]!.variables.input).toEqual({
    department: null,
    theme: '民生保障',
    title: '走进民政局：养老服务开放日',
    description: '参观养老服务指导中心，听高龄津贴政策解读。',
    startsAt: '2026-12-20T09:30:00+08:00',
    endsAt: '2026-12-20T11:30:00+08:00',
    venue: { address: '示例区民政局一楼大厅', latitude: 29.08, longitude: 119.65 },
    liveUrl: null,
    capacity: 30,
    signUpClosesAt: '2026-12-18T17:00:00+08:00',
    selectionMode: 'DRAW',
    agenda: [],
    officials: [],
  });
  expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/events/manage/index?id=e-9' });
});

it('changes an open day, keeping its agenda and officials, with no department to pick', async () => {
  signInAs(ADMIN);
  setRouterParams({ id: 'e-1' });
  const stored = {
    id: 'e-1',
    department: '区民政局',
    status: 'OPEN',
    theme: '民生保障',
    title: '养老服务开放日',
    description: '参观。',
    startsAt: '2026-12-20T01:30:00.000Z',
    endsAt: '2026-12-20T03:30:00.000Z',
    venue: null,
    liveUrl: 'https://live.example.gov.cn/1',
    capacity: 30,
    signUpClosesAt: '2026-12-18T09:00:00.000Z',
    selectionMode: 'FIRST_COME',
    agenda: [{ time: '09:30', item: '参观' }],
    officials: [{ name: '张三', position: '副局长' }],
  };
  answerByOperation({ StaffMe: { data: { staffMe: ADMIN } }, EventToEdit: { data: { event: stored } }, UpdateEvent: { data: { updateEvent: { id: 'e-1' } } } });
  render(<EventEditPage />);
  expect(((await screen.findByRole('textbox', { name: '名称' })) as HTMLInputElement).value).toBe('养老服务开放日');
  expect((screen.getByLabelText('开始时间') as HTMLInputElement).value).toBe('09:30');
  expect((screen.getByLabelText('报名截止时间') as HTMLInputElement).value).toBe('17:00');
  expect(screen.queryByRole('group', { name: '哪个部门举办' })).toBeNull();
  text('名额', '50');
  fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await screen.findByRole('button', { name: '保存修改' });
  const update = sentRequests().find((r) => r.operation === 'UpdateEvent')!;
  expect(update.variables).toMatchObject({
    id: 'e-1',
    input: { department: '区民政局', capacity: 50, venue: null, liveUrl: 'https://live.example.gov.cn/1', agenda: [{ time: '09:30', item: '参观' }], officials: [{ name: '张三', position: '副局长' }] },
  });
  expect(redirectTo).toHaveBeenLastCalledWith({ url: '/pages/events/manage/index?id=e-1' });
});

/** A new open day's form, everything but the venue, agenda and officials filled in. */
async function newEventForm() {
  signInAs(EDITOR);
  setRouterParams({});
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, CreateEvent: { data: { createEvent: { id: 'e-9' } } } });
  render(<EventEditPage />);
  await screen.findByText('保存后是草稿，居民看不到；在开放日的页面上点“发布”后，居民才能报名。');
  text('主题', '民生保障');
  text('名称', '走进民政局：养老服务开放日');
  text('介绍', '参观养老服务指导中心。');
  picked('开放日期', '2026-12-20');
  text('名额', '30');
  picked('报名截止日期', '2026-12-18');
}

const save = async () => {
  fireEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await screen.findByRole('button', { name: '保存为草稿' });
};
const createdInput = () => sentRequests().filter((r) => r.operation === 'CreateEvent').at(-1)?.variables.input as Record<string, unknown> | undefined;

it('writes the agenda and who will attend, row by row; a time without what happens, or a name without a post, is asked for', async () => {
  await newEventForm();
  text('地点（线上举办可以不填）', '示例区民政局一楼大厅');
  text('纬度', '29.08');
  text('经度', '119.65');
  const agenda = screen.getByRole('group', { name: '议程' });
  fireEvent.click(within(agenda).getByRole('button', { name: '加一项议程' }));
  fireEvent.click(within(agenda).getByRole('button', { name: '加一项议程' }));
  fireEvent.click(within(agenda).getByRole('button', { name: '加一项议程' }));
  picked('第 1 项：时间', '09:30');
  text('第 1 项：内容', '参观办事大厅');
  picked('第 2 项：时间', '10:30');
  const officials = screen.getByRole('group', { name: '出席领导和工作人员' });
  fireEvent.click(within(officials).getByRole('button', { name: '加一位出席人员' }));
  text('第 1 位：姓名', '张明');

  await save();
  expect(screen.getByText('议程第 2 项写了时间，请写这时做什么。')).toBeTruthy();
  expect(screen.getByText('第 1 位：姓名和职务都要写。')).toBeTruthy();
  expect(createdInput()).toBeUndefined();

  text('第 2 项：内容', '政策解读和答问');
  text('第 1 位：职务', '区民政局副局长');
  // The third row stayed empty: it is not sent. A row can be taken away again.
  fireEvent.click(within(officials).getByRole('button', { name: '加一位出席人员' }));
  fireEvent.click(within(officials).getByRole('button', { name: '删去第 2 位' }));
  await save();
  expect(createdInput()).toMatchObject({
    agenda: [
      { time: '09:30', item: '参观办事大厅' },
      { time: '10:30', item: '政策解读和答问' },
    ],
    officials: [{ name: '张明', position: '区民政局副局长' }],
  });
});

it('H5: 在地图上选地点 opens a coordinate picker page and says what to copy back', async () => {
  const open = jest.spyOn(window, 'open').mockReturnValue({} as Window);
  try {
    await newEventForm();
    fireEvent.click(screen.getByRole('button', { name: '在地图上选地点' }));
    expect(await screen.findByText(/已在新标签页打开地图/)).toBeTruthy();
    expect(open).toHaveBeenCalledWith('https://lbs.amap.com/tools/picker', '_blank');
  } finally {
    open.mockRestore();
  }
});

describe('on weapp', () => {
  asWeapp();

  it('在地图上选地点 fills the address and coordinates from WeChat’s map', async () => {
    chooseLocation.mockResolvedValueOnce({ name: '示例区民政局', address: '浙江省示例市示例区人民路1号', latitude: 29.0794, longitude: 119.6474 });
    signInAs(EDITOR);
    setRouterParams({});
    answerByOperation({ StaffMe: { data: { staffMe: EDITOR } } });
    render(<EventEditPage />);
    fireEvent.click(await screen.findByRole('button', { name: '在地图上选地点' }));
    expect(await screen.findByText('已填入地图上选的地点，可以再改地址的写法。')).toBeTruthy();
    const valueOf = (name: string) => (screen.getByLabelText(name) as HTMLInputElement).value;
    expect([valueOf('地点（线上举办可以不填）'), valueOf('纬度'), valueOf('经度')]).toEqual(['浙江省示例市示例区人民路1号 示例区民政局', '29.0794', '119.6474']);

    chooseLocation.mockRejectedValueOnce(new Error('chooseLocation:fail cancel'));
    fireEvent.click(screen.getByRole('button', { name: '在地图上选地点' }));
    expect(await screen.findByText('没有选好地点：可以照地址在地图上查到坐标后填写。')).toBeTruthy();
  });
});
