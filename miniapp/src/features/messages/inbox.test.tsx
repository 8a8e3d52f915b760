import { render, screen, within } from '@testing-library/react';
import { answerByOperation } from '../../../test-support/api';
import { setStorageSync } from '../../../test-support/taro';
import { future } from '../../../test-support/rating-fixtures';
import { reloadSession, SESSION_KEY } from '../../session/store';
import MessagesPage from '../../pages/messages/inbox/index';

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
});

const message = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'InboxMessage',
  id,
  title: '养老服务政策开放日',
  when: '2026-12-10T09:30:00+08:00',
  page: 'pages/events/detail/index?id=abc',
  sentAt: '2026-12-01T02:00:00.000Z',
  read: false,
  forResident: null,
  overtaken: null,
  ...fields,
});

it('after 取消报名 says the sign-up is cancelled, and the earlier 报名成功 says so too, without its check-in code', async () => {
  answerByOperation({
    MyMessages: {
      data: {
        myMessages: {
          edges: [
            { node: message('2', { heading: '开放日报名已取消', detail: '区民政局三楼 · 您已取消报名' }) },
            { node: message('1', { heading: '开放日报名成功', detail: '区民政局三楼', overtaken: '这次报名后来已取消，座位不再为您保留' }) },
          ],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  });
  render(<MessagesPage />);
  const [cancelled, confirmed] = await screen.findAllByTestId('message');
  expect(within(cancelled!).getByRole('heading', { name: '开放日报名已取消' })).toBeTruthy();
  expect(cancelled!.textContent).toContain('您已取消报名');
  expect(within(confirmed!).getByRole('heading', { name: '开放日报名成功' })).toBeTruthy();
  expect(within(confirmed!).getByText('这次报名后来已取消，座位不再为您保留')).toBeTruthy();
  expect(confirmed!.textContent).not.toContain('签到码');
});
