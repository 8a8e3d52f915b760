import { fireEvent, render, screen, within } from '@testing-library/react';
import { EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import { setNavigationBarTitle, setRouterParams } from '../../../test-support/taro';
import type { PolicyToInterpretQuery } from '../../generated/operations';
import InterpretPage from '../../pages/workbench/interpret/index';

// 修改政策解读 (本部门的政策 → 修改解读): the interpretation form filled with the one published, saved
// from the version opened after asking. The API is answered here; api/src/policies/policy-write.test.ts runs the real one.

const POLICY: NonNullable<PolicyToInterpretQuery['policy']> = {
  id: 'p-1',
  title: '区民政局关于调整高龄津贴标准的通知',
  publishedDate: '2026-09-28',
  interpretationDue: null,
  interpretations: [
    {
      id: 'i-1',
      version: 2,
      kind: 'QA',
      title: '高龄津贴怎么领',
      body: '一问一答。',
      questions: [{ question: '谁能领？', answer: '年满八十周岁的本区户藉老人。' }],
      mediaUrl: null,
      consultationPhone: '0579-82469000',
      officeHours: '工作日 9:00-17:00',
    },
  ],
};

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

it('fills the form with the interpretation as published, asks before saving, and saves it from the version opened', async () => {
  signInAs(EDITOR);
  setRouterParams({ id: 'p-1', interpretation: 'i-1' });
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, PolicyToInterpret: { data: { policy: POLICY } }, UpdateInterpretation: { data: { updateInterpretation: { id: 'i-1', version: 3 } } } });
  render(<InterpretPage />);
  await screen.findByRole('heading', { name: '修改政策解读' });
  // WeChat's title bar says so too, not the page's 发布政策解读.
  expect(setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '修改政策解读' });
  await screen.findByRole('textbox', { name: '解读标题' });
  expect(field('解读标题').value).toBe('高龄津贴怎么领');
  expect(field('第1问').value).toBe('谁能领？');
  expect(field('咨询电话（可以不填）').value).toBe('0579-82469000');
  expect(screen.queryByRole('button', { name: '发布解读' })).toBeNull();

  fireEvent.change(field('第1问的回答'), { target: { value: '年满八十周岁的本区户籍老人。' } });
  fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
  const asking = screen.getByRole('group', { name: '确认修改' });
  expect(within(asking).getByText('确定修改吗？保存后居民马上看到改过的解读；这次修改会记录下来（谁、什么时候、改了哪些地方）。')).toBeTruthy();
  expect(sentRequests().some((r) => r.operation === 'UpdateInterpretation')).toBe(false);
  fireEvent.click(within(asking).getByRole('button', { name: '确认修改' }));
  await screen.findByRole('heading', { name: '解读已修改' });
  // Said as a corrected policy says it (one card for both).
  expect(screen.getByText('「高龄津贴怎么领」已修改，居民现在看到的是改过的内容。这次修改已记录。')).toBeTruthy();
  const saves = sentRequests().filter((r) => r.operation === 'UpdateInterpretation');
  expect(saves).toHaveLength(1);
  expect(saves[0]!.variables).toEqual({
    policyId: 'p-1',
    id: 'i-1',
    version: 2,
    input: { kind: 'QA', title: '高龄津贴怎么领', body: '一问一答。', questions: [{ question: '谁能领？', answer: '年满八十周岁的本区户籍老人。' }], mediaUrl: null, consultationPhone: '0579-82469000', officeHours: '工作日 9:00-17:00' },
  });
});

it('an interpretation or policy no longer there is said so, with the way home, as on the residents\' pages', async () => {
  signInAs(EDITOR);
  setRouterParams({ id: 'p-1', interpretation: 'i-gone' });
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } }, PolicyToInterpret: [{ data: { policy: POLICY } }, { data: { policy: null } }] });
  const { unmount } = render(<InterpretPage />);
  expect((await screen.findByText('找不到这篇解读，可能已经删除了。')).closest('[role="status"]')).toBeTruthy();
  expect(screen.getByRole('button', { name: '回到首页' })).toBeTruthy();
  unmount();
  setRouterParams({ id: 'p-gone' });
  render(<InterpretPage />);
  expect((await screen.findByText('找不到这份政策文件，可能已经删除了。')).closest('[role="status"]')).toBeTruthy();
  expect(screen.getByRole('button', { name: '回到首页' })).toBeTruthy();
});
