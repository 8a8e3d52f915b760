import { fireEvent, render, screen } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { redirectTo, setRouterParams } from '../../../test-support/taro';
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
  expect(await screen.findByText('没能保存：请先按提示修改标红的几项。')).toBeTruthy();
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
