import { fireEvent, render, screen, within } from '@testing-library/react';
import { ADMIN, EDITOR, signInAs } from '../../../test-support/staff';
import { answerByOperation, sentRequests } from '../../../test-support/api';
import PublishingSettingsPage from '../../pages/workbench/settings/index';

// 发布设置: a district admin keeps the sensitive words (one a line) and the names a department may
// publish under; an editor is told whom to ask.



it('saves the sensitive words one a line, and a department’s extra issuer names', async () => {
  signInAs(ADMIN);
  answerByOperation({
    StaffMe: { data: { staffMe: ADMIN } },
    SensitiveWords: { data: { sensitiveWords: { words: ['内部资料'], updatedAt: null, updatedByName: null } } },
    SetSensitiveWords: { data: { setSensitiveWords: { words: ['内部资料', '绝密'], updatedAt: '2026-12-03T02:00:00.000Z', updatedByName: '区政府办公室管理员' } } },
    DepartmentIssuers: { data: { departmentIssuers: { department: '区民政局', issuers: ['区民政局'] } } },
    SetDepartmentIssuers: { data: { setDepartmentIssuers: { department: '区民政局', issuers: ['区民政局', '区老龄工作委员会办公室'] } } },
  });
  render(<PublishingSettingsPage />);
  const words = await screen.findByRole('group', { name: '敏感词' });
  const list = within(words).getByRole('textbox', { name: '敏感词（一行一个）' }) as HTMLTextAreaElement;
  expect(list.value).toBe('内部资料');
  fireEvent.change(list, { target: { value: '内部资料\n  绝密 \n\n' } });
  fireEvent.click(within(words).getByRole('button', { name: '保存敏感词' }));
  await within(words).findByText('共 2 个，2026年12月3日 10:00由 区政府办公室管理员 保存');

  const issuers = screen.getByRole('group', { name: '发布机构名称' });
  fireEvent.change(within(issuers).getByRole('textbox', { name: '部门' }), { target: { value: '区民政局' } });
  fireEvent.click(within(issuers).getByRole('button', { name: '查看这个部门的' }));
  await within(issuers).findByText('区民政局现在可以用：区民政局');
  fireEvent.change(within(issuers).getByRole('textbox', { name: '另外可用的名称（一行一个）' }), { target: { value: '区老龄工作委员会办公室' } });
  fireEvent.click(within(issuers).getByRole('button', { name: '保存发布机构名称' }));
  await within(issuers).findByText('已保存。区民政局现在可以用：区民政局、区老龄工作委员会办公室');
  expect(sentRequests().filter((r) => r.operation.startsWith('Set')).map((r) => r.variables)).toEqual([
    { words: ['内部资料', '绝密'] },
    { department: '区民政局', issuers: ['区老龄工作委员会办公室'] },
  ]);
});

it('tells an editor whom to ask', async () => {
  signInAs(EDITOR);
  answerByOperation({ StaffMe: { data: { staffMe: EDITOR } } });
  render(<PublishingSettingsPage />);
  await screen.findByText('发布设置由区政府办公室的全区管理员维护。要添加敏感词或发布机构名称，请联系他们。');
  expect(sentRequests().map((r) => r.operation)).toEqual(['StaffMe']);
});
